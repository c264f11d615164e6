#pragma once

#include "sandbox/sandboxresponse.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QTcpSocket;

namespace Esi::Sandbox {

// How an answer travels: the transport half of the fault knobs.
struct Delivery
{
    int latencyMs = 0;        // wait before the status line, on a timer so other requests overlap
    int slowBodyMs = 0;       // spread the body over this long, in chunks
    bool truncate = false;    // announce the full Content-Length, send half the body, close the connection
    bool headersOnly = false; // HEAD: the headers of the GET answer, no body
};

// Writes one answer to a connection. The status line and headers are written by hand rather than with
// QHttpServerResponder: Qt 6.4 looks reason phrases up in a table without 420 (std::map::at throws), and
// truncated or paced bodies need the raw socket anyway. Answers on one keep-alive connection are written
// in request order even when their latencies differ.
class ResponseWriter : public QObject
{
    Q_OBJECT

public:
    ResponseWriter(QTcpSocket *socket, SandboxResponse response, Delivery delivery, QObject *parent = nullptr);

    // Starts the latency timer; writes once it elapsed and `previous` (may be null) has finished.
    void start(ResponseWriter *previous);

    const SandboxResponse &response() const { return m_response; }

    bool isFinished() const { return m_finished; }

    bool writesTo(const QTcpSocket *socket) const { return m_socket == socket; }

    static QByteArray reasonPhrase(int status);

Q_SIGNALS:
    void finished(); // written (or the connection went away); the writer deletes itself afterwards

private:
    void handleLatencyElapsed();
    void handlePreviousFinished();
    void handleChunkDue();
    void writeIfReady();
    void finish();
    bool socketUsable() const;

    QPointer<QTcpSocket> m_socket;
    SandboxResponse m_response;
    Delivery m_delivery;
    bool m_latencyElapsed = false;
    bool m_previousFinished = true;
    bool m_started = false;
    bool m_finished = false;
    qsizetype m_bodyOffset = 0;
    qsizetype m_chunkSize = 0;
    QTimer m_chunkTimer;
};

} // namespace Esi::Sandbox
