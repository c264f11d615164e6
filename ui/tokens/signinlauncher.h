#pragma once

#include "ui/tokens/systembrowsersignin.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <memory>

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
class WebSignInWindow;

// The one way the app signs a character in. start() opens the embedded-browser window from the
// esi_websignin plugin (loaded on the first sign-in, so QtWebEngine never slows start-up), runs the SSO flow
// behind it and stores the tokens; the window's "Use my system browser instead", or a plugin that cannot be
// loaded, switches to SystemBrowserSignIn. Each start() ends in exactly one of signedIn, failed or cancelled.
class SignInLauncher : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QStringList pluginDirectories; // searched in order for the plugin; empty: defaultPluginDirectories()
        SystemBrowserSignIn::UrlOpener systemBrowser; // empty: the desktop's default browser
    };

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
};

} // namespace Esi::Ui
