#pragma once

#include <QString>
#include <QStringList>

namespace Esi::Core {

class StateLocations;

// Earlier versions kept the call history and the remembered form values in a second data root
// (StateLocations::legacyDataDirectory(), <GenericData>/EsiStudio/esi-studio). At start-up esi-studio moves
// them into the one data root, once: each file is renamed (copied, then removed, across file systems), never
// overwrites a file already there, and stays private (0600 files, 0700 folders). A database moves together with
// its -wal, -shm and -journal files. When the data root already has a file of that name (it is the one in
// use), both are kept and the old one stays where it was, so nothing is lost. The old folder is removed once
// it is empty, so later starts find nothing to do.
class StateMigration
{
public:
    struct Result
    {
        QStringList moved;    // file names now in the data root
        QStringList kept;     // file names left in the old folder because the data root has its own
        QStringList problems; // what could not be moved, with the reason
    };

    // The state files an earlier version kept in the old data root.
    static const QStringList &legacyFiles();

    static Result migrate(const QString &legacyDirectory, const QString &dataDirectory);

    // The settings file where QSettings' defaults put it (StateLocations::legacySettingsFile()) moves to
    // StateLocations::settingsFile() once, when the two differ: renamed, 0600, never over an existing file (then
    // both are kept and `kept` names the old one). The old organization folder goes once it is empty.
    static Result migrateSettings(const QString &legacyFile, const QString &settingsFile);
    // migrateSettings() into `start`'s settings file, only when its config root is the standard one (never into
    // one ESI_STUDIO_CONFIG_DIR names: a test's or a second profile's). Both main()s call it before reading it.
    static Result migrateSettingsInto(const StateLocations &start);
};

} // namespace Esi::Core
