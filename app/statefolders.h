#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Esi::Core {
class StateLocations;
} // namespace Esi::Core

namespace Esi::App {

// Readies the state roots before anything opens them: an install from before every state file was private
// (0644 files, 0755 folders) is corrected, and the history and remembered values an earlier version kept in a
// second data root move into the data root (Core::StateMigration, once).
class StateFolders
{
    Q_DECLARE_TR_FUNCTIONS(Esi::App::StateFolders)

public:
    // `locations`: the online roots of this run. The old data root moves only into the standard data root, never
    // into one ESI_STUDIO_DATA_DIR names (a test's or a second profile's). Returns what to tell the user.
    static QStringList prepare(const Core::StateLocations &locations);

    // Before the settings are first read: moves the settings file from where QSettings' defaults put it into
    // `start`'s config root, once (Core::StateMigration::migrateSettingsInto). Returns what to tell the user.
    static QStringList moveSettings(const Core::StateLocations &start);
};

} // namespace Esi::App
