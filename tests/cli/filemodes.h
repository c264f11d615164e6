#pragma once

// Test helper: the modes of everything under a folder, as `stat` shows them, to check that ESI Studio's state
// is private (folders 0700, files 0600) whatever the umask.
#include <QDirIterator>
#include <QFileInfo>
#include <QStringList>
#include <sys/stat.h>

namespace FileModes {

inline int modeOf(const QString &path)
{
    struct stat info = {};
    return ::lstat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 07777) : -1;
}

inline QString octal(int mode)
{
    return QStringLiteral("0%1").arg(mode, 3, 8, QLatin1Char('0'));
}

// "path 0644" for `root` itself and every folder or file below it that is not 0700 / 0600.
inline QStringList notPrivate(const QString &root)
{
    QStringList found;
    const auto check = [&found](const QString &path) {
        const QFileInfo entry(path);
        const int wanted = entry.isDir() ? 0700 : 0600;
        if (const int mode = modeOf(path); mode != wanted) {
            found.append(path + u' ' + octal(mode));
        }
    };
    check(root);
    for (QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                         QDirIterator::Subdirectories);
         it.hasNext();) {
        check(it.next());
    }
    return found;
}

// Every entry under `root` with its mode, one per line, for the test log.
inline QString listing(const QString &root)
{
    QStringList lines{root + u' ' + octal(modeOf(root))};
    for (QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                         QDirIterator::Subdirectories);
         it.hasNext();) {
        const QString path = it.next();
        lines.append(QStringLiteral("  ") + path.mid(root.size() + 1) + u' ' + octal(modeOf(path)));
    }
    return lines.join(u'\n');
}

} // namespace FileModes
