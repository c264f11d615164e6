#include "ui/browse/operationfilterproxymodel.h"

#include "ui/browse/operationtreemodel.h"

namespace Esi::Ui {

OperationFilterProxyModel::OperationFilterProxyModel(OperationTreeModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
{
    setSourceModel(source);
}

void OperationFilterProxyModel::setQuery(const QString &query)
{
    const QString simplified = query.simplified();
    if (simplified == m_query) {
        return;
    }
    m_query = simplified;
    invalidateFilter();
}

bool OperationFilterProxyModel::isFiltering() const
{
    return !m_query.isEmpty();
}

int OperationFilterProxyModel::matchingOperationCount() const
{
    ensureMatches();
    return m_matchCount;
}

void OperationFilterProxyModel::ensureMatches() const
{
    const Core::SpecPtr spec = m_source->spec();
    if (m_matchesValid && spec == m_matchedSpec && m_query == m_matchedQuery) {
        return;
    }
    if (spec != m_matchedSpec) {
        m_search.reset();
    }
    m_matchedSpec = spec;
    m_matchedQuery = m_query;
    m_matchesValid = true;
    const qsizetype operationCount = spec ? spec->operations().size() : 0;
    if (m_query.isEmpty() || !spec) {
        m_operationMatches.fill(true, operationCount);
        m_matchCount = int(operationCount);
        return;
    }
    if (!m_search) {
        m_search = std::make_unique<Core::SpecSearch>(spec);
    }
    m_operationMatches.fill(false, operationCount);
    const QList<int> found = m_search->find(m_query);
    for (int index : found) {
        m_operationMatches[index] = true;
    }
    m_matchCount = int(found.size());
}

bool OperationFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    ensureMatches();
    if (m_query.isEmpty()) {
        return true;
    }
    if (!sourceParent.isValid()) {
        const QList<int> operations = m_source->operationsOfTag(sourceRow);
        return std::any_of(operations.cbegin(), operations.cend(),
                           [this](int index) { return m_operationMatches.value(index); });
    }
    const QModelIndex index = m_source->index(sourceRow, 0, sourceParent);
    return m_operationMatches.value(index.data(OperationTreeModel::OperationIndexRole).toInt());
}

} // namespace Esi::Ui
