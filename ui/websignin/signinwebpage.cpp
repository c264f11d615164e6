#include "ui/websignin/signinwebpage.h"

#include "ui/websignin/callbackinterceptor.h"

#include <QWebEngineCertificateError>

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
    return QWebEnginePage::acceptNavigationRequest(url, type, isMainFrame);
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
