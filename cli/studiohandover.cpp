#include "cli/studiohandover.h"

#include "cli/commandparser.h"
#include "cli/console.h"
#include "core/http/parametervalues.h"
#include "core/result/runwords.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Cli {

namespace {

constexpr auto studioName = "esi-studio";

} // namespace

StudioHandOver::StudioHandOver(Console &console, QProcessEnvironment environment)
    : m_console(console)
    , m_environment(std::move(environment))
{}

QString StudioHandOver::findStudio(const QString &ownDirectory, const QProcessEnvironment &environment)
{
    const QString name = QString::fromLatin1(studioName);
    if (const QFileInfo beside(QDir(ownDirectory).filePath(name)); beside.isFile() && beside.isExecutable()) {
        return beside.absoluteFilePath();
    }
    const QStringList path = environment.value(u"PATH"_s).split(QDir::listSeparator(), Qt::SkipEmptyParts);
    return path.isEmpty() ? QString() : QStandardPaths::findExecutable(name, path);
}

QStringList StudioHandOver::arguments(const QString &specFile, const QString &baseUrl, const QString &operationId,
                                      const Core::ParameterValues &values, bool allPages)
{
    QStringList words;
    if (!specFile.isEmpty()) {
        words << u"--spec"_s << QFileInfo(specFile).absoluteFilePath();
    }
    if (!baseUrl.isEmpty()) {
        words << u"--base-url"_s << baseUrl;
    }
    words += Core::RunWords{operationId, values, allPages}.toArguments();
    return words;
}

int StudioHandOver::handOver(const CommandParser &parser, const QString &operationId,
                             const Core::ParameterValues &values)
{
    // What the window has no counterpart for on its command line; silently dropping them would run another call.
    for (const char *name : {"compat", "lang", "all-languages", "character", "concurrency", "format", "out", "no-cache",
                             "stats", "no-wait"}) {
        if (parser.isSet(QCommandLineOption(QString::fromLatin1(name)))) {
            return parser.usageError(
                u"--open-in-studio hands over the operation, its values, --spec, --base-url, "
                "--page and --all-pages; drop --%1 (choose it in ESI Studio instead)"_s.arg(QLatin1StringView(name)));
        }
    }
    const QString specFile = parser.value(QCommandLineOption(u"spec"_s));
    const QString baseUrl = parser.value(QCommandLineOption(u"base-url"_s));
    const bool allPages = parser.isSet(QCommandLineOption(u"all-pages"_s));
    return start(QCoreApplication::applicationDirPath(), arguments(specFile, baseUrl, operationId, values, allPages));
}

int StudioHandOver::start(const QString &ownDirectory, const QStringList &arguments)
{
    const QString studio = findStudio(ownDirectory, m_environment);
    if (studio.isEmpty()) {
        return m_console.fail(ExitCode::Failure,
                              u"--open-in-studio: esi-studio is neither next to esi (%1) nor on PATH; install ESI "
                              "Studio (the esi-studio package) or add its folder to PATH"_s.arg(ownDirectory));
    }
    QProcess process;
    process.setProgram(studio);
    process.setArguments(arguments);
    process.setProcessEnvironment(m_environment);
    process.setWorkingDirectory(QDir::currentPath());
    // The window outlives esi: it must not hold esi's terminal or pipes (`$(esi call ... --open-in-studio)` would
    // wait for the window to close).
    process.setStandardInputFile(QProcess::nullDevice());
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QProcess::nullDevice());
    if (!process.startDetached()) {
        return m_console.fail(ExitCode::Failure,
                              u"--open-in-studio: could not start %1: %2"_s.arg(studio, process.errorString()));
    }
    m_console.writeError(
        u"esi: handed %1 to ESI Studio (%2)\n"_s.arg(arguments.value(arguments.indexOf(u"--run"_s) + 1), studio));
    return ExitCode::Success;
}

} // namespace Esi::Cli
