#pragma once

#include "core/clock.h"
#include "core/spec/spec.h"
#include "sandbox/esiarea.h"
#include "sandbox/responsewriter.h"
#include "sandbox/sandboxarea.h"
#include "sandbox/sandboxoptions.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QPointer>
#include <QRandomGenerator>
#include <QUrl>
#include <memory>
#include <vector>

class QTcpSocket;

namespace Esi::Sandbox {

// The local ESI: HTTP/1.1 on QAbstractHttpServer (Qt parses requests and keeps connections), the answers
// from areas asked in order (meta endpoints, areas added with addArea, then every spec operation), and
// the transport knobs (latency, slow and truncated bodies) applied while writing. Everything runs on the
// calling thread's event loop; latency uses timers, so concurrent requests overlap.
class SandboxServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    // `specDocument`: the bytes /meta/openapi.json serves (the spec's own JSON when empty).
    SandboxServer(Core::SpecPtr spec, QByteArray specDocument, const SandboxOptions &options, const Core::Clock &clock,
                  QObject *parent = nullptr);
    ~SandboxServer() override;

    // Listens on options().host and options().port; returns the port, 0 on failure (see errorString()).
    quint16 start();

    quint16 port() const { return m_port; }

    QUrl baseUrl() const; // "http://127.0.0.1:PORT"

    QString errorString() const { return m_errorString; }

    const SandboxOptions &options() const { return m_options; }

    Core::SpecPtr spec() const { return m_spec; }

    // Areas added here are asked after the meta endpoints and before the ESI routes (e.g. the SSO simulator).
    void addArea(std::unique_ptr<SandboxArea> area);
    // Maps an authenticated request to its caller for bucket accounting (the SSO simulator installs the
    // JWT subject here); the default keys on the bearer token itself.
    void setCallerResolver(EsiArea::CallerResolver resolver);
    // Guards the authed operations (the SSO simulator checks Bearer tokens and scopes here); none by default.
    void setAccessChecker(EsiArea::AccessChecker checker);

    // Answers a request without the network or transport knobs (what the areas say).
    SandboxResponse answer(const SandboxRequest &request);

Q_SIGNALS:
    void requestReceived(const QString &method, const QString &target);             // answered after any latency
    void responseWritten(const QString &method, const QString &target, int status); // or dropped: client gone

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    static SandboxRequest copyRequest(const QHttpServerRequest &request);
    Delivery deliveryFor(const SandboxRequest &request, const SandboxResponse &response);
    void handleWriterFinished(ResponseWriter *writer, QTcpSocket *socket, const QString &method, const QString &target,
                              const QString &caller, qint64 startedMs);

    Core::SpecPtr m_spec;
    SandboxOptions m_options;
    const Core::Clock &m_clock;
    std::vector<std::unique_ptr<SandboxArea>> m_areas; // asked before m_esi
    std::unique_ptr<EsiArea> m_esi;
    QRandomGenerator m_transportFaults;
    QHash<QTcpSocket *, QPointer<ResponseWriter>> m_lastWriter; // per connection, to keep answers in order
    quint16 m_port = 0;
    QString m_errorString;
};

} // namespace Esi::Sandbox
