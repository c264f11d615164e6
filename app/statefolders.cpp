#include "app/statefolders.h"

#include "core/privatefiles.h"
#include "core/statelocations.h"
#include "core/statemigration.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace Esi::App {

QStringList StateFolders::prepare(const Core::StateLocations &locations)
{
    QStringList messages;
    const QString legacy = Core::StateLocations::legacyDataDirectory();
    if (locations.dataDirectory() == Core::StateLocations::standard().dataDirectory()) {
        const Core::StateMigration::Result moved = Core::StateMigration::migrate(legacy, locations.dataDirectory());
        QStringList details = moved.problems;
        for (const QString &name : moved.kept) {
            details.append(u"%1 (%2 has its own)"_s.arg(name, QDir::toNativeSeparators(locations.dataDirectory())));
        }
        if (!details.isEmpty()) {
            messages.append(tr("Earlier state in %1 was not moved: %2")
                                .arg(QDir::toNativeSeparators(legacy), details.join(u"; "_s)));
        }
    }
    // Cache (responses, limits, JWKS, specs, portraits), data (tokens, history, remembered values), what is left
    // of the old data root, and the settings.
    Core::PrivateFiles::correctStateFolder(locations.cacheDirectory());
    Core::PrivateFiles::correctStateFolder(locations.dataDirectory());
    Core::PrivateFiles::correctStateFolder(legacy);
    const QString settingsFile = locations.settingsFile();
    Core::PrivateFiles::makePrivateDir(QFileInfo(settingsFile).absolutePath());
    Core::PrivateFiles::createPrivateFile(settingsFile); // QSettings keeps the mode of the file it rewrites
    Core::PrivateFiles::restrictToUser(settingsFile);
    // The organization's folders (<data>/EsiStudio, <config>/EsiStudio) hold nothing but ours.
    for (const QString &folder : {QFileInfo(legacy).absolutePath(), QFileInfo(settingsFile).absolutePath()}) {
        if (QFileInfo(folder).fileName() == QCoreApplication::organizationName()) {
            Core::PrivateFiles::restrictToUser(folder);
        }
    }
    return messages;
}

QStringList StateFolders::moveSettings(const Core::StateLocations &start)
{
    const Core::StateMigration::Result moved = Core::StateMigration::migrateSettingsInto(start);
    QStringList details = moved.problems;
    for (const QString &name : moved.kept) {
        details.append(u"%1 (%2 has its own)"_s.arg(name, QDir::toNativeSeparators(start.configDirectory())));
    }
    if (details.isEmpty()) {
        return {};
    }
    return {tr("Earlier settings in %1 were not moved: %2")
                .arg(QDir::toNativeSeparators(Core::StateLocations::legacySettingsFile()), details.join(u"; "_s))};
}

} // namespace Esi::App
