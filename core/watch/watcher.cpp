#include "core/watch/watcher.h"

#include "core/clock.h"

#include <QTimer>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

namespace {

// How the pages came: any from the network decides "network"; else revalidated (304) or fresh from the cache.
QString servedOf(const CallResult &result)
{
    bool revalidated = false;
    for (const PageResult &page : result.pages) {
        if (page.servedFrom == ServedFrom::Network) {
            return u"network"_s;
        }
        revalidated = revalidated || page.servedFrom == ServedFrom::Revalidated;
    }
    return revalidated ? u"revalidated"_s : u"cache"_s;
}

} // namespace

Watcher::Watcher(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5% early: before Expires
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (!m_active) {
            return;
        }
        if (m_nextAt.isValid() && m_clock.now() < m_nextAt) {
            schedule(m_nextAt); // woke early after all: never ask before the time
            return;
        }
        m_nextAt = {};
        Q_EMIT runRequested();
    });
}

void Watcher::setKeep(int snapshots)
{
    m_keep = std::clamp(snapshots, 1, MaxKeep);
    while (int(m_snapshots.size()) > m_keep) {
        m_snapshots.pop_front();
    }
}

void Watcher::setIdentityCandidates(const QStringList &columns, const QString &routePath)
{
    m_candidates = columns;
    m_routePath = routePath;
}

void Watcher::reset()
{
    m_timer->stop();
    m_active = true;
    m_number = 0;
    m_failures = 0;
    m_snapshots.clear();
    m_lastGood = {};
    m_hasLastGood = false;
}

void Watcher::start()
{
    reset();
    schedule(m_clock.now());
}

void Watcher::startWith(const CallResult &result, ResultDataPtr data, const QDateTime &fetchedAt)
{
    reset();
    addResult(result, std::move(data), fetchedAt);
}

void Watcher::stop()
{
    const bool wasActive = m_active;
    m_active = false;
    m_timer->stop();
    m_nextAt = {};
    if (wasActive) {
        Q_EMIT stopped(QString());
    }
}

void Watcher::schedule(const QDateTime &at)
{
    m_nextAt = at;
    const qint64 delay = std::clamp<qint64>(m_clock.now().msecsTo(at), 0, WatchSchedule::MaximumCeilingMs);
    m_timer->start(int(delay));
}

const WatchSnapshot *Watcher::lastGood() const
{
    return m_hasLastGood ? &m_lastGood : nullptr;
}

const WatchSnapshot &Watcher::addResult(const CallResult &result, ResultDataPtr data, const QDateTime &fetchedAt)
{
    WatchSnapshot snapshot;
    snapshot.number = ++m_number;
    snapshot.fetchedAt = fetchedAt.toUTC();
    snapshot.ok = result.isOk();
    const QDateTime now = m_clock.now();
    if (!snapshot.ok) {
        snapshot.status = result.httpStatus;
        snapshot.error = result.message;
        ++m_failures;
        // Failures back off from the floor, doubling, up to the ceiling.
        const qint64 wait = std::min<qint64>(m_schedule.floorMs << std::min(m_failures - 1, 16), m_schedule.ceilingMs);
        snapshot.next = {now.addMSecs(wait), WatchSchedule::Reason::Floor, {}};
    } else {
        m_failures = 0;
        snapshot.served = servedOf(result);
        const bool unchanged = snapshot.served != u"network"_s && m_hasLastGood;
        snapshot.status =
            snapshot.served == u"revalidated"_s ? 304 : (result.pages.isEmpty() ? 0 : result.pages.constFirst().status);
        if (unchanged) {
            snapshot.data = m_lastGood.data; // ESI said 304: the same rows, no comparison needed
            snapshot.compared = true;
            snapshot.diff = SnapshotDiff::none(m_lastGood.diff.identity());
        } else {
            snapshot.data = data ? std::move(data) : ResultData::fromPages(result.pages);
            if (const WatchSnapshot *base = lastGood(); base && base->data) {
                const RowIdentity identity =
                    RowIdentity::detect(m_candidates, m_routePath, {base->data, snapshot.data});
                snapshot.diff = SnapshotDiff::compare(*base->data, *snapshot.data, identity, m_maxListed);
                snapshot.compared = true;
            } else {
                const RowIdentity identity = RowIdentity::detect(m_candidates, m_routePath, {snapshot.data});
                snapshot.diff = SnapshotDiff::none(identity);
            }
        }
        snapshot.rows = snapshot.data ? snapshot.data->totalRowCount() : 0;
        snapshot.next = m_schedule.next(result, fetchedAt, now);
    }
    if (snapshot.ok) {
        m_lastGood = snapshot;
        m_hasLastGood = true;
    }
    m_snapshots.push_back(std::move(snapshot));
    while (int(m_snapshots.size()) > m_keep) {
        m_snapshots.pop_front();
    }
    const WatchSnapshot &added = m_snapshots.back();
    if (m_active) {
        if (m_failures >= MaxFailures) {
            m_active = false;
            m_timer->stop();
            m_nextAt = {};
            Q_EMIT snapshotAdded(added);
            Q_EMIT stopped(tr("%n runs in a row failed; the last said: %1", nullptr, MaxFailures).arg(added.error));
            return m_snapshots.back();
        }
        schedule(added.next.at);
    }
    Q_EMIT snapshotAdded(added);
    return m_snapshots.back();
}

} // namespace Esi::Core
