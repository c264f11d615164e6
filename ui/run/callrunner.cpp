#include "ui/run/callrunner.h"

#include "core/clock.h"
#include "core/fanout/fanoutmerge.h"
#include "core/fanout/fanoutrun.h"
#include "core/http/esicall.h"
#include "core/http/esiclient.h"
#include "core/result/resultstream.h"

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
}

void CallRunner::start(const Core::CallRequest &request)
{
    if (m_running) {
        cancel();
    }
    m_request = request;
    m_startedAt = m_clock.now();
    m_running = true;
    resetStream();
    m_call = m_client->call(request.spec, request.operationId, request.values, request.options);
    connect(m_call, &Core::EsiCall::pageReceived, m_stream, &Core::ResultStream::addPage);
    connect(m_call, &Core::EsiCall::snapshotRestarted, m_stream,
            [stream = m_stream](const QString &language) { stream->restartLanguage(language); });
    connect(m_call, &Core::EsiCall::progressChanged, this, &CallRunner::progressChanged);
    connect(m_call, &Core::EsiCall::waiting, this, &CallRunner::waiting);
    connect(m_call, &Core::EsiCall::finished, this, &CallRunner::handleCallFinished);
    Q_EMIT started(m_request);
}

void CallRunner::resetStream()
{
    delete m_stream;
    m_stream = new Core::ResultStream(this);
    connect(m_stream, &Core::ResultStream::rowsAdded, this,
            [this](const Core::ResultDataPtr &data) { Q_EMIT rowsChanged(data, false); });
    connect(m_stream, &Core::ResultStream::rowsReset, this,
            [this](const Core::ResultDataPtr &data) { Q_EMIT rowsChanged(data, true); });
    connect(m_stream, &Core::ResultStream::completed, this, &CallRunner::handleRowsComplete);
    connect(m_stream, &Core::ResultStream::pagePacked, this, &CallRunner::keepPacked);
}

void CallRunner::keepPacked(const QString &language, int page, const QByteArray &received, const QByteArray &packed)
{
    // The pages are kept packed wherever they are held by now: a 75 MB result is ~10 MB while it runs and after.
    if (m_call) {
        m_call->keepPacked(language, page, received, packed);
    }
    if (m_pending) {
        m_pending->result.keepPacked(language, page, received, packed);
    }
}

void CallRunner::startFanOut(const Core::CallRequest &request, const QList<Core::FanOutItem> &items)
{
    if (m_running) {
        cancel();
    }
    m_request = request;
    m_startedAt = m_clock.now();
    m_running = true;
    resetStream();
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
    if (outcome->result.pages.isEmpty()) {
        m_stream->disconnect(this);
        m_stream->abandon();
        finish(std::move(outcome));
        return;
    }
    // The merged pages (each row labelled with its item) decode like one call's.
    for (const Core::PageResult &page : std::as_const(outcome->result.pages)) {
        m_stream->addPage(page);
    }
    m_pending = std::move(outcome);
    if (m_stream->pagesDecoding() > 0) {
        Q_EMIT decodingStarted(m_stream->pagesDecoding());
    }
    m_stream->finish();
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
    if (m_pending) {
        // The last pages are still decoding: what joined the rows so far is the result.
        m_stream->disconnect(this);
        m_stream->abandon();
        std::shared_ptr<Core::CallOutcome> outcome = std::move(m_pending);
        outcome->result.error = Core::CallError::Cancelled;
        outcome->result.message = tr("Cancelled while decoding the rows.");
        outcome->data = m_stream->data();
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

    if (outcome->result.pages.isEmpty()) {
        m_stream->disconnect(this);
        m_stream->abandon();
        finish(std::move(outcome));
        return;
    }
    if (outcome->result.error == Core::CallError::Cancelled) {
        // Stopped by the user: the rows that are in stay, pages still decoding are dropped, and it ends now.
        m_stream->disconnect(this);
        m_stream->abandon();
        outcome->data = m_stream->data();
        finish(std::move(outcome));
        return;
    }
    // Pages that arrived before a failure are rows too: they are worth a look.
    m_pending = std::move(outcome);
    if (m_stream->pagesDecoding() > 0) {
        Q_EMIT decodingStarted(m_stream->pagesDecoding());
    }
    m_stream->finish(); // completed comes once the last page is decoded, at once when none is left
}

void CallRunner::handleRowsComplete(const Core::ResultDataPtr &data)
{
    if (!m_pending) {
        return;
    }
    std::shared_ptr<Core::CallOutcome> outcome = std::move(m_pending);
    outcome->data = data->withLanguageOrder(outcome->result.languages()); // as asked, like the pages
    finish(std::move(outcome));
}

void CallRunner::finish(std::shared_ptr<Core::CallOutcome> outcome)
{
    outcome->finishedAt = m_clock.now();
    if (m_stream && !outcome->result.pages.isEmpty()) { // the history needs no second pass over the bodies
        outcome->bodyHash = m_stream->bodyHash(outcome->result.pages).value_or(QByteArray());
    }
    m_running = false;
    Q_EMIT finished(std::move(outcome));
}

} // namespace Esi::Ui
