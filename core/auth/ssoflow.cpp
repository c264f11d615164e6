#include "core/auth/ssoflow.h"

#include "core/auth/authlogging.h"
#include "core/auth/ssoclient.h"

#include <QCoreApplication>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

SsoFlow::SsoFlow(SsoClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_scopes(client.settings().scopes)
    , m_callbackUrl(client.settings().callbackUrl)
{}

void SsoFlow::start()
{
    if (m_stage != Stage::Idle) {
        fail(tr("This sign-in was already started; start a new one."));
        return;
    }
    m_stage = Stage::Preparing;
    m_pkce = Pkce::generate();
    m_state = Pkce::randomUrlSafe(24);
    m_client.prepare(this, [this](const SsoError &error) {
        if (error.isError()) {
            fail(error.message);
            return;
        }
        const QList<std::pair<QString, QString>> parameters{
            {u"response_type"_s, u"code"_s},
            {u"redirect_uri"_s, m_callbackUrl.toString(QUrl::FullyEncoded)},
            {u"client_id"_s, m_client.settings().clientId},
            {u"scope"_s, m_scopes.join(u' ')},
            {u"state"_s, QString::fromLatin1(m_state)},
            {u"code_challenge"_s, QString::fromLatin1(m_pkce.challenge())},
            {u"code_challenge_method"_s, QString::fromLatin1(Pkce::method())},
        };
        // Encoded by hand: QUrlQuery leaves '+' and '/' alone, which servers read differently.
        QByteArray encoded;
        for (const auto &[name, value] : parameters) {
            encoded +=
                (encoded.isEmpty() ? "" : "&") + QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
        }
        QUrl url = m_client.endpoints().authorizationUrl;
        url.setQuery(QString::fromLatin1(encoded), QUrl::StrictMode);
        m_authorizationUrl = url;
        m_stage = Stage::WaitingForCallback;
        Q_EMIT authorizationUrlReady(url);
    });
}

bool SsoFlow::isCallback(const QUrl &url) const
{
    const auto path = [](const QUrl &u) {
        QString p = u.path();
        return p.isEmpty() ? u"/"_s : p;
    };
    return url.scheme().compare(m_callbackUrl.scheme(), Qt::CaseInsensitive) == 0 &&
           url.host().compare(m_callbackUrl.host(), Qt::CaseInsensitive) == 0 &&
           url.port(-1) == m_callbackUrl.port(-1) && path(url) == path(m_callbackUrl);
}

void SsoFlow::handleCallback(const QUrl &url)
{
    if (m_stage != Stage::WaitingForCallback) {
        qCWarning(lcEsiAuth) << "Ignoring an SSO callback: the sign-in is not waiting for one";
        return;
    }
    const QUrlQuery query(url);
    const QString state = query.queryItemValue(u"state"_s, QUrl::FullyDecoded);
    // Compare before looking at anything else: a foreign callback must not even report the SSO's error text.
    if (state.isEmpty() || state.toLatin1() != m_state) {
        fail(QCoreApplication::translate(
            "Esi::Core::SsoFlow",
            "The sign-in answer does not belong to this sign-in (its state does not match), so it was refused. "
            "This can mean another program tried to inject a sign-in; start the sign-in again."));
        return;
    }
    const QString oauthError = query.queryItemValue(u"error"_s, QUrl::FullyDecoded);
    if (!oauthError.isEmpty()) {
        const QString description = query.queryItemValue(u"error_description"_s, QUrl::FullyDecoded).left(200);
        fail(oauthError == "access_denied"_L1
                 ? tr("The sign-in was cancelled at the EVE SSO (access denied).")
                 : tr("The EVE SSO refused the sign-in: %1%2.")
                       .arg(oauthError, description.isEmpty() ? QString() : u" – "_s + description));
        return;
    }
    const QString code = query.queryItemValue(u"code"_s, QUrl::FullyDecoded);
    if (code.isEmpty()) {
        fail(tr("The sign-in answer carries no authorization code."));
        return;
    }
    m_stage = Stage::Exchanging;
    m_client.exchangeCode(code, m_pkce.verifier(), m_callbackUrl, this, [this](const SsoTokenResult &result) {
        if (result.error.isError()) {
            fail(result.error.message);
            return;
        }
        if (result.tokens.refreshToken.isEmpty()) {
            fail(tr("The EVE SSO returned no refresh token, so the sign-in cannot be kept."));
            return;
        }
        m_stage = Stage::SignedIn;
        qCInfo(lcEsiAuth) << "Signed in character" << result.tokens.claims.characterId;
        Q_EMIT signedIn(result.tokens);
    });
}

void SsoFlow::fail(const QString &reason)
{
    m_stage = Stage::Failed;
    qCWarning(lcEsiAuth).noquote() << "Sign-in failed:" << reason;
    Q_EMIT failed(reason);
}

} // namespace Esi::Core
