#pragma once

#include <QString>

class QFileDevice;

namespace Esi::Core {

// ESI Studio's state holds authed response bodies, token metadata, call history and remembered values:
// nothing another local user may read. Every folder the programs create is 0700 and every file 0600,
// whatever the umask, and an install made before that is corrected at start (correctStateFolder).
class PrivateFiles
{
public:
    // Creates `path` and every missing parent, each new one 0700. A folder that already exists is left as
    // it is (it may be the user's own); false when the path cannot be created or is not a folder.
    static bool makePrivateDir(const QString &path);

    // chmod 0600 (a file) or 0700 (a folder), without following a symbolic link, and only for an entry this
    // user owns and never a shared folder (sticky or world-writable). True when `path` does not exist; false
    // for a symbolic link or an entry it may not change.
    static bool restrictToUser(const QString &path);

    // Restricts an open file (a QSaveFile's temporary file, before it is renamed into place) to 0600.
    static bool restrictToUser(QFileDevice &file);

    // Creates `path` empty and 0600 unless it exists, so a writer that keeps the mode of an existing file
    // (QSettings, SQLite's -wal/-shm/-journal, which copy the database's mode) never makes it readable.
    static bool createPrivateFile(const QString &path);

    // Corrects an existing state folder (the cache, data or app-data folder): the folder itself becomes 0700
    // and the files ESI Studio keeps there 0600: *.sqlite with their -wal/-shm/-journal, jwks.json,
    // remembered-values.ini, specs/*.json, portraits/*.png, and the same under offline/. Other files are not
    // touched, so a folder shared with other data keeps their modes; nor is anything another user owns, any
    // symbolic link, or a shared folder such as /tmp. Returns how many entries changed mode.
    static int correctStateFolder(const QString &root);
};

} // namespace Esi::Core
