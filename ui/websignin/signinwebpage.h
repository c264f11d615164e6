#pragma once

#include <QWebEnginePage>

class QWebEngineCertificateError;

namespace Esi::Ui {

// The page of the sign-in browser: hands the navigation to the callback URL over instead of loading it
// (whether a click, a form post or the SSO's 302 leads there), and refuses every certificate error.
class SignInWebPage : public QWebEnginePage
{
    Q_OBJECT

public:
    explicit SignInWebPage(QWebEngineProfile *profile, QObject *parent = nullptr);

    void setCallbackUrl(const QUrl &callbackUrl) { m_callbackUrl = callbackUrl; }

    // Only pages of this URL's origin (scheme, host, port) load in the main frame; other navigations, links
    // or redirects, are refused and reported as externalLinkRequested (http and https only).
    void setSsoOrigin(const QUrl &url) { m_ssoOrigin = url; }

    static bool sameOrigin(const QUrl &a, const QUrl &b);

Q_SIGNALS:
    void callbackReached(const QUrl &url);
    void certificateRefused(const QUrl &url, const QString &description);
    void externalLinkRequested(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;

private:
    void handleCertificateError(const QWebEngineCertificateError &error);

    QUrl m_callbackUrl;
    QUrl m_ssoOrigin;
};

} // namespace Esi::Ui
