#include "core/http/responsecachewriter.h"

#include "core/http/sqlitefile.h"

#include <QLoggingCategory>
#include <QMutexLocker>
#include <QThread>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcResponseCache)

namespace Esi::Core {

namespace {

// One transaction takes at most this much body data, so pending entries settle steadily under load.
constexpr qint64 batchBytes = 16 * 1024 * 1024;

} // namespace

ResponseCacheWriter::ResponseCacheWriter(QString databasePath, const Clock &clock, qint64 maxBytes,
                                         qint64 maxQueuedBytes)
    : m_path(std::move(databasePath))
    , m_clock(clock)
    , m_maxBytes(maxBytes)
    , m_maxQueuedBytes(std::max<qint64>(1, maxQueuedBytes))
{}

ResponseCacheWriter::~ResponseCacheWriter()
{
    if (!m_thread) {
        return;
    }
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_work.wakeAll();
    }
    m_thread->wait();
}

bool ResponseCacheWriter::start(QString *error)
{
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(u"esi-cache-writer"_s);
    m_thread->start();
    QMutexLocker lock(&m_mutex);
    while (!m_openDone) {
        m_progress.wait(&m_mutex);
    }
    if (!m_opened && error) {
        *error = m_openError;
    }
    return m_opened;
}

QString ResponseCacheWriter::pendingKey(const CacheKey &key)
{
    return key.normalizedUrl() + u'\n' + key.language + u'\n' + QString::number(key.characterId) + u'\n' +
           key.compatibilityDate;
}

void ResponseCacheWriter::enqueue(CacheWrite write)
{
    QMutexLocker lock(&m_mutex);
    if (write.kind == CacheWrite::Kind::Store) {
        write.queuedBytes = write.response.body.size() + 1024;
    }
    // Backpressure: wait while the writer is this far behind (never for an empty queue).
    while (!m_stopping && !m_queue.isEmpty() && m_queuedBytes + write.queuedBytes > m_maxQueuedBytes) {
        m_progress.wait(&m_mutex);
    }
    if (write.kind == CacheWrite::Kind::Store || write.kind == CacheWrite::Kind::Remove) {
        write.sequence = m_nextSequence++;
        m_pending.insert(pendingKey(write.key),
                         Pending{write.sequence, write.kind == CacheWrite::Kind::Store
                                                     ? std::optional<CachedResponse>(write.response)
                                                     : std::nullopt});
    }
    m_queuedBytes += write.queuedBytes;
    m_queue.append(std::move(write));
    m_work.wakeOne();
}

std::optional<std::optional<CachedResponse>> ResponseCacheWriter::pending(const CacheKey &key) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_pending.constFind(pendingKey(key));
    if (it == m_pending.constEnd()) {
        return std::nullopt;
    }
    return std::optional<std::optional<CachedResponse>>(it->response);
}

void ResponseCacheWriter::flush()
{
    QMutexLocker lock(&m_mutex);
    while (m_opened && (!m_queue.isEmpty() || m_writing)) {
        m_progress.wait(&m_mutex);
    }
}

void ResponseCacheWriter::discardQueued()
{
    QMutexLocker lock(&m_mutex);
    for (const CacheWrite &write : std::as_const(m_queue)) {
        const auto it = m_pending.find(pendingKey(write.key));
        if (write.sequence != 0 && it != m_pending.end() && it->sequence == write.sequence) {
            m_pending.erase(it);
        }
        m_queuedBytes -= write.queuedBytes;
    }
    m_queue.clear();
    while (m_writing) {
        m_progress.wait(&m_mutex);
    }
}

qint64 ResponseCacheWriter::queuedBytes() const
{
    QMutexLocker lock(&m_mutex);
    return m_queuedBytes;
}

void ResponseCacheWriter::run()
{
    SqliteFile file(m_path);
    QString error;
    const bool opened = file.open(u"response cache"_s, &error);
    {
        QMutexLocker lock(&m_mutex);
        m_opened = opened;
        m_openError = error;
        m_openDone = true;
        m_progress.wakeAll();
    }
    if (!opened) {
        return;
    }
    ResponseCacheStore store(file, m_clock);
    for (;;) {
        QList<CacheWrite> batch;
        {
            QMutexLocker lock(&m_mutex);
            while (m_queue.isEmpty() && !m_stopping) {
                m_work.wait(&m_mutex);
            }
            if (m_queue.isEmpty()) {
                return; // stopping, and everything queued is written
            }
            qint64 bytes = 0;
            qsizetype count = 0;
            while (count < m_queue.size() && (count == 0 || bytes + m_queue.at(count).queuedBytes <= batchBytes)) {
                bytes += m_queue.at(count++).queuedBytes;
            }
            batch = m_queue.mid(0, count);
            m_queue.remove(0, count);
            m_writing = true;
        }
        if (!store.apply(batch, m_maxBytes.load())) {
            qCWarning(lcResponseCache) << "dropped" << batch.size() << "queued cache writes after a database error";
        }
        QMutexLocker lock(&m_mutex);
        for (const CacheWrite &write : std::as_const(batch)) {
            m_queuedBytes -= write.queuedBytes;
            const auto it = m_pending.find(pendingKey(write.key));
            if (write.sequence != 0 && it != m_pending.end() && it->sequence == write.sequence) {
                m_pending.erase(it);
            }
        }
        m_writing = false;
        m_progress.wakeAll();
    }
}

} // namespace Esi::Core
