#pragma once

#include "core/auth/jwtverifier.h"
#include "core/auth/ssoendpoints.h"
#include "core/auth/ssoerror.h"
#include "core/auth/ssosettings.h"
#include "core/auth/ssotokens.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace Esi::Core {

class Clock;
class Jwks;

struct SsoTokenResult
{
    SsoError error;
    SsoTokens tokens; // filled when !error.isError(); the access token is already verified
    // Set when the SSO did answer with tokens but the access token failed verification (a wrong clock, a key
    // not fetched yet, a failed key download): the refresh token sent is used up, so this rotated one must be
    // kept or the sign-in is lost.
    QString keptRefreshToken;
};

// Talks to EVE SSO v2 as a public client (PKCE, no secret): endpoint discovery, code exchange, refresh,
// revoke, and verification of every access token it receives against the published keys. Discovery runs
// once, on first use; a server without a discovery document gets EVE's standard paths under the base URL.
class SsoClient : public QObject
{
    Q_OBJECT

public:
    using TokensDone = std::function<void(const SsoTokenResult &)>;
    using ErrorDone = std::function<void(const SsoError &)>;
    using VerifyDone = std::function<void(const JwtVerification &)>;

    // `jwksCacheFile` caches the SSO's public signing keys (e.g. under the app's cache location).
    SsoClient(SsoSettings settings, QNetworkAccessManager *network, const Clock &clock, QString jwksCacheFile,
              QObject *parent = nullptr);
    ~SsoClient() override;

    const SsoSettings &settings() const { return m_settings; }

    void setUserAgent(const QByteArray &userAgent) { m_userAgent = userAgent; }

    // Every callback below is skipped when `context` (if given) is destroyed first.
    void prepare(QObject *context, ErrorDone done);

    bool isPrepared() const { return m_prepared; }

    SsoEndpoints endpoints() const { return m_endpoints; }

    Jwks &jwks() { return *m_jwks; }

    void exchangeCode(const QString &code, const QByteArray &codeVerifier, const QUrl &redirectUri, QObject *context,
                      TokensDone done);
    void refresh(const QString &refreshToken, QObject *context, TokensDone done);
    void revoke(const QString &refreshToken, QObject *context, ErrorDone done);
    void verifyAccessToken(const QString &accessToken, QObject *context, VerifyDone done);

    // Requests sent to the token endpoint so far (tests count refreshes with it).
    int tokenRequestCount() const { return m_tokenRequests; }

private:
    using Form = QList<std::pair<QString, QString>>;
    using ReplyHandler = std::function<void(int status, const QByteArray &body, const QString &networkError)>;

    void discover();
    void finishPrepare(const SsoError &error);
    void postForm(const QUrl &url, const Form &form, QObject *context, ReplyHandler handler);
    void requestTokens(const Form &form, const QString &what, QObject *context, TokensDone done);
    static SsoError errorFromAnswer(int status, const QByteArray &body, const QString &networkError,
                                    const QString &what);

    SsoSettings m_settings;
    QNetworkAccessManager *m_network;
    const Clock &m_clock;
    std::unique_ptr<Jwks> m_jwks;
    std::unique_ptr<JwtVerifier> m_verifier;
    SsoEndpoints m_endpoints;
    QByteArray m_userAgent;
    bool m_prepared = false;
    bool m_discovering = false;
    int m_tokenRequests = 0;
    QList<std::pair<QPointer<QObject>, std::pair<bool, ErrorDone>>> m_prepareWaiters;
};

} // namespace Esi::Core
