#pragma once

#include <QObject>
#include <QStringList>
#include <QUrl>
#include <functional>
#include <memory>

class QTimer;

namespace Esi::Core {
class LoopbackReceiver;
class SsoClient;
class SsoFlow;
class TokenStore;
} // namespace Esi::Core

namespace Esi::Ui {

// Signs a character in through the user's default browser: EVE SSO redirects to a LoopbackReceiver on
// 127.0.0.1, the flow exchanges the code (PKCE), and the verified tokens go into the TokenStore.
class SystemBrowserSignIn : public QObject
{
    Q_OBJECT

public:
    // Opens the authorization URL; QDesktopServices::openUrl by default, a scripted browser in tests.
    using UrlOpener = std::function<bool(const QUrl &url)>;

    // A browser tab closed without an answer must not keep the loopback port open forever.
    static constexpr int defaultTimeoutMs = 5 * 60 * 1000;

    SystemBrowserSignIn(Core::SsoClient &client, Core::TokenStore &store, UrlOpener opener = {},
                        QObject *parent = nullptr);
    ~SystemBrowserSignIn() override;

    // Starts one sign-in asking for `scopes`; a sign-in already running is cancelled first.
    void start(const QStringList &scopes);
    void cancel();

    bool isRunning() const { return m_flow != nullptr; }

    // How long start() waits for the browser's answer before it fails; applies from the next start().
    void setTimeout(int msecs) { m_timeoutMs = msecs; }

    int timeout() const { return m_timeoutMs; }

    // Opens the current sign-in's login page once more (the user lost the browser tab).
    bool reopenBrowser();

Q_SIGNALS:
    void browserOpened(const QUrl &authorizationUrl);
    void signedIn(qint64 characterId, const QString &characterName, const QStringList &lostScopes);
    void failed(const QString &reason);

private:
    void handleAuthorizationUrl(const QUrl &url);
    void finish(const QString &failure);

    Core::SsoClient &m_client;
    Core::TokenStore &m_store;
    UrlOpener m_opener;
    std::unique_ptr<Core::LoopbackReceiver> m_receiver;
    std::unique_ptr<Core::SsoFlow> m_flow;
    QTimer *m_timer;
    int m_timeoutMs = defaultTimeoutMs;
};

} // namespace Esi::Ui
