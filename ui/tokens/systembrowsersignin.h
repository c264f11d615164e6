#pragma once

#include <QObject>
#include <QStringList>
#include <QUrl>
#include <functional>
#include <memory>

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

    SystemBrowserSignIn(Core::SsoClient &client, Core::TokenStore &store, UrlOpener opener = {},
                        QObject *parent = nullptr);
    ~SystemBrowserSignIn() override;

    // Starts one sign-in asking for `scopes`; a sign-in already running is cancelled first.
    void start(const QStringList &scopes);
    void cancel();

    bool isRunning() const { return m_flow != nullptr; }

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
};

} // namespace Esi::Ui
