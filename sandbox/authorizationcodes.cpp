#include "sandbox/authorizationcodes.h"

#include "core/auth/pkce.h"
#include "core/clock.h"

#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Sandbox {

AuthorizationCodes::AuthorizationCodes(const Core::Clock &clock)
    : m_clock(clock)
{}

QString AuthorizationCodes::issue(const SsoGrant &grant, const QString &redirectUri, const QString &codeChallenge)
{
    dropExpired();
    const QString code = QString::fromLatin1(Core::Pkce::randomUrlSafe(24));
    m_codes.insert(code, Entry{grant, redirectUri, codeChallenge, m_clock.now().addSecs(lifetimeSecs)});
    return code;
}

AuthorizationCodes::Redemption AuthorizationCodes::redeem(const QString &code, const QString &clientId,
                                                          const QString &codeVerifier, const QString &redirectUri)
{
    dropExpired();
    const auto found = m_codes.constFind(code);
    if (code.isEmpty() || found == m_codes.cend()) {
        return {std::nullopt, u"the authorization code is unknown, expired or already used"_s};
    }
    const Entry entry = *found;
    m_codes.erase(found); // one attempt per code, successful or not
    if (entry.grant.clientId != clientId) {
        return {std::nullopt, u"the authorization code was issued to another client_id"_s};
    }
    if (codeVerifier.isEmpty()) {
        return {std::nullopt, u"code_verifier is missing; this SSO requires PKCE (S256)"_s};
    }
    if (QString::fromLatin1(Core::Pkce::challengeFor(codeVerifier.toLatin1())) != entry.challenge) {
        return {std::nullopt, u"PKCE verification failed: the code_verifier does not match the code_challenge"_s};
    }
    if (!redirectUri.isEmpty() && QUrl(redirectUri) != QUrl(entry.redirectUri)) {
        return {std::nullopt, u"redirect_uri differs from the one of the authorize request"_s};
    }
    return {entry.grant, {}};
}

void AuthorizationCodes::dropExpired()
{
    const QDateTime now = m_clock.now();
    m_codes.removeIf([&now](const QHash<QString, Entry>::iterator &it) { return it->expiresAt <= now; });
}

} // namespace Esi::Sandbox
