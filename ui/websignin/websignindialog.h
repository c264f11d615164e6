#pragma once

#include "ui/websignin/websigninwindow.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QToolButton;
class QWebEngineLoadingInfo;
class QWebEngineProfile;
class QWebEngineView;

namespace Esi::Ui {

class CallbackInterceptor;
class SignInWebPage;

// The embedded-browser sign-in window: the SSO's login page in a QWebEngineView on its own off-the-record
// profile (cookies, cache and history only in memory, gone when the window closes), a read-only address bar
// with the connection's security, back and reload, and a message panel for progress and failures.
class WebSignInDialog : public QDialog, public WebSignInWindow
{
    Q_OBJECT

public:
    explicit WebSignInDialog(QWidget *parent = nullptr);
    ~WebSignInDialog() override;

    QDialog *dialog() override { return this; }

    void setHandlers(WebSignInHandlers handlers) override { m_handlers = std::move(handlers); }

    void openLoginPage(const QUrl &authorizationUrl, const QUrl &callbackUrl) override;
    void showProgress(const QString &message, bool cancellable) override;
    void showFailure(const QString &message) override;

    void reject() override;

private:
    void createBrowser();
    void createLayout();
    void reportPageFailure(const QString &message);
    void showAddress(const QUrl &url);
    void showPage();
    void showMessage(const QString &title, const QString &details, bool offerRetry);
    void handleCallback(const QUrl &url);
    void handleLoadingChanged(const QWebEngineLoadingInfo &info);
    void handleCertificateRefused(const QUrl &url, const QString &description);
    void handleReloadTriggered();
    void handleRetryClicked();
    void notify(const std::function<void()> &handler);
    void handleContextMenuRequested(const QPoint &position);
    void updateSecurity();
    void updateNavigation();
    void setCancellable(bool cancellable);

    WebSignInHandlers m_handlers;
    QWebEngineProfile *m_profile = nullptr;
    CallbackInterceptor *m_interceptor = nullptr;
    SignInWebPage *m_page = nullptr;
    QWebEngineView *m_view = nullptr;

    QAction *m_backAction = nullptr;
    QAction *m_reloadAction = nullptr;
    QToolButton *m_backButton = nullptr;
    QToolButton *m_reloadButton = nullptr;
    QLabel *m_securityIcon = nullptr;
    QLabel *m_securityLabel = nullptr;
    QLineEdit *m_addressBar = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_messagePanel = nullptr;
    QLabel *m_messageTitle = nullptr;
    QLabel *m_messageDetails = nullptr;
    QPushButton *m_retryButton = nullptr;
    QPushButton *m_systemBrowserButton = nullptr;
    QPushButton *m_cancelButton = nullptr;

    QUrl m_callbackUrl;
    QString m_certificateProblem; // of the page shown last; cleared with each new login page
    bool m_handedOver = false;    // the callback went to the launcher; later load errors are the abort of it
    bool m_awaitingPage = false;  // a login page is loading; the message panel covers the view meanwhile
    bool m_cancellable = true;
    bool m_failed = false;
};

} // namespace Esi::Ui
