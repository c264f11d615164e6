#include "core/result/pagehashchain.h"

namespace Esi::Core {

void PageHashChain::restart(const QString &language, quint64 generation)
{
    QMutexLocker lock(&m_mutex);
    if (!m_started) {
        // Pages of the earlier snapshot may still be decoding: the chain follows the new one from its start.
        m_started = true;
        m_language = language;
        m_generation = generation;
        return;
    }
    if (language == m_language && generation > m_generation) {
        startGeneration(generation);
    } // another language is not followed: if its pages come, they give the chain up
}

void PageHashChain::startGeneration(quint64 generation)
{
    m_generation = generation;
    m_next = 1;
    m_waiting.clear();
    m_hashed.clear();
    m_hash.reset();
}

void PageHashChain::add(const QString &language, quint64 generation, int page, const QByteArray &body)
{
    QMutexLocker lock(&m_mutex);
    if (m_givenUp) {
        return;
    }
    if (!m_started) {
        m_started = true;
        m_language = language;
        m_generation = generation;
    }
    if (language != m_language) {
        m_givenUp = true; // several languages: their order in the result is only known at the end
        m_waiting.clear();
        return;
    }
    if (generation > m_generation) {
        startGeneration(generation); // generations only grow: a later snapshot's page starts it over
    }
    if (generation < m_generation || page < m_next || m_waiting.contains(page)) {
        return; // a page of an earlier snapshot, or one already in
    }
    m_waiting.insert(page, body);
    hashWaiting();
    if (m_waiting.size() > maxWaiting) {
        m_givenUp = true;
        m_waiting.clear();
    }
}

void PageHashChain::hashWaiting()
{
    while (!m_waiting.isEmpty() && m_waiting.firstKey() == m_next) {
        const QByteArray body = m_waiting.take(m_next);
        m_hash.addPage(m_language, body);
        m_hashed.append({m_next, body.size()});
        ++m_next;
    }
}

std::optional<QByteArray> PageHashChain::result(const QList<PageResult> &pages) const
{
    QMutexLocker lock(&m_mutex);
    if (m_givenUp || !m_started || pages.size() != m_hashed.size()) {
        return std::nullopt;
    }
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const PageResult &page = pages.at(i);
        if (page.language != m_language || page.page != m_hashed.at(i).first ||
            page.bodySize() != m_hashed.at(i).second) {
            return std::nullopt;
        }
    }
    return m_hash.result();
}

} // namespace Esi::Core
