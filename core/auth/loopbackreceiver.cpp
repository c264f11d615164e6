#include "core/auth/loopbackreceiver.h"

#include "core/auth/authlogging.h"

#include <QCoreApplication>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

namespace {

constexpr qsizetype maxRequestBytes = 16 * 1024;

QString normalizedPath(const QString &path)
{
    return path.isEmpty() ? u"/"_s : path;
}

} // namespace

LoopbackReceiver::LoopbackReceiver(QObject *parent)
    : QObject(parent)
{}

LoopbackReceiver::~LoopbackReceiver() = default;

bool LoopbackReceiver::listen(const QUrl &callbackUrl, QString *error)
{
    close();
    const QString host = callbackUrl.host().toLower();
    if (callbackUrl.scheme() != "http"_L1 || (host != "127.0.0.1"_L1 && host != "localhost"_L1)) {
        *error = QCoreApplication::translate(
                     "Esi::Core::LoopbackReceiver",
                     "The callback URL %1 is not an http://127.0.0.1 or http://localhost address, so the browser's "
                     "answer cannot be caught here. Register such a callback URL (for example %2) with the application "
                     "and set it in the settings.")
                     .arg(callbackUrl.toString(), u"http://127.0.0.1:8182/callback"_s);
        return false;
    }
    const int port = callbackUrl.port(0);
    m_server = new QTcpServer(this);
    if (!m_server->listen(QHostAddress::LocalHost, quint16(port))) {
        *error = QCoreApplication::translate(
                     "Esi::Core::LoopbackReceiver",
                     "Cannot listen for the sign-in answer on 127.0.0.1:%1: %2. Close the program using that port or "
                     "register another callback port.")
                     .arg(port)
                     .arg(m_server->errorString());
        delete m_server;
        m_server = nullptr;
        return false;
    }
    m_callbackUrl = callbackUrl;
    m_callbackUrl.setPort(m_server->serverPort());
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackReceiver::handleNewConnection);
    qCInfo(lcEsiAuth) << "Waiting for the sign-in answer on" << m_callbackUrl.toString();
    return true;
}

void LoopbackReceiver::close()
{
    if (m_server) {
        m_server->close();
        m_server->deleteLater();
        m_server = nullptr;
    }
}

bool LoopbackReceiver::isListening() const
{
    return m_server && m_server->isListening();
}

void LoopbackReceiver::handleNewConnection()
{
    while (m_server && m_server->hasPendingConnections()) {
        QTcpSocket *socket = m_server->nextPendingConnection();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { handleReadyRead(socket); });
        // A client that never finishes its request must not hold the socket forever.
        QTimer::singleShot(10000, socket, [socket] { socket->abort(); });
    }
}

void LoopbackReceiver::handleReadyRead(QTcpSocket *socket)
{
    const QByteArray received = socket->peek(maxRequestBytes + 1);
    const qsizetype headerEnd = received.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (received.size() > maxRequestBytes) {
            respond(socket, 431, "Request Header Fields Too Large", "<p>Request too large.</p>");
        }
        return;
    }
    socket->readAll();
    const QList<QByteArray> requestLine = received.left(received.indexOf("\r\n")).split(' ');
    if (requestLine.size() != 3 || requestLine.at(0) != "GET") {
        respond(socket, 405, "Method Not Allowed", "<p>Only GET is served here.</p>");
        return;
    }
    const QUrl target = QUrl::fromEncoded(requestLine.at(1), QUrl::StrictMode);
    if (!target.isValid() || normalizedPath(target.path()) != normalizedPath(m_callbackUrl.path())) {
        respond(socket, 404, "Not Found", "<p>Not found.</p>");
        return;
    }
    QUrl callback = m_callbackUrl;
    callback.setQuery(target.query(QUrl::FullyEncoded), QUrl::StrictMode);
    if (!m_expectedState.isEmpty() &&
        QUrlQuery(callback).queryItemValue(u"state"_s, QUrl::FullyDecoded).toLatin1() != m_expectedState) {
        qCWarning(lcEsiAuth) << "Refused a sign-in answer whose state is not this sign-in's; still waiting";
        respond(socket, 400, "Bad Request",
                "<h1>ESI Studio</h1><p>This sign-in answer does not belong to the sign-in ESI Studio is waiting for, "
                "so it was ignored. Finish the sign-in in the window ESI Studio opened.</p>");
        return;
    }
    respond(socket, 200, "OK",
            "<h1>ESI Studio</h1><p>The sign-in answer was received. You can close this window and return to "
            "ESI Studio.</p>");
    Q_EMIT callbackReceived(callback);
}

void LoopbackReceiver::respond(QTcpSocket *socket, int status, const QByteArray &reason, const QByteArray &html)
{
    const QByteArray body = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>ESI Studio sign-in</title>"
                            "</head><body>" +
                            html + "</body></html>";
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    response += "Content-Type: text/html; charset=utf-8\r\n";
    response += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    // The page must not be cached: its URL carries the one-time code.
    response += "Cache-Control: no-store\r\nConnection: close\r\n\r\n";
    response += body;
    socket->write(response);
    socket->disconnectFromHost();
}

} // namespace Esi::Core
