#pragma once

#include "core/http/callresult.h"

#include <QDateTime>

namespace Esi::Core {

// When a watched call may ask again: once the last answer's Expires has passed (the latest of its pages, read as
// the response cache reads it: Expires - Date from the fetch, so a skewed local clock neither asks early nor
// late), never earlier, and bounded: an Expires already past (or missing, or unreadable) waits `floorMs`, one far
// away waits at most `ceilingMs` (the response cache then still answers without asking ESI until it expires).
struct WatchSchedule
{
    enum class Reason {
        Expires, // the answer's Expires (plus the margin)
        Floor,   // Expires was missing, past or too close: the floor
        Ceiling, // Expires was further away than the ceiling
    };

    struct Next
    {
        QDateTime at; // UTC
        Reason reason = Reason::Floor;
        QDateTime expires; // the answer's, as read; invalid when it had none
    };

    static constexpr qint64 DefaultFloorMs = 5000;
    static constexpr qint64 DefaultCeilingMs = 3600 * 1000;
    static constexpr qint64 MinimumFloorMs = 1000;           // no watch asks more often than once a second
    static constexpr qint64 MaximumCeilingMs = 86400 * 1000; // nor waits longer than a day
    static constexpr qint64 MarginMs = 500;                  // after Expires, so the cache sees it expired

    qint64 floorMs = DefaultFloorMs;
    qint64 ceilingMs = DefaultCeilingMs;

    // floorMs and ceilingMs within their bounds, the ceiling at least the floor.
    WatchSchedule bounded() const;

    // The next run after an answer fetched at `fetchedAt` (its pages' headers), asked at `now`.
    Next next(const CallResult &result, const QDateTime &fetchedAt, const QDateTime &now) const;

    // The expiry the response cache gives an answer with these headers received at `receivedAt`; invalid if none.
    static QDateTime expiresOf(const RawHeaders &headers, const QDateTime &receivedAt);

    static QString reasonName(Reason reason); // "expires", "floor", "ceiling"
};

} // namespace Esi::Core
