#pragma once

#include "core/names/resolvedname.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>
#include <atomic>
#include <functional>
#include <memory>

namespace Esi::Core {

class Clock;
class NameCache;

// The shared name cache (NameCache, `<cache>/names.sqlite`) on a thread of its own, so the thread that asks (the
// UI thread) never waits for SQLite, nor for another process that holds the write lock: the file, its WAL journal,
// busy timeout and write transactions are NameCache's own, unchanged. Lookups and stores run one after the other
// in the order they were asked, so a lookup sees every store asked before it; a lookup's answer comes back on the
// asking thread. The clock is read on the asking thread, at the time of asking.
//
//   cache.lookup(ids, u"en"_s, this, [this](const ResolvedNames &known) { ... }); // later, on this thread
//   cache.store(learned, u"en"_s);                                                // queued; nothing comes back
class NameCacheThread : public QObject
{
    Q_OBJECT

public:
    using LookupDone = std::function<void(const ResolvedNames &known)>;

    NameCacheThread(const QString &databasePath, const Clock &clock, QObject *parent = nullptr);
    ~NameCacheThread() override; // does every store still queued first

    // Blocks until the file is open (NameCache::open's rules and messages).
    bool open(QString *error);

    bool isOpen() const { return m_open; }

    QString databasePath() const { return m_path; }

    // NameCache::lookup on the cache's thread; `done` runs on the calling thread unless `context` is gone by then.
    void lookup(const QList<qint64> &ids, const QString &language, QObject *context, LookupDone done);

    // NameCache::store on the cache's thread, in one write transaction.
    void store(ResolvedNames names, const QString &language);

    // Blocks until everything asked so far has run (answers to lookups still come by the event loop).
    void waitForIdle();

    int queued() const { return m_queued; } // lookups and stores asked and not run yet, for tests

private:
    void runOnCacheThread(std::function<void()> job, bool wait);

    const Clock &m_clock;
    QString m_path;
    QThread m_thread;
    QObject *m_worker = nullptr; // lives on m_thread: queued jobs are delivered to it
    std::unique_ptr<NameCache> m_cache;
    bool m_open = false;
    std::atomic<int> m_queued{0};
};

} // namespace Esi::Core
