#pragma once

#include <QString>
#include <QUrl>

namespace Esi::Core {

// Where tokens may go. A character's tokens are bound to the SSO that issued them (its "issuer", stored
// with the character): the refresh token goes only back to that SSO, the access token only to the ESI
// server paired with it. EVE's SSO pairs with EVE's ESI; any other SSO (esi-sandbox serves ESI and SSO on
// one address) pairs with its own origin; one more pair can be trusted explicitly (sso/trustedEsiBaseUrl,
// ESI_TRUSTED_ESI_URL, `esi --trust-esi-url`), for the configured SSO only. Plain http is accepted only
// for loopback addresses, for SSO and ESI alike.
class ServerTrust
{
public:
    static QUrl officialSso(); // https://login.eveonline.com
    static QUrl officialEsi(); // https://esi.evetech.net

    // 127.0.0.0/8, ::1 and "localhost".
    static bool isLoopbackHost(const QString &host);

    // "scheme://host:port" with the scheme's default port filled in; empty for a URL without scheme or host.
    static QString origin(const QUrl &url);
    static bool sameOrigin(const QUrl &a, const QUrl &b);

    // Empty when `url` may be used as a server address; otherwise why not (plain http to a host that is
    // not this computer). `where` names the setting or option for the message, e.g. "--sso-url".
    static QString insecureUrlProblem(const QUrl &url, const QString &where);

    // The issuer of a character stored before issuers were recorded is EVE's SSO: never guess a test server.
    static QUrl effectiveIssuer(const QUrl &storedIssuer);

    // The ESI server the tokens of `issuer` belong to.
    static QUrl pairedEsi(const QUrl &issuer);

    // Empty when the access token of a character signed in with `issuer` may be sent to `target` (an ESI
    // request URL); otherwise a message naming both hosts. `configuredSso` and `trustedEsi` are the explicit
    // extra pair (trustedEsi empty: none).
    static QString accessTokenProblem(const QUrl &issuer, const QUrl &target, const QUrl &configuredSso,
                                      const QUrl &trustedEsi);

    // Empty when the refresh token of a character signed in with `issuer` may be sent to the SSO at `sso`.
    static QString refreshTokenProblem(const QUrl &issuer, const QUrl &sso);
};

} // namespace Esi::Core
