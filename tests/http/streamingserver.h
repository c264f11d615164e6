#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

// A raw HTTP/1.1 server that answers every request with one status line, the given headers and a body of
// `bodyBytes` bytes made on the fly, written only as fast as the client reads it. Its own memory stays
// small whatever the size, so a test sees what the client does with an endless or huge answer, and counts
// how much of it went out before the client hung up.
class StreamingServer : public QTcpServer
{
public:
    QByteArray statusLine = "HTTP/1.1 200 OK";
    QByteArray headers = "Content-Type: application/json\r\n"; // each line ending in CRLF
    qint64 bodyBytes = 0;
    bool announceLength = true; // Content-Length; otherwise the body ends when the connection closes
    char fill = ' ';            // the body: '[' then fill bytes (a JSON array that never closes)

    qint64 bytesSent = 0; // body bytes handed to the socket, all connections
    int requests = 0;

    quint16 start()
    {
        connect(this, &QTcpServer::newConnection, this, &StreamingServer::handleConnection);
        return listen(QHostAddress::LocalHost, 0) ? serverPort() : 0;
    }

    QUrl baseUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort())); }

private:
    static constexpr qint64 chunk = 64 * 1024;
    static constexpr qint64 backlog = 256 * 1024; // written but not yet taken by the kernel

    void handleConnection()
    {
        while (QTcpSocket *socket = nextPendingConnection()) {
            auto request = std::make_shared<QByteArray>();
            auto remaining = std::make_shared<qint64>(-1); // -1: request not complete yet
            QPointer<QTcpSocket> target(socket);
            const auto pump = [this, target, remaining] {
                while (target && *remaining > 0 && target->bytesToWrite() < backlog) {
                    QByteArray piece(std::min(chunk, *remaining), fill);
                    if (bytesSent == 0 && !piece.isEmpty()) {
                        piece[0] = '[';
                    }
                    target->write(piece);
                    *remaining -= piece.size();
                    bytesSent += piece.size();
                }
                if (target && *remaining == 0) {
                    *remaining = -2;
                    target->disconnectFromHost();
                }
            };
            connect(socket, &QTcpSocket::readyRead, this, [this, target, request, remaining, pump] {
                request->append(target->readAll());
                if (*remaining != -1 || !request->contains("\r\n\r\n")) {
                    return;
                }
                ++requests;
                QByteArray head = statusLine + "\r\n" + headers;
                if (announceLength) {
                    head += "Content-Length: " + QByteArray::number(bodyBytes) + "\r\n";
                }
                head += "Connection: close\r\n\r\n";
                target->write(head);
                *remaining = bodyBytes;
                pump();
            });
            connect(socket, &QTcpSocket::bytesWritten, this, pump);
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    }
};
