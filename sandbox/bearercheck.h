#pragma once

#include "sandbox/routematcher.h"
#include "sandbox/sandboxrequest.h"
#include "sandbox/sandboxresponse.h"

#include <optional>

namespace Esi::Sandbox {

class SsoAuthority;

// What ESI does with the Authorization header of an authed route: no Bearer token → 401, a token that is
// forged, expired or for another issuer → 401, a token without the operation's scope → 403, a token of
// another character than the path's {character_id}, or of a test character outside the path's
// {corporation_id} / {alliance_id} → 403. Also names the caller of a request for the
// rate-limit buckets the way ESI does (application and character).
class BearerCheck
{
public:
    explicit BearerCheck(const SsoAuthority &authority);

    // std::nullopt when the request may reach the matched (authed) operation; otherwise ESI's refusal.
    std::optional<SandboxResponse> refusal(const SandboxRequest &request, const RouteMatch &match) const;

    // "<client_id>:<character_id>" for a valid token; otherwise EsiArea's default (a hash of the token).
    QString caller(const SandboxRequest &request) const;

    // The token of an "Authorization: Bearer <token>" header; empty without one.
    static QString bearerToken(const SandboxRequest &request);

private:
    const SsoAuthority &m_authority;
};

} // namespace Esi::Sandbox
