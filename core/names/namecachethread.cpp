#include "core/names/namecachethread.h"

#include "core/clock.h"
#include "core/names/namecache.h"

namespace Esi::Core {

NameCacheThread::NameCacheThread(const QString &databasePath, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_path(databasePath)
    , m_worker(new QObject)
{
    m_thread.setObjectName(QStringLiteral("esi-names"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

NameCacheThread::~NameCacheThread()
{
    runOnCacheThread([this] { m_cache.reset(); }, true); // after every queued job; the connection closes there
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

void NameCacheThread::runOnCacheThread(std::function<void()> job, bool wait)
{
    QMetaObject::invokeMethod(m_worker, std::move(job), wait ? Qt::BlockingQueuedConnection : Qt::QueuedConnection);
}

bool NameCacheThread::open(QString *error)
{
    if (m_open) {
        return true;
    }
    QString problem;
    bool opened = false;
    runOnCacheThread(
        [&] {
            m_cache = std::make_unique<NameCache>(m_path, m_clock); // its clock is never read there: see lookup()
            opened = m_cache->open(&problem);
            if (!opened) {
                m_cache.reset();
            }
        },
        true);
    if (error && !opened) {
        *error = problem;
    }
    m_open = opened;
    return opened;
}

void NameCacheThread::lookup(const QList<qint64> &ids, const QString &language, QObject *context, LookupDone done)
{
    const qint64 nowMs = m_clock.msecsSinceEpoch();
    ++m_queued;
    runOnCacheThread(
        [this, ids, language, nowMs, context = QPointer<QObject>(context), done = std::move(done)]() mutable {
            ResolvedNames known = m_cache ? m_cache->lookup(ids, language, nowMs) : ResolvedNames();
            --m_queued;
            // Back through this object, which outlives every job: `context` is checked on its own thread.
            QMetaObject::invokeMethod(
                this,
                [context = std::move(context), done = std::move(done), known = std::move(known)] {
                    if (context) {
                        done(known);
                    }
                },
                Qt::QueuedConnection);
        },
        false);
}

void NameCacheThread::store(ResolvedNames names, const QString &language)
{
    if (names.isEmpty()) {
        return;
    }
    const qint64 nowMs = m_clock.msecsSinceEpoch();
    ++m_queued;
    runOnCacheThread(
        [this, names = std::move(names), language, nowMs] {
            if (m_cache) {
                m_cache->store(names, language, nowMs);
            }
            --m_queued;
        },
        false);
}

void NameCacheThread::waitForIdle()
{
    runOnCacheThread([] {}, true);
}

} // namespace Esi::Core
