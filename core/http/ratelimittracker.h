#pragma once

#include "core/clock.h"
#include "core/http/rawheaders.h"
#include "core/spec/operation.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <optional>

class QTimer;

namespace Esi::Core {

class LimitStateStore;

// One bucket as the GUI shows it, computed for the moment it was read.
struct RateLimitBucket
{
    QString group;
    qint64 characterId = 0; // 0: public (ESI counts it per source IP)
    int limit = 0;
    int remaining = 0; // limit minus every spend and reservation still in the window
    int windowSeconds = 0;
    QDateTime blockedUntil; // invalid: not blocked
    QDateTime updatedAt;
    int reserved = 0;        // tokens held by requests in flight (part of limit - remaining)
    QString blockReason;     // why blockedUntil is set, in words for the user
    QDateTime nextReleaseAt; // when the oldest spend leaves the window; invalid when nothing is spent

    friend bool operator==(const RateLimitBucket &, const RateLimitBucket &) = default;
};

// ESI's floating-window token buckets (`x-rate-limit`), tracked in the shared LimitStateStore so
// the GUI and every `esi` process draw from the same count. Each spend is an event with a time;
// it leaves the window windowSeconds later. Before a request, delayBeforeSend() reserves its
// expected cost or says how long to wait; the response settles the reservation with the real
// cost, and X-Ratelimit-* headers correct the local count (the server also counts other clients
// on the same IP or character). Answers to concurrent requests arrive in any order, so a header
// is only as new as the moment the server counted that request: it may raise the count, but it
// lowers it only by spends settled before that request was sent, the ones it surely includes.
class RateLimitTracker : public QObject
{
    Q_OBJECT

public:
    RateLimitTracker(LimitStateStore *store, const Clock &clock, QObject *parent = nullptr);
    ~RateLimitTracker() override;

    // Tokens a response costs: 2xx 2, 3xx 1, 4xx 5 except 429 0, 5xx 0 (and 0 for anything else).
    static int tokenCost(int status);
    // "150/15m" -> maxTokens 150, windowSeconds 900 (unit s, m or h); nullopt when unreadable.
    static std::optional<RateLimit> parseLimitHeader(QByteArrayView text);

    // 0: send now (the expected cost is reserved); > 0: wait this many ms first (pacing /
    // Retry-After), then ask again. Routes without a valid `x-rate-limit` always get 0.
    // `reservation` (optional) receives the id of what was reserved, 0 when nothing was; callers
    // with several requests in flight pass it back to recordResponse/releaseReservation.
    qint64 delayBeforeSend(const RateLimit &declared, qint64 characterId, int expectedCost = 2,
                           qint64 *reservation = nullptr);

    // Settles `reservation` (0: the request held none) with the real cost (status <= 0, no answer at
    // all, keeps the reserved cost: the server may have counted it); syncs with X-Ratelimit-*; a 429
    // blocks the bucket for Retry-After, or a whole window when it has none.
    void recordResponse(const RateLimit &declared, qint64 characterId, int status, const RawHeaders &headers,
                        qint64 reservation);
    // The same for callers with one request at a time: settles this tracker's oldest reservation.
    void recordResponse(const RateLimit &declared, qint64 characterId, int status, const RawHeaders &headers);

    // Gives back a reservation whose request was never sent (cancelled before sending).
    void releaseReservation(const RateLimit &declared, qint64 characterId, qint64 reservation);
    // The same for callers with one request at a time: gives back this tracker's oldest reservation.
    void releaseReservation(const RateLimit &declared, qint64 characterId);

    QList<RateLimitBucket> buckets() const; // every bucket any process has used, by group then character
    std::optional<RateLimitBucket> bucket(const QString &group, qint64 characterId) const;

    // Re-reads the shared state and emits bucketChanged for each bucket that differs from what was
    // last emitted: spends by other processes, tokens leaving the window, blocks running out.
    void refresh();
    // Calls refresh() every `msecs` (0 stops); the GUI's limits panel uses this to stay live.
    void setRefreshInterval(int msecs);
    // 0 (the default): bucketChanged comes as each send or answer changes a bucket. > 0: changes are
    // gathered and announced at most once per `msecs`, each bucket as it stands then, so a paged call
    // of hundreds of requests redraws the GUI a few times a second, and the last state always comes.
    void setAnnounceInterval(int msecs);

Q_SIGNALS:
    void bucketChanged(const Esi::Core::RateLimitBucket &bucket);

private:
    struct Target
    {
        QString group;
        int limit = 0;
        int windowSeconds = 0;

        bool valid() const { return !group.isEmpty() && limit > 0 && windowSeconds > 0; }
    };

    static constexpr qint64 oldestReservation = -1; // for record(): settle the tracker's oldest reservation

    static QString bucketKey(const QString &group, qint64 characterId);
    static Target targetFor(const RateLimit &declared, const RawHeaders &headers);
    RateLimitBucket view(const QString &group, qint64 characterId, qint64 nowMs) const;
    void announce(const QString &group, qint64 characterId); // now or, when coalescing, soon
    void announceNow(const QString &group, qint64 characterId);
    void announcePending();
    void record(const RateLimit &declared, qint64 characterId, int status, const RawHeaders &headers,
                qint64 reservation);

    LimitStateStore *m_store;
    const Clock &m_clock;
    QHash<QString, QList<qint64>> m_reservations; // bucket key -> ids of this tracker's pending spends
    QHash<QString, RateLimitBucket> m_announced;
    QTimer *m_refreshTimer = nullptr;
    QTimer *m_announceTimer = nullptr;                    // single shot; null: announce at once
    QHash<QString, std::pair<QString, qint64>> m_pending; // bucket key -> group, character to announce
    bool m_warnedClosedStore = false;
};

} // namespace Esi::Core

Q_DECLARE_METATYPE(Esi::Core::RateLimitBucket)
