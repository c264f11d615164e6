#include "ui/websignin/signinwebpage.h"

#include "ui/websignin/callbackinterceptor.h"

#include <QWebEngineCertificateError>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

SignInWebPage::SignInWebPage(QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile, parent)
{
    connect(this, &QWebEnginePage::certificateError, this, &SignInWebPage::handleCertificateError);
}

bool SignInWebPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (CallbackInterceptor::sameEndpoint(url, m_callbackUrl)) {
        // Never loaded: the URL carries the one-time code, and nothing listens there for this browser.
        Q_EMIT callbackReached(url);
        return false;
    }
    if (isMainFrame && !m_ssoOrigin.isEmpty() && !sameOrigin(url, m_ssoOrigin)) {
        // The login window shows the SSO and nothing else: another site (a help link, a forged redirect) opens
        // in the system browser, where its address is in plain sight and nothing here can be phished.
        const QString scheme = url.scheme().toLower();
        if (scheme == "https"_L1 || scheme == "http"_L1) {
            Q_EMIT externalLinkRequested(url);
        }
        return false;
    }
    return QWebEnginePage::acceptNavigationRequest(url, type, isMainFrame);
}

bool SignInWebPage::sameOrigin(const QUrl &a, const QUrl &b)
{
    const auto port = [](const QUrl &u) {
        return u.port(u.scheme().compare("https"_L1, Qt::CaseInsensitive) == 0 ? 443 : 80);
    };
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && port(a) == port(b);
}

QWebEnginePage *SignInWebPage::createWindow(WebWindowType type)
{
    Q_UNUSED(type)
    return nullptr; // the sign-in stays in this one window; links that want a new one do nothing
}

void SignInWebPage::handleCertificateError(const QWebEngineCertificateError &error)
{
    // No "proceed anyway": a sign-in over a connection that cannot be verified could hand the login to anyone.
    QWebEngineCertificateError refused = error;
    refused.rejectCertificate();
    Q_EMIT certificateRefused(error.url(), error.description());
}

} // namespace Esi::Ui
