#pragma once

#include "core/http/paging/pagingstrategy.h"

#include <QSet>

namespace Esi::Core {

// Cursor paging (`x-pagination: cursor`, ESI's newer routes): query `before` or `after` (never both), the
// body wraps the list and adds `cursor: {before, after}`. One request at a time, following `before` (or
// `after` when the caller started with one) until a page comes back empty, without a cursor, or with one
// already followed. Unless the caller chose a `limit`, the walk asks for the largest page the route allows.
class CursorStrategy : public PagingStrategy
{
public:
    explicit CursorStrategy(std::optional<qint64> largestLimit = std::nullopt);

    // The maximum of the operation's `limit` parameter, if it declares one.
    static std::optional<qint64> largestLimit(const Spec &spec, const Operation &operation);

    PagingStyle style() const override { return PagingStyle::Cursor; }

    std::unique_ptr<PagingStrategy> clone() const override;
    void start(ParameterValues values) override;
    bool mayRequest(int request) const override;
    ParameterValues requestValues(int request) const override;
    Verdict accept(int request, const PageResult &page, int pagesKept, int maxPages) override;

    QString direction() const { return m_direction; } // "before" or "after"

private:
    std::optional<qint64> m_largestLimit;
    ParameterValues m_values;
    QString m_direction;
    QSet<QString> m_seenCursors;
};

} // namespace Esi::Core
