#pragma once

#include <QHostAddress>
#include <QSet>
#include <QString>

namespace Esi::Sandbox {

// Every knob of the sandbox; the defaults behave like a quiet, healthy ESI.
struct SandboxOptions
{
    QHostAddress host = QHostAddress::LocalHost;
    quint16 port = 0; // 0: let the system pick a free port

    // Data
    quint64 seed = 1;                // same seed + same request = same bytes
    int pages = 3;                   // X-Pages of every route with a `page` parameter
    int itemsPerPage = 50;           // items of a route's main list per page (or per from_id step)
    bool changeBetweenPages = false; // each paged result changes once after its page 1 was served
    QSet<qint64> missingIds;         // a path parameter with one of these values answers 404, like an unknown type
    // > 0: a GET result's data moves on every n-th request of its first page (conditional ones count): on a
    // page-numbered list one row goes, one comes and one changes, like a market's orders. For watch tests.
    int evolveEvery = 0;
    int expiresSeconds = 0; // > 0: every GET answer expires this many seconds after it is sent (max-age, Expires)

    // Faults
    int latencyMs = 0;         // added to every response, without blocking other requests
    double faultRate = 0.0;    // share of ESI calls answered 502/503/504
    int slowBodyMs = 0;        // bodies are dribbled out in chunks over this many milliseconds
    double truncateRate = 0.0; // share of 200 answers whose body is cut short before the connection closes

    // Bucket rate limits (routes with x-rate-limit)
    double bucketScale = 1.0; // multiplies every bucket's max-tokens (at least 1 token remains)
    int bucketTokens = 0;     // > 0: every bucket holds this many tokens, whatever the spec says
    int windowSeconds = 0;    // > 0: every bucket's window, whatever the spec says

    // Error limit (routes without x-rate-limit)
    int errorLimit = 100;
    int errorWindowSeconds = 60;

    // SSO (served by esi-sandbox itself; in-process servers get it from SsoArea::install)
    int ssoTokenLifetimeSecs = 1200; // access tokens live this long, like EVE's 20 minutes
    QString ssoClientId;             // empty: any non-empty client_id may sign in
    bool authCheck = true;           // authed routes need a valid Bearer token holding their scope

    bool verbose = false; // log every request to stderr
};

} // namespace Esi::Sandbox
