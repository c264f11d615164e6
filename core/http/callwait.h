#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace Esi::Core {

// Why a call holds a request back, with the facts a user needs to judge the wait (the GUI's run panel and
// `esi`'s "waiting ..." line on stderr both show these).
struct CallWait
{
    enum class Kind {
        RateLimit,  // the operation's x-rate-limit bucket has no room for the request
        ErrorLimit, // ESI's error limit is at the safety margin, or a 420 stopped sending
        RetryAfter, // an HTTP 429 asked to wait (Retry-After), or the bucket is blocked after one
        Backoff,    // a retry after a gateway error or a cut-short answer
    };

    Kind kind = Kind::RateLimit;
    qint64 msecs = 0;
    QDateTime until;           // when the wait ends (UTC)
    QString group;             // RateLimit / RetryAfter: the bucket's group; empty when none is tracked
    int remaining = -1;        // RateLimit: tokens left in the bucket; -1 unknown
    int limit = 0;             // RateLimit: the bucket's size; 0 unknown
    int errorsLeft = -1;       // ErrorLimit: errors left in ESI's window; -1 unknown
    int errorSafetyMargin = 0; // ErrorLimit: sending stops at this many errors left
    bool circuitOpen = false;  // ErrorLimit: a 420 was seen
    int status = 0;            // RetryAfter / Backoff: the HTTP status that asked for it (0: none)
    QString reason;            // the same in words for the GUI, translated

    // A limit (bucket, error limit, Retry-After) rather than a retry's backoff: what `esi --no-wait` refuses.
    bool isLimit() const { return kind != Kind::Backoff; }
};

} // namespace Esi::Core

Q_DECLARE_METATYPE(Esi::Core::CallWait)
