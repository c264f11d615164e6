#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <unordered_map>

namespace Esi::Core {

// One private QSqlDatabase connection to a SQLite file that several processes share (the GUI and
// every `esi` run): WAL journal so readers never block the writer, and a busy timeout so a writer
// waits for another process's transaction instead of failing. The connection name is unique per
// instance and removed again in the destructor. Use it from the thread that opened it.
class SqliteFile
{
public:
    explicit SqliteFile(QString path, int busyTimeoutMs = 10000);
    ~SqliteFile();

    SqliteFile(const SqliteFile &) = delete;
    SqliteFile &operator=(const SqliteFile &) = delete;

    // `what` names the file in messages ("response cache", "limit state"). A file that is not a
    // SQLite database is left exactly as it was and reported; nothing is created next to it.
    bool open(const QString &what, QString *error);

    bool isOpen() const { return m_open; }

    QString path() const { return m_path; }

    QSqlDatabase database() const;

    // Takes the write lock up front (BEGIN IMMEDIATE): a read-decide-write sequence inside it is
    // atomic across processes, and it never fails half-way with SQLITE_BUSY on lock upgrade.
    bool beginWrite();
    bool commit();
    void rollback();

    // Creates this program's tables in one write transaction, or checks them: a file written by a newer
    // format, or another program's database (tables not in `ownTables`), is refused and left untouched.
    // `statements` create what is missing (IF NOT EXISTS); `version` is stamped as PRAGMA user_version.
    // `upgradeStatements` run first, in the same transaction, when the file has an older version (not 0).
    bool applySchema(int version, const QStringList &ownTables, const QStringList &statements, QString *error,
                     const QStringList &upgradeStatements = {});

    // Runs `statement` (no result rows expected); on failure fills `error` with the driver text.
    bool exec(const QString &statement, QString *error = nullptr);

    // `sql` prepared once per connection and kept (forward only): bind positionally (bindValue(0, ...)),
    // exec(), read, then finish() so a read leaves no snapshot open. Null when it cannot be prepared
    // (lastError() says why); the next call tries again. Valid until the file is closed.
    QSqlQuery *prepared(const QString &sql);

    QString lastError() const { return m_lastError; }

private:
    void close();
    bool execPrepared(const QString &statement); // a cached statement without binds or rows

    QString m_path;
    QString m_what;
    QString m_connectionName;
    int m_busyTimeoutMs;
    bool m_open = false;
    QString m_lastError;
    std::unordered_map<QString, QSqlQuery> m_statements; // node-based: a pointer stays valid while others are added
};

} // namespace Esi::Core
