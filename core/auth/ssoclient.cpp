#include "core/auth/ssoclient.h"

#include "core/auth/authlogging.h"
#include "core/auth/jwks.h"
#include "core/auth/servertrust.h"
#include "core/clock.h"
#include "core/http/redirectguard.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

namespace {

// Runs `fn` unless a non-null `context` was destroyed in between.
template <typename Fn> auto guarded(QObject *context, Fn fn)
{
    return [alive = QPointer<QObject>(context), hadContext = context != nullptr, fn = std::move(fn)](auto &&...args) {
        if (hadContext && !alive) {
            return;
        }
        fn(std::forward<decltype(args)>(args)...);
    };
}

SsoError makeError(SsoError::Kind kind, QString message, QString oauthError = {})
{
    return SsoError{kind, std::move(message), std::move(oauthError)};
}

} // namespace

SsoClient::SsoClient(SsoSettings settings, QNetworkAccessManager *network, const Clock &clock, QString jwksCacheFile,
                     QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_network(network)
    , m_clock(clock)
    , m_jwks(std::make_unique<Jwks>(network, clock, std::move(jwksCacheFile)))
{}

SsoClient::~SsoClient() = default;

void SsoClient::prepare(QObject *context, ErrorDone done)
{
    if (m_prepared) {
        done({});
        return;
    }
    const QString invalid = m_settings.validate();
    if (!invalid.isEmpty()) {
        done(makeError(SsoError::Kind::Configuration, invalid));
        return;
    }
    m_prepareWaiters.append({QPointer<QObject>(context), {context != nullptr, std::move(done)}});
    if (!m_discovering) {
        discover();
    }
}

void SsoClient::discover()
{
    m_discovering = true;
    const QUrl url = SsoEndpoints::discoveryUrl(m_settings.baseUrl);
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    if (!m_userAgent.isEmpty()) {
        request.setRawHeader("User-Agent", m_userAgent);
    }
    request.setTransferTimeout(30000);
    RedirectGuard::prepare(request);
    QNetworkReply *reply = m_network->get(request);
    RedirectGuard::watch(reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply, url] {
        reply->deleteLater();
        if (const QString refused = RedirectGuard::refusal(reply); !refused.isEmpty()) {
            finishPrepare(makeError(SsoError::Kind::Network, refused)); // the SSO address points elsewhere
            return;
        }
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() == QNetworkReply::NoError && status == 200) {
            QString error;
            const SsoEndpoints endpoints = SsoEndpoints::fromDiscovery(reply->readAll(), m_settings.baseUrl, &error);
            if (!error.isEmpty()) {
                finishPrepare(makeError(SsoError::Kind::Protocol, error));
                return;
            }
            // The code, the refresh token and revocations go only to the SSO the user chose, never to another
            // host a discovery document names.
            for (const QUrl &endpoint : {endpoints.tokenUrl, endpoints.revocationUrl}) {
                if (!ServerTrust::sameOrigin(endpoint, m_settings.baseUrl)) {
                    finishPrepare(makeError(SsoError::Kind::Protocol,
                                            QCoreApplication::translate(
                                                "Esi::Core::SsoClient",
                                                "The SSO at %1 names %2 as an endpoint, on another server; no token "
                                                "is sent there.")
                                                .arg(m_settings.baseUrl.toString(QUrl::RemoveUserInfo),
                                                     endpoint.toString(QUrl::RemoveUserInfo))));
                    return;
                }
            }
            m_endpoints = endpoints;
        } else {
            // Discovery is optional: EVE's v2 endpoints have fixed paths under the base URL.
            qCInfo(lcEsiAuth) << "No SSO discovery document at" << url.toString() << "(" << reply->errorString()
                              << "); using the standard EVE SSO v2 paths";
            m_endpoints = SsoEndpoints::defaultsFor(m_settings.baseUrl);
        }
        finishPrepare({});
    });
}

void SsoClient::finishPrepare(const SsoError &error)
{
    m_discovering = false;
    if (!error.isError()) {
        m_prepared = true;
        m_jwks->setUrl(m_endpoints.jwksUrl);
        m_verifier = std::make_unique<JwtVerifier>(m_settings.clientId, m_endpoints.acceptedIssuers(m_settings.baseUrl),
                                                   m_clock);
    }
    const auto waiters = std::exchange(m_prepareWaiters, {});
    for (const auto &[context, entry] : waiters) {
        if (entry.first && !context) {
            continue;
        }
        entry.second(error);
    }
}

void SsoClient::postForm(const QUrl &url, const Form &form, QObject *context, ReplyHandler handler)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
    request.setRawHeader("Accept", "application/json");
    if (!m_userAgent.isEmpty()) {
        request.setRawHeader("User-Agent", m_userAgent);
    }
    request.setTransferTimeout(30000);
    // application/x-www-form-urlencoded, every reserved character escaped (tokens may hold '+', '/', '=').
    QByteArray body;
    for (const auto &[name, value] : form) {
        body += (body.isEmpty() ? "" : "&") + QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    // The form carries codes and refresh tokens: a 307/308 to another server would post them there.
    RedirectGuard::prepare(request);
    QNetworkReply *reply = m_network->post(request, body);
    RedirectGuard::watch(reply);
    connect(reply, &QNetworkReply::finished, this, [reply, handler = guarded(context, std::move(handler))]() mutable {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (const QString refused = RedirectGuard::refusal(reply); !refused.isEmpty()) {
            handler(0, QByteArray(), refused);
            return;
        }
        const bool transportError = reply->error() != QNetworkReply::NoError && status == 0;
        handler(status, reply->readAll(), transportError ? reply->errorString() : QString());
    });
}

SsoError SsoClient::errorFromAnswer(int status, const QByteArray &body, const QString &networkError,
                                    const QString &what)
{
    if (!networkError.isEmpty()) {
        return makeError(SsoError::Kind::Network,
                         QCoreApplication::translate("Esi::Core::SsoClient", "The SSO could not be reached for %1: %2.")
                             .arg(what, networkError));
    }
    const QJsonObject answer = QJsonDocument::fromJson(body).object();
    const QString code = answer.value("error"_L1).toString();
    // Only the server's short description is shown; a raw body is never echoed (it may hold anything).
    const QString description = answer.value("error_description"_L1).toString().left(200);
    if (code == "invalid_grant"_L1) {
        return makeError(SsoError::Kind::InvalidGrant,
                         QCoreApplication::translate(
                             "Esi::Core::SsoClient",
                             "The SSO refused the grant for %1 (invalid_grant%2): it is expired, already used or "
                             "revoked. Sign the character in again.")
                             .arg(what, description.isEmpty() ? QString() : u": "_s + description),
                         code);
    }
    if (!code.isEmpty()) {
        return makeError(SsoError::Kind::OAuth,
                         QCoreApplication::translate("Esi::Core::SsoClient", "The SSO refused %1 with %2%3.")
                             .arg(what, code, description.isEmpty() ? QString() : u" ("_s + description + u')'),
                         code);
    }
    return makeError(
        SsoError::Kind::Network,
        QCoreApplication::translate("Esi::Core::SsoClient", "The SSO answered HTTP %1 to %2.").arg(status).arg(what));
}

void SsoClient::requestTokens(const Form &form, const QString &what, QObject *context, TokensDone done)
{
    ++m_tokenRequests;
    auto finish = guarded(context, std::move(done));
    postForm(m_endpoints.tokenUrl, form, this,
             [this, what, finish](int status, const QByteArray &body, const QString &networkError) mutable {
                 if (!networkError.isEmpty() || status != 200) {
                     finish(SsoTokenResult{errorFromAnswer(status, body, networkError, what), {}, {}});
                     return;
                 }
                 const QJsonObject answer = QJsonDocument::fromJson(body).object();
                 SsoTokens tokens;
                 tokens.accessToken = answer.value("access_token"_L1).toString();
                 tokens.refreshToken = answer.value("refresh_token"_L1).toString();
                 if (tokens.accessToken.isEmpty()) {
                     finish(SsoTokenResult{
                         makeError(SsoError::Kind::Protocol,
                                   QCoreApplication::translate(
                                       "Esi::Core::SsoClient",
                                       "The SSO's answer to %1 has no access_token; it is not an OAuth token answer.")
                                       .arg(what)),
                         {},
                         tokens.refreshToken});
                     return;
                 }
                 const qint64 expiresIn = answer.value("expires_in"_L1).toInteger(0);
                 verifyAccessToken(
                     tokens.accessToken, this,
                     [this, tokens, expiresIn, what, finish](const JwtVerification &check) mutable {
                         if (!check.isValid()) {
                             QString message = QCoreApplication::translate("Esi::Core::SsoClient",
                                                                           "The access token from %1 was rejected: %2")
                                                   .arg(what, check.error);
                             SsoTokenResult rejected{makeError(SsoError::Kind::InvalidToken, message), {}, {}};
                             if (check.failure == JwtFailure::Expired) {
                                 message += QCoreApplication::translate(
                                     "Esi::Core::SsoClient",
                                     " A token the SSO has just issued looks expired only when this "
                                     "computer's clock is ahead: set the system clock right (turn on "
                                     "automatic time, e.g. timedatectl set-ntp true).");
                             }
                             // The answer came from the token endpoint of the trusted SSO, so the refresh token sent
                             // is used up whatever is wrong with the access token (a clock, keys not fetched yet, a
                             // failed key download): keep the rotated one, or the sign-in is lost.
                             rejected.keptRefreshToken = tokens.refreshToken;
                             if (!tokens.refreshToken.isEmpty()) {
                                 message += QCoreApplication::translate(
                                     "Esi::Core::SsoClient",
                                     " The renewed refresh token was kept, so the sign-in is not lost.");
                             }
                             rejected.error.message = message;
                             finish(rejected);
                             return;
                         }
                         tokens.claims = check.claims;
                         tokens.issuer = m_settings.baseUrl;
                         tokens.accessTokenExpiresAt = check.claims.expiresAt.isValid()
                                                           ? check.claims.expiresAt
                                                           : m_clock.now().addSecs(expiresIn);
                         finish(SsoTokenResult{{}, tokens, {}});
                     });
             });
}

void SsoClient::exchangeCode(const QString &code, const QByteArray &codeVerifier, const QUrl &redirectUri,
                             QObject *context, TokensDone done)
{
    prepare(context, [this, code, codeVerifier, redirectUri, context, done](const SsoError &error) {
        if (error.isError()) {
            done(SsoTokenResult{error, {}, {}});
            return;
        }
        Form form;
        form.append({u"grant_type"_s, u"authorization_code"_s});
        form.append({u"code"_s, code});
        form.append({u"code_verifier"_s, QString::fromLatin1(codeVerifier)});
        form.append({u"client_id"_s, m_settings.clientId});
        form.append({u"redirect_uri"_s, redirectUri.toString()});
        requestTokens(form, QCoreApplication::translate("Esi::Core::SsoClient", "the sign-in code exchange"), context,
                      done);
    });
}

void SsoClient::refresh(const QString &refreshToken, QObject *context, TokensDone done)
{
    prepare(context, [this, refreshToken, context, done](const SsoError &error) {
        if (error.isError()) {
            done(SsoTokenResult{error, {}, {}});
            return;
        }
        Form form;
        form.append({u"grant_type"_s, u"refresh_token"_s});
        form.append({u"refresh_token"_s, refreshToken});
        form.append({u"client_id"_s, m_settings.clientId});
        requestTokens(form, QCoreApplication::translate("Esi::Core::SsoClient", "the token refresh"), context, done);
    });
}

void SsoClient::revoke(const QString &refreshToken, QObject *context, ErrorDone done)
{
    prepare(context, [this, refreshToken, context, done](const SsoError &error) {
        if (error.isError()) {
            done(error);
            return;
        }
        Form form;
        form.append({u"token"_s, refreshToken});
        form.append({u"token_type_hint"_s, u"refresh_token"_s});
        form.append({u"client_id"_s, m_settings.clientId});
        postForm(m_endpoints.revocationUrl, form, context,
                 [done](int status, const QByteArray &body, const QString &networkError) {
                     if (networkError.isEmpty() && status >= 200 && status < 300) {
                         done({});
                         return;
                     }
                     done(errorFromAnswer(status, body, networkError,
                                          QCoreApplication::translate("Esi::Core::SsoClient", "revoking the token")));
                 });
    });
}

void SsoClient::verifyAccessToken(const QString &accessToken, QObject *context, VerifyDone done)
{
    auto finish = guarded(context, std::move(done));
    prepare(this, [this, accessToken, finish](const SsoError &error) mutable {
        if (error.isError()) {
            finish(JwtVerification{JwtFailure::UnknownKey, error.message, {}});
            return;
        }
        const QString keyId = JwtVerifier::keyIdOf(accessToken);
        m_jwks->ensureKey(keyId, this, [this, accessToken, finish](const QString &keyError) mutable {
            JwtVerification result = m_verifier->verify(accessToken, m_jwks->keys());
            if (result.failure == JwtFailure::UnknownKey && !keyError.isEmpty()) {
                result.error = keyError;
            }
            finish(result);
        });
    });
}

} // namespace Esi::Core
