#include "core/http/ratelimittracker.h"

#include "core/http/httpdate.h"
#include "core/http/limitstatestore.h"

#include <QLoggingCategory>
#include <QMetaMethod>
#include <QTimer>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcRateLimit, "esi.http.ratelimit")

namespace Esi::Core {

namespace {

std::optional<int> headerNumber(const RawHeaders &headers, QByteArrayView name)
{
    if (!hasHeader(headers, name)) {
        return std::nullopt;
    }
    bool ok = false;
    const int value = headerValue(headers, name).trimmed().toInt(&ok);
    return ok && value >= 0 ? std::optional(value) : std::nullopt;
}

// Retry-After as milliseconds from now: delay-seconds or an HTTP date.
std::optional<qint64> retryAfterMs(const RawHeaders &headers, const QDateTime &now)
{
    if (const std::optional<int> secondsValue = headerNumber(headers, "Retry-After")) {
        return qint64(*secondsValue) * 1000;
    }
    if (const std::optional<QDateTime> at = HttpDate::parse(headerValue(headers, "Retry-After"))) {
        return std::max<qint64>(0, now.msecsTo(*at));
    }
    return std::nullopt;
}

QString durationText(qint64 ms)
{
    const qint64 secondsTotal = (ms + 999) / 1000;
    if (secondsTotal < 120) {
        return u"%1 s"_s.arg(secondsTotal);
    }
    if (secondsTotal % 3600 == 0) {
        return u"%1 h"_s.arg(secondsTotal / 3600);
    }
    return u"%1 min"_s.arg((secondsTotal + 59) / 60);
}

// The server counts fewer tokens than we do: forget our oldest settled spends stamped before
// `beforeMs` (trust the server, but only about spends its answer had already counted).
void trimOldestSettled(LimitStateStore &store, const QList<StoredSpend> &spends, qint64 beforeMs, int excess)
{
    for (StoredSpend spend : spends) { // oldest first
        if (excess <= 0 || spend.atMs >= beforeMs) {
            return;
        }
        if (spend.pending) {
            continue;
        }
        if (spend.tokens <= excess) {
            excess -= spend.tokens;
            store.removeSpend(spend.id);
        } else {
            spend.tokens -= excess;
            excess = 0;
            store.updateSpend(spend);
        }
    }
}

} // namespace

RateLimitTracker::RateLimitTracker(LimitStateStore *store, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
{}

RateLimitTracker::~RateLimitTracker() = default;

int RateLimitTracker::tokenCost(int status)
{
    if (status >= 200 && status < 300) {
        return 2;
    }
    if (status >= 300 && status < 400) {
        return 1;
    }
    if (status == 429) {
        return 0;
    }
    if (status >= 400 && status < 500) {
        return 5;
    }
    return 0;
}

std::optional<RateLimit> RateLimitTracker::parseLimitHeader(QByteArrayView text)
{
    const QString value = QString::fromLatin1(text).trimmed();
    const qsizetype slash = value.indexOf(u'/');
    if (slash <= 0) {
        return std::nullopt;
    }
    bool ok = false;
    RateLimit limit;
    limit.maxTokens = value.left(slash).trimmed().toInt(&ok);
    limit.windowText = value.mid(slash + 1).trimmed();
    limit.windowSeconds = RateLimit::parseWindow(limit.windowText);
    if (!ok || limit.maxTokens <= 0 || limit.windowSeconds <= 0) {
        return std::nullopt;
    }
    return limit;
}

QString RateLimitTracker::bucketKey(const QString &group, qint64 characterId)
{
    return group + u'\x1f' + QString::number(characterId);
}

RateLimitTracker::Target RateLimitTracker::targetFor(const RateLimit &declared, const RawHeaders &headers)
{
    Target target{declared.group, declared.maxTokens, declared.windowSeconds};
    // The server's numbers win over the spec's; its group names the bucket only when the spec has none.
    if (const std::optional<RateLimit> served = parseLimitHeader(headerValue(headers, "X-Ratelimit-Limit"))) {
        target.limit = served->maxTokens;
        target.windowSeconds = served->windowSeconds;
    }
    if (target.group.isEmpty()) {
        target.group = QString::fromLatin1(headerValue(headers, "X-Ratelimit-Group").trimmed());
    }
    return target;
}

qint64 RateLimitTracker::delayBeforeSend(const RateLimit &declared, qint64 characterId, int expectedCost,
                                         qint64 *reservationId)
{
    if (reservationId) {
        *reservationId = 0;
    }
    if (!declared.isValid() || !m_store) {
        return 0;
    }
    if (!m_store->isOpen()) {
        if (!m_warnedClosedStore) {
            m_warnedClosedStore = true;
            qCWarning(lcRateLimit) << "the limit state store is not open; rate limits are not tracked";
        }
        return 0;
    }
    const qint64 now = m_clock.msecsSinceEpoch();
    qint64 delay = 0;
    qint64 reservation = 0;
    const bool ok = m_store->transact([&] {
        StoredBucket bucket =
            m_store->bucket(declared.group, characterId)
                .value_or(
                    StoredBucket{declared.group, characterId, declared.maxTokens, declared.windowSeconds, 0, {}, now});
        const qint64 windowMs = qint64(bucket.windowSeconds) * 1000;
        m_store->removeSpendsBefore(bucket.group, characterId, now - windowMs);
        if (bucket.blockedUntilMs > now) {
            delay = bucket.blockedUntilMs - now;
            return true;
        }
        if (bucket.blockedUntilMs != 0) {
            bucket.blockedUntilMs = 0;
            bucket.blockReason.clear();
        }
        const int used = m_store->spendTotals(bucket.group, characterId).tokens;
        const int cost = std::clamp(expectedCost, 0, bucket.limit);
        if (used + cost <= bucket.limit) {
            if (cost > 0) {
                reservation = m_store->addSpend(bucket.group, characterId, now, cost, true);
                if (reservation == 0) {
                    return false;
                }
            }
            bucket.updatedMs = now;
            return m_store->saveBucket(bucket);
        }
        // Wait until the oldest spends that make room for `cost` have left the window.
        const int needed = used + cost - bucket.limit;
        int freed = 0;
        for (const StoredSpend &spend : m_store->spends(bucket.group, characterId)) {
            freed += spend.tokens;
            if (freed >= needed) {
                delay = std::max<qint64>(1, spend.atMs + windowMs - now);
                break;
            }
        }
        return m_store->saveBucket(bucket);
    });
    if (!ok) {
        // Locked out longer than the busy timeout: no safe count, and an overrun risks a ban, so hold on.
        qCWarning(lcRateLimit) << "rate-limit state unavailable, holding the request:" << m_store->lastError();
        return 1000;
    }
    if (reservation != 0) {
        m_reservations[bucketKey(declared.group, characterId)].append(reservation);
        if (reservationId) {
            *reservationId = reservation;
        }
    }
    announce(declared.group, characterId);
    return delay;
}

void RateLimitTracker::recordResponse(const RateLimit &declared, qint64 characterId, int status,
                                      const RawHeaders &headers, qint64 reservation)
{
    record(declared, characterId, status, headers, std::max<qint64>(0, reservation));
}

void RateLimitTracker::recordResponse(const RateLimit &declared, qint64 characterId, int status,
                                      const RawHeaders &headers)
{
    record(declared, characterId, status, headers, oldestReservation);
}

void RateLimitTracker::record(const RateLimit &declared, qint64 characterId, int status, const RawHeaders &headers,
                              qint64 reservation)
{
    const Target target = targetFor(declared, headers);
    if (!target.valid() || !m_store) {
        return;
    }
    const QDateTime nowTime = m_clock.now();
    const qint64 now = nowTime.toMSecsSinceEpoch();
    QList<qint64> &reservations = m_reservations[bucketKey(target.group, characterId)];
    const bool ok = m_store->transact([&] {
        StoredBucket bucket =
            m_store->bucket(target.group, characterId)
                .value_or(StoredBucket{target.group, characterId, target.limit, target.windowSeconds, 0, {}, now});
        if (hasHeader(headers, "X-Ratelimit-Limit")) {
            bucket.limit = target.limit;
            bucket.windowSeconds = target.windowSeconds;
        }
        const qint64 windowMs = qint64(bucket.windowSeconds) * 1000;
        m_store->removeSpendsBefore(bucket.group, characterId, now - windowMs);

        // Settle at the response time: later than the server counted it, so it leaves our window last.
        std::optional<StoredSpend> reserved;
        if (reservation == oldestReservation) {
            while (!reserved && !reservations.isEmpty()) {
                reserved = m_store->spend(reservations.takeFirst(), bucket.group, characterId);
            }
        } else if (reservation != 0 && reservations.removeOne(reservation)) {
            reserved = m_store->spend(reservation, bucket.group, characterId);
        }
        if (reserved && !reserved->pending) {
            reserved.reset(); // not a reservation (any more): the answer is a spend of its own
        }
        // The reservation was stamped when the request went out; without one the send time is unknown.
        const bool sendTimeKnown = reserved.has_value();
        const qint64 sentAtMs = reserved ? reserved->atMs : 0;
        const int cost = status > 0 ? tokenCost(status) : reserved ? reserved->tokens : 0;
        if (reserved && cost == 0) {
            m_store->removeSpend(reserved->id);
        } else if (reserved) {
            m_store->updateSpend({reserved->id, now, cost, false});
        } else if (cost > 0) {
            m_store->addSpend(bucket.group, characterId, now, cost, false);
        }

        const std::optional<qint64> retryAfter =
            status == 429 ? retryAfterMs(headers, nowTime) : std::optional<qint64>();
        if (status == 429) {
            const qint64 wait = retryAfter.value_or(windowMs);
            if (now + wait >= bucket.blockedUntilMs) {
                bucket.blockedUntilMs = now + wait;
                bucket.blockReason =
                    retryAfter ? u"429 Too Many Requests: Retry-After asks to wait %1."_s.arg(durationText(wait))
                               : u"429 Too Many Requests without Retry-After: waiting one whole %1 window so every "
                                 "earlier spend has expired."_s.arg(durationText(windowMs));
            }
        }

        std::optional<int> serverRemaining = headerNumber(headers, "X-Ratelimit-Remaining");
        if (const std::optional<int> used = headerNumber(headers, "X-Ratelimit-Used"); !serverRemaining && used) {
            serverRemaining = std::max(0, bucket.limit - *used);
        }
        if (serverRemaining) {
            const SpendTotals totals = m_store->spendTotals(bucket.group, characterId);
            const int serverUsed = std::clamp(bucket.limit - *serverRemaining, 0, bucket.limit);
            const int difference = serverUsed - (totals.tokens - totals.reserved);
            if (difference > 0) {
                // Other clients' spends, of unknown age: counted as of now, the cautious choice, except
                // that a Retry-After tells when the server frees them.
                const qint64 at = retryAfter ? std::min(now, now + *retryAfter - windowMs) : now;
                m_store->addSpend(bucket.group, characterId, at, difference, false);
            } else if (sendTimeKnown) {
                // The server counted this request and what it had charged before it: a settled spend is
                // stamped no earlier than the server charged it, so one stamped before this request went
                // out was counted (unless the server's window dropped it). Spends settled after (answers
                // to later requests that overtook this one) may postdate its count: a stale header says
                // nothing about them, so they stay.
                const int surelyCounted = m_store->settledTokensBefore(bucket.group, characterId, sentAtMs) + cost;
                if (serverUsed < surelyCounted) {
                    trimOldestSettled(*m_store, m_store->spends(bucket.group, characterId), sentAtMs,
                                      surelyCounted - serverUsed);
                }
            }
        }
        bucket.updatedMs = now;
        return m_store->saveBucket(bucket);
    });
    if (!ok) {
        qCWarning(lcRateLimit) << "could not record a response in the rate-limit state:" << m_store->lastError();
        return;
    }
    announce(target.group, characterId);
}

void RateLimitTracker::releaseReservation(const RateLimit &declared, qint64 characterId, qint64 reservation)
{
    QList<qint64> &reservations = m_reservations[bucketKey(declared.group, characterId)];
    if (!m_store || reservation <= 0 || !reservations.removeOne(reservation)) {
        return; // not one of this tracker's open reservations
    }
    if (m_store->transact([&] { return m_store->removeSpend(reservation); })) {
        announce(declared.group, characterId);
    }
}

void RateLimitTracker::releaseReservation(const RateLimit &declared, qint64 characterId)
{
    if (const qint64 oldest = m_reservations.value(bucketKey(declared.group, characterId)).value(0); oldest > 0) {
        releaseReservation(declared, characterId, oldest);
    }
}

RateLimitBucket RateLimitTracker::view(const QString &group, qint64 characterId, qint64 nowMs) const
{
    RateLimitBucket result;
    const std::optional<StoredBucket> stored = m_store ? m_store->bucket(group, characterId) : std::nullopt;
    if (!stored) {
        return result;
    }
    result.group = stored->group;
    result.characterId = stored->characterId;
    result.limit = stored->limit;
    result.windowSeconds = stored->windowSeconds;
    result.updatedAt = QDateTime::fromMSecsSinceEpoch(stored->updatedMs, Qt::UTC);
    if (stored->blockedUntilMs > nowMs) {
        result.blockedUntil = QDateTime::fromMSecsSinceEpoch(stored->blockedUntilMs, Qt::UTC);
        result.blockReason = stored->blockReason;
    }
    const qint64 windowMs = qint64(stored->windowSeconds) * 1000;
    // Spends that left the window are pruned on the next decision; until then they are skipped here.
    const SpendTotals totals = m_store->spendTotals(group, characterId, nowMs - windowMs);
    if (totals.count > 0) {
        result.nextReleaseAt = QDateTime::fromMSecsSinceEpoch(totals.oldestAtMs + windowMs, Qt::UTC);
    }
    result.reserved = totals.reserved;
    result.remaining = std::max(0, result.limit - totals.tokens);
    return result;
}

QList<RateLimitBucket> RateLimitTracker::buckets() const
{
    QList<RateLimitBucket> result;
    if (!m_store) {
        return result;
    }
    const qint64 now = m_clock.msecsSinceEpoch();
    for (const StoredBucket &stored : m_store->buckets()) {
        result.append(view(stored.group, stored.characterId, now));
    }
    return result;
}

std::optional<RateLimitBucket> RateLimitTracker::bucket(const QString &group, qint64 characterId) const
{
    RateLimitBucket result = view(group, characterId, m_clock.msecsSinceEpoch());
    return result.group.isEmpty() ? std::nullopt : std::optional(result);
}

void RateLimitTracker::announce(const QString &group, qint64 characterId)
{
    // Nobody shows buckets (esi): skip the view's queries, which cost as much as the send itself.
    if (!isSignalConnected(QMetaMethod::fromSignal(&RateLimitTracker::bucketChanged))) {
        return;
    }
    if (m_announceTimer) {
        m_pending.insert(bucketKey(group, characterId), {group, characterId});
        if (!m_announceTimer->isActive()) {
            m_announceTimer->start();
        }
        return;
    }
    announceNow(group, characterId);
}

void RateLimitTracker::announcePending()
{
    const QHash<QString, std::pair<QString, qint64>> pending = std::exchange(m_pending, {});
    for (const auto &[group, characterId] : pending) {
        announceNow(group, characterId);
    }
}

void RateLimitTracker::announceNow(const QString &group, qint64 characterId)
{
    const RateLimitBucket current = view(group, characterId, m_clock.msecsSinceEpoch());
    if (current.group.isEmpty()) {
        return;
    }
    const QString key = bucketKey(group, characterId);
    if (m_announced.value(key) != current) {
        m_announced.insert(key, current);
        Q_EMIT bucketChanged(current);
    }
}

void RateLimitTracker::refresh()
{
    m_pending.clear(); // every bucket is looked at here
    for (const RateLimitBucket &current : buckets()) {
        const QString key = bucketKey(current.group, current.characterId);
        if (m_announced.value(key) != current) {
            m_announced.insert(key, current);
            Q_EMIT bucketChanged(current);
        }
    }
}

void RateLimitTracker::setRefreshInterval(int msecs)
{
    if (msecs <= 0) {
        delete m_refreshTimer;
        m_refreshTimer = nullptr;
        return;
    }
    if (!m_refreshTimer) {
        m_refreshTimer = new QTimer(this);
        connect(m_refreshTimer, &QTimer::timeout, this, &RateLimitTracker::refresh);
    }
    m_refreshTimer->start(msecs);
}

void RateLimitTracker::setAnnounceInterval(int msecs)
{
    if (msecs <= 0) {
        delete m_announceTimer;
        m_announceTimer = nullptr;
        announcePending();
        return;
    }
    if (!m_announceTimer) {
        m_announceTimer = new QTimer(this);
        m_announceTimer->setSingleShot(true);
        connect(m_announceTimer, &QTimer::timeout, this, &RateLimitTracker::announcePending);
    }
    m_announceTimer->setInterval(msecs);
}

} // namespace Esi::Core
