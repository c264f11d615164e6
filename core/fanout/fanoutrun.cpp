#include "core/fanout/fanoutrun.h"

#include "core/http/esicall.h"
#include "core/http/esiclient.h"

#include <QTimer>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

FanOutRun::FanOutRun(EsiClient *client, SpecPtr spec, QString operationId, QList<FanOutItem> items, CallOptions options,
                     int concurrency, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_spec(std::move(spec))
    , m_operationId(std::move(operationId))
    , m_options(std::move(options))
{
    m_outcomes.reserve(items.size());
    for (FanOutItem &item : items) {
        m_outcomes.append(FanOutOutcome{std::move(item), {}, false});
    }
    const int limit = std::clamp(concurrency > 0 ? concurrency : client->settings().defaultConcurrency, 1, 64);
    // Many items: one request each at a time, `limit` items at once. Few items: their pages share the limit.
    m_itemsAtOnce = std::max(1, std::min(limit, int(m_outcomes.size())));
    m_pagesPerItem = std::max(1, limit / m_itemsAtOnce);
}

FanOutRun::~FanOutRun()
{
    for (const QPointer<EsiCall> &call : std::as_const(m_running)) {
        if (call) {
            call->disconnect(this);
            call->cancel();
            call->deleteLater();
        }
    }
}

void FanOutRun::start()
{
    if (m_started) {
        return;
    }
    m_started = true;
    m_elapsed.start();
    pump();
}

void FanOutRun::cancel()
{
    if (m_cancelled || m_finishedSignalled) {
        return;
    }
    m_cancelled = true;
    const QList<QPointer<EsiCall>> running = m_running;
    for (const QPointer<EsiCall> &call : running) {
        if (call) {
            call->cancel(); // its `finished` settles the item
        }
    }
    pump();
}

CallStatistics FanOutRun::statistics() const
{
    CallStatistics sum;
    for (const FanOutOutcome &outcome : m_outcomes) {
        const CallStatistics &one = outcome.result.statistics;
        sum.requests += one.requests;
        sum.pages += one.pages;
        sum.fromCache += one.fromCache;
        sum.notModified += one.notModified;
        sum.retries += one.retries;
        sum.bytes += one.bytes;
        sum.waitedMs += one.waitedMs;
    }
    sum.elapsedMs = m_finishedSignalled ? m_elapsedMs : (m_elapsed.isValid() ? m_elapsed.elapsed() : 0);
    return sum;
}

void FanOutRun::pump()
{
    if (m_pumping) {
        return; // settle() below may come back here
    }
    m_pumping = true;
    while (m_next < m_outcomes.size() && (m_cancelled || m_running.size() < m_itemsAtOnce)) {
        const int index = m_next++;
        const FanOutItem &item = m_outcomes.at(index).item;
        if (m_cancelled || !item.refusal.isEmpty()) {
            CallResult result;
            result.error = m_cancelled ? CallError::Cancelled : CallError::NotAuthorized;
            result.message = m_cancelled ? tr("cancelled before it was sent") : item.refusal;
            settle(index, result);
            continue;
        }
        CallOptions options = m_options;
        options.concurrency = m_pagesPerItem;
        if (item.characterId > 0) {
            options.characterId = item.characterId;
        }
        EsiCall *call = m_client->call(m_spec, m_operationId, item.values, options);
        m_running.append(call);
        connect(call, &EsiCall::finished, this, [this, index, call] { handleCallFinished(index, call); });
        Q_EMIT itemStarted(index, call);
    }
    m_pumping = false;
    if (!m_finishedSignalled && m_next >= m_outcomes.size() && m_running.isEmpty() && m_started) {
        m_finishedSignalled = true;
        m_elapsedMs = m_elapsed.elapsed();
        Q_EMIT finished();
    }
}

void FanOutRun::handleCallFinished(int index, EsiCall *call)
{
    m_running.removeIf([call](const QPointer<EsiCall> &running) { return running == call; });
    const CallResult result = call->result();
    call->deleteLater();
    settle(index, result);
    pump();
}

void FanOutRun::settle(int index, const CallResult &result)
{
    FanOutOutcome &outcome = m_outcomes[index];
    outcome.result = result;
    outcome.finished = true;
    if (result.isOk()) {
        ++m_done;
    } else {
        ++m_failed;
    }
    Q_EMIT itemFinished(index);
    Q_EMIT progressChanged(m_done, m_failed, left());
}

} // namespace Esi::Core
