#pragma once

#include "core/result/resultdata.h"
#include "core/watch/snapshotdiff.h"
#include "core/watch/watchschedule.h"

#include <QDateTime>
#include <QString>

namespace Esi::Core {

// One run of a watched call: when it was fetched, how it was served, its rows and what changed since the run
// before (nothing for the first one, and nothing when ESI answered 304 Not Modified).
struct WatchSnapshot
{
    int number = 0;      // 1, 2, ... since the watch started
    QDateTime fetchedAt; // UTC
    int status = 0;      // 200, 304 (every page revalidated or still fresh), or the failing status
    QString served;      // "network", "revalidated", "cache"
    bool ok = true;
    QString error;      // the call's message when !ok
    ResultDataPtr data; // the rows (a 304 shares the previous snapshot's)
    qint64 rows = 0;
    bool compared = false; // false for the first snapshot and after a failure
    SnapshotDiff diff;     // against the previous successful snapshot
    WatchSchedule::Next next;

    bool isNotModified() const { return status == 304; }
};

} // namespace Esi::Core
