#include "app/startupoptions.h"

#include "app/serverurl.h"
#include "app/startupoptiongroup.h"
#include "core/spec/specrepository.h"

#include <QCommandLineParser>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace Esi::App {

namespace {

void printError(const QString &message)
{
    std::fprintf(stderr, "esi-studio: %s\n", qUtf8Printable(message));
}

} // namespace

StartupOptions::StartupOptions(QProcessEnvironment environment)
    : m_environment(std::move(environment))
{}

void StartupOptions::addGroup(StartupOptionGroup *group)
{
    m_groups.append(group);
}

std::optional<int> StartupOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Desktop explorer for EVE Online's ESI"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption specOption(
        u"spec"_s, tr("Open the ESI OpenAPI document <file> instead of the bundled spec."), tr("file"));
    const QCommandLineOption baseUrlOption(u"base-url"_s,
                                           tr("ESI server root (default %1, or $ESI_BASE_URL).")
                                               .arg(QLatin1StringView(Core::SpecRepository::defaultBaseUrl)),
                                           tr("url"));
    const QCommandLineOption ssoUrlOption(u"sso-url"_s, tr("EVE SSO server root (or $ESI_SSO_URL)."), tr("url"));
    const QCommandLineOption quitOption(u"quit-after-ready"_s,
                                        tr("Exit once the window is shown and the spec is indexed (for tests and "
                                           "start-up timing); exit non-zero if the spec does not load."));
    const QCommandLineOption newInstanceOption(
        u"new-instance"_s, tr("Open another window even if ESI Studio is already running (without this, a second "
                              "launch raises the running window; --quit-after-ready implies it)."));
    parser.addOptions({specOption, baseUrlOption, ssoUrlOption, quitOption, newInstanceOption});
    for (StartupOptionGroup *group : std::as_const(m_groups)) {
        group->addOptions(parser);
    }

    if (!parser.parse(arguments)) {
        printError(parser.errorText() + u"; see --help"_s);
        return exitUsage;
    }
    if (parser.isSet(u"help"_s)) {
        parser.showHelp(0);
    }
    if (parser.isSet(u"version"_s)) {
        parser.showVersion();
    }
    QStringList positional = parser.positionalArguments();
    for (StartupOptionGroup *group : std::as_const(m_groups)) {
        if (QString error; !group->read(parser, &positional, &error)) {
            printError(error);
            return exitUsage;
        }
    }
    if (!positional.isEmpty()) {
        printError(tr("unexpected argument \u201c%1\u201d; open a spec with --spec FILE").arg(positional.constFirst()));
        return exitUsage;
    }

    specFile = parser.value(specOption);
    quitAfterReady = parser.isSet(quitOption);
    newInstance = parser.isSet(newInstanceOption) || quitAfterReady;

    const auto readUrl = [&](const QCommandLineOption &option, const QString &variable, QUrl *target) {
        QString origin = u"--"_s + option.names().constFirst();
        QString text = parser.value(option);
        if (!parser.isSet(option)) {
            text = m_environment.value(variable);
            origin = variable;
        }
        if (text.isEmpty()) {
            return true;
        }
        QString error;
        const std::optional<QUrl> url = ServerUrl::parse(text, origin, &error);
        if (!url) {
            printError(error);
            return false;
        }
        *target = *url;
        return true;
    };
    if (!readUrl(baseUrlOption, u"ESI_BASE_URL"_s, &baseUrl) || !readUrl(ssoUrlOption, u"ESI_SSO_URL"_s, &ssoUrl)) {
        return exitUsage;
    }
    return std::nullopt;
}

} // namespace Esi::App
