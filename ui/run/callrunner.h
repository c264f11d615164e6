#pragma once

#include "core/result/calloutcome.h"

#include <QObject>
#include <QPointer>

namespace Esi::Core {
class Clock;
class ResultStream;
class EsiCall;
class EsiClient;
class FanOutRun;
struct FanOutItem;
} // namespace Esi::Core

namespace Esi::Ui {

// Runs one call at a time through the shared EsiClient and turns each page into rows on a worker thread as it
// arrives (Core::ResultStream), so the table fills while the call runs and neither a 300-page fetch nor
// decoding 300k rows ever blocks the window.
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
    void decodingStarted(int pages); // the call is done; these pages are still being decoded
    // The rows so far: more at the end of the earlier ones, or (reset) fewer after a snapshot restart.
    void rowsChanged(const Esi::Core::ResultDataPtr &data, bool reset);
    void finished(const Esi::Core::CallOutcomePtr &outcome);

private:
    void handleCallFinished();
    void handleRowsComplete(const Core::ResultDataPtr &data);
    void handleFanOutFinished();
    void resetStream();
    void keepPacked(const QString &language, int page, const QByteArray &received, const QByteArray &packed);
    void finish(std::shared_ptr<Core::CallOutcome> outcome);

    Core::EsiClient *m_client;
    const Core::Clock &m_clock;
    Core::CallRequest m_request;
    QPointer<Core::EsiCall> m_call;
    QPointer<Core::FanOutRun> m_fanOut;
    std::shared_ptr<Core::CallOutcome> m_pending; // the call is done, its last pages are decoding
    Core::ResultStream *m_stream = nullptr;
    QDateTime m_startedAt;
    bool m_running = false;
};

} // namespace Esi::Ui
