#pragma once

#include <QProcessEnvironment>
#include <QStringList>
#include <QUrl>

class QSettings;

namespace Esi::Core {

// What the app registered at developers.eveonline.com plus where the SSO lives. Native apps use PKCE,
// so there is no client secret anywhere.
struct SsoSettings
{
    QString clientId;
    QUrl callbackUrl = defaultCallbackUrl(); // must equal the one registered with the application
    QStringList scopes;
    QUrl baseUrl = defaultBaseUrl(); // the SSO server; esi-sandbox for offline work
    // An ESI server trusted with the tokens of `baseUrl` besides the one paired with it (ServerTrust);
    // empty: none. Key sso/trustedEsiBaseUrl, ESI_TRUSTED_ESI_URL.
    QUrl trustedEsiBaseUrl;

    static QUrl defaultBaseUrl();
    static QUrl defaultCallbackUrl();

    // ESI_SSO_URL, when set, wins over the configured base URL (how the app and `esi` reach esi-sandbox);
    // ESI_TRUSTED_ESI_URL over the trusted ESI server. `environment`: the one main() read once.
    SsoSettings withEnvironment(const QProcessEnvironment &environment) const;

    // Keys under the group "sso": clientId, callbackUrl, scopes (a list), baseUrl, trustedEsiBaseUrl.
    static SsoSettings load(const QSettings &settings);
    void save(QSettings &settings) const;

    // Empty when a sign-in can start; otherwise what is wrong and how to fix it.
    QString validate() const;
};

} // namespace Esi::Core
