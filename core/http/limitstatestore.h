#pragma once

#include "core/http/sqlitefile.h"

#include <QList>
#include <QString>
#include <functional>
#include <limits>
#include <optional>

namespace Esi::Core {

// One token spend in a rate-limit bucket. `pending` marks a reservation for a request still in
// flight; it counts like a spend until its response settles it with the real cost.
struct StoredSpend
{
    qint64 id = 0;
    qint64 atMs = 0;
    int tokens = 0;
    bool pending = false;
};

// Sums over a bucket's spends, computed inside SQLite: a window holding thousands of spends (ESI's big
// buckets during a long paged call) costs a decision no more than a quiet one.
struct SpendTotals
{
    int count = 0;
    int tokens = 0;        // every spend and reservation
    int reserved = 0;      // the pending part of `tokens`
    qint64 oldestAtMs = 0; // meaningful when count > 0
};

struct StoredBucket
{
    QString group;
    qint64 characterId = 0; // 0: public (counted per source IP by ESI)
    int limit = 0;
    int windowSeconds = 0;
    qint64 blockedUntilMs = 0; // 0: not blocked
    QString blockReason;
    qint64 updatedMs = 0;
};

struct StoredErrorLimit
{
    int remain = 100;
    qint64 resetAtMs = 0; // 0: no window known
    bool circuitOpen = false;
    qint64 updatedMs = 0;
};

// Rate-limit buckets, their spend events and the error-limit window, in one SQLite file that the
// GUI and every `esi` process share (WAL + busy timeout). Policy lives in RateLimitTracker and
// ErrorLimitTracker; they wrap each read-decide-write in transact(), which holds SQLite's write
// lock, so two processes never both take the last tokens. ":memory:" keeps the state in this
// process only. Use it from the thread that opened it.
class LimitStateStore
{
public:
    explicit LimitStateStore(QString databasePath);

    // Same failure rules as ResponseCache::open: a clear message, an existing file never modified.
    bool open(QString *error);

    bool isOpen() const { return m_file.isOpen(); }

    QString databasePath() const { return m_file.path(); }

    QString lastError() const { return m_file.lastError(); }

    // Runs `work` inside one write transaction; rolled back when `work` returns false or the
    // database fails. Not reentrant.
    bool transact(const std::function<bool()> &work);

    std::optional<StoredBucket> bucket(const QString &group, qint64 characterId) const;
    QList<StoredBucket> buckets() const; // by group, then character
    bool saveBucket(const StoredBucket &bucket);

    QList<StoredSpend> spends(const QString &group, qint64 characterId) const; // oldest first
    // Totals of the spends stamped after `afterMs`.
    SpendTotals spendTotals(const QString &group, qint64 characterId,
                            qint64 afterMs = std::numeric_limits<qint64>::min()) const;
    int settledTokensBefore(const QString &group, qint64 characterId, qint64 beforeMs) const;
    qint64 addSpend(const QString &group, qint64 characterId, qint64 atMs, int tokens, bool pending); // 0: failed
    // The spend with `id`, if it still exists in that bucket (it may have left the window meanwhile).
    std::optional<StoredSpend> spend(qint64 id, const QString &group, qint64 characterId) const;
    bool updateSpend(const StoredSpend &spend);
    bool removeSpend(qint64 id);
    bool removeSpendsBefore(const QString &group, qint64 characterId, qint64 beforeMs);

    StoredErrorLimit errorLimit() const;
    bool saveErrorLimit(const StoredErrorLimit &state);

private:
    class Statement;

    bool ensureSchema(QString *error);

    mutable SqliteFile m_file;
};

} // namespace Esi::Core
