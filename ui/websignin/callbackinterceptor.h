#pragma once

#include <QMutex>
#include <QUrl>
#include <QWebEngineUrlRequestInterceptor>

namespace Esi::Ui {

// Second line of defence behind SignInWebPage::acceptNavigationRequest: blocks every request to the
// callback URL (a sub-resource, a fetch, a navigation the page did not see) before it leaves the browser.
// Matches on the callback's scheme, host, port and path, like SsoFlow::isCallback.
class CallbackInterceptor : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT

public:
    explicit CallbackInterceptor(QObject *parent = nullptr);

    void setCallbackUrl(const QUrl &callbackUrl);

    void interceptRequest(QWebEngineUrlRequestInfo &info) override;

    static bool sameEndpoint(const QUrl &url, const QUrl &callbackUrl);

Q_SIGNALS:
    // Emitted for a blocked main-frame navigation, which then is the SSO's answer to hand over.
    void callbackBlocked(const QUrl &url);

private:
    QMutex m_mutex; // Chromium may ask from its network thread
    QUrl m_callbackUrl;
};

} // namespace Esi::Ui
