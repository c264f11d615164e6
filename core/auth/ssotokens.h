#pragma once

#include "core/auth/jwtclaims.h"

#include <QDateTime>
#include <QUrl>

namespace Esi::Core {

// What a successful code exchange or refresh yields: the access token (verified; its claims below) and
// the refresh token. The SSO may rotate the refresh token on every refresh; keep the newest.
struct SsoTokens
{
    QString accessToken;
    QString refreshToken; // empty when a refresh answer did not rotate it: keep using the old one
    QDateTime accessTokenExpiresAt;
    JwtClaims claims;
    QUrl issuer; // the SSO base URL that answered (the character's tokens are bound to it)
};

} // namespace Esi::Core
