#include "fakessoserver.h"

#include "core/auth/pkce.h"
#include "core/clock.h"

#include <QCryptographicHash>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

FakeSsoServer::FakeSsoServer(const TestKeys &keys, const Esi::Core::Clock &clock, QString clientId)
    : m_keys(keys)
    , m_clock(clock)
    , m_clientId(std::move(clientId))
{}

quint16 FakeSsoServer::start()
{
    auto *server = new QTcpServer(this);
    if (!server->listen(QHostAddress::LocalHost, 0)) {
        delete server;
        return 0;
    }
    bind(server);
    m_port = server->serverPort();
    if (m_issuer.isEmpty()) {
        m_issuer = u"127.0.0.1:%1"_s.arg(m_port);
    }
    return m_port;
}

QUrl FakeSsoServer::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_port));
}

QUrl FakeSsoServer::approve(const QUrl &authorizationUrl)
{
    const QUrlQuery query(authorizationUrl);
    const QUrl redirect(query.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded));
    QUrlQuery answer;
    if (query.queryItemValue(u"client_id"_s) != m_clientId ||
        query.queryItemValue(u"code_challenge_method"_s) != "S256"_L1 ||
        query.queryItemValue(u"response_type"_s) != "code"_L1) {
        answer.addQueryItem(u"error"_s, u"invalid_request"_s);
    } else {
        Grant grant;
        grant.character = m_character;
        grant.scopes = query.queryItemValue(u"scope"_s, QUrl::FullyDecoded).split(u' ', Qt::SkipEmptyParts);
        grant.challenge = query.queryItemValue(u"code_challenge"_s);
        grant.redirectUri = redirect.toString();
        const QString code = u"code-%1"_s.arg(++m_serial);
        m_codes.insert(code, grant);
        answer.addQueryItem(u"code"_s, code);
    }
    answer.addQueryItem(u"state"_s, query.queryItemValue(u"state"_s));
    QUrl target = redirect;
    target.setQuery(answer);
    return target;
}

QByteArray FakeSsoServer::oauthError(const QString &code, const QString &description) const
{
    return QJsonDocument(QJsonObject{{u"error"_s, code}, {u"error_description"_s, description}}).toJson();
}

QJsonObject FakeSsoServer::tokenAnswer(const Grant &grant)
{
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    const QString kid =
        m_alg == "ES256"_L1 ? QString::fromLatin1(TestKeys::ecKeyId) : QString::fromLatin1(TestKeys::rsaKeyId);
    const QJsonObject header{{u"alg"_s, m_alg}, {u"kid"_s, kid}, {u"typ"_s, u"JWT"_s}};
    // Like EVE: one scope is a string, several are an array.
    const QJsonValue scp = grant.scopes.size() == 1 ? QJsonValue(grant.scopes.first())
                                                    : QJsonValue(QJsonArray::fromStringList(grant.scopes));
    const QJsonObject payload{{u"scp"_s, scp},
                              {u"jti"_s, u"jti-%1"_s.arg(++m_serial)},
                              {u"kid"_s, kid},
                              {u"sub"_s, u"CHARACTER:EVE:%1"_s.arg(grant.character.id)},
                              {u"azp"_s, m_clientId},
                              {u"tenant"_s, u"tranquility"_s},
                              {u"tier"_s, u"live"_s},
                              {u"region"_s, u"world"_s},
                              {u"aud"_s, QJsonArray{m_clientId, u"EVE Online"_s}},
                              {u"name"_s, grant.character.name},
                              {u"owner"_s, grant.character.owner},
                              {u"exp"_s, now + m_lifetimeSecs},
                              {u"iat"_s, now},
                              {u"iss"_s, m_issuer}};
    const QString access = m_keys.sign(header, payload);
    const QString refresh = QString::fromLatin1(Esi::Core::Pkce::randomUrlSafe(24)) + u"+/="_s; // reserved chars
    m_grants.insert(refresh, grant);
    lastAccessTokens.append(access);
    lastRefreshTokens.append(refresh);
    return {{u"access_token"_s, access},
            {u"expires_in"_s, m_lifetimeSecs},
            {u"token_type"_s, u"Bearer"_s},
            {u"refresh_token"_s, refresh}};
}

void FakeSsoServer::reply(QTcpSocket *socket, int status, const QByteArray &body, const QByteArray &extraHeaders)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + " Fake\r\n";
    head += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    socket->write(head + extraHeaders + "\r\n" + body);
}

bool FakeSsoServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QString path = request.url().path();
    const QUrlQuery form(QString::fromLatin1(request.body()));
    const auto value = [&form](const QString &name) { return form.queryItemValue(name, QUrl::FullyDecoded); };

    if (path == "/.well-known/oauth-authorization-server"_L1) {
        ++discoveryRequests;
        if (!m_discovery) {
            reply(socket, 404, "{}");
            return true;
        }
        const QString base = baseUrl().toString();
        const QJsonObject document{{u"issuer"_s, base},
                                   {u"authorization_endpoint"_s, QString(base + u"/v2/oauth/authorize"_s)},
                                   {u"token_endpoint"_s, QString(base + u"/v2/oauth/token"_s)},
                                   {u"revocation_endpoint"_s, QString(base + u"/v2/oauth/revoke"_s)},
                                   {u"jwks_uri"_s, QString(base + u"/oauth/jwks"_s)},
                                   {u"code_challenge_methods_supported"_s, QJsonArray{u"S256"_s}}};
        reply(socket, 200, QJsonDocument(document).toJson());
        return true;
    }
    if (path == "/oauth/jwks"_L1) {
        ++jwksRequests;
        reply(socket, 200, QJsonDocument(m_keys.jwks()).toJson());
        return true;
    }
    if (path == "/v2/oauth/authorize"_L1) {
        reply(socket, 302, {}, "Location: " + approve(request.url()).toEncoded() + "\r\n");
        return true;
    }
    if (path == "/v2/oauth/revoke"_L1) {
        ++revokeRequests;
        m_grants.remove(value(u"token"_s));
        reply(socket, 200, {});
        return true;
    }
    if (path != "/v2/oauth/token"_L1) {
        reply(socket, 404, "{}");
        return true;
    }
    if (value(u"client_id"_s) != m_clientId) {
        reply(socket, 401, oauthError(u"invalid_client"_s, u"Unknown client"_s));
        return true;
    }
    const QString grantType = value(u"grant_type"_s);
    if (grantType == "authorization_code"_L1) {
        ++codeExchanges;
        const QString code = value(u"code"_s);
        if (!m_codes.contains(code)) {
            reply(socket, 400, oauthError(u"invalid_grant"_s, u"Authorization code not found"_s));
            return true;
        }
        const Grant grant = m_codes.take(code);
        const QByteArray challenge = Esi::Core::Pkce::challengeFor(value(u"code_verifier"_s).toLatin1());
        if (QString::fromLatin1(challenge) != grant.challenge) {
            reply(socket, 400, oauthError(u"invalid_grant"_s, u"PKCE verification failed"_s));
            return true;
        }
        if (value(u"redirect_uri"_s) != grant.redirectUri) {
            reply(socket, 400, oauthError(u"invalid_grant"_s, u"redirect_uri mismatch"_s));
            return true;
        }
        reply(socket, 200, QJsonDocument(tokenAnswer(grant)).toJson());
        return true;
    }
    if (grantType == "refresh_token"_L1) {
        ++refreshRequests;
        const QString refresh = value(u"refresh_token"_s);
        if (!m_grants.contains(refresh)) {
            reply(socket, 400, oauthError(u"invalid_grant"_s, u"Invalid refresh token. Token missing/expired."_s));
            return true;
        }
        Grant grant = m_grants.value(refresh);
        grant.character.owner = m_character.id == grant.character.id ? m_character.owner : grant.character.owner;
        QJsonObject answer = tokenAnswer(grant);
        if (m_rotate) {
            m_grants.remove(refresh);
        } else {
            m_grants.remove(answer.value("refresh_token"_L1).toString());
            answer.remove(u"refresh_token"_s);
        }
        const QByteArray body = QJsonDocument(answer).toJson();
        QPointer<QTcpSocket> target(socket);
        QTimer::singleShot(m_refreshDelayMs, this, [this, target, body] {
            if (target) {
                reply(target, 200, body);
            }
        });
        return true;
    }
    reply(socket, 400, oauthError(u"unsupported_grant_type"_s, grantType));
    return true;
}

void FakeSsoServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    handleRequest(request, socket);
}
