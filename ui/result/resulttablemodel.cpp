#include "ui/result/resulttablemodel.h"

#include <QJsonObject>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <numeric>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

namespace {

// How a cell sorts: numbers by value, then text, then arrays/objects by their JSON, missing last.
struct SortKey
{
    enum Kind { Number, Text, Complex, Missing };

    Kind kind = Missing;
    double number = 0;
    QString text;
};

SortKey sortKey(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Double:
        return {SortKey::Number, value.toDouble(), {}};
    case QJsonValue::Bool:
        return {SortKey::Number, value.toBool() ? 1.0 : 0.0, {}};
    case QJsonValue::String:
        return {SortKey::Text, 0, value.toString()};
    case QJsonValue::Array:
    case QJsonValue::Object:
        return {SortKey::Complex, 0, Core::ResultData::displayText(value)};
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

// < on keys of equal kind; kinds order themselves.
int compareKeys(const SortKey &a, const SortKey &b)
{
    if (a.kind != b.kind) {
        return a.kind < b.kind ? -1 : 1;
    }
    if (a.kind == SortKey::Number) {
        return a.number < b.number ? -1 : (b.number < a.number ? 1 : 0);
    }
    const int byText = QString::compare(a.text, b.text, Qt::CaseInsensitive);
    return byText != 0 ? byText : QString::compare(a.text, b.text, Qt::CaseSensitive);
}

constexpr int filterChunkRows = 16384;

} // namespace

ResultTableModel::ResultTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

ResultTableModel::~ResultTableModel()
{
    for (QFutureWatcher<Ordering> *watcher : std::as_const(m_watchers)) {
        watcher->disconnect(this);
        watcher->waitForFinished(); // the job reads m_data's rows through its own shared pointer, but finish quietly
        delete watcher;
    }
}

void ResultTableModel::setResult(Core::ResultDataPtr data, int language)
{
    beginResetModel();
    m_data = std::move(data);
    m_language = m_data && language >= 0 && language < m_data->languageCount() ? language : 0;
    m_order.clear();
    m_identity = true;
    ++m_generation; // results of jobs for the previous data are void
    if (m_sortColumn >= columnCount()) {
        m_sortColumn = -1;
    }
    if (m_filterColumn >= columnCount()) {
        m_filterColumn = -1;
    }
    endResetModel();
    Q_EMIT visibleRowsChanged(rowCount(), totalRows());
    schedule();
}

void ResultTableModel::appendResult(Core::ResultDataPtr data)
{
    if (!data || !m_data || data->streamId() != m_data->streamId() ||
        data->rowCount(m_language) < m_data->rowCount(m_language) || data->columns().size() < columnCount()) {
        setResult(std::move(data), m_data && data && data->streamId() == m_data->streamId() ? m_language : 0);
        return;
    }
    const int oldColumns = columnCount();
    const int newColumns = int(data->columns().size());
    if (newColumns > oldColumns) {
        beginInsertColumns({}, oldColumns, newColumns - 1);
        m_data = data;
        endInsertColumns();
    }
    const qsizetype oldTotal = totalRows();
    const qsizetype newTotal = data->rowCount(m_language);
    if (m_identity && newTotal > oldTotal) {
        beginInsertRows({}, int(oldTotal), int(newTotal - 1));
        m_data = std::move(data);
        endInsertRows();
    } else {
        m_data = std::move(data); // the ordering shown names rows that are all still there
    }
    if (newTotal > oldTotal && (!m_filterText.isEmpty() || m_sortColumn >= 0)) {
        if (m_pending > 0) {
            m_rowsAddedWhileBusy = true; // coalesced: one job at a time while pages keep coming
        } else {
            startJob();
        }
    }
    Q_EMIT visibleRowsChanged(rowCount(), totalRows());
}

void ResultTableModel::setLanguage(int language)
{
    if (language == m_language || !m_data || language < 0 || language >= m_data->languageCount()) {
        return;
    }
    setResult(m_data, language);
}

void ResultTableModel::clear()
{
    setResult(nullptr);
}

void ResultTableModel::setFilter(const QString &text, int column)
{
    if (text == m_filterText && column == m_filterColumn) {
        return;
    }
    m_filterText = text;
    m_filterColumn = column;
    schedule();
}

void ResultTableModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder && !m_sortByNames) {
        return;
    }
    m_sortColumn = column < columnCount() ? column : -1;
    m_sortOrder = order;
    m_sortByNames = false;
    schedule();
}

void ResultTableModel::sortByNames(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder && m_sortByNames) {
        return;
    }
    m_sortColumn = column < columnCount() ? column : -1;
    m_sortOrder = order;
    m_sortByNames = m_sortColumn >= 0;
    schedule();
}

void ResultTableModel::setCellNames(CellNamesPtr names)
{
    m_cellNames = std::move(names);
    if (!m_filterText.isEmpty() || m_sortByNames) {
        schedule(); // what matches or where a row sorts may have changed
    }
}

qsizetype ResultTableModel::totalRows() const
{
    return m_data ? m_data->rowCount(m_language) : 0;
}

void ResultTableModel::schedule()
{
    const quint64 generation = ++m_generation;
    m_rowsAddedWhileBusy = false;
    if (!m_data || (m_filterText.isEmpty() && m_sortColumn < 0)) {
        applyOrdering(Ordering{generation, {}, true});
        return;
    }
    startJob();
}

void ResultTableModel::startJob(bool announce)
{
    const quint64 generation = m_generation;
    Job job{m_data, m_language, m_filterText, m_filterColumn, m_sortColumn, m_sortOrder, m_cellNames, m_sortByNames};
    auto *watcher = new QFutureWatcher<Ordering>(this);
    connect(watcher, &QFutureWatcher<Ordering>::finished, this, &ResultTableModel::handleOrderingReady);
    m_watchers.append(watcher);
    if (++m_pending == 1 && announce) {
        Q_EMIT busyChanged(true);
    }
    watcher->setFuture(QtConcurrent::run(&ResultTableModel::computeOrdering, job, generation));
}

void ResultTableModel::handleOrderingReady()
{
    auto *watcher = static_cast<QFutureWatcher<Ordering> *>(sender());
    if (!m_watchers.removeOne(watcher)) {
        return; // already collected by waitForIdle()
    }
    Ordering ordering = watcher->result();
    watcher->deleteLater();
    collect(std::move(ordering));
}

void ResultTableModel::collect(Ordering ordering)
{
    if (ordering.generation == m_generation) {
        applyOrdering(std::move(ordering));
    }
    if (m_pending == 1 && m_rowsAddedWhileBusy) {
        m_rowsAddedWhileBusy = false;
        m_pending = 0;
        startJob(false); // rows came meanwhile; this job takes the last one's place and busy stays on
        return;
    }
    if (--m_pending == 0) {
        Q_EMIT busyChanged(false);
    }
}

void ResultTableModel::waitForIdle()
{
    while (!m_watchers.isEmpty()) {
        QFutureWatcher<Ordering> *watcher = m_watchers.takeFirst();
        watcher->waitForFinished();
        Ordering ordering = watcher->result();
        delete watcher; // drops its queued `finished` as well
        collect(std::move(ordering));
    }
}

ResultTableModel::Ordering ResultTableModel::computeOrdering(const Job &job, quint64 generation)
{
    Ordering ordering;
    ordering.generation = generation;
    ordering.identity = false;
    const Core::ResultData &data = *job.data;
    const int language = job.language;
    const int rowCount = int(data.rowCount(language));
    const int columnCount = int(data.columns().size());

    if (job.filterText.isEmpty()) {
        ordering.rows.resize(rowCount);
        std::iota(ordering.rows.begin(), ordering.rows.end(), 0);
    } else {
        // Chunks of rows filtered in parallel, then joined in order. A cell's text is what the table shows.
        QList<QPair<int, int>> chunks;
        for (int start = 0; start < rowCount; start += filterChunkRows) {
            chunks.append({start, qMin(rowCount, start + filterChunkRows)});
        }
        const auto contains = [&](int row, int column) {
            return data.text(language, row, column).contains(job.filterText, Qt::CaseInsensitive) ||
                   (job.names && job.names->holdsIds(column) &&
                    job.names->nameOf(column, data.cell(language, row, column))
                        .contains(job.filterText, Qt::CaseInsensitive));
        };
        const auto filterChunk = [&](const QPair<int, int> &chunk) {
            QList<int> kept;
            for (int row = chunk.first; row < chunk.second; ++row) {
                bool match = false;
                if (job.filterColumn >= 0 && job.filterColumn < columnCount) {
                    match = contains(row, job.filterColumn);
                } else {
                    for (int column = 0; column < columnCount && !match; ++column) {
                        match = contains(row, column);
                    }
                }
                if (match) {
                    kept.append(row);
                }
            }
            return kept;
        };
        const QList<QList<int>> kept = QtConcurrent::blockingMapped<QList<QList<int>>>(chunks, filterChunk);
        for (const QList<int> &part : kept) {
            ordering.rows.append(part);
        }
    }

    if (job.sortColumn >= 0 && job.sortColumn < columnCount) {
        std::vector<SortKey> keys(static_cast<size_t>(rowCount));
        for (int row : std::as_const(ordering.rows)) {
            const QJsonValue cell = data.cell(language, row, job.sortColumn);
            if (job.sortByNames) { // a name column: by the name, rows without one last
                const QString name = job.names ? job.names->nameOf(job.sortColumn, cell) : QString();
                keys[size_t(row)] = name.isEmpty() ? SortKey() : SortKey{SortKey::Text, 0, name};
            } else {
                keys[size_t(row)] = sortKey(cell);
            }
        }
        const bool descending = job.sortOrder == Qt::DescendingOrder;
        std::stable_sort(ordering.rows.begin(), ordering.rows.end(), [&](int a, int b) {
            const SortKey &left = keys[size_t(a)];
            const SortKey &right = keys[size_t(b)];
            // Missing values stay at the bottom whichever way the column sorts.
            if ((left.kind == SortKey::Missing) != (right.kind == SortKey::Missing)) {
                return right.kind == SortKey::Missing;
            }
            const int order = compareKeys(left, right);
            return descending ? order > 0 : order < 0;
        });
    }
    return ordering;
}

void ResultTableModel::applyOrdering(Ordering ordering)
{
    const qsizetype total = totalRows();
    const qsizetype newCount = ordering.identity ? total : ordering.rows.size();
    const int oldCount = rowCount();
    // Rows came in and the view is filtered but not sorted: the rows shown stay, the new matches follow them.
    if (!ordering.identity && !m_identity && newCount > oldCount && m_sortColumn < 0 &&
        std::equal(m_order.begin(), m_order.end(), ordering.rows.begin())) {
        beginInsertRows({}, oldCount, int(newCount - 1));
        m_order = std::move(ordering.rows);
        endInsertRows();
        Q_EMIT visibleRowsChanged(rowCount(), total);
        return;
    }
    if (newCount != oldCount) {
        beginResetModel();
        m_order = std::move(ordering.rows);
        m_identity = ordering.identity;
        endResetModel();
    } else {
        // Same rows, new order: keep selections and the current cell on their rows.
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList persistent = persistentIndexList();
        QList<int> persistentSources;
        persistentSources.reserve(persistent.size());
        for (const QModelIndex &index : persistent) {
            persistentSources.append(sourceRow(index.row()));
        }
        m_order = std::move(ordering.rows);
        m_identity = ordering.identity;
        if (!persistent.isEmpty()) {
            QList<int> visibleOf(total, -1);
            for (int row = 0; row < rowCount(); ++row) {
                visibleOf[sourceRow(row)] = row;
            }
            QModelIndexList updated;
            updated.reserve(persistent.size());
            for (qsizetype i = 0; i < persistent.size(); ++i) {
                const int source = persistentSources.at(i);
                const int row = source >= 0 ? visibleOf.at(source) : -1;
                updated.append(row >= 0 ? index(row, persistent.at(i).column()) : QModelIndex());
            }
            changePersistentIndexList(persistent, updated);
        }
        Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }
    Q_EMIT visibleRowsChanged(rowCount(), total);
}

int ResultTableModel::sourceRow(int row) const
{
    if (row < 0 || row >= rowCount()) {
        return -1;
    }
    return m_identity ? row : m_order.at(row);
}

QJsonValue ResultTableModel::sourceCell(int source, int column) const
{
    if (!m_data || source < 0 || column < 0 || column >= m_data->columns().size()) {
        return QJsonValue(QJsonValue::Undefined);
    }
    return m_data->cell(m_language, source, column);
}

QJsonValue ResultTableModel::cellValue(int row, int column) const
{
    return sourceCell(sourceRow(row), column);
}

int ResultTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_data) {
        return 0;
    }
    return int(m_identity ? m_data->rowCount(m_language) : m_order.size());
}

int ResultTableModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_data) {
        return 0;
    }
    return int(m_data->columns().size());
}

QVariant ResultTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    if (m_decoration &&
        (role == HighlightRole || role == Qt::BackgroundRole || role == Qt::FontRole || role == Qt::ToolTipRole)) {
        if (QVariant decorated = m_decoration(sourceRow(index.row()), index.column(), role); decorated.isValid()) {
            return decorated;
        }
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return m_data->text(m_language, sourceRow(index.row()), index.column());
    case Qt::ToolTipRole: {
        const QJsonValue value = cellValue(index.row(), index.column());
        const QString text = Core::ResultData::displayText(value);
        return text.size() > 60 || value.isArray() || value.isObject() ? QVariant(text) : QVariant();
    }
    case Qt::TextAlignmentRole: {
        const QJsonValue value = cellValue(index.row(), index.column());
        return QVariant::fromValue(value.isDouble() ? Qt::AlignRight | Qt::AlignVCenter
                                                    : Qt::AlignLeft | Qt::AlignVCenter);
    }
    case SortValueRole:
        return QVariant::fromValue(cellValue(index.row(), index.column()));
    case SourceRowRole:
        return sourceRow(index.row());
    default:
        return {};
    }
}

void ResultTableModel::setDecoration(Decoration decoration)
{
    const bool had = bool(m_decoration);
    m_decoration = std::move(decoration);
    if ((had || m_decoration) && rowCount() > 0 && columnCount() > 0) { // nothing to repaint from none to none
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                           {HighlightRole, Qt::BackgroundRole, Qt::FontRole, Qt::ToolTipRole});
    }
}

QVariant ResultTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_data) {
        return {};
    }
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= columnCount()) {
            return {};
        }
        const Core::ResultData::Column &column = m_data->columns().at(section);
        if (role == Qt::DisplayRole) {
            return column.name;
        }
        if (role == Qt::ToolTipRole) {
            return column.path.isEmpty() ? tr("The row itself (the result is a list of values)")
                                         : tr("Field %1 of each row").arg(column.name);
        }
        return {};
    }
    if (role == Qt::DisplayRole && section >= 0 && section < rowCount()) {
        return sourceRow(section) + 1; // where the row stood in the result, whatever the sort
    }
    return {};
}

} // namespace Esi::Ui
