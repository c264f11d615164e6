#include "bench/mockesiserver.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QLocale>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Bench {

namespace {

constexpr qsizetype maxRequestHead = 16 * 1024;
constexpr qsizetype maxRequestBody = 1024 * 1024; // POST /universe/names: 1,000 IDs are ~12 KB

QByteArray httpDate(const QDateTime &time)
{
    return QLocale::c().toString(time.toUTC(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s).toLatin1();
}

QByteArray headerValue(const QByteArray &head, QByteArrayView name)
{
    for (const QByteArray &line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && QByteArrayView(line).first(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0) {
            return line.mid(colon + 1).trimmed();
        }
    }
    return {};
}

// "/latest/markets/10000002/orders/" or "/markets/10000002/orders": true for a market orders path.
bool isOrdersPath(const QByteArray &path)
{
    QList<QByteArray> parts = path.split('/');
    parts.removeAll(QByteArray());
    if (!parts.isEmpty() && parts.constFirst() == "latest") {
        parts.removeFirst();
    }
    bool numeric = false;
    return parts.size() == 3 && parts.at(0) == "markets" && parts.at(2) == "orders" &&
           (parts.at(1).toLongLong(&numeric), numeric);
}

// "/latest/universe/names/" or "/universe/names": the names of IDs, as ESI answers them.
bool isNamesPath(const QByteArray &path)
{
    QList<QByteArray> parts = path.split('/');
    parts.removeAll(QByteArray());
    if (!parts.isEmpty() && parts.constFirst() == "latest") {
        parts.removeFirst();
    }
    return parts == QList<QByteArray>{"universe", "names"};
}

// ESI's answer shape for POST /universe/names: a category by ID range (enough for the names of an order book).
QByteArray namesOf(const QByteArray &body)
{
    QByteArray out = "[";
    for (const QByteArray &word : body.mid(1, body.size() - 2).split(',')) {
        bool ok = false;
        const qint64 id = word.trimmed().toLongLong(&ok);
        if (!ok) {
            return {};
        }
        const char *category = id >= 30000000 && id < 33000000   ? "solar_system"
                               : id >= 60000000 && id < 64000000 ? "station"
                                                                 : "inventory_type";
        out += (out.size() > 1 ? "," : "") + QByteArray(R"({"category":")") + category + R"(","id":)" +
               QByteArray::number(id) + R"(,"name":"Mock )" + QByteArray::number(id) + R"("})";
    }
    return out + ']';
}

} // namespace

MockEsiServer::MockEsiServer(Options options, QObject *parent)
    : QTcpServer(parent)
    , m_options(options)
    , m_lastModified(QDateTime::currentDateTimeUtc().addSecs(-5))
{
    for (int page = 1; page <= m_options.pages; ++page) {
        m_bodies.append(makePage(page, m_options.ordersPerPage));
        m_etags.append('"' + QCryptographicHash::hash(m_bodies.constLast(), QCryptographicHash::Sha1).toHex() + '"');
    }
}

bool MockEsiServer::start(quint16 port)
{
    connect(this, &QTcpServer::newConnection, this, &MockEsiServer::handleConnection);
    return listen(QHostAddress::LocalHost, port);
}

qint64 MockEsiServer::bodyBytes() const
{
    qint64 bytes = 0;
    for (const QByteArray &body : m_bodies) {
        bytes += body.size();
    }
    return bytes;
}

// Orders as ESI writes them: keys sorted, ISO dates, prices with cents.
QByteArray MockEsiServer::makePage(int page, int orders)
{
    QRandomGenerator random(quint32(page) * 7919u);
    static const char *const ranges[] = {"region", "station", "solarsystem", "1", "5", "10", "20"};
    static const qint64 locations[] = {60003760, 60008494, 60011866, 60004588, 1028858195912};
    QByteArray body = "[";
    body.reserve(qsizetype(orders) * 260);
    for (int i = 0; i < orders; ++i) {
        const qint64 orderId = 6000000000LL + qint64(page) * 100000 + i;
        const bool buy = random.bounded(2) == 1;
        const int total = 1 + int(random.bounded(100000));
        const QDateTime issued =
            QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC).addSecs(qint64(random.bounded(30 * 86400)));
        if (i > 0) {
            body += ',';
        }
        body += "{\"duration\":" + QByteArray::number(buy ? 90 : 30) + ",\"is_buy_order\":" + (buy ? "true" : "false") +
                ",\"issued\":\"" + issued.toString(Qt::ISODate).toLatin1() +
                "\",\"location_id\":" + QByteArray::number(locations[random.bounded(5)]) +
                ",\"min_volume\":1,\"order_id\":" + QByteArray::number(orderId) +
                ",\"price\":" + QByteArray::number(double(random.bounded(10000000)) / 100.0, 'f', 2) + ",\"range\":\"" +
                ranges[random.bounded(7)] + "\",\"system_id\":" + QByteArray::number(30000142 + random.bounded(40)) +
                ",\"type_id\":" + QByteArray::number(18 + random.bounded(60000)) +
                ",\"volume_remain\":" + QByteArray::number(1 + random.bounded(total)) +
                ",\"volume_total\":" + QByteArray::number(total) + '}';
    }
    body += ']';
    return body;
}

void MockEsiServer::handleConnection()
{
    while (QTcpSocket *socket = nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { handleReadyRead(socket); });
    }
}

void MockEsiServer::handleReadyRead(QTcpSocket *socket)
{
    // One request at a time per connection: the next is read once the answer to this one went out.
    if (socket->property("busy").toBool()) {
        return;
    }
    QByteArray pending = socket->property("pending").toByteArray() + socket->readAll();
    const qsizetype end = pending.indexOf("\r\n\r\n");
    if (end < 0) {
        if (pending.size() > maxRequestHead) {
            socket->abort();
            return;
        }
        socket->setProperty("pending", pending);
        return;
    }
    const QByteArray head = pending.left(end);
    // A request's body (POST /universe/names) is read whole before the answer, so it is never taken for the
    // next request's head on a kept-alive connection.
    bool lengthOk = true;
    const QByteArray lengthText = headerValue(head, "Content-Length");
    const qsizetype length = lengthText.isEmpty() ? 0 : lengthText.toLongLong(&lengthOk);
    if (!lengthOk || length < 0 || length > maxRequestBody) {
        socket->abort();
        return;
    }
    if (pending.size() - (end + 4) < length) {
        socket->setProperty("pending", pending);
        return;
    }
    const QByteArray body = pending.mid(end + 4, length);
    socket->setProperty("pending", pending.mid(end + 4 + length));
    socket->setProperty("busy", true);
    ++m_requests;
    const auto reply = std::make_shared<Answer>(answer(head, body));
    const bool close = headerValue(head, "Connection").compare("close", Qt::CaseInsensitive) == 0;
    QPointer<QTcpSocket> target(socket);
    QTimer::singleShot(m_options.latencyMs, this, [this, target, reply, close] {
        if (!target) {
            return;
        }
        QByteArray out = "HTTP/1.1 " + reply->status + "\r\n" + reply->headers +
                         "Date: " + httpDate(QDateTime::currentDateTimeUtc()) +
                         "\r\nContent-Length: " + QByteArray::number(reply->body.size()) + "\r\n" +
                         (close ? "Connection: close\r\n" : "") + "\r\n";
        target->write(out);
        target->write(reply->body);
        if (close) {
            target->disconnectFromHost();
            return;
        }
        target->setProperty("busy", false);
        if (!target->property("pending").toByteArray().isEmpty() || target->bytesAvailable() > 0) {
            handleReadyRead(target);
        }
    });
}

MockEsiServer::Answer MockEsiServer::answer(const QByteArray &head, const QByteArray &body) const
{
    const QByteArray requestLine = head.left(head.indexOf("\r\n"));
    const QList<QByteArray> words = requestLine.split(' ');
    const QByteArray target = words.size() == 3 ? words.at(1) : QByteArray();
    const qsizetype question = target.indexOf('?');
    const QByteArray path = question < 0 ? target : target.left(question);
    const QUrlQuery query(QString::fromLatin1(question < 0 ? QByteArray() : target.mid(question + 1)));
    const QByteArray json = "Content-Type: application/json; charset=UTF-8\r\n";
    if (words.size() == 3 && words.at(0) == "POST" && isNamesPath(path)) {
        const QByteArray names = body.startsWith('[') && body.endsWith(']') ? namesOf(body) : QByteArray();
        if (names.isEmpty()) {
            return {"400 Bad Request", json, R"({"error":"Invalid ID in the body"})"};
        }
        return {"200 OK", json, names};
    }
    if (words.size() != 3 || words.at(0) != "GET" || !isOrdersPath(path)) {
        return {"404 Not Found", json, R"({"error":"Not found"})"};
    }
    const QString pageText = query.queryItemValue(u"page"_s);
    bool ok = pageText.isEmpty();
    const int page = pageText.isEmpty() ? 1 : pageText.toInt(&ok);
    if (!ok || page < 1 || page > m_options.pages) {
        return {"404 Not Found", json, R"({"error":"Requested page does not exist!"})"};
    }
    const QByteArray etag = m_etags.at(page - 1);
    const QByteArray headers =
        "Cache-Control: public\r\nETag: " + etag +
        "\r\nExpires: " + httpDate(QDateTime::currentDateTimeUtc().addSecs(m_options.expiresSeconds)) +
        "\r\nLast-Modified: " + httpDate(m_lastModified) + "\r\nX-Pages: " + QByteArray::number(m_options.pages) +
        "\r\nX-Esi-Error-Limit-Remain: 100\r\nX-Esi-Error-Limit-Reset: 60\r\n";
    if (headerValue(head, "If-None-Match") == etag) {
        return {"304 Not Modified", headers, QByteArray()};
    }
    return {"200 OK", json + headers, m_bodies.at(page - 1)};
}

} // namespace Esi::Bench
