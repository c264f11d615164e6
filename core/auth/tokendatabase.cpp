#include "core/auth/tokendatabase.h"

#include "core/auth/authlogging.h"
#include "core/http/sqlitefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

namespace {

constexpr QByteArrayView sqliteMagic("SQLite format 3\0", 16);

// Each step takes the schema from version N-1 to N (index 0 creates version 1). Never edit a released step;
// add a new one.
const QList<QStringList> &migrationSteps()
{
    static const QList<QStringList> steps{
        {
            u"CREATE TABLE schema_version (version INTEGER NOT NULL)"_s,
            u"INSERT INTO schema_version (version) VALUES (0)"_s,
            u"CREATE TABLE tokens ("
            " character_id INTEGER PRIMARY KEY,"
            " character_name TEXT NOT NULL,"
            " owner_hash TEXT NOT NULL,"
            " scopes TEXT NOT NULL,"
            " access_expires_at INTEGER,"
            " added_at INTEGER NOT NULL,"
            " refreshed_at INTEGER,"
            " status TEXT NOT NULL)"_s,
        },
        {
            u"ALTER TABLE tokens ADD COLUMN last_used_at INTEGER"_s,
            u"ALTER TABLE tokens ADD COLUMN previous_owner_hash TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE tokens ADD COLUMN status_reason TEXT NOT NULL DEFAULT ''"_s,
        },
        {
            // Tokens are bound to the SSO that issued them; those stored before came from EVE's (a test
            // server's tokens must never be guessed: they would be sent to the real ESI and fail safely).
            u"ALTER TABLE tokens ADD COLUMN issuer TEXT NOT NULL DEFAULT ''"_s,
            u"UPDATE tokens SET issuer = 'https://login.eveonline.com'"_s,
            u"ALTER TABLE tokens ADD COLUMN secrets_version INTEGER NOT NULL DEFAULT 0"_s,
        },
    };
    return steps;
}

QVariant msecs(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

// A null QString binds as SQL NULL, which the NOT NULL text columns refuse.
QString text(const QString &value)
{
    return value.isNull() ? u""_s : value;
}

QDateTime fromMsecs(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

} // namespace

TokenDatabase::TokenDatabase(QString path)
    : m_path(std::move(path))
{}

TokenDatabase::~TokenDatabase() = default;

bool TokenDatabase::isOpen() const
{
    return m_file && m_file->isOpen();
}

bool TokenDatabase::open(QString *error)
{
    if (isOpen()) {
        return true;
    }
    if (!inspect(error)) {
        return false;
    }
    auto file = std::make_unique<SqliteFile>(m_path);
    if (!file->open(QCoreApplication::translate("Esi::Core::SqliteFile", "token database"), error)) {
        return false;
    }
    m_file = std::move(file);
    if (!migrate(error)) {
        m_file.reset();
        return false;
    }
    return true;
}

// Everything that can make us refuse a file is checked on a connection that only reads, before
// SqliteFile switches the journal mode (which would already change the file's header).
bool TokenDatabase::inspect(QString *error)
{
    const QString where = QDir::toNativeSeparators(m_path);
    QFile file(m_path);
    if (!file.exists() || QFileInfo(m_path).size() == 0) {
        m_foundVersion = 0;
        return true;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("Esi::Core::TokenDatabase",
                                             "Cannot read the token database %1: %2. Fix its permissions.")
                     .arg(where, file.errorString());
        return false;
    }
    if (QByteArrayView(file.read(sqliteMagic.size())) != sqliteMagic) {
        *error = QCoreApplication::translate(
                     "Esi::Core::TokenDatabase",
                     "The token database %1 is not a SQLite database (damaged, or written by another program). It "
                     "was left untouched; move it away to start with an empty token list, or restore a backup.")
                     .arg(where);
        return false;
    }
    file.close();

    const QString connection = u"esi-token-inspect-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(m_path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
        const auto refuse = [&](const QString &message) {
            *error = message;
            ok = false;
        };
        if (!db.open()) {
            refuse(QCoreApplication::translate("Esi::Core::TokenDatabase", "Cannot open the token database %1: %2.")
                       .arg(where, db.lastError().text()));
        } else {
            QSqlQuery query(db);
            if (!query.exec(u"PRAGMA quick_check"_s) || !query.next() || query.value(0).toString() != "ok"_L1) {
                refuse(
                    QCoreApplication::translate(
                        "Esi::Core::TokenDatabase",
                        "The token database %1 is damaged (%2). It was left untouched; move it away to start with an "
                        "empty token list (characters must sign in again), or restore a backup.")
                        .arg(where,
                             query.lastError().isValid() ? query.lastError().text() : query.value(0).toString()));
            } else {
                const QStringList tables = db.tables();
                if (tables.contains(u"schema_version"_s)) {
                    query.finish();
                    if (!query.exec(u"SELECT MAX(version) FROM schema_version"_s) || !query.next()) {
                        refuse(
                            QCoreApplication::translate(
                                "Esi::Core::TokenDatabase",
                                "The token database %1 has an unreadable schema version (%2). It was left untouched.")
                                .arg(where, query.lastError().text()));
                    } else {
                        m_foundVersion = query.value(0).toInt();
                    }
                } else if (!tables.isEmpty()) {
                    refuse(QCoreApplication::translate(
                               "Esi::Core::TokenDatabase",
                               "%1 is a SQLite database of another program (tables %2), not an ESI Studio token "
                               "database. It was left untouched; choose another file.")
                               .arg(where, tables.join(u", "_s)));
                }
                if (ok && m_foundVersion > currentSchemaVersion) {
                    refuse(QCoreApplication::translate(
                               "Esi::Core::TokenDatabase",
                               "The token database %1 has schema version %2, written by a newer ESI Studio (this one "
                               "knows up to %3). It was left untouched; update ESI Studio.")
                               .arg(where)
                               .arg(m_foundVersion)
                               .arg(currentSchemaVersion));
                }
            }
            query.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

bool TokenDatabase::migrate(QString *error)
{
    if (!m_file->beginWrite()) {
        *error = QCoreApplication::translate("Esi::Core::TokenDatabase",
                                             "Cannot lock the token database %1 for its schema check: %2.")
                     .arg(QDir::toNativeSeparators(m_path), m_file->lastError());
        return false;
    }
    // Read the version again inside the write lock: another process may have migrated meanwhile.
    int version = 0;
    QSqlQuery query(m_file->database());
    if (m_file->database().tables().contains(u"schema_version"_s)) {
        if (query.exec(u"SELECT MAX(version) FROM schema_version"_s) && query.next()) {
            version = query.value(0).toInt();
        }
        query.finish();
    }
    const QList<QStringList> &steps = migrationSteps();
    for (int next = version + 1; next <= currentSchemaVersion; ++next) {
        QStringList statements = steps.at(next - 1);
        statements.append(u"UPDATE schema_version SET version = %1"_s.arg(next));
        for (const QString &statement : std::as_const(statements)) {
            QString stepError;
            if (!m_file->exec(statement, &stepError)) {
                m_file->rollback();
                *error = QCoreApplication::translate(
                             "Esi::Core::TokenDatabase",
                             "Updating the token database %1 to schema version %2 failed (%3); it was rolled back "
                             "and left as it was.")
                             .arg(QDir::toNativeSeparators(m_path))
                             .arg(next)
                             .arg(stepError);
                return false;
            }
        }
        qCInfo(lcEsiAuth) << "Token database migrated to schema version" << next;
    }
    if (!m_file->commit()) {
        *error =
            QCoreApplication::translate("Esi::Core::TokenDatabase", "Cannot save the token database schema in %1: %2.")
                .arg(QDir::toNativeSeparators(m_path), m_file->lastError());
        return false;
    }
    return true;
}

TokenRecord TokenDatabase::recordFrom(const QSqlQuery &query)
{
    TokenRecord record;
    record.characterId = query.value(u"character_id"_s).toLongLong();
    record.characterName = query.value(u"character_name"_s).toString();
    record.ownerHash = query.value(u"owner_hash"_s).toString();
    record.previousOwnerHash = query.value(u"previous_owner_hash"_s).toString();
    record.scopes = TokenRecord::normalizedScopes(query.value(u"scopes"_s).toString().split(u' ', Qt::SkipEmptyParts));
    record.accessTokenExpiresAt = fromMsecs(query.value(u"access_expires_at"_s));
    record.addedAt = fromMsecs(query.value(u"added_at"_s));
    record.lastRefreshedAt = fromMsecs(query.value(u"refreshed_at"_s));
    record.lastUsedAt = fromMsecs(query.value(u"last_used_at"_s));
    // An unknown status (a newer version's) is treated as needing a sign-in rather than as valid.
    record.status =
        TokenRecord::statusFromName(query.value(u"status"_s).toString()).value_or(TokenStatus::NeedsReSignIn);
    record.statusReason = query.value(u"status_reason"_s).toString();
    const QString issuer = query.value(u"issuer"_s).toString();
    record.issuer = issuer.isEmpty() ? QUrl() : QUrl(issuer);
    record.secretsVersion = query.value(u"secrets_version"_s).toLongLong();
    return record;
}

QList<TokenRecord> TokenDatabase::tokens() const
{
    QList<TokenRecord> records;
    if (!isOpen()) {
        return records;
    }
    QSqlQuery query(m_file->database());
    if (!query.exec(u"SELECT * FROM tokens ORDER BY character_name COLLATE NOCASE, character_id"_s)) {
        qCWarning(lcEsiAuth) << "Cannot read the token list:" << query.lastError().text();
        return records;
    }
    while (query.next()) {
        records.append(recordFrom(query));
    }
    return records;
}

std::optional<TokenRecord> TokenDatabase::token(qint64 characterId) const
{
    if (!isOpen()) {
        return std::nullopt;
    }
    QSqlQuery query(m_file->database());
    query.prepare(u"SELECT * FROM tokens WHERE character_id = ?"_s);
    query.addBindValue(characterId);
    if (!query.exec() || !query.next()) {
        return std::nullopt;
    }
    return recordFrom(query);
}

bool TokenDatabase::upsert(const TokenRecord &record, QString *error)
{
    if (!isOpen()) {
        *error = QCoreApplication::translate("Esi::Core::TokenDatabase", "The token database is not open.");
        return false;
    }
    QSqlQuery query(m_file->database());
    query.prepare(u"INSERT INTO tokens (character_id, character_name, owner_hash, previous_owner_hash, "
                  "scopes, access_expires_at, added_at, refreshed_at, last_used_at, status, status_reason) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(character_id) DO UPDATE SET "
                  "character_name = excluded.character_name, owner_hash = excluded.owner_hash, "
                  "previous_owner_hash = excluded.previous_owner_hash, scopes = excluded.scopes, "
                  "access_expires_at = excluded.access_expires_at, added_at = excluded.added_at, "
                  "refreshed_at = excluded.refreshed_at, last_used_at = excluded.last_used_at, "
                  "status = excluded.status, status_reason = excluded.status_reason"_s);
    query.addBindValue(record.characterId);
    query.addBindValue(text(record.characterName));
    query.addBindValue(text(record.ownerHash));
    query.addBindValue(text(record.previousOwnerHash));
    query.addBindValue(text(TokenRecord::normalizedScopes(record.scopes).join(u' ')));
    query.addBindValue(msecs(record.accessTokenExpiresAt));
    query.addBindValue(record.addedAt.isValid() ? record.addedAt.toMSecsSinceEpoch() : qint64(0));
    query.addBindValue(msecs(record.lastRefreshedAt));
    query.addBindValue(msecs(record.lastUsedAt));
    query.addBindValue(TokenRecord::statusName(record.status));
    query.addBindValue(text(record.statusReason));
    if (!query.exec()) {
        *error =
            QCoreApplication::translate("Esi::Core::TokenDatabase", "Cannot save the token of character %1 in %2: %3.")
                .arg(record.characterId)
                .arg(QDir::toNativeSeparators(m_path), query.lastError().text());
        return false;
    }
    return true;
}

bool TokenDatabase::recordSecretsWritten(qint64 characterId, const QUrl &issuer, QString *error)
{
    if (!isOpen()) {
        *error = QCoreApplication::translate("Esi::Core::TokenDatabase", "The token database is not open.");
        return false;
    }
    QSqlQuery query(m_file->database());
    if (issuer.isEmpty()) {
        query.prepare(u"UPDATE tokens SET secrets_version = secrets_version + 1 WHERE character_id = ?"_s);
    } else {
        query.prepare(u"UPDATE tokens SET secrets_version = secrets_version + 1, issuer = ? WHERE character_id = ?"_s);
        query.addBindValue(issuer.toString());
    }
    query.addBindValue(characterId);
    if (!query.exec()) {
        *error = QCoreApplication::translate("Esi::Core::TokenDatabase",
                                             "Cannot save the token version of character %1 in %2: %3.")
                     .arg(characterId)
                     .arg(QDir::toNativeSeparators(m_path), query.lastError().text());
        return false;
    }
    return true;
}

bool TokenDatabase::remove(qint64 characterId, QString *error)
{
    if (!isOpen()) {
        *error = QCoreApplication::translate("Esi::Core::TokenDatabase", "The token database is not open.");
        return false;
    }
    QSqlQuery query(m_file->database());
    query.prepare(u"DELETE FROM tokens WHERE character_id = ?"_s);
    query.addBindValue(characterId);
    if (!query.exec()) {
        *error = QCoreApplication::translate("Esi::Core::TokenDatabase",
                                             "Cannot remove the token of character %1 from %2: %3.")
                     .arg(characterId)
                     .arg(QDir::toNativeSeparators(m_path), query.lastError().text());
        return false;
    }
    return true;
}

} // namespace Esi::Core
