#include "core/watch/watchschedule.h"

#include "core/http/responsecache.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

WatchSchedule WatchSchedule::bounded() const
{
    WatchSchedule schedule;
    schedule.floorMs = std::clamp(floorMs, MinimumFloorMs, MaximumCeilingMs);
    schedule.ceilingMs = std::clamp(ceilingMs, schedule.floorMs, MaximumCeilingMs);
    return schedule;
}

QDateTime WatchSchedule::expiresOf(const RawHeaders &headers, const QDateTime &receivedAt)
{
    if (!hasHeader(headers, "Expires") && !hasHeader(headers, "Cache-Control")) {
        return {};
    }
    return CachedResponse::fromReply(200, headers, QByteArray(), receivedAt).expires;
}

WatchSchedule::Next WatchSchedule::next(const CallResult &result, const QDateTime &fetchedAt,
                                        const QDateTime &now) const
{
    const WatchSchedule limits = bounded();
    Next next;
    for (const PageResult &page : result.pages) {
        const QDateTime expires = expiresOf(page.headers, fetchedAt);
        if (expires.isValid() && (!next.expires.isValid() || expires > next.expires)) {
            next.expires = expires; // the latest page: none of them is asked before its Expires
        }
    }
    const QDateTime floor = now.addMSecs(limits.floorMs);
    const QDateTime ceiling = now.addMSecs(limits.ceilingMs);
    if (!next.expires.isValid()) {
        next.at = floor;
        next.reason = Reason::Floor;
        return next;
    }
    const QDateTime wanted = next.expires.addMSecs(MarginMs);
    if (wanted <= floor) {
        next.at = floor;
        next.reason = Reason::Floor;
    } else if (wanted > ceiling) {
        next.at = ceiling;
        next.reason = Reason::Ceiling;
    } else {
        next.at = wanted;
        next.reason = Reason::Expires;
    }
    return next;
}

QString WatchSchedule::reasonName(Reason reason)
{
    switch (reason) {
    case Reason::Expires:
        return u"expires"_s;
    case Reason::Floor:
        return u"floor"_s;
    case Reason::Ceiling:
        return u"ceiling"_s;
    }
    return {};
}

} // namespace Esi::Core
