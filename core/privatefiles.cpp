#include "core/privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileDevice>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

namespace {

constexpr QFileDevice::Permissions fileMode = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions folderMode =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

// QFileInfo reports the owner bits twice (ReadOwner and ReadUser): compare the raw mode bits only.
[[maybe_unused]] constexpr QFileDevice::Permissions modeBits =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup |
    QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther |
    QFileDevice::ExeOther;

// What ESI Studio keeps in a state folder, and in the subfolders it makes there.
const QStringList rootFiles{u"*.sqlite"_s,         u"*.sqlite-wal"_s, u"*.sqlite-shm"_s,
                            u"*.sqlite-journal"_s, u"jwks.json"_s,    u"remembered-values.ini"_s};
const QStringList specFiles{u"*.json"_s};
const QStringList portraitFiles{u"*.png"_s};

enum class Outcome { Unchanged, Changed, Refused };

// Gives the entry at `path` the mode `wanted`, but only when it is this user's own regular file or folder:
// never through a symbolic link (also not one swapped in after the check: O_NOFOLLOW, then fchmod on what
// was opened), never another user's entry, and never a shared folder (sticky or world-writable, like /tmp),
// which a folder setting may name.
Outcome restrictEntry(const QString &path, bool folder)
{
#ifdef Q_OS_UNIX
    const QByteArray native = QFile::encodeName(path);
    struct stat before = {};
    if (::lstat(native.constData(), &before) != 0 || before.st_uid != ::geteuid() ||
        (folder ? !S_ISDIR(before.st_mode) : !S_ISREG(before.st_mode))) {
        return Outcome::Refused;
    }
    if (folder && (before.st_mode & (S_ISVTX | S_IWOTH)) != 0) {
        return Outcome::Refused;
    }
    const mode_t mode = folder ? 0700 : 0600;
    if ((before.st_mode & 07777) == mode) {
        return Outcome::Unchanged;
    }
    const int fd = ::open(native.constData(),
                          O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK | O_NOCTTY | (folder ? O_DIRECTORY : 0));
    if (fd < 0) {
        return Outcome::Refused;
    }
    struct stat opened = {};
    const bool same = ::fstat(fd, &opened) == 0 && opened.st_dev == before.st_dev && opened.st_ino == before.st_ino &&
                      opened.st_uid == ::geteuid();
    const bool changed = same && ::fchmod(fd, mode) == 0;
    ::close(fd);
    return changed ? Outcome::Changed : Outcome::Refused;
#else
    const QFileDevice::Permissions wanted = folder ? folderMode : fileMode;
    const QFileInfo entry(path);
    if (entry.isSymLink() || (folder ? !entry.isDir() : !entry.isFile())) {
        return Outcome::Refused;
    }
    if ((entry.permissions() & modeBits) == wanted) {
        return Outcome::Unchanged;
    }
    return QFile::setPermissions(path, wanted) ? Outcome::Changed : Outcome::Refused;
#endif
}

// True when the mode had to change.
bool restrict(const QFileInfo &entry, QFileDevice::Permissions wanted)
{
    return restrictEntry(entry.absoluteFilePath(), wanted == folderMode) == Outcome::Changed;
}

int correctFiles(const QDir &folder, const QStringList &patterns)
{
    int changed = 0;
    const QFileInfoList files = folder.entryInfoList(patterns, QDir::Files | QDir::Hidden | QDir::System);
    for (const QFileInfo &file : files) {
        if (!file.isSymLink() &&restrict(file, fileMode)) {
            ++changed;
        }
    }
    return changed;
}

int correctSubfolder(const QDir &parent, const QString &name, const QStringList &patterns)
{
    const QFileInfo sub(parent.filePath(name));
    if (!sub.isDir() || sub.isSymLink()) {
        return 0;
    }
    return (restrict(sub, folderMode) ? 1 : 0) + correctFiles(QDir(sub.absoluteFilePath()), patterns);
}

// `offline` (the sandbox's state) holds the same layout once more.
int correct(const QDir &folder, bool withOffline)
{
    int changed = correctFiles(folder, rootFiles);
    changed += correctSubfolder(folder, u"specs"_s, specFiles);
    changed += correctSubfolder(folder, u"portraits"_s, portraitFiles);
    if (const QFileInfo offline(folder.filePath(u"offline"_s));
        withOffline && offline.isDir() && !offline.isSymLink()) {
        changed += restrict(offline, folderMode) ? 1 : 0;
        changed += correct(QDir(offline.absoluteFilePath()), false);
    }
    return changed;
}

} // namespace

bool PrivateFiles::makePrivateDir(const QString &path)
{
    if (path.isEmpty()) {
        return false;
    }
    const QString absolute = QDir::cleanPath(QDir(path).absolutePath());
    if (QFileInfo(absolute).isDir()) {
        return true;
    }
    // The missing tail of the path, outermost first, each created 0700 (QDir::mkpath would follow the umask).
    QStringList missing;
    for (QString current = absolute; !QFileInfo::exists(current);) {
        missing.prepend(current);
        const QString parent = QFileInfo(current).absolutePath();
        if (parent == current) {
            break;
        }
        current = parent;
    }
    for (const QString &folder : std::as_const(missing)) {
        if (!QDir().mkdir(folder, folderMode) && !QFileInfo(folder).isDir()) {
            return false;
        }
    }
    return QFileInfo(absolute).isDir();
}

bool PrivateFiles::restrictToUser(const QString &path)
{
    const QFileInfo entry(path);
    if (!entry.exists() || entry.isSymLink()) {
        return !entry.isSymLink();
    }
    return restrictEntry(path, entry.isDir()) != Outcome::Refused;
}

bool PrivateFiles::restrictToUser(QFileDevice &file)
{
    return file.setPermissions(fileMode);
}

bool PrivateFiles::createPrivateFile(const QString &path)
{
    if (QFileInfo::exists(path)) {
        return true;
    }
    QFile file(path);
    // NewOnly: O_EXCL, so a file another process created meanwhile keeps its content.
    if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly, fileMode)) {
        return true;
    }
    return QFileInfo::exists(path);
}

int PrivateFiles::correctStateFolder(const QString &root)
{
    const QFileInfo folder(root);
    if (root.isEmpty() || !folder.isDir() || folder.isSymLink()) {
        return 0;
    }
    const QString absolute = folder.canonicalFilePath();
    int changed = 0;
    // A folder chosen in the settings could be the home folder itself: never lock that up.
    if (absolute != QDir(QDir::homePath()).canonicalPath() && absolute != QDir::rootPath()) {
        changed += restrict(folder, folderMode) ? 1 : 0;
    }
    return changed + correct(QDir(absolute), true);
}

} // namespace Esi::Core
