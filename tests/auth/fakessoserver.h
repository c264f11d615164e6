#pragma once

#include "testkeys.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QStringList>
#include <QUrl>

namespace Esi::Core {
class Clock;
}

// A small EVE SSO v2 for tests, on 127.0.0.1: discovery, authorize (redirects straight back with a code,
// as if the user had approved), token (authorization_code with real PKCE S256 checking; refresh_token
// with rotation), revoke and JWKS. Access tokens are real JWTs signed with TestKeys.
class FakeSsoServer : public QAbstractHttpServer
{
public:
    struct Character
    {
        qint64 id = 90000001;
        QString name = QStringLiteral("Test Pilot");
        QString owner = QStringLiteral("owner-hash-1");
    };

    FakeSsoServer(const TestKeys &keys, const Esi::Core::Clock &clock, QString clientId);

    quint16 start();

    QUrl baseUrl() const;

    // The `iss` the tokens carry; defaults to the host form ("127.0.0.1:<port>"), like "login.eveonline.com".
    void setIssuer(const QString &issuer) { m_issuer = issuer; }

    void setCharacter(const Character &character) { m_character = character; }

    void setDiscoveryEnabled(bool enabled) { m_discovery = enabled; }

    void setRotateRefreshTokens(bool rotate) { m_rotate = rotate; }

    void setAccessTokenLifetimeSecs(int secs) { m_lifetimeSecs = secs; }

    void setSigningAlgorithm(const QString &alg) { m_alg = alg; } // RS256 or ES256

    void setRefreshDelayMs(int ms) { m_refreshDelayMs = ms; }

    // The redirect the SSO would send the browser to for this authorize URL (grants the requested scopes).
    QUrl approve(const QUrl &authorizationUrl);

    // Server-side revocation (as if the user revoked the app on the EVE website).
    void revokeAll() { m_grants.clear(); }

    bool hasRefreshToken(const QString &token) const { return m_grants.contains(token); }

    int refreshRequests = 0;
    int codeExchanges = 0;
    int revokeRequests = 0;
    int jwksRequests = 0;
    int discoveryRequests = 0;
    QStringList lastAccessTokens;  // every access token handed out
    QStringList lastRefreshTokens; // every refresh token handed out

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Grant
    {
        Character character;
        QStringList scopes;
        QString challenge;   // codes only
        QString redirectUri; // codes only
    };

    void reply(QTcpSocket *socket, int status, const QByteArray &body, const QByteArray &extraHeaders = {});
    QJsonObject tokenAnswer(const Grant &grant);
    QByteArray oauthError(const QString &code, const QString &description) const;

    const TestKeys &m_keys;
    const Esi::Core::Clock &m_clock;
    QString m_clientId;
    quint16 m_port = 0;
    QString m_issuer;
    Character m_character;
    bool m_discovery = true;
    bool m_rotate = true;
    int m_lifetimeSecs = 1200;
    QString m_alg = QStringLiteral("RS256");
    int m_refreshDelayMs = 0;
    int m_serial = 0;
    QHash<QString, Grant> m_codes;
    QHash<QString, Grant> m_grants; // refresh token → grant
};
