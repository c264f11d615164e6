#include "core/result/resultstream.h"

#include "core/http/packedbody.h"

#include <QtConcurrent/QtConcurrentRun>

namespace Esi::Core {

ResultStream::ResultStream(QObject *parent)
    : QObject(parent)
    , m_data(ResultData::empty())
{}

ResultStream::~ResultStream()
{
    abandon();
}

void ResultStream::addPage(const PageResult &page)
{
    if (m_finishing) {
        return;
    }
    Language &language = m_languages[page.language];
    auto *watcher = new Watcher(this);
    m_decoding.insert(watcher, Decoding{page.language, language.generation});
    connect(watcher, &Watcher::finished, this, [this, watcher] { handleDecoded(watcher); });
    watcher->setFuture(QtConcurrent::run(&ResultStream::decode, page, language.generation, m_hashes));
}

ResultStream::Decoded ResultStream::decode(const PageResult &page, quint64 generation,
                                           const std::shared_ptr<PageHashChain> &hashes)
{
    Decoded decoded;
    decoded.chunk = ResultChunk::fromPage(page);
    decoded.page = page.page;
    const QByteArray body = page.bytes();
    hashes->add(page.language, generation, page.page, body);
    if (!page.isPacked()) {
        decoded.received = body;
        // Packed once: by the cache's writer when it got there first (the same bytes it stores), else here.
        const std::optional<QByteArray> shared = page.packing ? page.packing->packedFor(body) : std::nullopt;
        decoded.packed = shared ? *shared : packBody(body);
    }
    return decoded;
}

void ResultStream::restartLanguage(const QString &language)
{
    Language &state = m_languages[language];
    ++state.generation; // pages of the old snapshot still decoding are dropped when they are done
    m_hashes->restart(language, state.generation);
    state.nextPage = 1;
    state.waiting.clear();
    m_data = m_data->withoutLanguage(language);
    Q_EMIT rowsReset(m_data);
}

void ResultStream::finish()
{
    m_finishing = true;
    completeIfDone();
}

void ResultStream::abandon()
{
    for (auto it = m_decoding.begin(); it != m_decoding.end(); ++it) {
        it.key()->disconnect(this);
        it.key()->deleteLater(); // its decode finishes on the pool; nothing waits for it
    }
    m_decoding.clear();
    for (Language &language : m_languages) {
        language.waiting.clear();
    }
    m_finishing = true;
    m_completed = true;
}

void ResultStream::handleDecoded(Watcher *watcher)
{
    const auto it = m_decoding.constFind(watcher);
    if (it == m_decoding.constEnd()) {
        return;
    }
    const Decoding decoding = *it;
    m_decoding.erase(it);
    const Decoded decoded = watcher->result();
    const ResultChunkPtr &chunk = decoded.chunk;
    watcher->deleteLater();
    Language &language = m_languages[decoding.language];
    if (!decoded.packed.isEmpty() && decoding.generation == language.generation) {
        Q_EMIT pagePacked(decoding.language, decoded.page, decoded.received, decoded.packed);
    }
    if (chunk && decoding.generation == language.generation) {
        language.waiting.insert(chunk->page(), chunk);
        if (flush(language, false)) {
            Q_EMIT rowsAdded(m_data);
        }
    }
    completeIfDone();
}

bool ResultStream::flush(Language &language, bool all)
{
    bool added = false;
    while (!language.waiting.isEmpty()) {
        const auto first = language.waiting.begin();
        if (!all && first.key() > language.nextPage) {
            break; // an earlier page is still decoding or on its way
        }
        m_data = m_data->withChunk(first.value());
        language.nextPage = first.key() + 1;
        language.waiting.erase(first);
        added = true;
    }
    return added;
}

void ResultStream::completeIfDone()
{
    if (!m_finishing || m_completed || !m_decoding.isEmpty()) {
        return;
    }
    // A single page asked for by number (page=5), or pages that never came: whatever waits joins in order.
    bool added = false;
    for (Language &language : m_languages) {
        added = flush(language, true) || added;
    }
    if (added) {
        Q_EMIT rowsAdded(m_data);
    }
    m_completed = true;
    Q_EMIT completed(m_data);
}

} // namespace Esi::Core
