#pragma once

#include "sandbox/sandboxrequest.h"
#include "sandbox/sandboxresponse.h"

#include <QDateTime>

namespace Esi::Sandbox {

// ESI's cache headers and conditional answers.
class HttpCaching
{
public:
    // A quoted hash of the body: equal bodies, equal tags.
    static QByteArray etagOf(const QByteArray &body);

    // ETag (of the body, unless already set), Expires (now + maxAge) and Cache-Control (public or private,
    // max-age).
    static void addValidators(SandboxResponse &response, const QDateTime &now, int maxAgeSeconds, bool isPrivate);

    // The response itself, or a 304 with an empty body and the same cache headers when the request's
    // If-None-Match names its ETag (or is "*").
    static SandboxResponse answerConditional(SandboxResponse response, const SandboxRequest &request);

    static bool matches(const QByteArray &ifNoneMatch, const QByteArray &etag);
};

} // namespace Esi::Sandbox
