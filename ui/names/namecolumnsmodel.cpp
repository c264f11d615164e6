#include "ui/names/namecolumnsmodel.h"

#include "core/names/rownames.h"

#include <QJsonValue>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

using Core::ResolvedName;

NameColumnsModel::NameColumnsModel(int valueRole, QObject *parent)
    : QAbstractProxyModel(parent)
    , m_valueRole(valueRole)
{}

void NameColumnsModel::setSourceModel(QAbstractItemModel *source)
{
    beginResetModel();
    for (const QMetaObject::Connection &connection : std::as_const(m_connections)) {
        disconnect(connection);
    }
    m_connections.clear();
    QAbstractProxyModel::setSourceModel(source);
    if (m_sortable) {
        m_sortable->setCellNames(nullptr);
    }
    m_sortable = dynamic_cast<NameSortable *>(source);
    if (source) {
        const auto reset = [this] {
            beginResetModel();
            rebuild();
            endResetModel();
        };
        m_connections = {
            connect(source, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); }),
            connect(source, &QAbstractItemModel::modelReset, this,
                    [this] {
                        rebuild();
                        endResetModel();
                    }),
            connect(source, &QAbstractItemModel::layoutAboutToBeChanged, this,
                    [this] { Q_EMIT layoutAboutToBeChanged(); }),
            connect(source, &QAbstractItemModel::layoutChanged, this, [this] { Q_EMIT layoutChanged(); }),
            connect(source, &QAbstractItemModel::dataChanged, this,
                    [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                        if (!m_entries.isEmpty()) {
                            Q_EMIT dataChanged(index(topLeft.row(), 0), index(bottomRight.row(), columnCount() - 1));
                        }
                    }),
            connect(source, &QAbstractItemModel::rowsAboutToBeInserted, this,
                    [this](const QModelIndex &, int first, int last) { beginInsertRows({}, first, last); }),
            connect(source, &QAbstractItemModel::rowsInserted, this, [this] { endInsertRows(); }),
            connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                    [this](const QModelIndex &, int first, int last) { beginRemoveRows({}, first, last); }),
            connect(source, &QAbstractItemModel::rowsRemoved, this, [this] { endRemoveRows(); }),
            connect(source, &QAbstractItemModel::columnsInserted, this, reset),
            connect(source, &QAbstractItemModel::columnsRemoved, this, reset),
            connect(source, &QAbstractItemModel::columnsMoved, this, reset),
            connect(source, &QAbstractItemModel::headerDataChanged, this,
                    [this, reset](Qt::Orientation orientation, int first, int last) {
                        if (orientation == Qt::Horizontal) {
                            reset();
                        } else {
                            Q_EMIT headerDataChanged(orientation, first, last);
                        }
                    }),
        };
    }
    rebuild();
    endResetModel();
}

void NameColumnsModel::rebuild()
{
    m_entries.clear();
    m_idColumns.clear();
    m_idSourceColumns.clear();
    QAbstractItemModel *source = sourceModel();
    if (!source) {
        return;
    }
    for (int column = 0; column < source->columnCount(); ++column) {
        const QString name = source->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        Entry entry{column, -1, false};
        if (const Core::EveIdKind kind = Core::IdColumns::kindOf(name); kind != Core::EveIdKind::None) {
            entry.idColumn = int(m_idColumns.size());
            m_idColumns.append({name, kind, Core::IdColumns::nameColumnOf(name)});
            m_idSourceColumns.append(column);
        }
        m_entries.append(entry);
        if (entry.idColumn >= 0 && m_enabled && !m_hidden.contains(name)) {
            m_entries.append(Entry{column, entry.idColumn, true});
        }
    }
    shareNames();
}

void NameColumnsModel::shareNames()
{
    if (!m_sortable) {
        return;
    }
    QHash<int, Core::EveIdKind> shown;
    for (const Entry &entry : std::as_const(m_entries)) {
        if (entry.names) {
            shown.insert(entry.sourceColumn, m_idColumns.at(entry.idColumn).kind);
        }
    }
    m_sortable->setCellNames(shown.isEmpty() ? nullptr : std::make_shared<const CellNames>(shown, m_names));
}

void NameColumnsModel::setEnabled(bool enabled)
{
    if (enabled == m_enabled) {
        return;
    }
    beginResetModel();
    m_enabled = enabled;
    rebuild();
    endResetModel();
    Q_EMIT enabledChanged(enabled);
}

void NameColumnsModel::setNamesShown(const QString &idColumn, bool shown)
{
    if (shown == !m_hidden.contains(idColumn)) {
        return;
    }
    beginResetModel();
    if (shown) {
        m_hidden.remove(idColumn);
    } else {
        m_hidden.insert(idColumn);
    }
    rebuild();
    endResetModel();
}

bool NameColumnsModel::namesShown(const QString &idColumn) const
{
    return m_enabled && !m_hidden.contains(idColumn);
}

void NameColumnsModel::setNames(const Core::ResolvedNames &names)
{
    m_names = names;
    shareNames();
    if (rowCount() > 0 && columnCount() > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                           {Qt::DisplayRole, Qt::ToolTipRole, m_valueRole});
    }
}

QString NameColumnsModel::idColumnAt(int proxyColumn) const
{
    if (proxyColumn < 0 || proxyColumn >= m_entries.size() || m_entries.at(proxyColumn).idColumn < 0) {
        return {};
    }
    return m_idColumns.at(m_entries.at(proxyColumn).idColumn).path;
}

bool NameColumnsModel::isNameColumn(int proxyColumn) const
{
    return proxyColumn >= 0 && proxyColumn < m_entries.size() && m_entries.at(proxyColumn).names;
}

int NameColumnsModel::proxyColumnOfSource(int sourceColumn) const
{
    for (int column = 0; column < m_entries.size(); ++column) {
        if (m_entries.at(column).sourceColumn == sourceColumn && !m_entries.at(column).names) {
            return column;
        }
    }
    return -1;
}

int NameColumnsModel::proxyColumnOfSort(int sourceColumn) const
{
    const int column = proxyColumnOfSource(sourceColumn);
    const bool byNames = m_sortable && m_sortable->sortsByNames();
    return byNames && column >= 0 && isNameColumn(column + 1) ? column + 1 : column;
}

QModelIndex NameColumnsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount()) {
        return {};
    }
    return createIndex(row, column);
}

QModelIndex NameColumnsModel::parent(const QModelIndex &) const
{
    return {};
}

int NameColumnsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->rowCount();
}

int NameColumnsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QModelIndex NameColumnsModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel() || proxyIndex.column() >= m_entries.size()) {
        return {};
    }
    return sourceModel()->index(proxyIndex.row(), m_entries.at(proxyIndex.column()).sourceColumn);
}

QModelIndex NameColumnsModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid()) {
        return {};
    }
    return index(sourceIndex.row(), proxyColumnOfSource(sourceIndex.column()));
}

ResolvedName NameColumnsModel::describe(const Entry &entry, int row) const
{
    const QJsonValue value = sourceModel()->index(row, entry.sourceColumn).data(m_valueRole).value<QJsonValue>();
    const qint64 id = value.isDouble() ? value.toInteger(0) : 0;
    return Core::RowNames::describe(m_idColumns.at(entry.idColumn).kind, id, m_names);
}

QString NameColumnsModel::tooltip(const ResolvedName &name) const
{
    if (name.isNamed()) {
        return tr("%1 (%2, from /universe/names)").arg(name.name, name.category);
    }
    return name.reason;
}

QVariant NameColumnsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.column() >= m_entries.size() || !sourceModel()) {
        return {};
    }
    const Entry &entry = m_entries.at(index.column());
    if (!entry.names) {
        if (entry.idColumn >= 0 && role == Qt::ToolTipRole) {
            const QJsonValue value =
                sourceModel()->index(index.row(), entry.sourceColumn).data(m_valueRole).value<QJsonValue>();
            if (value.isDouble()) {
                return tooltip(describe(entry, index.row()));
            }
        }
        return mapToSource(index).data(role);
    }
    switch (role) {
    case Qt::DisplayRole: {
        const ResolvedName name = describe(entry, index.row());
        return name.isNamed() ? name.name : QString();
    }
    case Qt::ToolTipRole:
        return tooltip(describe(entry, index.row()));
    case Qt::TextAlignmentRole:
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        if (role == m_valueRole) {
            const ResolvedName name = describe(entry, index.row());
            return QVariant::fromValue(name.isNamed() ? QJsonValue(name.name) : QJsonValue(QJsonValue::Null));
        }
        return {};
    }
}

QVariant NameColumnsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical || !sourceModel()) {
        return sourceModel() ? sourceModel()->headerData(section, orientation, role) : QVariant();
    }
    if (section < 0 || section >= m_entries.size()) {
        return {};
    }
    const Entry &entry = m_entries.at(section);
    if (!entry.names) {
        return sourceModel()->headerData(entry.sourceColumn, orientation, role);
    }
    const Core::IdColumn &column = m_idColumns.at(entry.idColumn);
    if (role == Qt::DisplayRole) {
        return column.nameColumn;
    }
    if (role == Qt::ToolTipRole) {
        return tr("Names of %1 from ESI's /universe/names; right-click a header to hide them").arg(column.path);
    }
    return {};
}

Qt::ItemFlags NameColumnsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

void NameColumnsModel::sort(int column, Qt::SortOrder order)
{
    if (!sourceModel() || column < 0 || column >= m_entries.size()) {
        return;
    }
    if (m_entries.at(column).names && m_sortable) {
        m_sortable->sortByNames(m_entries.at(column).sourceColumn, order);
    } else {
        sourceModel()->sort(m_entries.at(column).sourceColumn, order);
    }
}

} // namespace Esi::Ui
