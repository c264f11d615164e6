#pragma once

#include "sandbox/ssogrant.h"

#include <QDateTime>
#include <QHash>
#include <optional>

namespace Esi::Core {
class Clock;
}

namespace Esi::Sandbox {

// The one-time codes the login page hands out, each bound to its grant, redirect URI and PKCE S256
// challenge. A code is good once (a failed exchange burns it too, so a verifier cannot be guessed) and
// for `lifetimeSecs` only.
class AuthorizationCodes
{
public:
    static constexpr int lifetimeSecs = 300;

    explicit AuthorizationCodes(const Core::Clock &clock);

    QString issue(const SsoGrant &grant, const QString &redirectUri, const QString &codeChallenge);

    struct Redemption
    {
        std::optional<SsoGrant> grant;
        QString error; // set when refused: the error_description of an invalid_grant answer
    };

    // `redirectUri` may be empty (not sent); when sent it must be the authorize request's.
    Redemption redeem(const QString &code, const QString &clientId, const QString &codeVerifier,
                      const QString &redirectUri);

    qsizetype pending() const { return m_codes.size(); }

private:
    struct Entry
    {
        SsoGrant grant;
        QString redirectUri;
        QString challenge;
        QDateTime expiresAt;
    };

    void dropExpired();

    const Core::Clock &m_clock;
    QHash<QString, Entry> m_codes;
};

} // namespace Esi::Sandbox
