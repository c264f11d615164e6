#include "cli/callcommand.h"
#include "cli/commandparser.h"
#include "cli/console.h"
#include "cli/guisettings.h"
#include "cli/historycommand.h"
#include "cli/logincommand.h"
#include "cli/speccommands.h"
#include "cli/tokenscommands.h"
#include "core/privatefiles.h"
#include "core/statelocations.h"
#include "core/statemigration.h"
#include "esiversion.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QProcessEnvironment>

using namespace Qt::Literals::StringLiterals;

// `esi <group> <command> ...`: the top level only knows the groups; each group parses its own words.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"esi"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(ESI_STUDIO_VERSION));

    // Commands report every outcome themselves; the library's progress notes would only repeat them.
    // QT_LOGGING_RULES (e.g. "esi.*=true") still wins over these rules.
    QLoggingCategory::setFilterRules(u"esi.*.debug=false\nesi.*.info=false\nesi.auth.warning=false"_s);

    Esi::Cli::Console console;
    // Read once, here: every command gets the environment and the state roots decided from it. The config root
    // first: the GUI's settings file in it may choose the cache root.
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const Esi::Core::StateLocations roots = Esi::Core::StateLocations::fromEnvironment(environment);
    for (const QString &problem : Esi::Core::StateMigration::migrateSettingsInto(roots).problems) {
        console.writeError(u"esi: the earlier settings file was not moved: "_s + problem + u'\n');
    }
    const Esi::Core::StateLocations locations = Esi::Core::StateLocations::fromEnvironment(
        environment, Esi::Cli::GuiSettings::load(roots.settingsFile()).cacheDirectory);
    // State written by an older version (0644 files, 0755 folders) becomes private before anything reads it.
    Esi::Core::PrivateFiles::correctStateFolder(locations.cacheDirectory());
    Esi::Core::PrivateFiles::correctStateFolder(locations.dataDirectory());
    Esi::Cli::SpecCommands spec(console, environment, locations);
    Esi::Cli::CallCommand call(console, environment, locations);
    Esi::Cli::LoginCommand login(console, environment, locations);
    Esi::Cli::TokensCommands tokens(console, environment, locations);
    Esi::Cli::HistoryCommand history(console, locations.historyDatabase());
    const QList<Esi::Cli::CommandGroup *> groups{&spec, &call, &login, &tokens, &history};

    Esi::Cli::CommandParser parser(console, u"esi"_s,
                                   u"Explore EVE Online's ESI from the command line (part of ESI Studio)."_s);
    parser.addPositionalArgument(u"group"_s, u"One of the command groups below."_s, u"<group> [<args>...]"_s);
    const QCommandLineOption versionOption({u"v"_s, u"version"_s}, u"Print the version and exit."_s);
    parser.addOption(versionOption);
    parser.stopAtFirstPositional();
    QString epilogue = u"Command groups:\n"_s;
    for (const Esi::Cli::CommandGroup *group : groups) {
        epilogue += u"  "_s + group->name().leftJustified(10) + group->description() + u'\n';
    }
    epilogue += u"\nRun 'esi <group> --help' for its commands.\n"
                u"Exit status: 0 success, 1 failure (e.g. network), 2 bad input.\n"_s;
    parser.setEpilogue(epilogue);

    if (const auto done = parser.parse(app.arguments().mid(1), 0, -1)) {
        return *done;
    }
    if (parser.isSet(versionOption)) {
        console.writeLine(u"esi "_s + QCoreApplication::applicationVersion());
        return Esi::Cli::ExitCode::Success;
    }
    const QStringList words = parser.positionalArguments();
    if (words.isEmpty()) {
        console.writeError(parser.helpText());
        return Esi::Cli::ExitCode::BadInput;
    }
    for (Esi::Cli::CommandGroup *group : groups) {
        if (group->name() == words.constFirst()) {
            return group->run(words.mid(1));
        }
    }
    return parser.usageError(u"unknown command group \""_s + words.constFirst() + u'"');
}
