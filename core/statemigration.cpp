#include "core/statemigration.h"

#include "core/privatefiles.h"

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
            const QString to = data.filePath(file);
            QFile source(from);
            if (!source.rename(to)) {
                result.problems.append(u"cannot move %1 to %2: %3"_s.arg(
                    QDir::toNativeSeparators(from), QDir::toNativeSeparators(to), source.errorString()));
                continue;
            }
            PrivateFiles::restrictToUser(to);
            result.moved.append(file);
        }
    }
    // Empty now (nothing else was ever kept there): gone, with the organization's folder (EsiStudio) when that is
    // empty too.
    constexpr QDir::Filters everything = QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System;
    if (QDir parent = legacy; legacy.isEmpty(everything) && parent.cdUp() && parent.rmdir(legacy.dirName()) &&
                              parent.dirName() == u"EsiStudio" && parent.isEmpty(everything)) {
        const QString organization = parent.dirName();
        if (parent.cdUp()) {
            parent.rmdir(organization);
        }
    }
    return result;
}

} // namespace Esi::Core
