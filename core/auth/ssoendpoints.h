#pragma once

#include <QStringList>
#include <QUrl>

namespace Esi::Core {

// Where the SSO's authorize, token, revoke and key endpoints are. Taken from the discovery document
// (`/.well-known/oauth-authorization-server`) when the server offers one, else EVE SSO v2's standard paths.
struct SsoEndpoints
{
    QString issuer;
    QUrl authorizationUrl;
    QUrl tokenUrl;
    QUrl revocationUrl;
    QUrl jwksUrl;
    bool discovered = false;

    static QUrl discoveryUrl(const QUrl &baseUrl);

    static SsoEndpoints defaultsFor(const QUrl &baseUrl);

    // Endpoints the document leaves out keep their standard paths. Fails (empty result, `error` set)
    // when the document is not JSON or does not offer PKCE S256.
    static SsoEndpoints fromDiscovery(const QByteArray &json, const QUrl &baseUrl, QString *error);

    // The `iss` values a token may carry: EVE issues both "https://login.eveonline.com" and
    // "login.eveonline.com", so the host form of every accepted issuer is accepted as well.
    QStringList acceptedIssuers(const QUrl &baseUrl) const;
};

} // namespace Esi::Core
