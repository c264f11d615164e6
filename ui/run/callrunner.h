#pragma once

#include "core/result/calloutcome.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

namespace Esi::Core {
class Clock;
class EsiCall;
class EsiClient;
class FanOutRun;
struct FanOutItem;
} // namespace Esi::Core

namespace Esi::Ui {

// Runs one call at a time through the shared EsiClient and turns its pages into ResultData on a worker
// thread, so neither a 300-page fetch nor decoding 300k rows ever blocks the window.
class CallRunner : public QObject
{
    Q_OBJECT

public:
    CallRunner(Core::EsiClient *client, const Core::Clock &clock, QObject *parent = nullptr);
    ~CallRunner() override;

    Core::EsiClient *client() const { return m_client; }

    bool isRunning() const { return m_running; }

    const Core::CallRequest &currentRequest() const { return m_request; }

    void start(const Core::CallRequest &request); // a call still running is cancelled first
    // A fan-out: `items` (whose token each carries decided by the caller) through one FanOutRun, merged into
    // one outcome whose failures are listed apart.
    void startFanOut(const Core::CallRequest &request, const QList<Core::FanOutItem> &items);
    void cancel(); // finishes the running call as Cancelled

Q_SIGNALS:
    void started(const Esi::Core::CallRequest &request);
    void progressChanged(int pagesDone, int pagesTotal, qint64 bytes);
    void fanOutProgressChanged(int done, int failed, int left);
    void waiting(qint64 msecs, const QString &reason);
    void decodingStarted(int pages);
    void finished(const Esi::Core::CallOutcomePtr &outcome);

private:
    void handleCallFinished();
    void handleFanOutFinished();
    void decode(std::shared_ptr<Core::CallOutcome> outcome);
    void handleDecoded();
    void finish(std::shared_ptr<Core::CallOutcome> outcome);

    Core::EsiClient *m_client;
    const Core::Clock &m_clock;
    Core::CallRequest m_request;
    QPointer<Core::EsiCall> m_call;
    QPointer<Core::FanOutRun> m_fanOut;
    std::shared_ptr<Core::CallOutcome> m_pending; // decoding
    QFutureWatcher<Core::ResultDataPtr> *m_decoder = nullptr;
    QDateTime m_startedAt;
    bool m_running = false;
};

} // namespace Esi::Ui
