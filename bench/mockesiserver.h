#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QTcpServer>

class QTcpSocket;

namespace Esi::Bench {

// A deliberately small ESI look-alike for benchmarks, independent of esi-sandbox (whose code the product
// tests exercise): plain HTTP/1.1 with keep-alive on QTcpServer, serving only the market orders of a
// region, `/markets/<region>/orders/?page=N` (with or without a `/latest` prefix), like ESI does:
// X-Pages, ETag, Last-Modified, Expires, Date, a 304 to a matching If-None-Match, and a fixed latency
// before each answer. Bodies are made once at start (realistic order JSON, ~250 bytes an order).
class MockEsiServer : public QTcpServer
{
public:
    struct Options
    {
        int pages = 300;
        int ordersPerPage = 1000;
        int latencyMs = 50;
        int expiresSeconds = 300;
    };

    explicit MockEsiServer(Options options, QObject *parent = nullptr);

    bool start(quint16 port);

    qint64 bodyBytes() const; // all pages together

    int requests() const { return m_requests; }

private:
    struct Answer
    {
        QByteArray status;
        QByteArray headers; // each line ending in CRLF
        QByteArray body;
    };

    void handleConnection();
    void handleReadyRead(QTcpSocket *socket);
    Answer answer(const QByteArray &head, const QByteArray &body) const;
    static QByteArray makePage(int page, int orders);

    Options m_options;
    QList<QByteArray> m_bodies;
    QList<QByteArray> m_etags;
    QDateTime m_lastModified;
    int m_requests = 0;
};

} // namespace Esi::Bench
