#include "ui/tokens/systembrowsersignin.h"

#include "core/auth/loopbackreceiver.h"
#include "core/auth/ssoclient.h"
#include "core/auth/ssoflow.h"
#include "core/auth/tokenstore.h"

#include <QDesktopServices>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

SystemBrowserSignIn::SystemBrowserSignIn(Core::SsoClient &client, Core::TokenStore &store, UrlOpener opener,
                                         QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_opener(opener ? std::move(opener) : UrlOpener([](const QUrl &url) { return QDesktopServices::openUrl(url); }))
    , m_timer(new QTimer(this))
{
    m_timer->setObjectName(u"systemBrowserSignInTimeout"_s);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        const int minutes = std::max(1, (m_timeoutMs + 59999) / 60000);
        finish(tr("No sign-in answer came from the browser within %n minute(s), so ESI Studio stopped waiting. "
                  "Start the sign-in again when you are ready.",
                  nullptr, minutes));
    });
}

SystemBrowserSignIn::~SystemBrowserSignIn() = default;

void SystemBrowserSignIn::start(const QStringList &scopes)
{
    cancel();
    if (m_client.settings().clientId.isEmpty()) {
        Q_EMIT failed(tr("Signing in needs the client ID of an application registered at "
                         "developers.eveonline.com; set ESI_CLIENT_ID or sso/clientId in the settings file."));
        return;
    }
    m_receiver = std::make_unique<Core::LoopbackReceiver>();
    QString error;
    if (!m_receiver->listen(m_client.settings().callbackUrl, &error)) {
        m_receiver.reset();
        Q_EMIT failed(tr("Cannot receive the sign-in answer: %1").arg(error));
        return;
    }
    m_timer->start(m_timeoutMs);
    m_flow = std::make_unique<Core::SsoFlow>(m_client);
    m_flow->setScopes(scopes);
    m_flow->setCallbackUrl(m_receiver->callbackUrl());
    connect(m_receiver.get(), &Core::LoopbackReceiver::callbackReceived, m_flow.get(), &Core::SsoFlow::handleCallback);
    connect(m_flow.get(), &Core::SsoFlow::authorizationUrlReady, this, &SystemBrowserSignIn::handleAuthorizationUrl);
    connect(m_flow.get(), &Core::SsoFlow::failed, this, &SystemBrowserSignIn::finish);
    connect(m_flow.get(), &Core::SsoFlow::signedIn, this, [this](const Core::SsoTokens &tokens) {
        m_store.addFromSignIn(tokens, this, [this](const Core::SignInStoreResult &result) {
            if (!result.isOk()) {
                finish(result.error);
                return;
            }
            const Core::TokenRecord record = result.record;
            const QStringList lost = result.lostScopes;
            finish(QString());
            Q_EMIT signedIn(record.characterId, record.characterName, lost);
        });
    });
    m_flow->start();
}

void SystemBrowserSignIn::handleAuthorizationUrl(const QUrl &url)
{
    if (m_receiver && m_flow) {
        m_receiver->setExpectedState(m_flow->state()); // a forged answer gets a 400; the real one still counts
    }
    if (!m_opener(url)) {
        finish(tr("No browser could be opened. Open this address yourself to sign in: %1")
                   .arg(url.toString(QUrl::FullyEncoded)));
        return;
    }
    Q_EMIT browserOpened(url);
}

bool SystemBrowserSignIn::reopenBrowser()
{
    return m_flow && !m_flow->authorizationUrl().isEmpty() && m_opener(m_flow->authorizationUrl());
}

void SystemBrowserSignIn::cancel()
{
    m_timer->stop();
    if (m_receiver) {
        m_receiver->close();
    }
    // Deleted later: cancel() may run inside one of the flow's own signals.
    if (m_flow) {
        m_flow.release()->deleteLater();
    }
    if (m_receiver) {
        m_receiver.release()->deleteLater();
    }
}

void SystemBrowserSignIn::finish(const QString &failure)
{
    cancel();
    if (!failure.isEmpty()) {
        Q_EMIT failed(failure);
    }
}

} // namespace Esi::Ui
