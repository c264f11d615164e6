#pragma once

#include "core/http/rawheaders.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QMetaEnum>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>
#include <functional>

// A tiny HTTP/1.1 server for the cases esi-sandbox does not script (a 502 then a 200, a 420 with a given
// reset, a Warning header, ...): the test's handler decides every answer, and every request is recorded
// with its arrival time so tests count what reached the server.
class ScriptedServer : public QAbstractHttpServer
{
public:
    struct Request
    {
        QString method;
        QString path;
        QUrlQuery query;
        QHash<QByteArray, QByteArray> headers; // names lower-cased
        QByteArray body;
        qint64 atMs = 0; // since the server started

        QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    };

    struct Reply
    {
        int status = 200;
        Esi::Core::RawHeaders headers;
        QByteArray body = "[]";
        int delayMs = 0;
        bool cutShort = false; // promise more body than is sent, then close the connection
    };

    using Handler = std::function<Reply(const Request &)>;

    explicit ScriptedServer(Handler handler = {})
        : m_handler(std::move(handler))
    {
        m_clock.start();
    }

    // 127.0.0.1 unless told otherwise (127.0.0.2 plays "another server" in redirect tests).
    quint16 start(const QHostAddress &host = QHostAddress(QHostAddress::LocalHost))
    {
        auto *server = new QTcpServer(this);
        if (!server->listen(host, 0)) {
            delete server;
            return 0;
        }
        bind(server);
        m_host = host.toString();
        m_port = server->serverPort();
        return m_port;
    }

    QUrl baseUrl() const { return QUrl(QStringLiteral("http://%1:%2").arg(m_host).arg(m_port)); }

    void setHandler(Handler handler) { m_handler = std::move(handler); }

    qint64 elapsedMs() const { return m_clock.elapsed(); }

    QList<Request> requests;
    int inFlight = 0;
    int maxInFlight = 0;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        Request seen;
        const char *method = QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(request.method()));
        seen.method = QString::fromLatin1(method ? method : "Unknown").toUpper();
        seen.path = request.url().path();
        seen.query = QUrlQuery(request.url());
        const auto headers = request.headers();
        for (const auto &[name, value] : headers) {
            seen.headers.insert(name.toLower(), value);
        }
        seen.body = request.body();
        seen.atMs = m_clock.elapsed();
        requests.append(seen);
        ++inFlight;
        maxInFlight = std::max(maxInFlight, inFlight);

        Reply reply = m_handler ? m_handler(seen) : Reply();
        if (reply.status == 304) {
            reply.body.clear(); // a 304 never has a body
        }
        QPointer<QTcpSocket> target(socket);
        auto write = [this, target, reply] {
            --inFlight;
            if (!target || target->state() != QAbstractSocket::ConnectedState) {
                return;
            }
            QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + " Scripted\r\n";
            head += "Content-Length: " + QByteArray::number(reply.body.size() + (reply.cutShort ? 100 : 0)) + "\r\n";
            if (!Esi::Core::hasHeader(reply.headers, "Content-Type")) {
                head += "Content-Type: application/json\r\n";
            }
            for (const auto &[name, value] : reply.headers) {
                head += name + ": " + value + "\r\n";
            }
            target->write(head + "\r\n" + reply.body);
            if (reply.cutShort) {
                target->disconnectFromHost();
            }
        };
        if (reply.delayMs > 0) {
            QTimer::singleShot(reply.delayMs, this, write);
        } else {
            write();
        }
        return true;
    }

    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        handleRequest(request, socket);
    }

private:
    Handler m_handler;
    QElapsedTimer m_clock;
    QString m_host = QStringLiteral("127.0.0.1");
    quint16 m_port = 0;
};
