#pragma once

#include "ui/tokens/systembrowsersignin.h"
#include "ui/tokens/webenginecheck.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <memory>
#include <optional>

class QDialog;
class QPluginLoader;
class QWidget;

namespace Esi::Core {
class SsoClient;
class SsoFlow;
class TokenStore;
struct SsoTokens;
} // namespace Esi::Core

namespace Esi::Ui {

class WebSignInFactory;
class SystemBrowserWaitDialog;
class WebSignInWindow;

// How SignInLauncher finds the plugin and the system browser; tests inject their own.
struct SignInLauncherOptions
{
    QStringList pluginDirectories;                // searched in order for the plugin; empty: defaultPluginDirectories()
    SystemBrowserSignIn::UrlOpener systemBrowser; // empty: the desktop's default browser
    int systemBrowserTimeoutMs = SystemBrowserSignIn::defaultTimeoutMs;
    WebEngineEnvironment webEngine; // checked before the plugin loads (root without sandbox, no OpenGL)
    // Links on the login page that leave the SSO's origin; empty: the desktop's default browser.
    SystemBrowserSignIn::UrlOpener externalLinks;
};

// The one way the app signs a character in. start() opens the embedded-browser window from the
// esi_websignin plugin (loaded on the first sign-in, so QtWebEngine never slows start-up), runs the SSO flow
// behind it and stores the tokens; the window's "Use my system browser instead", or a plugin that cannot be
// loaded, switches to SystemBrowserSignIn. Each start() ends in exactly one of signedIn, failed or cancelled.
class SignInLauncher : public QObject
{
    Q_OBJECT

public:
    using Options = SignInLauncherOptions;

    SignInLauncher(Core::SsoClient &client, Core::TokenStore &store, Options options = Options(),
                   QObject *parent = nullptr);
    ~SignInLauncher() override;

    // Next to the executable (the build tree), then the installed plugin folder relative to it.
    static QStringList defaultPluginDirectories();

    // The window the sign-in window belongs to (and is modal for).
    void setDialogParent(QWidget *parent) { m_dialogParent = parent; }

    // Starts a sign-in asking for `scopes`; one still running ends first (as cancelled).
    void start(const QStringList &scopes);
    // Ends a running sign-in; emits cancelled() when one was running.
    void cancel();

    bool isRunning() const;

    // The embedded sign-in window while it is open, else nullptr.
    QDialog *embeddedDialog() const;

    // Why the embedded browser could not be used (empty while it can, or before the first sign-in).
    QString embeddedBrowserProblem() const { return m_pluginProblem; }

    // True once the esi_websignin plugin (and with it QtWebEngine) is loaded.
    bool isEmbeddedBrowserLoaded() const { return m_factory != nullptr; }

    // The "waiting for your browser" window while the system-browser sign-in runs, else nullptr.
    QDialog *systemBrowserWaitDialog() const;

Q_SIGNALS:
    void signedIn(qint64 characterId, const QString &characterName, const QStringList &lostScopes);
    void failed(const QString &reason);
    void cancelled();
    // The embedded browser is unavailable and the system browser takes over; `reason` says why.
    void embeddedBrowserUnavailable(const QString &reason);
    // The system-browser path opened the user's browser: the sign-in continues there.
    void systemBrowserOpened(const QUrl &authorizationUrl);

private:
    WebSignInFactory *loadFactory();
    void openEmbedded();
    void beginAttempt();
    void handleFlowSignedIn(quint64 attempt, const Core::SsoTokens &tokens);
    void handleFlowFailed(const QString &reason);
    void handleCallbackReached(const QUrl &url);
    void handleWindowCancelled();
    void handleWindowDestroyed();
    void switchToSystemBrowser();
    void startSystemBrowser();
    void closeWindow();
    void showWaitDialog(const QUrl &authorizationUrl);
    void closeWaitDialog();
    void discardFlow();
    void revokeUnused(const Core::SsoTokens &tokens);

    Core::SsoClient &m_client;
    Core::TokenStore &m_store;
    Options m_options;
    QPointer<QWidget> m_dialogParent;
    QStringList m_scopes;

    std::unique_ptr<QPluginLoader> m_loader; // kept: a WebEngine plugin is never unloaded
    WebSignInFactory *m_factory = nullptr;
    QString m_pluginProblem;

    WebSignInWindow *m_window = nullptr;
    QPointer<QDialog> m_dialog;
    std::unique_ptr<Core::SsoFlow> m_flow;
    QString m_lastFailure; // shown in the window; reported as failed() when the window is closed
    bool m_storing = false;
    quint64 m_attempt = 0; // which embedded attempt a keychain write's answer belongs to

    std::unique_ptr<SystemBrowserSignIn> m_systemBrowser;
    QPointer<SystemBrowserWaitDialog> m_waitDialog;
    std::optional<QString> m_webEngineProblem; // checked once, before the plugin is first loaded
};

} // namespace Esi::Ui
