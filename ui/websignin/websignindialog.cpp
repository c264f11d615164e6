#include "ui/websignin/websignindialog.h"

#include "ui/websignin/callbackinterceptor.h"
#include "ui/websignin/signinwebpage.h"

#include <QAction>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWebEngineHistory>
#include <QWebEngineLoadingInfo>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QWebEngineView>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

namespace {

// Chromium's net::ERR_ABORTED: a navigation stopped on purpose (reload, back, the handed-over callback).
constexpr int abortedError = -3;

QString hostOf(const QUrl &url)
{
    return url.port() > 0 ? u"%1:%2"_s.arg(url.host()).arg(url.port()) : url.host();
}

} // namespace

WebSignInDialog::WebSignInDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"webSignInDialog"_s);
    setWindowTitle(tr("Sign in with EVE Online"));
    setAccessibleName(tr("Sign in with EVE Online"));
    resize(560, 760);
    createBrowser();
    createLayout();
    updateNavigation();
    updateSecurity();
}

WebSignInDialog::~WebSignInDialog()
{
    // The page must go before its profile, or WebEngine warns and may keep the profile's data alive.
    m_view->setPage(nullptr);
    delete m_page;
    m_page = nullptr;
    delete m_profile;
    m_profile = nullptr;
}

void WebSignInDialog::createBrowser()
{
    // A profile without a storage name is off the record: cookies, HTTP cache, local storage and visited
    // links stay in memory and vanish with it, so a cancelled sign-in leaves nothing on disk.
    m_profile = new QWebEngineProfile(this);
    m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    QWebEngineSettings *settings = m_profile->settings();
    settings->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    settings->setAttribute(QWebEngineSettings::JavascriptCanAccessClipboard, false);
    settings->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    settings->setAttribute(QWebEngineSettings::PdfViewerEnabled, false);
    settings->setAttribute(QWebEngineSettings::ErrorPageEnabled, false); // our own message panel explains

    m_interceptor = new CallbackInterceptor(m_profile);
    m_profile->setUrlRequestInterceptor(m_interceptor);
    m_page = new SignInWebPage(m_profile, this);

    m_view = new QWebEngineView(this);
    m_view->setObjectName(u"signInView"_s);
    m_view->setAccessibleName(tr("EVE SSO login page"));
    m_view->setPage(m_page);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);

    connect(m_page, &SignInWebPage::callbackReached, this, &WebSignInDialog::handleCallback);
    connect(m_interceptor, &CallbackInterceptor::callbackBlocked, this, &WebSignInDialog::handleCallback);
    connect(m_page, &SignInWebPage::certificateRefused, this, &WebSignInDialog::handleCertificateRefused);
    connect(m_page, &SignInWebPage::externalLinkRequested, this, [this](const QUrl &url) {
        if (const auto handler = m_handlers.externalLinkRequested) {
            handler(url);
        } else {
            QDesktopServices::openUrl(url);
        }
    });
    connect(m_page, &QWebEnginePage::loadingChanged, this, &WebSignInDialog::handleLoadingChanged);
    connect(m_page, &QWebEnginePage::urlChanged, this, [this](const QUrl &url) {
        showAddress(url);
        updateSecurity();
        updateNavigation();
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, &WebSignInDialog::handleContextMenuRequested);
}

void WebSignInDialog::createLayout()
{
    m_backAction = new QAction(style()->standardIcon(QStyle::SP_ArrowBack), tr("Back"), this);
    m_backAction->setObjectName(u"backAction"_s);
    m_backAction->setShortcuts(QKeySequence::Back);
    m_backAction->setToolTip(
        tr("Back to the previous page (%1)").arg(QKeySequence(QKeySequence::Back).toString(QKeySequence::NativeText)));
    connect(m_backAction, &QAction::triggered, m_view, &QWebEngineView::back);
    m_reloadAction = new QAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("Reload"), this);
    m_reloadAction->setObjectName(u"reloadAction"_s);
    m_reloadAction->setShortcuts(QKeySequence::Refresh);
    m_reloadAction->setToolTip(
        tr("Load the page again (%1)").arg(QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText)));
    connect(m_reloadAction, &QAction::triggered, this, &WebSignInDialog::handleReloadTriggered);
    addAction(m_backAction);
    addAction(m_reloadAction);

    m_backButton = new QToolButton(this);
    m_backButton->setObjectName(u"backButton"_s);
    m_backButton->setDefaultAction(m_backAction);
    m_backButton->setAccessibleName(tr("Back"));
    m_reloadButton = new QToolButton(this);
    m_reloadButton->setObjectName(u"reloadButton"_s);
    m_reloadButton->setDefaultAction(m_reloadAction);
    m_reloadButton->setAccessibleName(tr("Reload"));

    m_securityIcon = new QLabel(this);
    m_securityIcon->setObjectName(u"securityIcon"_s);
    m_securityIcon->setAccessibleName(tr("Connection security"));
    m_securityLabel = new QLabel(this);
    m_securityLabel->setObjectName(u"securityLabel"_s);
    m_securityLabel->setTextFormat(Qt::PlainText);
    m_addressBar = new QLineEdit(this);
    m_addressBar->setObjectName(u"addressBar"_s);
    m_addressBar->setReadOnly(true);
    m_addressBar->setAccessibleName(tr("Address of the page shown"));

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_backButton);
    toolbar->addWidget(m_reloadButton);
    toolbar->addWidget(m_securityIcon);
    toolbar->addWidget(m_securityLabel);
    toolbar->addWidget(m_addressBar, 1);

    m_messageTitle = new QLabel(this);
    m_messageTitle->setObjectName(u"messageTitle"_s);
    m_messageTitle->setWordWrap(true);
    QFont titleFont = m_messageTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_messageTitle->setFont(titleFont);
    m_messageDetails = new QLabel(this);
    m_messageDetails->setObjectName(u"messageDetails"_s);
    m_messageDetails->setAccessibleName(tr("Details"));
    m_messageDetails->setWordWrap(true);
    m_messageDetails->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_messageDetails->setTextFormat(Qt::PlainText);
    m_retryButton = new QPushButton(tr("&Try again"), this);
    m_retryButton->setObjectName(u"retryButton"_s);
    m_retryButton->setAccessibleName(tr("Try the sign-in again"));
    connect(m_retryButton, &QPushButton::clicked, this, &WebSignInDialog::handleRetryClicked);

    m_messagePanel = new QWidget(this);
    m_messagePanel->setObjectName(u"messagePanel"_s);
    m_messagePanel->setAccessibleName(tr("Sign-in status"));
    auto *panelLayout = new QVBoxLayout(m_messagePanel);
    panelLayout->addStretch(1);
    panelLayout->addWidget(m_messageTitle);
    panelLayout->addWidget(m_messageDetails);
    panelLayout->addWidget(m_retryButton, 0, Qt::AlignLeft);
    panelLayout->addStretch(2);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(u"signInStack"_s);
    m_stack->setAccessibleName(tr("Sign-in page"));
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_messagePanel);

    auto *privacyNote = new QLabel(tr("This window keeps no cookies, cache or history: it forgets everything "
                                      "when it closes."),
                                   this);
    privacyNote->setObjectName(u"privacyNote"_s);
    privacyNote->setAccessibleName(privacyNote->text());
    privacyNote->setWordWrap(true);

    m_systemBrowserButton = new QPushButton(tr("Use my &system browser instead"), this);
    m_systemBrowserButton->setObjectName(u"systemBrowserButton"_s);
    m_systemBrowserButton->setAccessibleName(tr("Use my system browser instead"));
    m_systemBrowserButton->setToolTip(tr("Sign in through your default web browser; it returns to ESI Studio "
                                         "through a local address on this computer."));
    m_systemBrowserButton->setAutoDefault(false);
    connect(m_systemBrowserButton, &QPushButton::clicked, this, [this] { notify(m_handlers.systemBrowserRequested); });
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(u"cancelButton"_s);
    m_cancelButton->setAccessibleName(tr("Cancel the sign-in"));
    m_cancelButton->setAutoDefault(false);
    connect(m_cancelButton, &QPushButton::clicked, this, &WebSignInDialog::reject);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_systemBrowserButton);
    buttons->addStretch(1);
    buttons->addWidget(m_cancelButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(toolbar);
    layout->addWidget(m_stack, 1);
    layout->addWidget(privacyNote);
    layout->addLayout(buttons);
}

void WebSignInDialog::openLoginPage(const QUrl &authorizationUrl, const QUrl &callbackUrl)
{
    m_callbackUrl = callbackUrl;
    m_handedOver = false;
    m_failed = false;
    m_certificateProblem.clear();
    m_page->setCallbackUrl(callbackUrl);
    m_page->setSsoOrigin(authorizationUrl);
    m_interceptor->setCallbackUrl(callbackUrl);
    setCancellable(true);
    // The view appears once the new page has loaded: until then it may still hold the previous attempt's
    // form, whose stale state the SSO would send back.
    m_awaitingPage = true;
    showMessage(tr("Loading the EVE SSO login page\u2026"), QString(), false);
    m_view->load(authorizationUrl);
    showAddress(authorizationUrl);
    updateSecurity();
    updateNavigation();
}

void WebSignInDialog::showProgress(const QString &message, bool cancellable)
{
    m_failed = false;
    showMessage(message, QString(), false);
    setCancellable(cancellable);
}

void WebSignInDialog::showFailure(const QString &message)
{
    m_failed = true;
    m_awaitingPage = false; // a page finishing after this must not cover the explanation
    showMessage(tr("The sign-in did not complete"), message, true);
    setCancellable(true);
}

void WebSignInDialog::reportPageFailure(const QString &message)
{
    showFailure(message);
    // A copy: the handler may replace this window's handlers.
    if (const auto handler = m_handlers.pageFailed) {
        handler(message);
    }
}

void WebSignInDialog::showMessage(const QString &title, const QString &details, bool offerRetry)
{
    m_messageTitle->setText(title);
    m_messageTitle->setAccessibleName(title); // what a screen reader says is the title itself
    m_messageDetails->setText(details);
    m_messageDetails->setAccessibleDescription(details);
    m_messageDetails->setVisible(!details.isEmpty());
    m_retryButton->setVisible(offerRetry);
    m_stack->setCurrentWidget(m_messagePanel);
    if (offerRetry) {
        m_retryButton->setFocus();
    }
    m_cancelButton->setText(offerRetry ? tr("Close") : tr("Cancel"));
    updateNavigation();
}

void WebSignInDialog::reject()
{
    if (!m_cancellable) {
        return; // the keychain write is under way; it either completes or fails in a moment
    }
    m_view->stop();
    QDialog::reject();
    notify(m_handlers.cancelled);
}

void WebSignInDialog::setCancellable(bool cancellable)
{
    m_cancellable = cancellable;
    m_cancelButton->setEnabled(cancellable);
    m_systemBrowserButton->setEnabled(cancellable);
}

void WebSignInDialog::handleCallback(const QUrl &url)
{
    if (m_handedOver) {
        return; // the page and the interceptor may both report the same navigation
    }
    m_handedOver = true;
    m_view->stop();
    showAddress(m_page->url());
    showProgress(tr("Completing the sign-in\u2026"), true);
    // A copy: the handler may replace this window's handlers (the launcher detaches it on close).
    if (const auto handler = m_handlers.callbackReached) {
        handler(url);
    }
}

void WebSignInDialog::handleLoadingChanged(const QWebEngineLoadingInfo &info)
{
    if (info.status() == QWebEngineLoadingInfo::LoadSucceededStatus) {
        showPage();
        updateSecurity();
        return;
    }
    if (info.status() != QWebEngineLoadingInfo::LoadFailedStatus || m_handedOver || info.errorCode() == abortedError) {
        return;
    }
    if (info.errorDomain() == QWebEngineLoadingInfo::CertificateErrorDomain || !m_certificateProblem.isEmpty()) {
        handleCertificateRefused(info.url(),
                                 m_certificateProblem.isEmpty() ? info.errorString() : m_certificateProblem);
        return;
    }
    if (info.errorDomain() == QWebEngineLoadingInfo::HttpStatusCodeDomain) {
        showPage(); // the server answered; its own page says what went wrong
        return;
    }
    reportPageFailure(tr("The sign-in page at %1 could not be loaded: %2 (error %3).\n\nCheck the internet connection "
                         "(for a local SSO: that esi-sandbox is running), then try again.")
                          .arg(hostOf(info.url()), info.errorString())
                          .arg(info.errorCode()));
}

void WebSignInDialog::showPage()
{
    if (m_awaitingPage && !m_handedOver) {
        m_awaitingPage = false;
        m_stack->setCurrentWidget(m_view);
        m_view->setFocus(); // typing goes to the login form at once
        updateNavigation();
    }
}

void WebSignInDialog::showAddress(const QUrl &url)
{
    m_addressBar->setText(url.toDisplayString());
    m_addressBar->setCursorPosition(0); // the host first, not the tail of a long query
}

void WebSignInDialog::handleCertificateRefused(const QUrl &url, const QString &description)
{
    m_certificateProblem = description.trimmed();
    while (m_certificateProblem.endsWith(u'.')) {
        m_certificateProblem.chop(1); // Chromium's sentence ends in a period; ours goes on
    }
    updateSecurity();
    reportPageFailure(tr("The connection to %1 could not be verified (%2), so ESI Studio refused it and sent "
                         "nothing.\n\nCheck the computer's date and time and any proxy or security software that "
                         "inspects HTTPS traffic, then try again.")
                          .arg(hostOf(url), m_certificateProblem));
}

void WebSignInDialog::handleReloadTriggered()
{
    if (m_failed) {
        handleRetryClicked(); // a failed attempt restarts with a fresh sign-in, not the stale page
        return;
    }
    m_view->reload();
}

void WebSignInDialog::handleRetryClicked()
{
    notify(m_handlers.retryRequested);
}

void WebSignInDialog::notify(const std::function<void()> &handler)
{
    // A copy: the handler may replace this window's handlers (the launcher detaches it on close).
    if (const std::function<void()> call = handler) {
        call();
    }
}

void WebSignInDialog::handleContextMenuRequested(const QPoint &position)
{
    // Editing only: no "Save page", "View source" or "Open in new window" that could write or leak the page.
    QMenu menu(this);
    for (const QWebEnginePage::WebAction action :
         {QWebEnginePage::Undo, QWebEnginePage::Redo, QWebEnginePage::Cut, QWebEnginePage::Copy, QWebEnginePage::Paste,
          QWebEnginePage::SelectAll}) {
        menu.addAction(m_page->action(action));
    }
    menu.exec(m_view->mapToGlobal(position));
}

void WebSignInDialog::updateSecurity()
{
    const QUrl url = m_page->url().isEmpty() ? QUrl(m_addressBar->text()) : m_page->url();
    QString text;
    QString tip;
    QString iconName;
    if (!m_certificateProblem.isEmpty()) {
        text = tr("Not secure");
        tip = tr("The certificate of %1 was refused: %2").arg(hostOf(url), m_certificateProblem);
        iconName = u"security-low"_s;
    } else if (url.scheme() == "https"_L1) {
        text = tr("Secure");
        tip = tr("Encrypted connection (HTTPS) to %1; its certificate was verified.").arg(hostOf(url));
        iconName = u"security-high"_s;
    } else if (url.scheme() == "http"_L1) {
        text = tr("Not secure");
        tip = tr("Unencrypted connection (HTTP) to %1. Only a local SSO such as esi-sandbox should be reached "
                 "this way.")
                  .arg(hostOf(url));
        iconName = u"security-low"_s;
    }
    // The theme's padlock where there is one; the word alone says it everywhere else.
    const QIcon icon = iconName.isEmpty() ? QIcon() : QIcon::fromTheme(iconName);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_securityIcon->setPixmap(icon.isNull() ? QPixmap() : icon.pixmap(iconSize, iconSize));
    m_securityIcon->setVisible(!icon.isNull());
    m_securityIcon->setToolTip(tip);
    m_securityIcon->setAccessibleDescription(tip);
    m_securityLabel->setText(text);
    m_securityLabel->setToolTip(tip);
    m_securityLabel->setAccessibleName(tr("Connection security: %1").arg(text.isEmpty() ? tr("none") : text));
    m_securityLabel->setAccessibleDescription(tip);
}

void WebSignInDialog::updateNavigation()
{
    const bool browsing = m_stack->currentWidget() == m_view;
    m_backAction->setEnabled(browsing && m_page->history()->canGoBack());
    m_reloadAction->setEnabled(browsing || m_failed);
}

} // namespace Esi::Ui
