#pragma once

#include "core/http/callresult.h"
#include "core/http/paging/pagingstrategy.h"
#include "core/http/parametervalues.h"
#include "core/http/responselimits.h"
#include "core/spec/operation.h"

#include <QMap>
#include <memory>
#include <optional>

namespace Esi::Core {

// One request a PagingRun wants made.
struct PageTask
{
    int page = 1; // page number, or the n-th cursor/from_id step
    ParameterValues values;
    bool allowFreshHit = true;
    int generation = 0; // bumped when a changed snapshot restarts the run
};

// Which requests make up one language's result, and when it is complete. No I/O: it hands out
// PageTasks and is told their answers. The style's rules come from a PagingStrategy (core/http/paging);
// the run adds what every style shares: one request at a time for walks, all at once for numbered pages
// once their count is known, the page cap for walks, and snapshot restarts: when the strategy says the
// data changed mid-fetch the run starts over, up to maxSnapshotAttempts fetches, then keeps what it has
// and reports it.
class PagingRun
{
public:
    enum class Step {
        Continue,  // accepted; more tasks may follow
        Restarted, // the snapshot changed: every page so far is dropped, abort this run's requests
        Finished,  // the result is complete
        Failed,    // X-Pages is broken or above the page cap, or a walk passed it: see failure()
    };

    struct Failure
    {
        CallError error = CallError::None;
        QString message;
    };

    // `strategy` is this run's own walk (PagingStrategy::clone()).
    PagingRun(std::unique_ptr<PagingStrategy> strategy, QString language, ParameterValues values,
              int maxSnapshotAttempts);
    // The style's strategy without a spec (PagingStrategy::forStyle).
    PagingRun(PagingStyle style, QString language, ParameterValues values, int maxSnapshotAttempts,
              QString fromIdField = QString());

    // Page 1's X-Pages above it, or a cursor/from_id walk longer than it, fails the run.
    void setMaxPages(int maxPages) { m_maxPages = std::max(1, maxPages); }

    const Failure &failure() const { return m_failure; }

    std::optional<PageTask> takeNext(); // a task that may start now; nullopt when none may yet
    Step accept(const PageTask &task, const PageResult &page);

    QString language() const { return m_language; }

    bool isFinished() const { return m_finished; }

    int generation() const { return m_generation; }

    int pagesDone() const { return int(m_pages.size()); }

    int pagesTotal() const; // X-Pages once known; otherwise pages so far + the one being fetched

    QList<PageResult> pages() const { return m_pages.values(); }

    // PageResult::keepPacked on a page kept so far (the GUI keeps bodies packed while the call runs).
    bool keepPacked(int page, const QByteArray &received, const QByteArray &packed)
    {
        const auto it = m_pages.find(page);
        return it != m_pages.end() && it->keepPacked(received, packed);
    }

    int snapshotRefetches() const { return m_attempt - 1; }

    bool isConsistent() const { return m_consistent; }

private:
    Step failWith(CallError error, const QString &message);
    void keep(int number, const PageResult &page);

    std::unique_ptr<PagingStrategy> m_strategy;
    QString m_language;
    int m_maxAttempts;
    int m_maxPages = ResponseLimits::defaultMaxPages;
    Failure m_failure;

    int m_generation = 0;
    int m_attempt = 1;
    bool m_allowFreshHit = true;
    bool m_consistent = true;
    bool m_finished = false;
    bool m_waiting = false; // a walk has its one request out
    int m_nextPage = 1;
    QMap<int, PageResult> m_pages;
};

} // namespace Esi::Core
