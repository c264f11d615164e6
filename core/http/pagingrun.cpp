#include "core/http/pagingrun.h"

#include "core/http/responseguard.h"

namespace Esi::Core {

PagingRun::PagingRun(std::unique_ptr<PagingStrategy> strategy, QString language, ParameterValues values,
                     int maxSnapshotAttempts)
    : m_strategy(std::move(strategy))
    , m_language(std::move(language))
    , m_maxAttempts(std::max(1, maxSnapshotAttempts))
{
    m_strategy->start(std::move(values));
}

PagingRun::PagingRun(PagingStyle style, QString language, ParameterValues values, int maxSnapshotAttempts,
                     QString fromIdField)
    : PagingRun(PagingStrategy::forStyle(style, fromIdField), std::move(language), std::move(values),
                maxSnapshotAttempts)
{}

std::optional<PageTask> PagingRun::takeNext()
{
    if (m_finished || !m_strategy->mayRequest(m_nextPage)) {
        return std::nullopt;
    }
    if (!m_strategy->hasPageNumbers()) {
        if (m_waiting) {
            return std::nullopt;
        }
        m_waiting = true;
    }
    const int page = m_nextPage++;
    return PageTask{page, m_strategy->requestValues(page), m_allowFreshHit, m_generation};
}

PagingRun::Step PagingRun::accept(const PageTask &task, const PageResult &page)
{
    if (task.generation != m_generation || m_finished) {
        return Step::Continue; // an answer from before a restart
    }
    m_waiting = false;
    const PagingStrategy::Verdict verdict = m_strategy->accept(task.page, page, pagesDone(), m_maxPages);
    if (verdict.error != CallError::None) {
        if (verdict.keepPage) {
            keep(task.page, page); // for diagnosis
        }
        return failWith(verdict.error, verdict.message);
    }
    if (verdict.snapshotChanged) {
        if (m_attempt < m_maxAttempts) {
            ++m_attempt;
            ++m_generation;
            m_pages.clear();
            m_nextPage = 1;
            m_allowFreshHit = false; // the cached pages may be the stale half of the mix
            m_strategy->restart();
            return Step::Restarted;
        }
        m_consistent = false;
    }
    if (verdict.keepPage) {
        keep(task.page, page);
    }
    if (verdict.done) {
        m_finished = true;
        return Step::Finished;
    }
    if (!m_strategy->hasPageNumbers() && pagesDone() >= m_maxPages) {
        return failWith(CallError::LimitExceeded, ResponseGuard::tooManyStepsMessage(m_maxPages));
    }
    return Step::Continue;
}

void PagingRun::keep(int number, const PageResult &page)
{
    PageResult &kept = m_pages[number] = page;
    kept.packing.reset(); // the packing is the cache writer's and the stream's; kept pages must not hold it
}

PagingRun::Step PagingRun::failWith(CallError error, const QString &message)
{
    m_waiting = false;
    m_finished = true;
    m_failure = Failure{error, message};
    return Step::Failed;
}

int PagingRun::pagesTotal() const
{
    if (const std::optional<int> count = m_strategy->pageCount()) {
        return *count;
    }
    return pagesDone() + (m_finished ? 0 : 1);
}

} // namespace Esi::Core
