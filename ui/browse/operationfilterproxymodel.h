#pragma once

#include "core/spec/specsearch.h"

#include <QSortFilterProxyModel>
#include <memory>

namespace Esi::Ui {

class OperationTreeModel;

// Filters an OperationTreeModel with SpecSearch's query language (`assets`, `tag:market`, `scope:assets`,
// `method:post`, ...). Tags keep their document order; a tag without a matching operation is hidden.
class OperationFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit OperationFilterProxyModel(OperationTreeModel *source, QObject *parent = nullptr);

    void setQuery(const QString &query);

    QString query() const { return m_query; }

    bool isFiltering() const;
    int matchingOperationCount() const; // operations the current query lets through

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    // Matches are computed once per (spec, query), lazily, so a spec swapped in the source model is
    // picked up whatever order the reset signals arrive in.
    void ensureMatches() const;

    OperationTreeModel *m_source;
    QString m_query;
    mutable Core::SpecPtr m_matchedSpec;
    mutable QString m_matchedQuery;
    mutable bool m_matchesValid = false;
    mutable std::unique_ptr<Core::SpecSearch> m_search;
    mutable QList<bool> m_operationMatches; // by operation index
    mutable int m_matchCount = 0;
};

} // namespace Esi::Ui
