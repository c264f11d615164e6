#include "core/http/redirectguard.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

namespace {

constexpr const char *currentUrlProperty = "esiRedirectGuardUrl";
constexpr const char *refusalProperty = "esiRedirectGuardRefusal";
constexpr const char *countProperty = "esiRedirectGuardCount";

int effectivePort(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.port(scheme == "https"_L1 ? 443 : scheme == "http"_L1 ? 80 : -1);
}

} // namespace

void RedirectGuard::prepare(QNetworkRequest &request)
{
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    // watch() counts and stops at maxRedirects itself; Qt's own limit (which Qt 6.4 counts twice per verified
    // redirect) only backs it up.
    request.setMaximumRedirectsAllowed(maxRedirects * 4);
}

void RedirectGuard::watch(QNetworkReply *reply)
{
    reply->setProperty(currentUrlProperty, reply->request().url());
    QObject::connect(reply, &QNetworkReply::redirected, reply, [reply](const QUrl &target) {
        const QUrl from = reply->property(currentUrlProperty).toUrl();
        const int count = reply->property(countProperty).toInt() + 1;
        reply->setProperty(countProperty, count);
        if (count > maxRedirects) {
            reply->setProperty(refusalProperty,
                               QCoreApplication::translate("Esi::Core::RedirectGuard",
                                                           "%1 redirected the request more than %2 times (a redirect "
                                                           "loop?), so it was stopped.")
                                   .arg(from.host(), QString::number(maxRedirects)));
            reply->abort();
            return;
        }
        if (sameOrigin(from, target)) {
            reply->setProperty(currentUrlProperty, target);
            Q_EMIT reply->redirectAllowed();
            return;
        }
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QString to = target.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
        const QString message =
            status > 0 ? QCoreApplication::translate(
                             "Esi::Core::RedirectGuard",
                             "%1 answered HTTP %2, a redirect to another server (%3). It was not followed, so no "
                             "credentials went there. Check the ESI and SSO server addresses.")
                             .arg(from.host(), QString::number(status), to)
                       : QCoreApplication::translate(
                             "Esi::Core::RedirectGuard",
                             "%1 answered with a redirect to another server (%2). It was not followed, so no "
                             "credentials went there. Check the ESI and SSO server addresses.")
                             .arg(from.host(), to);
        reply->setProperty(refusalProperty, message);
        reply->abort();
    });
}

QString RedirectGuard::refusal(const QNetworkReply *reply)
{
    return reply ? reply->property(refusalProperty).toString() : QString();
}

bool RedirectGuard::sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && !a.host().isEmpty() &&
           effectivePort(a) == effectivePort(b);
}

} // namespace Esi::Core
