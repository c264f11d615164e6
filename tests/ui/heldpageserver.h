#pragma once

// A market-orders look-alike for streaming tests: /markets/<region>/orders/?page=N with X-Pages and
// Last-Modified, whose answer to one page can be held back until the test has seen what came before it.
#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>

class HeldPageServer : public QAbstractHttpServer
{
public:
    HeldPageServer(int pages, int rowsPerPage)
        : m_pages(pages)
        , m_rowsPerPage(rowsPerPage)
    {}

    quint16 start()
    {
        auto *server = new QTcpServer(this);
        if (!server->listen(QHostAddress::LocalHost, 0)) {
            delete server;
            return 0;
        }
        bind(server);
        m_port = server->serverPort();
        return m_port;
    }

    QUrl baseUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }

    // Answers to `page` wait until release(); 0 holds nothing.
    void holdPage(int page) { m_heldPage = page; }

    int heldRequests() const { return int(m_held.size()); }

    // Answers what is held, from now on with this Last-Modified (a changed one restarts the client's snapshot).
    void release(const QByteArray &lastModified = {})
    {
        if (!lastModified.isEmpty()) {
            m_lastModified = lastModified;
        }
        m_heldPage = 0;
        const QList<QPair<QPointer<QTcpSocket>, int>> held = std::exchange(m_held, {});
        for (const auto &[socket, page] : held) {
            answer(socket, page);
        }
    }

    int served() const { return m_served; }

    // Order ids are page * 100000 + row; every other row is a station order.
    static qint64 orderId(int page, int row) { return qint64(page) * 100000 + row; }

    // The exact bytes page `page` is answered with.
    QByteArray body(int page) const
    {
        QByteArray json("[");
        for (int row = 0; row < m_rowsPerPage; ++row) {
            if (row > 0) {
                json.append(',');
            }
            json.append("{\"order_id\":")
                .append(QByteArray::number(orderId(page, row)))
                .append(",\"price\":")
                .append(QByteArray::number(100.5 + row))
                .append(",\"type_id\":34,\"range\":\"")
                .append(row % 2 ? "station" : "region")
                .append("\",\"is_buy_order\":")
                .append(row % 3 ? "false" : "true")
                .append('}');
        }
        json.append(']');
        return json;
    }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        const int page = qMax(1, QUrlQuery(request.url()).queryItemValue(QStringLiteral("page")).toInt());
        if (page == m_heldPage) {
            m_held.append({QPointer<QTcpSocket>(socket), page});
        } else {
            answer(socket, page);
        }
        return true;
    }

    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        handleRequest(request, socket);
    }

private:
    void answer(const QPointer<QTcpSocket> &socket, int page)
    {
        if (!socket || socket->state() != QAbstractSocket::ConnectedState) {
            return;
        }
        const QByteArray content = page <= m_pages ? body(page) : QByteArray("{\"error\":\"page out of range\"}");
        QByteArray head(page <= m_pages ? "HTTP/1.1 200 OK\r\n" : "HTTP/1.1 404 Not Found\r\n");
        head.append("Content-Type: application/json\r\nContent-Length: ")
            .append(QByteArray::number(content.size()))
            .append("\r\nX-Pages: ")
            .append(QByteArray::number(m_pages))
            .append("\r\nLast-Modified: ")
            .append(m_lastModified)
            .append("\r\n\r\n")
            .append(content);
        socket->write(head);
        ++m_served;
    }

    int m_pages;
    int m_rowsPerPage;
    int m_heldPage = 0;
    int m_served = 0;
    quint16 m_port = 0;
    QByteArray m_lastModified = "Mon, 07 Dec 2026 00:00:00 GMT";
    QList<QPair<QPointer<QTcpSocket>, int>> m_held;
};
