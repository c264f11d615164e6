#include "core/statemigration.h"

#include "core/privatefiles.h"
#include "core/statelocations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

namespace {

// What SQLite and QSettings keep next to a state file; they belong to it and move with it.
const QStringList companionSuffixes{u"-wal"_s, u"-shm"_s, u"-journal"_s, u".lock"_s};

QStringList unitOf(const QString &name)
{
    QStringList unit{name};
    for (const QString &suffix : companionSuffixes) {
        unit.append(name + suffix);
    }
    return unit;
}

// Renames `from` to `to` (copied, then removed, across file systems) and keeps it private; false with a problem.
bool moveFile(const QString &from, const QString &to, QStringList *problems)
{
    QFile source(from);
    if (!source.rename(to)) {
        problems->append(u"cannot move %1 to %2: %3"_s.arg(QDir::toNativeSeparators(from), QDir::toNativeSeparators(to),
                                                           source.errorString()));
        return false;
    }
    PrivateFiles::restrictToUser(to);
    return true;
}

constexpr QDir::Filters everything = QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System;

} // namespace

const QStringList &StateMigration::legacyFiles()
{
    static const QStringList names{u"history.sqlite"_s, u"remembered-values.ini"_s};
    return names;
}

StateMigration::Result StateMigration::migrate(const QString &legacyDirectory, const QString &dataDirectory)
{
    Result result;
    const QDir legacy(legacyDirectory);
    const QDir data(dataDirectory);
    if (legacyDirectory.isEmpty() || !legacy.exists() ||
        QDir::cleanPath(legacy.absolutePath()) == QDir::cleanPath(data.absolutePath())) {
        return result;
    }
    bool dataReady = false;
    for (const QString &name : legacyFiles()) {
        if (!QFileInfo::exists(legacy.filePath(name))) {
            continue;
        }
        const QStringList unit = unitOf(name);
        const bool taken = std::any_of(unit.cbegin(), unit.cend(),
                                       [&data](const QString &file) { return QFileInfo::exists(data.filePath(file)); });
        if (taken) {
            result.kept.append(name); // the data root's own file is the one in use; the old one stays
            continue;
        }
        if (!dataReady && !(dataReady = PrivateFiles::makePrivateDir(dataDirectory))) {
            result.problems.append(u"cannot create the data folder %1"_s.arg(QDir::toNativeSeparators(dataDirectory)));
            return result;
        }
        for (const QString &file : unit) {
            const QString from = legacy.filePath(file);
            if (!QFileInfo::exists(from)) {
                continue;
            }
            if (moveFile(from, data.filePath(file), &result.problems)) {
                result.moved.append(file);
            }
        }
    }
    // Empty now (nothing else was ever kept there): gone, with the organization's folder (EsiStudio) when that is
    // empty too.
    if (QDir parent = legacy; legacy.isEmpty(everything) && parent.cdUp() && parent.rmdir(legacy.dirName()) &&
                              parent.dirName() == u"EsiStudio" && parent.isEmpty(everything)) {
        const QString organization = parent.dirName();
        if (parent.cdUp()) {
            parent.rmdir(organization);
        }
    }
    return result;
}

StateMigration::Result StateMigration::migrateSettings(const QString &legacyFile, const QString &settingsFile)
{
    Result result;
    const QFileInfo legacy(legacyFile);
    const QFileInfo target(settingsFile);
    if (legacyFile.isEmpty() || settingsFile.isEmpty() || !legacy.exists() ||
        QDir::cleanPath(legacy.absoluteFilePath()) == QDir::cleanPath(target.absoluteFilePath())) {
        return result;
    }
    if (target.exists()) {
        result.kept.append(legacy.fileName()); // the settings file in use; the old one stays
        return result;
    }
    if (!PrivateFiles::makePrivateDir(target.absolutePath())) {
        result.problems.append(
            u"cannot create the config folder %1"_s.arg(QDir::toNativeSeparators(target.absolutePath())));
        return result;
    }
    if (!moveFile(legacy.absoluteFilePath(), target.absoluteFilePath(), &result.problems)) {
        return result;
    }
    result.moved.append(target.fileName());
    // QSettings' lock file holds nothing; the old folder (the organization's, EsiStudio) goes once it is empty.
    QFile::remove(legacy.absoluteFilePath() + u".lock"_s);
    if (QDir folder = legacy.absoluteDir(); folder.isEmpty(everything) && folder.dirName() == u"EsiStudio") {
        const QString name = folder.dirName();
        if (folder.cdUp()) {
            folder.rmdir(name);
        }
    }
    return result;
}

StateMigration::Result StateMigration::migrateSettingsInto(const StateLocations &start)
{
    if (start.configDirectory() != StateLocations::standard().configDirectory()) {
        return {};
    }
    return migrateSettings(StateLocations::legacySettingsFile(), start.settingsFile());
}

} // namespace Esi::Core
