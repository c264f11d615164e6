#pragma once

#include "core/auth/jwtverifier.h"
#include "sandbox/authorizationcodes.h"
#include "sandbox/refreshtokens.h"
#include "sandbox/signingkey.h"
#include "sandbox/ssogrant.h"

#include <QJsonObject>
#include <QUrl>

namespace Esi::Core {
class Clock;
}

namespace Esi::Sandbox {

// The sandbox SSO's state and rules, apart from HTTP: its signing key, the pending authorization codes and
// live refresh tokens, which clients may sign in, and the access tokens it issues and verifies. Tokens are
// EVE's shape: sub "CHARACTER:EVE:<id>", name, owner, scp (a string for one scope, else an array), aud
// [client_id, "EVE Online"], azp, iss = the sandbox's base URL, exp = iat + the token lifetime.
class SsoAuthority
{
public:
    // `clientId` empty: any non-empty client_id may sign in (the sandbox has no application registry).
    SsoAuthority(int tokenLifetimeSecs, QString clientId, const Core::Clock &clock);

    // Empty when the signing key could be made; otherwise why the SSO cannot work.
    QString error() const { return m_key.error(); }

    // The base URL the server listens on, e.g. http://127.0.0.1:8080; tokens carry it as `iss`.
    void setIssuer(const QUrl &baseUrl);

    QString issuer() const { return m_issuer; }

    int tokenLifetimeSecs() const { return m_lifetimeSecs; }

    // Empty when `clientId` may sign in; otherwise the error_description of an invalid_client answer.
    QString clientProblem(const QString &clientId) const;

    const SigningKey &signingKey() const { return m_key; }

    AuthorizationCodes &codes() { return m_codes; }

    RefreshTokens &refreshTokens() { return m_refreshTokens; }

    // The OAuth token answer for `grant` with `refreshToken`: access_token (a fresh JWT), expires_in,
    // token_type, refresh_token.
    QJsonObject tokenAnswer(const SsoGrant &grant, const QString &refreshToken);

    QString accessToken(const SsoGrant &grant);

    // Checks an access token as ESI does: signature by kid, `iss`, `aud` holding its own `azp` and
    // "EVE Online", `exp` with no allowance (the sandbox and its clients share one clock).
    Core::JwtVerification verify(const QString &token) const;

    // The client_id a token names in `azp`, read without verifying; empty when unreadable.
    static QString authorizedPartyOf(const QString &token);

    int accessTokensIssued() const { return m_serial; }

private:
    SigningKey m_key;
    AuthorizationCodes m_codes;
    RefreshTokens m_refreshTokens;
    const Core::Clock &m_clock;
    int m_lifetimeSecs;
    QString m_clientId;
    QString m_issuer;
    int m_serial = 0;
};

} // namespace Esi::Sandbox
