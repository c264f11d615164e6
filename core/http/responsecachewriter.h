#pragma once

#include "core/http/responsecachestore.h"

#include <QHash>
#include <QMutex>
#include <QWaitCondition>
#include <atomic>
#include <memory>

class QThread;

namespace Esi::Core {

// Writes the response cache on a thread of its own, so a call's network handling never waits for
// SQLite or zlib: store/remove/touch are queued and written in batches, each batch one transaction on the
// writer's own connection (WAL, busy timeout: other processes keep reading and writing meanwhile).
//
// Until a queued change is written it is "pending": pending() answers for it, so the process that queued it
// reads its own writes at once; other processes see it once its batch is committed.
//
// Memory is bounded: when more than `maxQueuedBytes` of bodies wait (the disk is far slower than the network),
// enqueue() blocks until the writer has caught up. Blocking was chosen over dropping: a dropped write would
// make the next identical call fetch again, and the queue only fills when the disk is the bottleneck anyway.
//
// The destructor writes everything queued, then stops the thread; a locked file delays it by at most the
// busy timeout per batch.
class ResponseCacheWriter
{
public:
    static constexpr qint64 defaultMaxQueuedBytes = qint64(64) * 1024 * 1024;

    ResponseCacheWriter(QString databasePath, const Clock &clock, qint64 maxBytes,
                        qint64 maxQueuedBytes = defaultMaxQueuedBytes);
    ~ResponseCacheWriter();

    ResponseCacheWriter(const ResponseCacheWriter &) = delete;
    ResponseCacheWriter &operator=(const ResponseCacheWriter &) = delete;

    // Starts the thread and opens its connection; false with `error` when that fails.
    bool start(QString *error);

    void enqueue(CacheWrite write);

    // What is queued and not yet written for `key`: nullopt when nothing is; an empty optional for a queued
    // removal; the response of a queued store.
    std::optional<std::optional<CachedResponse>> pending(const CacheKey &key) const;

    // Returns once everything queued so far is written (or failed and was logged).
    void flush();

    // Forgets what is queued and not yet being written, then waits for the batch being written.
    void discardQueued();

    void setMaxBytes(qint64 maxBytes) { m_maxBytes.store(maxBytes); }

    qint64 queuedBytes() const;

private:
    struct Pending
    {
        quint64 sequence = 0;
        std::optional<CachedResponse> response; // nullopt: a queued removal
    };

    static QString pendingKey(const CacheKey &key);
    void run();

    QString m_path;
    const Clock &m_clock;
    std::atomic<qint64> m_maxBytes;
    qint64 m_maxQueuedBytes;
    std::unique_ptr<QThread> m_thread;

    mutable QMutex m_mutex;
    QWaitCondition m_work;     // something was queued, or stop
    QWaitCondition m_progress; // a batch was written
    QList<CacheWrite> m_queue;
    QHash<QString, Pending> m_pending;
    qint64 m_queuedBytes = 0;
    quint64 m_nextSequence = 1;
    bool m_writing = false;
    bool m_stopping = false;
    bool m_opened = false;
    bool m_openDone = false;
    QString m_openError;
};

} // namespace Esi::Core
