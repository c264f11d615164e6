#pragma once

#include "core/http/callresult.h"
#include "core/http/parametervalues.h"
#include "core/spec/operation.h"

#include <memory>
#include <optional>

namespace Esi::Core {

class Spec;

// How an operation's result is split into requests: the one place that knows ESI's paging styles on the
// client side (X-Pages page numbers, cursor before/after tokens, from_id walks, unpaged). Chosen once per
// operation with forOperation(); the call engine gives each language of a call its own clone() to walk
// with, and the GUI and `esi` ask the same object what the style allows.
//
// A walk: start() with the caller's values; requestValues(n) for the n-th request (1-based) while
// mayRequest(n); accept() each answer, which says whether the page belongs to the result and whether
// the walk is done. PagingRun drives it (concurrency, snapshot restarts, the page cap).
class PagingStrategy
{
public:
    // What one answer meant to the walk.
    struct Verdict
    {
        bool keepPage = true;              // the answer is part of the result
        bool done = false;                 // no further request belongs to the result
        bool snapshotChanged = false;      // the data changed under the walk (X-Pages, Last-Modified)
        CallError error = CallError::None; // not None: the walk fails with `message`
        QString message;

        static Verdict more() { return {}; } // kept; the walk goes on

        static Verdict last(bool keepPage = true) // the walk is done
        {
            Verdict verdict;
            verdict.keepPage = keepPage;
            verdict.done = true;
            return verdict;
        }
    };

    virtual ~PagingStrategy() = default;

    // The operation's style. from_id needs the item field to walk by, read from the success schema; without
    // one the walk makes a single request (canWalk() is false).
    static std::unique_ptr<PagingStrategy> forOperation(const Spec &spec, const Operation &operation);
    // The style alone, for callers without a spec; a cursor walk then leaves `limit` as given.
    static std::unique_ptr<PagingStrategy> forStyle(PagingStyle style, const QString &fromIdField = QString());

    virtual PagingStyle style() const = 0;

    QString name() const { return pagingName(style()); } // "none", "page", "cursor", "from_id"

    bool isPaged() const { return style() != PagingStyle::None; }

    // Pages are numbered by the server (query `page`, header X-Pages): one page can be asked for by number,
    // and once page 1 told the count the others may all run at once. Other styles walk one request at a time.
    virtual bool hasPageNumbers() const { return false; }

    // False when the style cannot walk this operation (from_id without an id field): one request only.
    virtual bool canWalk() const { return true; }

    // The same rules with no walk state: one per language of a call.
    virtual std::unique_ptr<PagingStrategy> clone() const = 0;

    virtual void start(ParameterValues values) = 0;
    virtual bool mayRequest(int request) const = 0;
    virtual ParameterValues requestValues(int request) const = 0;
    // `pagesKept`: pages of the result so far; `maxPages`: the page cap (ResponseLimits).
    virtual Verdict accept(int request, const PageResult &page, int pagesKept, int maxPages) = 0;

    virtual void restart() {} // the snapshot changed: forget what the walk learned

    // Pages the result will have, when the style knows it before the walk ends.
    virtual std::optional<int> pageCount() const { return std::nullopt; }

    // How many pages a first page's headers announce (X-Pages); 0 when the style announces none.
    virtual int announcedPages(const RawHeaders &firstHeaders) const
    {
        Q_UNUSED(firstHeaders);
        return 0;
    }
};

} // namespace Esi::Core
