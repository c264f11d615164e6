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

    static QUrl defaultBaseUrl();
    static QUrl defaultCallbackUrl();

    // ESI_SSO_URL, when set, wins over the configured base URL (how the app and `esi` reach esi-sandbox).
    SsoSettings
    withEnvironment(const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment()) const;

    // Keys under the group "sso": clientId, callbackUrl, scopes (a list), baseUrl.
    static SsoSettings load(const QSettings &settings);
    void save(QSettings &settings) const;

    // Empty when a sign-in can start; otherwise what is wrong and how to fix it.
    QString validate() const;
};

} // namespace Esi::Core
