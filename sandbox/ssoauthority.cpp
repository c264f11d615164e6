#include "sandbox/ssoauthority.h"

#include "core/clock.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Sandbox {

SsoAuthority::SsoAuthority(int tokenLifetimeSecs, QString clientId, const Core::Clock &clock)
    : m_codes(clock)
    , m_clock(clock)
    , m_lifetimeSecs(tokenLifetimeSecs)
    , m_clientId(std::move(clientId))
{}

void SsoAuthority::setIssuer(const QUrl &baseUrl)
{
    m_issuer = baseUrl.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
}

QString SsoAuthority::clientProblem(const QString &clientId) const
{
    if (clientId.trimmed().isEmpty()) {
        return u"client_id is missing"_s;
    }
    if (!m_clientId.isEmpty() && clientId != m_clientId) {
        return u"unknown client_id '%1'; this sandbox was started with --client-id %2"_s.arg(clientId.left(100),
                                                                                             m_clientId);
    }
    return {};
}

QString SsoAuthority::accessToken(const SsoGrant &grant)
{
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    const QString kid = m_key.keyId();
    QJsonObject payload{{u"jti"_s, u"sandbox-%1-%2"_s.arg(now).arg(++m_serial)},
                        {u"kid"_s, kid},
                        {u"sub"_s, u"CHARACTER:EVE:%1"_s.arg(grant.character.id)},
                        {u"azp"_s, grant.clientId},
                        {u"tenant"_s, u"tranquility"_s},
                        {u"tier"_s, u"live"_s},
                        {u"region"_s, u"world"_s},
                        {u"aud"_s, QJsonArray{grant.clientId, u"EVE Online"_s}},
                        {u"name"_s, grant.character.name},
                        {u"owner"_s, grant.character.ownerHash},
                        {u"exp"_s, now + m_lifetimeSecs},
                        {u"iat"_s, now},
                        {u"iss"_s, m_issuer}};
    // Like EVE: one scope is a plain string, several an array, none no claim at all.
    if (grant.scopes.size() == 1) {
        payload.insert(u"scp"_s, grant.scopes.constFirst());
    } else if (!grant.scopes.isEmpty()) {
        payload.insert(u"scp"_s, QJsonArray::fromStringList(grant.scopes));
    }
    return m_key.sign(payload);
}

QJsonObject SsoAuthority::tokenAnswer(const SsoGrant &grant, const QString &refreshToken)
{
    return {{u"access_token"_s, accessToken(grant)},
            {u"expires_in"_s, m_lifetimeSecs},
            {u"token_type"_s, u"Bearer"_s},
            {u"refresh_token"_s, refreshToken}};
}

QString SsoAuthority::authorizedPartyOf(const QString &token)
{
    const QStringList parts = token.split(u'.');
    if (parts.size() != 3) {
        return {};
    }
    const QByteArray payload = QByteArray::fromBase64(parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding);
    return QJsonDocument::fromJson(payload).object().value("azp"_L1).toString();
}

Core::JwtVerification SsoAuthority::verify(const QString &token) const
{
    const QString clientId = authorizedPartyOf(token);
    if (clientId.isEmpty()) {
        return {Core::JwtFailure::Malformed, u"The token is not a JWT naming its client (azp claim)."_s, {}};
    }
    const Core::JwtVerifier verifier(clientId, {m_issuer}, m_clock, 0);
    return verifier.verify(token, m_key.jwks().value("keys"_L1).toArray());
}

} // namespace Esi::Sandbox
