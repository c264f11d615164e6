#pragma once

#include "core/fanout/fanoutitem.h"
#include "core/http/calloptions.h"
#include "core/http/callresult.h"
#include "core/spec/spec.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>

namespace Esi::Core {

class EsiCall;
class EsiClient;

// What became of one item of a fan-out.
struct FanOutOutcome
{
    FanOutItem item;
    CallResult result; // complete once `finished`; an item refused before sending fails NotAuthorized
    bool finished = false;
};

// Runs the items of a fan-out through one EsiClient: at most `concurrency` requests in flight over all
// items (items in flight times each item's page concurrency), every request through the client's cache,
// rate-limit buckets (each item's character has its own) and error limit. A failed item never stops the
// others; cancel() stops everything.
//
//   FanOutRun run(&client, spec, operationId, plan.items(), options, 8);
//   connect(&run, &FanOutRun::progressChanged, ...);   // done, failed, left
//   connect(&run, &FanOutRun::finished, ...);          // then run.outcomes(), in item order
//   run.start();
class FanOutRun : public QObject
{
    Q_OBJECT

public:
    FanOutRun(EsiClient *client, SpecPtr spec, QString operationId, QList<FanOutItem> items, CallOptions options,
              int concurrency, QObject *parent = nullptr);
    ~FanOutRun() override;

    void start();
    void cancel();

    int done() const { return m_done; } // succeeded

    int failed() const { return m_failed; }

    int left() const { return int(m_outcomes.size()) - m_done - m_failed; }

    bool isFinished() const { return m_finishedSignalled; }

    int itemConcurrency() const { return m_itemsAtOnce; }

    int pageConcurrency() const { return m_pagesPerItem; }

    const QList<FanOutOutcome> &outcomes() const { return m_outcomes; }

    const QString &operationId() const { return m_operationId; }

    CallStatistics statistics() const; // summed over the items; elapsedMs is the whole run's

Q_SIGNALS:
    // A call of an item was created (not started yet): connect to its waiting signals here.
    void itemStarted(int index, Esi::Core::EsiCall *call);
    void itemFinished(int index);
    void progressChanged(int done, int failed, int left);
    void finished();

private:
    void pump();
    void handleCallFinished(int index, EsiCall *call);
    void settle(int index, const CallResult &result);

    EsiClient *m_client;
    SpecPtr m_spec;
    QString m_operationId;
    CallOptions m_options;
    QList<FanOutOutcome> m_outcomes;
    QList<QPointer<EsiCall>> m_running;
    QElapsedTimer m_elapsed;
    qint64 m_elapsedMs = 0;
    int m_itemsAtOnce = 1;
    int m_pagesPerItem = 1;
    int m_next = 0;
    int m_done = 0;
    int m_failed = 0;
    bool m_started = false;
    bool m_cancelled = false;
    bool m_pumping = false;
    bool m_finishedSignalled = false;
};

} // namespace Esi::Core
