#pragma once

#include "sandbox/sandboxrequest.h"

#include <QString>
#include <optional>

namespace Esi::Sandbox {

// One step of ESI's cursor paging (`x-pagination: cursor`) over a list of `total` records, oldest first.
// `after=T` gives the records after position T (walking forward in time), `before=T` those before it;
// '0' means from the start (after) or from the end (before); neither means the newest records.
struct CursorWindow
{
    qint64 first = 0; // position of the first record returned
    int count = 0;
    QString before; // cursor to send as `before` to walk further back
    QString after;  // cursor to send as `after` to walk further forward
    QString error;  // set when the request's cursors are unusable (answer 400)

    static CursorWindow resolve(const SandboxRequest &request, qint64 total, int limit);

    // Cursors are opaque to clients; these are base64url texts naming a position.
    static QString token(qint64 position);
    static std::optional<qint64> position(const QString &token);
};

} // namespace Esi::Sandbox
