#include "core/http/sqlitefile.h"

#include "core/privatefiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

namespace {

constexpr QByteArrayView sqliteMagic("SQLite format 3\0", 16);

bool isInMemory(const QString &path)
{
    return path == ":memory:"_L1;
}

// SQLite gives the -wal, -shm and -journal files it creates the database file's own mode, so a 0600 database
// keeps them private whatever the umask; side files left by an older install are corrected here.
void restrictWithSideFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
        PrivateFiles::restrictToUser(path + QLatin1StringView(suffix));
    }
}

} // namespace

SqliteFile::SqliteFile(QString path, int busyTimeoutMs)
    : m_path(std::move(path))
    , m_connectionName(u"esi-sqlite-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_busyTimeoutMs(busyTimeoutMs)
{}

SqliteFile::~SqliteFile()
{
    close();
}

void SqliteFile::close()
{
    m_statements.clear(); // before the connection goes: a query outliving it only warns and fails
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QSqlDatabase SqliteFile::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool SqliteFile::open(const QString &what, QString *error)
{
    const auto fail = [&](const QString &message) {
        m_lastError = message;
        if (error) {
            *error = message;
        }
        close();
        m_open = false;
        return false;
    };

    if (m_open) {
        return true;
    }
    m_what = what;
    if (m_path.isEmpty()) {
        return fail(
            QCoreApplication::translate("Esi::Core::SqliteFile", "No file name was given for the %1.").arg(what));
    }
    if (!isInMemory(m_path)) {
        const QFileInfo file(m_path);
        const QString folder = file.absolutePath();
        if (!PrivateFiles::makePrivateDir(folder)) {
            return fail(QCoreApplication::translate(
                            "Esi::Core::SqliteFile",
                            "Cannot create the folder %1 for the %2. Check that the path is not a file and that you "
                            "may write there, or choose another location.")
                            .arg(QDir::toNativeSeparators(folder), what));
        }
        if (!QFileInfo(folder).isWritable()) {
            return fail(QCoreApplication::translate(
                            "Esi::Core::SqliteFile",
                            "The folder %1 for the %2 is not writable. Fix its permissions or choose another location.")
                            .arg(QDir::toNativeSeparators(folder), what));
        }
        if (file.exists()) {
            QFile existing(m_path);
            if (!existing.open(QIODevice::ReadOnly)) {
                return fail(
                    QCoreApplication::translate("Esi::Core::SqliteFile",
                                                "Cannot read the %1 %2: %3. Fix its permissions or move it away.")
                        .arg(what, QDir::toNativeSeparators(m_path), existing.errorString()));
            }
            const QByteArray header = existing.read(sqliteMagic.size());
            // An empty file is a valid empty database; anything else must start with the SQLite magic.
            if (!header.isEmpty() && QByteArrayView(header) != sqliteMagic) {
                return fail(
                    QCoreApplication::translate(
                        "Esi::Core::SqliteFile",
                        "The %1 %2 is not a SQLite database (damaged, or written by another program). It was left "
                        "untouched; move or delete it and a new one is created on the next start.")
                        .arg(what, QDir::toNativeSeparators(m_path)));
            }
        } else if (!PrivateFiles::createPrivateFile(m_path)) {
            return fail(QCoreApplication::translate(
                            "Esi::Core::SqliteFile",
                            "Cannot create the %1 %2. Check that you may write there, or choose another location.")
                            .arg(what, QDir::toNativeSeparators(m_path)));
        }
        restrictWithSideFiles(m_path);
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    if (!db.isValid()) {
        return fail(QCoreApplication::translate(
                        "Esi::Core::SqliteFile",
                        "The Qt SQLite driver (QSQLITE) is not available, so the %1 cannot be opened. Install the Qt "
                        "SQL SQLite plugin.")
                        .arg(what));
    }
    db.setDatabaseName(m_path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(m_busyTimeoutMs));
    if (!db.open()) {
        return fail(QCoreApplication::translate("Esi::Core::SqliteFile", "Cannot open the %1 %2: %3.")
                        .arg(what, QDir::toNativeSeparators(m_path), db.lastError().text()));
    }
    m_open = true;

    // Reading the schema version touches the file header: a damaged file fails here, before any write.
    QSqlQuery probe(db);
    if (!probe.exec(u"PRAGMA schema_version"_s)) {
        return fail(QCoreApplication::translate(
                        "Esi::Core::SqliteFile",
                        "The %1 %2 cannot be read as a SQLite database (%3). It was left untouched; move or delete it "
                        "and a new one is created on the next start.")
                        .arg(what, QDir::toNativeSeparators(m_path), probe.lastError().text()));
    }
    probe.finish();
    QString pragmaError;
    if (!isInMemory(m_path) && !exec(u"PRAGMA journal_mode=WAL"_s, &pragmaError)) {
        return fail(QCoreApplication::translate("Esi::Core::SqliteFile", "Cannot switch the %1 %2 to WAL mode: %3.")
                        .arg(what, QDir::toNativeSeparators(m_path), pragmaError));
    }
    // WAL with NORMAL sync stays consistent after a crash; only the last commits may be lost.
    exec(u"PRAGMA synchronous=NORMAL"_s);
    if (!isInMemory(m_path)) {
        restrictWithSideFiles(m_path); // the -wal and -shm WAL mode just made
    }
    return true;
}

bool SqliteFile::exec(const QString &statement, QString *error)
{
    QSqlQuery query(database());
    if (!query.exec(statement)) {
        m_lastError = query.lastError().text();
        if (error) {
            *error = m_lastError;
        }
        return false;
    }
    return true;
}

QSqlQuery *SqliteFile::prepared(const QString &sql)
{
    if (const auto found = m_statements.find(sql); found != m_statements.end()) {
        return &found->second;
    }
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        m_lastError = query.lastError().text();
        return nullptr;
    }
    return &m_statements.emplace(sql, std::move(query)).first->second;
}

bool SqliteFile::execPrepared(const QString &statement)
{
    QSqlQuery *query = prepared(statement);
    if (!query) {
        return false;
    }
    const bool ok = query->exec();
    if (!ok) {
        m_lastError = query->lastError().text();
    }
    query->finish();
    return ok;
}

bool SqliteFile::beginWrite()
{
    return execPrepared(u"BEGIN IMMEDIATE"_s);
}

bool SqliteFile::commit()
{
    if (execPrepared(u"COMMIT"_s)) {
        return true;
    }
    const QString commitError = m_lastError;
    rollback();
    m_lastError = commitError;
    return false;
}

void SqliteFile::rollback()
{
    execPrepared(u"ROLLBACK"_s);
}

bool SqliteFile::applySchema(int version, const QStringList &ownTables, const QStringList &statements, QString *error,
                             const QStringList &upgradeStatements)
{
    const QString where = QDir::toNativeSeparators(m_path);
    const auto fail = [&](const QString &message) {
        rollback();
        m_lastError = message;
        if (error) {
            *error = message;
        }
        return false;
    };
    if (!beginWrite()) {
        return fail(QCoreApplication::translate("Esi::Core::SqliteFile", "Cannot lock the %1 %2: %3.")
                        .arg(m_what, where, m_lastError));
    }
    QSqlQuery query(database());
    query.exec(u"PRAGMA user_version"_s);
    const int found = query.next() ? query.value(0).toInt() : 0;
    query.finish();
    if (found > version) {
        return fail(QCoreApplication::translate(
                        "Esi::Core::SqliteFile",
                        "The %1 %2 was written by a newer ESI Studio (format %3, this one reads %4). Use the newer "
                        "version, or delete the file to start afresh.")
                        .arg(m_what, where)
                        .arg(found)
                        .arg(version));
    }
    if (found == 0) {
        query.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"_s);
        while (query.next()) {
            if (!ownTables.contains(query.value(0).toString())) {
                return fail(
                    QCoreApplication::translate(
                        "Esi::Core::SqliteFile",
                        "%1 is a SQLite database of another program, not ESI Studio's %2. It was left untouched; "
                        "choose another file.")
                        .arg(where, m_what));
            }
        }
        query.finish();
    }
    QString sqlError;
    const QStringList upgrade = found > 0 && found < version ? upgradeStatements : QStringList();
    for (const QString &statement : upgrade + statements) {
        if (!exec(statement, &sqlError)) {
            return fail(
                QCoreApplication::translate("Esi::Core::SqliteFile", "Cannot create the tables of the %1 %2: %3.")
                    .arg(m_what, where, sqlError));
        }
    }
    if (!exec(u"PRAGMA user_version = %1"_s.arg(version), &sqlError) || !commit()) {
        return fail(QCoreApplication::translate("Esi::Core::SqliteFile", "Cannot create the tables of the %1 %2: %3.")
                        .arg(m_what, where, sqlError.isEmpty() ? m_lastError : sqlError));
    }
    return true;
}

} // namespace Esi::Core
