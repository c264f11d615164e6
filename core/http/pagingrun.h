#pragma once

#include "core/http/callresult.h"
#include "core/http/parametervalues.h"
#include "core/http/responselimits.h"
#include "core/spec/operation.h"

#include <QMap>
#include <QSet>
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
// PageTasks and is told their answers.
//   None:   one request with the values as given.
//   Page:   page 1 first; its X-Pages says how many follow, all of which may run at once. A page whose
//           Last-Modified (or X-Pages) differs from page 1's means the data changed mid-fetch: the run
//           starts over, up to maxSnapshotAttempts fetches, then keeps what it has and reports it.
//   Cursor: one request at a time, following the `before` cursor (or `after` when the caller started
//           with one) until a page comes back empty or without a new cursor.
//   FromId: one request at a time, each with from_id = the smallest id seen so far, until a page
//           brings no new id.
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

    int snapshotRefetches() const { return m_attempt - 1; }

    bool isConsistent() const { return m_consistent; }

private:
    Step acceptPage(const PageTask &task, const PageResult &page);
    Step acceptCursor(const PageResult &page);
    Step failWith(CallError error, const QString &message);
    Step acceptFromId(const PageResult &page);
    PageTask task(int page, ParameterValues values);

    PagingStyle m_style;
    QString m_language;
    ParameterValues m_values;
    int m_maxAttempts;
    QString m_fromIdField;
    int m_maxPages = ResponseLimits::defaultMaxPages;
    Failure m_failure;

    int m_generation = 0;
    int m_attempt = 1;
    bool m_allowFreshHit = true;
    bool m_consistent = true;
    bool m_finished = false;
    bool m_waiting = false; // a sequential style has its one request out
    int m_nextPage = 1;
    int m_total = 0; // 0 until page 1 (or the single answer) arrived
    QByteArray m_lastModified;
    QByteArray m_pageCount;
    QMap<int, PageResult> m_pages;
    QString m_cursorDirection; // "before" or "after"
    QSet<QString> m_seenCursors;
    QSet<qint64> m_seenIds;
};

} // namespace Esi::Core
