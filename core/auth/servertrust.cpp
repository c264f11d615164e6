#include "core/auth/servertrust.h"

#include <QCoreApplication>
#include <QHostAddress>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

QUrl ServerTrust::officialSso()
{
    return QUrl(u"https://login.eveonline.com"_s);
}

QUrl ServerTrust::officialEsi()
{
    return QUrl(u"https://esi.evetech.net"_s);
}

bool ServerTrust::isLoopbackHost(const QString &host)
{
    if (host.compare("localhost"_L1, Qt::CaseInsensitive) == 0) {
        return true;
    }
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString ServerTrust::origin(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    const QString host = url.host().toLower();
    if (scheme.isEmpty() || host.isEmpty()) {
        return {};
    }
    const int port = url.port(scheme == "https"_L1 ? 443 : scheme == "http"_L1 ? 80 : -1);
    const QString hostPart = host.contains(u':') ? u'[' + host + u']' : host; // IPv6 literal
    return u"%1://%2:%3"_s.arg(scheme, hostPart).arg(port);
}

bool ServerTrust::sameOrigin(const QUrl &a, const QUrl &b)
{
    const QString left = origin(a);
    return !left.isEmpty() && left == origin(b);
}

QString ServerTrust::insecureUrlProblem(const QUrl &url, const QString &where)
{
    if (url.scheme().compare("http"_L1, Qt::CaseInsensitive) != 0 || isLoopbackHost(url.host())) {
        return {};
    }
    return QCoreApplication::translate(
               "Esi::Core::ServerTrust",
               "%1 \"%2\" uses plain http to %3, which is not this computer: tokens and answers would cross the "
               "network unencrypted. Use https, or http only with a loopback address (127.0.0.1, ::1, localhost).")
        .arg(where, url.toString(QUrl::RemoveUserInfo), url.host());
}

QUrl ServerTrust::effectiveIssuer(const QUrl &storedIssuer)
{
    return storedIssuer.isEmpty() ? officialSso() : storedIssuer;
}

QUrl ServerTrust::pairedEsi(const QUrl &issuer)
{
    const QUrl effective = effectiveIssuer(issuer);
    if (sameOrigin(effective, officialSso())) {
        return officialEsi();
    }
    QUrl own;
    own.setScheme(effective.scheme());
    own.setHost(effective.host());
    own.setPort(effective.port());
    return own;
}

QString ServerTrust::accessTokenProblem(const QUrl &issuer, const QUrl &target, const QUrl &configuredSso,
                                        const QUrl &trustedEsi)
{
    if (const QString insecure =
            insecureUrlProblem(target, QCoreApplication::translate("Esi::Core::ServerTrust", "The ESI server"));
        !insecure.isEmpty()) {
        return QCoreApplication::translate("Esi::Core::ServerTrust", "%1 No token was sent.").arg(insecure);
    }
    const QUrl effective = effectiveIssuer(issuer);
    if (sameOrigin(target, pairedEsi(effective))) {
        return {};
    }
    if (!trustedEsi.isEmpty() && sameOrigin(effective, configuredSso) && sameOrigin(target, trustedEsi) &&
        insecureUrlProblem(trustedEsi, {}).isEmpty()) {
        return {};
    }
    return QCoreApplication::translate(
               "Esi::Core::ServerTrust",
               "The character was signed in with the SSO at %1, whose tokens belong to %2, not to the ESI server %3; "
               "no token was sent there. Call %2, sign the character in with %3's own SSO, or trust %3 for tokens of "
               "%1 explicitly (setting sso/trustedEsiBaseUrl, ESI_TRUSTED_ESI_URL or esi --trust-esi-url).")
        .arg(effective.host(), pairedEsi(effective).host(), target.host());
}

QString ServerTrust::refreshTokenProblem(const QUrl &issuer, const QUrl &sso)
{
    const QUrl effective = effectiveIssuer(issuer);
    if (sameOrigin(effective, sso)) {
        return {};
    }
    return QCoreApplication::translate(
               "Esi::Core::ServerTrust",
               "The character was signed in with the SSO at %1, but the SSO in use now is %2; its refresh token goes "
               "only back to %1, so nothing was sent. Use %1 again (--sso-url, ESI_SSO_URL or the Sign-in settings), "
               "or sign the character in with %2.")
        .arg(ServerTrust::origin(effective).isEmpty() ? effective.toString() : effective.host(), sso.host());
}

} // namespace Esi::Core
