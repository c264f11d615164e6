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

template <typename Row> StoredBucket bucketFrom(const Row &query)
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
const QString selectBucket = u"SELECT "_s + bucketColumns + u" FROM rate_buckets WHERE grp = ? AND character_id = ?"_s;
const QString selectBuckets = u"SELECT "_s + bucketColumns + u" FROM rate_buckets ORDER BY grp, character_id"_s;
const QString saveBucketSql =
    u"INSERT OR REPLACE INTO rate_buckets ("_s + bucketColumns + u") VALUES (?, ?, ?, ?, ?, ?, ?)"_s;

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

// One run of a cached statement: bound in order, executed, and finished (reset) when it goes out of scope, so
// a read never leaves a snapshot open that would hide other processes' later writes.
class LimitStateStore::Statement
{
public:
    Statement(SqliteFile &file, const QString &sql, std::initializer_list<QVariant> values)
        : m_query(file.prepared(sql))
    {
        if (!m_query) {
            qCWarning(lcLimitStore) << "limit state query failed:" << file.lastError() << sql;
            return;
        }
        int index = 0;
        for (const QVariant &value : values) {
            m_query->bindValue(index++, value);
        }
        m_ok = m_query->exec();
        if (!m_ok) {
            qCWarning(lcLimitStore) << "limit state query failed:" << m_query->lastError().text() << sql;
        }
    }

    ~Statement()
    {
        if (m_query) {
            m_query->finish();
        }
    }

    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool ok() const { return m_ok; }

    bool next() { return m_ok && m_query->next(); } // the next row, if any

    QVariant value(int column) const { return m_query->value(column); }

    qint64 lastInsertId() const { return m_ok ? m_query->lastInsertId().toLongLong() : 0; }

private:
    QSqlQuery *m_query;
    bool m_ok = false;
};

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
    Statement query(m_file, selectBucket, {group, characterId});
    if (!query.next()) {
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
    Statement query(m_file, selectBuckets, {});
    while (query.next()) {
        result.append(bucketFrom(query));
    }
    return result;
}

bool LimitStateStore::saveBucket(const StoredBucket &bucket)
{
    if (!m_file.isOpen()) {
        return false;
    }
    return Statement(m_file, saveBucketSql,
                     {bucket.group, bucket.characterId, bucket.limit, bucket.windowSeconds, bucket.blockedUntilMs,
                      bucket.blockReason, bucket.updatedMs})
        .ok();
}

QList<StoredSpend> LimitStateStore::spends(const QString &group, qint64 characterId) const
{
    QList<StoredSpend> result;
    if (!m_file.isOpen()) {
        return result;
    }
    Statement query(m_file,
                    u"SELECT id, at_ms, tokens, pending FROM rate_spends WHERE grp = ? AND character_id = ?"
                    " ORDER BY at_ms, id"_s,
                    {group, characterId});
    while (query.next()) {
        result.append({query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toInt(),
                       query.value(3).toBool()});
    }
    return result;
}

SpendTotals LimitStateStore::spendTotals(const QString &group, qint64 characterId, qint64 afterMs) const
{
    SpendTotals totals;
    if (!m_file.isOpen()) {
        return totals;
    }
    Statement query(m_file,
                    u"SELECT COUNT(*), COALESCE(SUM(tokens), 0), COALESCE(SUM(CASE WHEN pending THEN tokens END), 0),"
                    " MIN(at_ms)"
                    " FROM rate_spends WHERE grp = ? AND character_id = ? AND at_ms > ?"_s,
                    {group, characterId, afterMs});
    if (query.next()) {
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
    Statement query(m_file,
                    u"SELECT COALESCE(SUM(tokens), 0) FROM rate_spends WHERE grp = ? AND character_id = ?"
                    " AND at_ms < ? AND pending = 0"_s,
                    {group, characterId, beforeMs});
    return query.next() ? int(query.value(0).toLongLong()) : 0;
}

qint64 LimitStateStore::addSpend(const QString &group, qint64 characterId, qint64 atMs, int tokens, bool pending)
{
    if (!m_file.isOpen()) {
        return 0;
    }
    return Statement(m_file,
                     u"INSERT INTO rate_spends (grp, character_id, at_ms, tokens, pending) VALUES (?, ?, ?, ?, ?)"_s,
                     {group, characterId, atMs, tokens, pending ? 1 : 0})
        .lastInsertId();
}

std::optional<StoredSpend> LimitStateStore::spend(qint64 id, const QString &group, qint64 characterId) const
{
    if (!m_file.isOpen()) {
        return std::nullopt;
    }
    Statement query(
        m_file, u"SELECT id, at_ms, tokens, pending FROM rate_spends WHERE id = ? AND grp = ? AND character_id = ?"_s,
        {id, group, characterId});
    if (!query.next()) {
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
    return Statement(m_file, u"UPDATE rate_spends SET at_ms = ?, tokens = ?, pending = ? WHERE id = ?"_s,
                     {spend.atMs, spend.tokens, spend.pending ? 1 : 0, spend.id})
        .ok();
}

bool LimitStateStore::removeSpend(qint64 id)
{
    if (!m_file.isOpen()) {
        return false;
    }
    return Statement(m_file, u"DELETE FROM rate_spends WHERE id = ?"_s, {id}).ok();
}

bool LimitStateStore::removeSpendsBefore(const QString &group, qint64 characterId, qint64 beforeMs)
{
    if (!m_file.isOpen()) {
        return false;
    }
    return Statement(m_file, u"DELETE FROM rate_spends WHERE grp = ? AND character_id = ? AND at_ms <= ?"_s,
                     {group, characterId, beforeMs})
        .ok();
}

StoredErrorLimit LimitStateStore::errorLimit() const
{
    StoredErrorLimit state;
    if (!m_file.isOpen()) {
        return state;
    }
    Statement query(m_file, u"SELECT remain, reset_at_ms, circuit_open, updated_ms FROM error_limit WHERE id = 1"_s,
                    {});
    if (query.next()) {
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
    return Statement(m_file,
                     u"INSERT OR REPLACE INTO error_limit (id, remain, reset_at_ms, circuit_open, updated_ms)"
                     " VALUES (1, ?, ?, ?, ?)"_s,
                     {state.remain, state.resetAtMs, state.circuitOpen ? 1 : 0, state.updatedMs})
        .ok();
}

} // namespace Esi::Core
