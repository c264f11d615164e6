#include "core/http/limitstatestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcLimitStore, "esi.http.limitstore")

namespace Esi::Core {

namespace {

constexpr int schemaVersion = 1;

const QStringList ownTables = {u"rate_buckets"_s, u"rate_spends"_s, u"error_limit"_s};

StoredBucket bucketFrom(const QSqlQuery &query)
{
    StoredBucket bucket;
    bucket.group = query.value(0).toString();
    bucket.characterId = query.value(1).toLongLong();
    bucket.limit = query.value(2).toInt();
    bucket.windowSeconds = query.value(3).toInt();
    bucket.blockedUntilMs = query.value(4).toLongLong();
    bucket.blockReason = query.value(5).toString();
    bucket.updatedMs = query.value(6).toLongLong();
    return bucket;
}

const QString bucketColumns =
    u"grp, character_id, token_limit, window_seconds, blocked_until_ms, block_reason, updated_ms"_s;

} // namespace

LimitStateStore::LimitStateStore(QString databasePath)
    : m_file(std::move(databasePath))
{}

bool LimitStateStore::open(QString *error)
{
    if (m_file.isOpen()) {
        return true;
    }
    return m_file.open(QCoreApplication::translate("Esi::Core::SqliteFile", "limit state"), error) &&
           ensureSchema(error);
}

bool LimitStateStore::ensureSchema(QString *error)
{
    return m_file.applySchema(
        schemaVersion, ownTables,
        {
            u"CREATE TABLE IF NOT EXISTS rate_buckets (grp TEXT NOT NULL, character_id INTEGER NOT NULL,"
            " token_limit INTEGER NOT NULL, window_seconds INTEGER NOT NULL,"
            " blocked_until_ms INTEGER NOT NULL DEFAULT 0, block_reason TEXT, updated_ms INTEGER NOT NULL,"
            " PRIMARY KEY (grp, character_id))"_s,
            // AUTOINCREMENT: an id is never reused, so a tracker holding a reservation
            // id never settles another's spend.
            u"CREATE TABLE IF NOT EXISTS rate_spends (id INTEGER PRIMARY KEY AUTOINCREMENT,"
            " grp TEXT NOT NULL, character_id INTEGER NOT NULL, at_ms INTEGER NOT NULL,"
            " tokens INTEGER NOT NULL, pending INTEGER NOT NULL)"_s,
            u"CREATE INDEX IF NOT EXISTS rate_spends_by_bucket ON rate_spends (grp, character_id, at_ms)"_s,
            u"CREATE TABLE IF NOT EXISTS error_limit (id INTEGER PRIMARY KEY CHECK (id = 1),"
            " remain INTEGER NOT NULL, reset_at_ms INTEGER NOT NULL, circuit_open INTEGER NOT NULL,"
            " updated_ms INTEGER NOT NULL)"_s,
        },
        error);
}

bool LimitStateStore::exec(QSqlQuery &query) const
{
    if (query.exec()) {
        return true;
    }
    qCWarning(lcLimitStore) << "limit state query failed:" << query.lastError().text() << query.lastQuery();
    return false;
}

bool LimitStateStore::transact(const std::function<bool()> &work)
{
    if (!m_file.isOpen()) {
        return false;
    }
    if (!m_file.beginWrite()) {
        qCWarning(lcLimitStore) << "cannot lock the limit state:" << m_file.lastError();
        return false;
    }
    if (!work()) {
        m_file.rollback();
        return false;
    }
    if (!m_file.commit()) {
        qCWarning(lcLimitStore) << "cannot commit the limit state:" << m_file.lastError();
        return false;
    }
    return true;
}

std::optional<StoredBucket> LimitStateStore::bucket(const QString &group, qint64 characterId) const
{
    if (!m_file.isOpen()) {
        return std::nullopt;
    }
    QSqlQuery query(m_file.database());
    query.prepare(u"SELECT "_s + bucketColumns + u" FROM rate_buckets WHERE grp = ? AND character_id = ?"_s);
    query.addBindValue(group);
    query.addBindValue(characterId);
    if (!exec(query) || !query.next()) {
        return std::nullopt;
    }
    return bucketFrom(query);
}

QList<StoredBucket> LimitStateStore::buckets() const
{
    QList<StoredBucket> result;
    if (!m_file.isOpen()) {
        return result;
    }
    QSqlQuery query(m_file.database());
    query.prepare(u"SELECT "_s + bucketColumns + u" FROM rate_buckets ORDER BY grp, character_id"_s);
    if (exec(query)) {
        while (query.next()) {
            result.append(bucketFrom(query));
        }
    }
    return result;
}

bool LimitStateStore::saveBucket(const StoredBucket &bucket)
{
    if (!m_file.isOpen()) {
        return false;
    }
    QSqlQuery query(m_file.database());
    query.prepare(u"INSERT OR REPLACE INTO rate_buckets ("_s + bucketColumns + u") VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(bucket.group);
    query.addBindValue(bucket.characterId);
    query.addBindValue(bucket.limit);
    query.addBindValue(bucket.windowSeconds);
    query.addBindValue(bucket.blockedUntilMs);
    query.addBindValue(bucket.blockReason);
    query.addBindValue(bucket.updatedMs);
    return exec(query);
}

QList<StoredSpend> LimitStateStore::spends(const QString &group, qint64 characterId) const
{
    QList<StoredSpend> result;
    if (!m_file.isOpen()) {
        return result;
    }
    QSqlQuery query(m_file.database());
    query.prepare(u"SELECT id, at_ms, tokens, pending FROM rate_spends WHERE grp = ? AND character_id = ?"
                  " ORDER BY at_ms, id"_s);
    query.addBindValue(group);
    query.addBindValue(characterId);
    if (exec(query)) {
        while (query.next()) {
            result.append({query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toInt(),
                           query.value(3).toBool()});
        }
    }
    return result;
}

SpendTotals LimitStateStore::spendTotals(const QString &group, qint64 characterId, qint64 afterMs) const
{
    SpendTotals totals;
    if (!m_file.isOpen()) {
        return totals;
    }
    QSqlQuery query(m_file.database());
    query.prepare(u"SELECT COUNT(*), COALESCE(SUM(tokens), 0), COALESCE(SUM(CASE WHEN pending THEN tokens END), 0),"
                  " MIN(at_ms)"
                  " FROM rate_spends WHERE grp = ? AND character_id = ? AND at_ms > ?"_s);
    query.addBindValue(group);
    query.addBindValue(characterId);
    query.addBindValue(afterMs);
    if (exec(query) && query.next()) {
        totals.count = query.value(0).toInt();
        totals.tokens = int(query.value(1).toLongLong());
        totals.reserved = int(query.value(2).toLongLong());
        totals.oldestAtMs = query.value(3).toLongLong();
    }
    return totals;
}

int LimitStateStore::settledTokensBefore(const QString &group, qint64 characterId, qint64 beforeMs) const
{
    if (!m_file.isOpen()) {
        return 0;
    }
    QSqlQuery query(m_file.database());
    query.prepare(u"SELECT COALESCE(SUM(tokens), 0) FROM rate_spends WHERE grp = ? AND character_id = ? AND at_ms < ?"
                  " AND pending = 0"_s);
    query.addBindValue(group);
    query.addBindValue(characterId);
    query.addBindValue(beforeMs);
    return exec(query) && query.next() ? int(query.value(0).toLongLong()) : 0;
}

qint64 LimitStateStore::addSpend(const QString &group, qint64 characterId, qint64 atMs, int tokens, bool pending)
{
    if (!m_file.isOpen()) {
        return 0;
    }
    QSqlQuery query(m_file.database());
    query.prepare(u"INSERT INTO rate_spends (grp, character_id, at_ms, tokens, pending) VALUES (?, ?, ?, ?, ?)"_s);
    query.addBindValue(group);
    query.addBindValue(characterId);
    query.addBindValue(atMs);
    query.addBindValue(tokens);
    query.addBindValue(pending ? 1 : 0);
    return exec(query) ? query.lastInsertId().toLongLong() : 0;
}

std::optional<StoredSpend> LimitStateStore::spend(qint64 id, const QString &group, qint64 characterId) const
{
    if (!m_file.isOpen()) {
        return std::nullopt;
    }
    QSqlQuery query(m_file.database());
    query.prepare(
        u"SELECT id, at_ms, tokens, pending FROM rate_spends WHERE id = ? AND grp = ? AND character_id = ?"_s);
    query.addBindValue(id);
    query.addBindValue(group);
    query.addBindValue(characterId);
    if (!exec(query) || !query.next()) {
        return std::nullopt;
    }
    return StoredSpend{query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toInt(),
                       query.value(3).toBool()};
}

bool LimitStateStore::updateSpend(const StoredSpend &spend)
{
    if (!m_file.isOpen()) {
        return false;
    }
    QSqlQuery query(m_file.database());
    query.prepare(u"UPDATE rate_spends SET at_ms = ?, tokens = ?, pending = ? WHERE id = ?"_s);
    query.addBindValue(spend.atMs);
    query.addBindValue(spend.tokens);
    query.addBindValue(spend.pending ? 1 : 0);
    query.addBindValue(spend.id);
    return exec(query);
}

bool LimitStateStore::removeSpend(qint64 id)
{
    if (!m_file.isOpen()) {
        return false;
    }
    QSqlQuery query(m_file.database());
    query.prepare(u"DELETE FROM rate_spends WHERE id = ?"_s);
    query.addBindValue(id);
    return exec(query);
}

bool LimitStateStore::removeSpendsBefore(const QString &group, qint64 characterId, qint64 beforeMs)
{
    if (!m_file.isOpen()) {
        return false;
    }
    QSqlQuery query(m_file.database());
    query.prepare(u"DELETE FROM rate_spends WHERE grp = ? AND character_id = ? AND at_ms <= ?"_s);
    query.addBindValue(group);
    query.addBindValue(characterId);
    query.addBindValue(beforeMs);
    return exec(query);
}

StoredErrorLimit LimitStateStore::errorLimit() const
{
    StoredErrorLimit state;
    if (!m_file.isOpen()) {
        return state;
    }
    QSqlQuery query(m_file.database());
    query.prepare(u"SELECT remain, reset_at_ms, circuit_open, updated_ms FROM error_limit WHERE id = 1"_s);
    if (exec(query) && query.next()) {
        state.remain = query.value(0).toInt();
        state.resetAtMs = query.value(1).toLongLong();
        state.circuitOpen = query.value(2).toBool();
        state.updatedMs = query.value(3).toLongLong();
    }
    return state;
}

bool LimitStateStore::saveErrorLimit(const StoredErrorLimit &state)
{
    if (!m_file.isOpen()) {
        return false;
    }
    QSqlQuery query(m_file.database());
    query.prepare(u"INSERT OR REPLACE INTO error_limit (id, remain, reset_at_ms, circuit_open, updated_ms)"
                  " VALUES (1, ?, ?, ?, ?)"_s);
    query.addBindValue(state.remain);
    query.addBindValue(state.resetAtMs);
    query.addBindValue(state.circuitOpen ? 1 : 0);
    query.addBindValue(state.updatedMs);
    return exec(query);
}

} // namespace Esi::Core
