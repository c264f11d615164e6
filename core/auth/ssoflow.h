#pragma once

#include "core/auth/pkce.h"
#include "core/auth/ssotokens.h"

#include <QObject>
#include <QStringList>
#include <QUrl>

namespace Esi::Core {

class SsoClient;

// One sign-in: authorization-code flow with PKCE S256 and a random `state`. UI-agnostic: it produces the
// authorize URL and accepts the callback URL, whoever catches it (the embedded browser dialog, or a
// LoopbackReceiver behind the system browser). Single use; start another flow for another sign-in.
class SsoFlow : public QObject
{
    Q_OBJECT

public:
    enum class Stage { Idle, Preparing, WaitingForCallback, Exchanging, SignedIn, Failed };
    Q_ENUM(Stage)

    explicit SsoFlow(SsoClient &client, QObject *parent = nullptr);

    // Defaults come from the client's settings. Set before start(): a LoopbackReceiver listening on a free
    // port gives its own URL here; a re-sign-in asks for TokenStore::scopesForReSignIn().
    void setScopes(const QStringList &scopes) { m_scopes = scopes; }

    void setCallbackUrl(const QUrl &url) { m_callbackUrl = url; }

    QStringList scopes() const { return m_scopes; }

    QUrl callbackUrl() const { return m_callbackUrl; }

    // Fresh state and PKCE verifier, endpoint discovery if needed, then authorizationUrlReady().
    void start();

    Stage stage() const { return m_stage; }

    QUrl authorizationUrl() const { return m_authorizationUrl; }

    // The random `state` of this attempt (empty before start()); a LoopbackReceiver refuses other answers.
    QByteArray state() const { return m_state; }

    // True when `url` is this flow's callback (same scheme, host, port and path; the query is not compared),
    // so an embedded browser knows which navigation to hand over instead of loading it.
    bool isCallback(const QUrl &url) const;

    // The URL the SSO redirected to. Checks `state`, then exchanges the code with the PKCE verifier and
    // verifies the access token. Ends in signedIn() or failed().
    void handleCallback(const QUrl &url);

Q_SIGNALS:
    void authorizationUrlReady(const QUrl &url);
    void signedIn(const Esi::Core::SsoTokens &tokens);
    void failed(const QString &reason);

private:
    void fail(const QString &reason);

    SsoClient &m_client;
    QStringList m_scopes;
    QUrl m_callbackUrl;
    Stage m_stage = Stage::Idle;
    Pkce m_pkce;
    QByteArray m_state;
    QUrl m_authorizationUrl;
};

} // namespace Esi::Core
