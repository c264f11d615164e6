#include "ui/run/callrunner.h"

#include "core/clock.h"
#include "core/fanout/fanoutmerge.h"
#include "core/fanout/fanoutrun.h"
#include "core/http/esicall.h"
#include "core/http/esiclient.h"

#include <QtConcurrent/QtConcurrentRun>

namespace Esi::Ui {

CallRunner::CallRunner(Core::EsiClient *client, const Core::Clock &clock, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_clock(clock)
{}

CallRunner::~CallRunner()
{
    if (m_call) {
        m_call->disconnect(this);
        m_call->cancel();
        m_call->deleteLater();
    }
    if (m_fanOut) {
        m_fanOut->disconnect(this);
        delete m_fanOut; // cancels its calls
    }
    if (m_decoder) {
        m_decoder->disconnect(this);
        m_decoder->waitForFinished();
    }
}

void CallRunner::start(const Core::CallRequest &request)
{
    if (m_running) {
        cancel();
    }
    m_request = request;
    m_startedAt = m_clock.now();
    m_running = true;
    m_call = m_client->call(request.spec, request.operationId, request.values, request.options);
    connect(m_call, &Core::EsiCall::progressChanged, this, &CallRunner::progressChanged);
    connect(m_call, &Core::EsiCall::waiting, this, &CallRunner::waiting);
    connect(m_call, &Core::EsiCall::finished, this, &CallRunner::handleCallFinished);
    Q_EMIT started(m_request);
}

void CallRunner::startFanOut(const Core::CallRequest &request, const QList<Core::FanOutItem> &items)
{
    if (m_running) {
        cancel();
    }
    m_request = request;
    m_startedAt = m_clock.now();
    m_running = true;
    m_fanOut = new Core::FanOutRun(m_client, request.spec, request.operationId, items, request.options,
                                   request.options.concurrency, this);
    connect(m_fanOut, &Core::FanOutRun::progressChanged, this, &CallRunner::fanOutProgressChanged);
    connect(m_fanOut, &Core::FanOutRun::itemStarted, this,
            [this](int, Core::EsiCall *call) { connect(call, &Core::EsiCall::waiting, this, &CallRunner::waiting); });
    connect(m_fanOut, &Core::FanOutRun::finished, this, &CallRunner::handleFanOutFinished, Qt::QueuedConnection);
    Q_EMIT started(m_request);
    Q_EMIT fanOutProgressChanged(0, 0, int(items.size()));
    m_fanOut->start();
}

void CallRunner::handleFanOutFinished()
{
    Core::FanOutRun *run = m_fanOut;
    if (!run || sender() != run) {
        return;
    }
    auto outcome = std::make_shared<Core::CallOutcome>();
    outcome->request = m_request;
    outcome->result = Core::FanOutMerge::result(run->outcomes(), run->statistics());
    outcome->failures = Core::FanOutMerge::failures(run->outcomes());
    outcome->fanOutItems = int(run->outcomes().size());
    outcome->baseUrl = m_client->settings().baseUrl;
    outcome->startedAt = m_startedAt;
    m_fanOut = nullptr;
    run->deleteLater();
    decode(std::move(outcome));
}

void CallRunner::cancel()
{
    if (!m_running) {
        return;
    }
    if (m_fanOut) {
        m_fanOut->cancel(); // finishes every item, then `finished`, handled above
        return;
    }
    if (m_call) {
        m_call->cancel(); // emits finished (Cancelled), handled below
        return;
    }
    if (m_decoder) {
        // Decoding cannot be interrupted; its result is dropped and the outcome reports the pages only.
        m_decoder->disconnect(this);
        m_decoder->deleteLater();
        m_decoder = nullptr;
        std::shared_ptr<Core::CallOutcome> outcome = std::move(m_pending);
        outcome->result.error = Core::CallError::Cancelled;
        outcome->result.message = tr("Cancelled while decoding the rows.");
        finish(std::move(outcome));
    }
}

void CallRunner::handleCallFinished()
{
    Core::EsiCall *call = m_call;
    if (!call || sender() != call) {
        return;
    }
    auto outcome = std::make_shared<Core::CallOutcome>();
    outcome->request = m_request;
    outcome->result = call->result();
    outcome->baseUrl = m_client->settings().baseUrl;
    outcome->startedAt = m_startedAt;
    m_call = nullptr;
    call->deleteLater();
    decode(std::move(outcome));
}

void CallRunner::decode(std::shared_ptr<Core::CallOutcome> outcome)
{
    if (outcome->result.pages.isEmpty()) {
        finish(std::move(outcome));
        return;
    }
    // Pages that arrived before a cancel or a failure are decoded too: they are worth a look.
    m_pending = std::move(outcome);
    m_decoder = new QFutureWatcher<Core::ResultDataPtr>(this);
    connect(m_decoder, &QFutureWatcher<Core::ResultDataPtr>::finished, this, &CallRunner::handleDecoded);
    Q_EMIT decodingStarted(int(m_pending->result.pages.size()));
    m_decoder->setFuture(QtConcurrent::run(&Core::ResultData::fromPages, m_pending->result.pages));
}

void CallRunner::handleDecoded()
{
    if (!m_decoder || sender() != m_decoder) {
        return;
    }
    m_pending->data = m_decoder->result();
    m_decoder->deleteLater();
    m_decoder = nullptr;
    finish(std::move(m_pending));
}

void CallRunner::finish(std::shared_ptr<Core::CallOutcome> outcome)
{
    outcome->finishedAt = m_clock.now();
    m_running = false;
    Q_EMIT finished(std::move(outcome));
}

} // namespace Esi::Ui
