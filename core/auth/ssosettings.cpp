#include "core/auth/ssosettings.h"

#include "core/auth/servertrust.h"

#include <QCoreApplication>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

QUrl SsoSettings::defaultBaseUrl()
{
    return ServerTrust::officialSso();
}

QUrl SsoSettings::defaultCallbackUrl()
{
    return QUrl(u"http://127.0.0.1:8182/callback"_s);
}

SsoSettings SsoSettings::withEnvironment(const QProcessEnvironment &environment) const
{
    SsoSettings result = *this;
    const QString override = environment.value(u"ESI_SSO_URL"_s).trimmed();
    if (!override.isEmpty()) {
        result.baseUrl = QUrl(override);
    }
    const QString trusted = environment.value(u"ESI_TRUSTED_ESI_URL"_s).trimmed();
    if (!trusted.isEmpty()) {
        result.trustedEsiBaseUrl = QUrl(trusted);
    }
    return result;
}

SsoSettings SsoSettings::load(const QSettings &settings)
{
    SsoSettings result;
    result.clientId = settings.value(u"sso/clientId"_s).toString().trimmed();
    const QString callback = settings.value(u"sso/callbackUrl"_s).toString().trimmed();
    if (!callback.isEmpty()) {
        result.callbackUrl = QUrl(callback);
    }
    result.scopes = settings.value(u"sso/scopes"_s).toStringList();
    const QString base = settings.value(u"sso/baseUrl"_s).toString().trimmed();
    if (!base.isEmpty()) {
        result.baseUrl = QUrl(base);
    }
    const QString trusted = settings.value(u"sso/trustedEsiBaseUrl"_s).toString().trimmed();
    if (!trusted.isEmpty()) {
        result.trustedEsiBaseUrl = QUrl(trusted);
    }
    return result;
}

void SsoSettings::save(QSettings &settings) const
{
    settings.setValue(u"sso/clientId"_s, clientId);
    settings.setValue(u"sso/callbackUrl"_s, callbackUrl.toString());
    settings.setValue(u"sso/scopes"_s, scopes);
    settings.setValue(u"sso/baseUrl"_s, baseUrl.toString());
    if (trustedEsiBaseUrl.isEmpty()) {
        settings.remove(u"sso/trustedEsiBaseUrl"_s);
    } else {
        settings.setValue(u"sso/trustedEsiBaseUrl"_s, trustedEsiBaseUrl.toString());
    }
}

QString SsoSettings::validate() const
{
    if (clientId.trimmed().isEmpty()) {
        return QCoreApplication::translate(
            "Esi::Core::SsoSettings",
            "No SSO client ID is set. Register an application at https://developers.eveonline.com and enter "
            "its client ID in the settings.");
    }
    if (!callbackUrl.isValid() || callbackUrl.scheme().isEmpty() || callbackUrl.isRelative()) {
        return QCoreApplication::translate(
                   "Esi::Core::SsoSettings",
                   "The SSO callback URL '%1' is not an absolute URL. Use the callback URL registered with the "
                   "application, for example %2.")
            .arg(callbackUrl.toString(), defaultCallbackUrl().toString());
    }
    const QString scheme = baseUrl.scheme();
    if (!baseUrl.isValid() || (scheme != "https"_L1 && scheme != "http"_L1) || baseUrl.host().isEmpty()) {
        return QCoreApplication::translate(
                   "Esi::Core::SsoSettings",
                   "The SSO base URL '%1' is not an http(s) URL. Use %2, or esi-sandbox's address for offline work "
                   "(settings or ESI_SSO_URL).")
            .arg(baseUrl.toString(QUrl::RemoveUserInfo), defaultBaseUrl().toString());
    }
    // Every SSO request passes here (SsoClient::prepare), whichever program or setting named the server: the
    // authorization code, the PKCE verifier and refresh tokens never cross the network unencrypted.
    if (const QString insecure = ServerTrust::insecureUrlProblem(
            baseUrl, QCoreApplication::translate("Esi::Core::SsoSettings", "The SSO base URL"));
        !insecure.isEmpty()) {
        return insecure;
    }
    if (const QString insecure = ServerTrust::insecureUrlProblem(
            trustedEsiBaseUrl, QCoreApplication::translate("Esi::Core::SsoSettings", "The trusted ESI URL"));
        !trustedEsiBaseUrl.isEmpty() && !insecure.isEmpty()) {
        return insecure;
    }
    for (const QString &scope : scopes) {
        if (scope.isEmpty() || scope.contains(u' ')) {
            return QCoreApplication::translate(
                       "Esi::Core::SsoSettings",
                       "The scope '%1' is not a single scope name; list scopes one by one, like "
                       "esi-assets.read_assets.v1.")
                .arg(scope);
        }
    }
    return {};
}

} // namespace Esi::Core
