#pragma once

#include "core/watch/watchsnapshot.h"

#include <QObject>
#include <QStringList>
#include <deque>

class QTimer;

namespace Esi::Core {

class Clock;

// Drives a watched call: asks for a run (runRequested), takes its result (addResult), compares it with the run
// before, keeps the last `keep` snapshots and asks for the next run when the answer's Expires has passed
// (WatchSchedule: never earlier, floor and ceiling). Whoever runs the call decides how (esi: the EsiClient; the
// GUI: its CallRunner), so the conditional request comes from the response cache: an unchanged answer is a 304
// and a snapshot with no change. Failed runs are retried after the floor, doubling, and stop the watch after
// MaxFailures in a row. Stoppable at any time; nothing runs after stop().
class Watcher : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultKeep = 10;
    static constexpr int MaxKeep = 100;
    static constexpr int MaxFailures = 5;

    explicit Watcher(const Clock &clock, QObject *parent = nullptr);

    void setSchedule(const WatchSchedule &schedule) { m_schedule = schedule.bounded(); }

    const WatchSchedule &schedule() const { return m_schedule; }

    void setKeep(int snapshots); // 1..MaxKeep

    int keep() const { return m_keep; }

    void setMaxListed(qsizetype changes) { m_maxListed = qMax<qsizetype>(0, changes); }

    // The `*_id` columns the rows may be matched by (RowIdentity::idColumnsOfOperation) and the route's path.
    void setIdentityCandidates(const QStringList &columns, const QString &routePath);

    void start(); // runRequested soon after; a running watch starts over
    // Starts with a result already in hand (the one on screen) as snapshot 1; the first run waits for its Expires.
    void startWith(const CallResult &result, ResultDataPtr data, const QDateTime &fetchedAt);
    void stop();

    bool isActive() const { return m_active; }

    // The result of the run asked for, fetched at `fetchedAt`; `data` its rows (null: decoded from the pages here).
    const WatchSnapshot &addResult(const CallResult &result, ResultDataPtr data, const QDateTime &fetchedAt);

    const std::deque<WatchSnapshot> &snapshots() const { return m_snapshots; }

    QDateTime nextRunAt() const { return m_nextAt; } // invalid when none is scheduled

Q_SIGNALS:
    void runRequested();
    void snapshotAdded(const Esi::Core::WatchSnapshot &snapshot);
    void stopped(const QString &reason); // empty after stop(); the reason when the watch gave up

private:
    void reset();
    void schedule(const QDateTime &at);
    const WatchSnapshot *lastGood() const;

    const Clock &m_clock;
    QTimer *m_timer;
    WatchSchedule m_schedule;
    int m_keep = DefaultKeep;
    qsizetype m_maxListed = SnapshotDiff::DefaultMaxListed;
    QStringList m_candidates;
    QString m_routePath;
    bool m_active = false;
    int m_number = 0;
    int m_failures = 0;
    QDateTime m_nextAt;
    std::deque<WatchSnapshot> m_snapshots;
    WatchSnapshot m_lastGood; // the comparison base, kept even when it scrolled out of m_snapshots
    bool m_hasLastGood = false;
};

} // namespace Esi::Core
