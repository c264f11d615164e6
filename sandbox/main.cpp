// esi-sandbox: a local ESI to develop and test against offline. See `esi-sandbox --help`.
#include "core/clock.h"
#include "core/spec/specrepository.h"
#include "esiversion.h"
#include "sandbox/commandline.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/ssoarea.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace {

struct LoadedSpec
{
    Esi::Core::SpecPtr spec;
    QByteArray document;
    QString error;
};

LoadedSpec loadSpec(const QString &fileName)
{
    const QString source = fileName.isEmpty() ? Esi::Core::SpecRepository::bundledResource() : fileName;
    QFile file(source);
    if (!file.open(QIODevice::ReadOnly)) {
        return {nullptr, {}, source + u": cannot read the spec: "_s + file.errorString()};
    }
    const QByteArray document = file.readAll();
    Esi::Core::SpecLoadResult loaded = Esi::Core::Spec::fromJson(document, source);
    if (!loaded) {
        return {nullptr, {}, loaded.error.toString()};
    }
    return {loaded.spec, document, {}};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"esi-sandbox"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(ESI_STUDIO_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);

    const Esi::Sandbox::CommandLine commandLine = Esi::Sandbox::CommandLine::parse(QCoreApplication::arguments());
    if (!commandLine.error.isEmpty()) {
        err << "esi-sandbox: " << commandLine.error << Qt::endl;
        return 2;
    }
    if (commandLine.showHelp) {
        out << Esi::Sandbox::CommandLine::helpText() << Qt::flush;
        return 0;
    }
    if (commandLine.showVersion) {
        out << "esi-sandbox " << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }

    const LoadedSpec loaded = loadSpec(commandLine.specFile);
    if (!loaded.spec) {
        err << "esi-sandbox: " << loaded.error << Qt::endl;
        return 1;
    }
    const Esi::Core::SystemClock clock;
    Esi::Sandbox::SandboxServer server(loaded.spec, loaded.document, commandLine.options, clock);
    if (server.start() == 0) {
        err << "esi-sandbox: " << server.errorString() << Qt::endl;
        return 1;
    }
    QString error;
    if (!Esi::Sandbox::SsoArea::install(server, clock, &error)) {
        err << "esi-sandbox: " << error << Qt::endl;
        return 1;
    }
    out << "listening on " << server.baseUrl().toString() << Qt::endl; // the first stdout line; scripts read it
    err << "esi-sandbox: serving " << loaded.spec->operations().size() << " operations of " << loaded.spec->source()
        << " (compatibility date " << loaded.spec->version() << ")" << Qt::endl;
    return QCoreApplication::exec();
}
