#include "core/auth/ssoendpoints.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

namespace {

QUrl underBase(const QUrl &baseUrl, const QString &path)
{
    QUrl url = baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(u'/')) {
        basePath.chop(1);
    }
    url.setPath(basePath + path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

QString withoutTrailingSlash(QString text)
{
    while (text.endsWith(u'/')) {
        text.chop(1);
    }
    return text;
}

QString hostForm(const QUrl &url)
{
    return url.port() == -1 ? url.host() : u"%1:%2"_s.arg(url.host()).arg(url.port());
}

} // namespace

QUrl SsoEndpoints::discoveryUrl(const QUrl &baseUrl)
{
    return underBase(baseUrl, u"/.well-known/oauth-authorization-server"_s);
}

SsoEndpoints SsoEndpoints::defaultsFor(const QUrl &baseUrl)
{
    SsoEndpoints endpoints;
    endpoints.issuer = withoutTrailingSlash(baseUrl.toString(QUrl::RemoveQuery | QUrl::RemoveFragment));
    endpoints.authorizationUrl = underBase(baseUrl, u"/v2/oauth/authorize"_s);
    endpoints.tokenUrl = underBase(baseUrl, u"/v2/oauth/token"_s);
    endpoints.revocationUrl = underBase(baseUrl, u"/v2/oauth/revoke"_s);
    endpoints.jwksUrl = underBase(baseUrl, u"/oauth/jwks"_s);
    return endpoints;
}

SsoEndpoints SsoEndpoints::fromDiscovery(const QByteArray &json, const QUrl &baseUrl, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        *error = QCoreApplication::translate("Esi::Core::SsoEndpoints",
                                             "The SSO discovery document %1 is not a JSON object (%2).")
                     .arg(discoveryUrl(baseUrl).toString(),
                          parseError.error == QJsonParseError::NoError
                              ? QCoreApplication::translate("Esi::Core::SsoEndpoints", "wrong type")
                              : parseError.errorString());
        return {};
    }
    const QJsonObject object = document.object();
    const QJsonValue methods = object.value("code_challenge_methods_supported"_L1);
    if (methods.isArray() && !methods.toArray().contains(u"S256"_s)) {
        *error = QCoreApplication::translate(
                     "Esi::Core::SsoEndpoints",
                     "The SSO at %1 does not offer PKCE S256 (code_challenge_methods_supported lacks it), which a "
                     "desktop app needs to sign in without a client secret.")
                     .arg(baseUrl.toString());
        return {};
    }
    SsoEndpoints endpoints = defaultsFor(baseUrl);
    endpoints.discovered = true;
    const auto take = [&](QLatin1StringView key, QUrl &target) {
        const QUrl url(object.value(key).toString());
        if (url.isValid() && !url.isRelative()) {
            target = url;
        }
    };
    take("authorization_endpoint"_L1, endpoints.authorizationUrl);
    take("token_endpoint"_L1, endpoints.tokenUrl);
    take("revocation_endpoint"_L1, endpoints.revocationUrl);
    take("jwks_uri"_L1, endpoints.jwksUrl);
    const QString issuer = object.value("issuer"_L1).toString();
    if (!issuer.isEmpty()) {
        endpoints.issuer = withoutTrailingSlash(issuer);
    }
    return endpoints;
}

QStringList SsoEndpoints::acceptedIssuers(const QUrl &baseUrl) const
{
    QStringList issuers;
    const auto add = [&](const QString &text) {
        if (!text.isEmpty() && !issuers.contains(text)) {
            issuers.append(text);
        }
    };
    for (const QString &full :
         {issuer, withoutTrailingSlash(baseUrl.toString(QUrl::RemoveQuery | QUrl::RemoveFragment))}) {
        add(full);
        const QUrl url(full);
        if (!url.scheme().isEmpty() && !url.host().isEmpty()) {
            add(hostForm(url));
        }
    }
    return issuers;
}

} // namespace Esi::Core
