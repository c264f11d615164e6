#pragma once

#include <QObject>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

namespace Esi::Core {

// Catches the SSO's redirect when the sign-in runs in the system browser: a tiny HTTP listener on
// 127.0.0.1 only (never on other interfaces), at the callback URL's port (0 = any free port; then use
// callbackUrl() as the flow's redirect URI). Answers the browser with a short page and hands the full
// callback URL to whoever drives the SsoFlow.
class LoopbackReceiver : public QObject
{
    Q_OBJECT

public:
    explicit LoopbackReceiver(QObject *parent = nullptr);
    ~LoopbackReceiver() override;

    // False with `error` when the URL is not an http://localhost or 127.0.0.1 URL, or the port is taken.
    bool listen(const QUrl &callbackUrl, QString *error);

    void close();

    bool isListening() const;

    // The callback URL with the port actually listened on.
    QUrl callbackUrl() const { return m_callbackUrl; }

    // The `state` of the sign-in being waited for (SsoFlow::state()). Once set, a callback without it (a
    // forged or stale one, from any local program or web page) is answered 400 and not handed on, and the
    // receiver keeps waiting for the real answer. Empty: every callback is handed on.
    void setExpectedState(const QByteArray &state) { m_expectedState = state; }

Q_SIGNALS:
    void callbackReceived(const QUrl &url);

private:
    void handleNewConnection();
    void handleReadyRead(QTcpSocket *socket);
    static void respond(QTcpSocket *socket, int status, const QByteArray &reason, const QByteArray &html);

    QTcpServer *m_server = nullptr;
    QUrl m_callbackUrl;
    QByteArray m_expectedState;
};

} // namespace Esi::Core
