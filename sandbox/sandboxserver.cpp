#include "sandbox/sandboxserver.h"

#include "sandbox/metaarea.h"
#include "sandbox/responsewriter.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Sandbox {

SandboxServer::SandboxServer(Core::SpecPtr spec, QByteArray specDocument, const SandboxOptions &options,
                             const Core::Clock &clock, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_spec(std::move(spec))
    , m_options(options)
    , m_clock(clock)
    , m_esi(std::make_unique<EsiArea>(m_spec, options, clock))
    , m_transportFaults(quint32(options.seed ^ (options.seed >> 32)) + 1)
{
    if (specDocument.isEmpty()) {
        specDocument = QJsonDocument(m_spec->root()).toJson(QJsonDocument::Compact);
    }
    m_esi->setFixedBody(u"/meta/compatibility-dates"_s, MetaArea::compatibilityDates(*m_spec));
    m_areas.push_back(std::make_unique<MetaArea>(m_spec, std::move(specDocument), clock));
}

SandboxServer::~SandboxServer() = default;

quint16 SandboxServer::start()
{
    auto *tcpServer = new QTcpServer(this);
    if (!tcpServer->listen(m_options.host, m_options.port)) {
        m_errorString = u"cannot listen on "_s + m_options.host.toString() + u':' + QString::number(m_options.port) +
                        u": "_s + tcpServer->errorString();
        delete tcpServer;
        return 0;
    }
    bind(tcpServer);
    m_port = tcpServer->serverPort();
    return m_port;
}

QUrl SandboxServer::baseUrl() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(m_options.host.toString());
    url.setPort(m_port);
    return url;
}

void SandboxServer::addArea(std::unique_ptr<SandboxArea> area)
{
    m_areas.push_back(std::move(area));
}

void SandboxServer::setCallerResolver(EsiArea::CallerResolver resolver)
{
    m_esi->setCallerResolver(std::move(resolver));
}

void SandboxServer::setAccessChecker(EsiArea::AccessChecker checker)
{
    m_esi->setAccessChecker(std::move(checker));
}

SandboxResponse SandboxServer::answer(const SandboxRequest &request)
{
    std::optional<SandboxResponse> response;
    for (const std::unique_ptr<SandboxArea> &area : m_areas) {
        if ((response = area->respond(request))) {
            break;
        }
    }
    if (!response) {
        response = m_esi->respond(request).value_or(SandboxResponse::error(404, u"Not found"_s));
    }
    if (request.hasHeader("x-compatibility-date"_ba)) {
        response->setHeader("X-Compatibility-Date"_ba, request.header("x-compatibility-date"_ba));
    }
    return std::move(*response);
}

SandboxRequest SandboxServer::copyRequest(const QHttpServerRequest &request)
{
    SandboxRequest copy;
    const char *method = QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(request.method()));
    copy.method = QString::fromLatin1(method ? method : "Unknown").toUpper();
    const QUrl url = request.url();
    copy.path = url.path(QUrl::FullyEncoded);
    copy.query = QUrlQuery(url);
    const auto headers = request.headers();
    for (const auto &[name, value] : headers) {
        copy.headers.insert(name.toLower(), value);
    }
    copy.body = request.body();
    copy.remoteAddress = request.remoteAddress().toString();
    return copy;
}

Delivery SandboxServer::deliveryFor(const SandboxRequest &request, const SandboxResponse &response)
{
    Delivery delivery;
    delivery.latencyMs = m_options.latencyMs;
    delivery.slowBodyMs = m_options.slowBodyMs;
    delivery.headersOnly = request.method == u"HEAD"_s;
    delivery.truncate = response.status == 200 && response.body.size() >= 2 && m_options.truncateRate > 0 &&
                        m_transportFaults.generateDouble() < m_options.truncateRate;
    return delivery;
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const qint64 startedMs = QDateTime::currentMSecsSinceEpoch();
    const SandboxRequest copy = copyRequest(request);
    SandboxResponse response = answer(copy);
    response.setHeader("Date"_ba, SandboxResponse::httpDate(m_clock.now()));
    Delivery delivery = deliveryFor(copy, response);
    // The latency counts from the request's arrival, so time spent generating a big page is part of it
    // rather than added on top (concurrent requests then finish close to one latency apart).
    delivery.latencyMs =
        int(std::max<qint64>(0, delivery.latencyMs - (QDateTime::currentMSecsSinceEpoch() - startedMs)));

    const QString target = copy.path + (copy.query.isEmpty() ? QString() : u'?' + copy.query.toString());
    // With --verbose the log names whose token an authed request carried: tests check what the server received.
    const QString caller = m_options.verbose && copy.hasHeader("authorization"_ba) ? m_esi->callerOf(copy) : QString();
    Q_EMIT requestReceived(copy.method, target);
    auto *writer = new ResponseWriter(socket, std::move(response), delivery, this);
    connect(writer, &ResponseWriter::finished, this,
            [this, writer, socket, method = copy.method, target, caller, startedMs] {
                handleWriterFinished(writer, socket, method, target, caller, startedMs);
            });
    ResponseWriter *previous = m_lastWriter.value(socket);
    if (previous && !previous->writesTo(socket)) {
        previous = nullptr; // an earlier connection that lived at the same address
    }
    m_lastWriter.insert(socket, writer);
    writer->start(previous);
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    handleRequest(request, socket); // never reached: handleRequest answers everything
}

void SandboxServer::handleWriterFinished(ResponseWriter *writer, QTcpSocket *socket, const QString &method,
                                         const QString &target, const QString &caller, qint64 startedMs)
{
    if (m_lastWriter.value(socket) == writer) {
        m_lastWriter.remove(socket); // the socket pointer is only a key here; it may be gone already
    }
    const int status = writer->response().status;
    if (m_options.verbose) {
        QTextStream(stderr) << method << ' ' << target << " -> " << status << ' ' << writer->response().body.size()
                            << " B " << (QDateTime::currentMSecsSinceEpoch() - startedMs) << " ms"
                            << (caller.isEmpty() ? QString() : u" as "_s + caller) << Qt::endl;
    }
    Q_EMIT responseWritten(method, target, status);
}

} // namespace Esi::Sandbox
