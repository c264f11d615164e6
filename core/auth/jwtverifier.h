#pragma once

#include "core/auth/jwtclaims.h"

#include <QJsonArray>
#include <QStringList>

namespace Esi::Core {

class Clock;

enum class JwtFailure {
    None,
    Malformed,            // not three base64url parts, or a part is not a JSON object
    UnsupportedAlgorithm, // alg none, HS256, anything but RS256/ES256
    UnknownKey,           // no published key has the token's kid
    BadKey,               // the published key cannot be used (wrong type for alg, too short, ...)
    BadSignature,
    BadClaims, // sub, owner, exp ... missing or of the wrong type
    WrongIssuer,
    WrongAudience,
    Expired,
    IssuedInFuture,
    NotYetValid, // `nbf` after now
};

struct JwtVerification
{
    JwtFailure failure = JwtFailure::Malformed;
    QString error; // says what is wrong; never contains the token
    JwtClaims claims;

    bool isValid() const { return failure == JwtFailure::None; }

    // Expired, issued in the future or not yet valid: the token itself may be fine and the clock wrong.
    bool failedOnTime() const
    {
        return failure == JwtFailure::Expired || failure == JwtFailure::IssuedInFuture ||
               failure == JwtFailure::NotYetValid;
    }
};

// Verifies an EVE SSO access token offline against the published keys: signature by `kid` (RS256 or
// ES256 through OpenSSL), `iss` (any accepted form), `aud` (must hold the client ID and "EVE Online"),
// `exp`, `iat` and `nbf` with an allowance of five minutes for clock skew; beyond it the message says how
// far this computer's clock is off.
class JwtVerifier
{
public:
    static constexpr int defaultSkewSeconds = 300;

    JwtVerifier(QString clientId, QStringList acceptedIssuers, const Clock &clock,
                int skewSeconds = defaultSkewSeconds);

    // The header's `kid`, so the caller can make sure the key is loaded; empty when unreadable.
    static QString keyIdOf(const QString &token);

    // `keys` is the JWKS `keys` array.
    JwtVerification verify(const QString &token, const QJsonArray &keys) const;

private:
    QString m_clientId;
    QStringList m_acceptedIssuers;
    const Clock &m_clock;
    int m_skewSeconds;
};

} // namespace Esi::Core
