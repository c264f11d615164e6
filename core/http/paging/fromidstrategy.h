#pragma once

#include "core/http/paging/pagingstrategy.h"

#include <QSet>

namespace Esi::Core {

// from_id (wallet transactions): one request at a time, each with from_id = the smallest id seen so far,
// until a page brings no new id. Without an id field to walk by it makes one request, as asked.
class FromIdStrategy : public PagingStrategy
{
public:
    explicit FromIdStrategy(QString idField);

    // The items' id field in the operation's success schema ("transaction_id", else an integer "*_id" whose
    // description says it is unique); empty when there is none. Reads two schema levels, never inlines.
    static QString idFieldOf(const Spec &spec, const Operation &operation);

    PagingStyle style() const override { return PagingStyle::FromId; }

    bool canWalk() const override { return !m_idField.isEmpty(); }

    QString idField() const { return m_idField; }

    std::unique_ptr<PagingStrategy> clone() const override;
    void start(ParameterValues values) override;
    bool mayRequest(int request) const override;
    ParameterValues requestValues(int request) const override;
    Verdict accept(int request, const PageResult &page, int pagesKept, int maxPages) override;

private:
    QString m_idField;
    ParameterValues m_values;
    QSet<qint64> m_seenIds;
};

} // namespace Esi::Core
