#pragma once

#include <QByteArray>
#include <QList>

namespace Esi::Core {
struct WatchSnapshot;
} // namespace Esi::Core

namespace Esi::Cli {

// The NDJSON lines of one watch snapshot, keys in a fixed order:
//   {"event":"snapshot","n":2,"fetched_at":"...Z","rows":150,"status":304,"served":"revalidated","added":0,
//    "removed":0,"changed":0,"identity":"order_id","next_at":"...Z","next_reason":"expires"}
//   {"event":"added","n":2,"key":"1000000151","row":{...}}      (and "removed" with the row as it was)
//   {"event":"changed","n":2,"key":"1000000003","old":{"price":5.1},"new":{"price":4.9}}
//   {"event":"error","n":3,"status":503,"message":"...","next_at":"...Z"}
// The first snapshot lists no rows (nothing to compare with); more changes than were listed end in
//   {"event":"truncated","n":2,"listed":100000}.
class WatchEvents
{
public:
    static QList<QByteArray> lines(const Core::WatchSnapshot &snapshot);
};

} // namespace Esi::Cli
