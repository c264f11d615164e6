#include "sandbox/responsewriter.h"

#include <QTcpSocket>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Sandbox {

namespace {

constexpr int slowBodyChunks = 10;

} // namespace

ResponseWriter::ResponseWriter(QTcpSocket *socket, SandboxResponse response, Delivery delivery, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_response(std::move(response))
    , m_delivery(delivery)
{
    m_chunkTimer.setSingleShot(false);
    connect(&m_chunkTimer, &QTimer::timeout, this, &ResponseWriter::handleChunkDue);
}

QByteArray ResponseWriter::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK"_ba;
    case 201:
        return "Created"_ba;
    case 204:
        return "No Content"_ba;
    case 304:
        return "Not Modified"_ba;
    case 400:
        return "Bad Request"_ba;
    case 401:
        return "Unauthorized"_ba;
    case 403:
        return "Forbidden"_ba;
    case 404:
        return "Not Found"_ba;
    case 405:
        return "Method Not Allowed"_ba;
    case 420:
        return "Error Limited"_ba;
    case 429:
        return "Too Many Requests"_ba;
    case 500:
        return "Internal Server Error"_ba;
    case 502:
        return "Bad Gateway"_ba;
    case 503:
        return "Service Unavailable"_ba;
    case 504:
        return "Gateway Timeout"_ba;
    default:
        return status < 400 ? "OK"_ba : "Error"_ba;
    }
}

void ResponseWriter::start(ResponseWriter *previous)
{
    if (previous && !previous->isFinished()) {
        m_previousFinished = false;
        connect(previous, &ResponseWriter::finished, this, &ResponseWriter::handlePreviousFinished);
    }
    if (m_delivery.latencyMs > 0) {
        QTimer::singleShot(m_delivery.latencyMs, this, &ResponseWriter::handleLatencyElapsed);
    } else {
        m_latencyElapsed = true;
        writeIfReady();
    }
}

void ResponseWriter::handleLatencyElapsed()
{
    m_latencyElapsed = true;
    writeIfReady();
}

void ResponseWriter::handlePreviousFinished()
{
    m_previousFinished = true;
    writeIfReady();
}

bool ResponseWriter::socketUsable() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

void ResponseWriter::writeIfReady()
{
    if (m_started || !m_latencyElapsed || !m_previousFinished) {
        return;
    }
    m_started = true;
    if (!socketUsable()) {
        finish();
        return;
    }
    const QByteArray &body = m_response.body;
    QByteArray head =
        "HTTP/1.1 "_ba + QByteArray::number(m_response.status) + ' ' + reasonPhrase(m_response.status) + "\r\n"_ba;
    for (const auto &[name, value] : std::as_const(m_response.headers)) {
        head += name + ": "_ba + value + "\r\n"_ba;
    }
    if (m_response.status != 204 && m_response.status != 304) {
        head += "Content-Length: "_ba + QByteArray::number(body.size()) + "\r\n"_ba;
    }
    head += "\r\n"_ba;
    // Nagle would hold a small segment until the client ACKs the one before, and clients delay ACKs by up
    // to 40 ms: each answer must leave in one write, and paced chunks must leave when they are due. Qt 6.4's
    // QAbstractHttpServer only hands sockets out per request, so the option is set here.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    if (m_delivery.headersOnly || body.isEmpty()) {
        m_socket->write(head);
        finish();
    } else if (m_delivery.truncate) {
        m_socket->write(head + body.left(body.size() / 2));
        m_socket->disconnectFromHost(); // flushes what was written, then closes: the client sees a short body
        finish();
    } else if (m_delivery.slowBodyMs > 0) {
        m_socket->write(head);
        m_chunkSize = (body.size() + slowBodyChunks - 1) / slowBodyChunks;
        m_chunkTimer.start(std::max(1, m_delivery.slowBodyMs / slowBodyChunks));
    } else {
        m_socket->write(head + body); // one buffer chunk: QAbstractSocket sends each chunk with its own send()
        finish();
    }
}

void ResponseWriter::handleChunkDue()
{
    if (!socketUsable()) {
        finish();
        return;
    }
    const QByteArray chunk = m_response.body.mid(m_bodyOffset, m_chunkSize);
    m_socket->write(chunk);
    m_bodyOffset += chunk.size();
    if (m_bodyOffset >= m_response.body.size()) {
        finish();
    }
}

void ResponseWriter::finish()
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_chunkTimer.stop();
    Q_EMIT finished();
    deleteLater();
}

} // namespace Esi::Sandbox
