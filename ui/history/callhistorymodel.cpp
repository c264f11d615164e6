#include "ui/history/callhistorymodel.h"

#include "ui/widgets/humanformat.h"

#include <QColor>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

CallHistoryModel::CallHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void CallHistoryModel::setEntries(const QList<Core::HistoryEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

void CallHistoryModel::prepend(const Core::HistoryEntry &entry)
{
    beginInsertRows({}, 0, 0);
    m_entries.prepend(entry);
    endInsertRows();
}

int CallHistoryModel::rowOf(qint64 id) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).id == id) {
            return int(i);
        }
    }
    return -1;
}

bool CallHistoryModel::removeEntry(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0) {
        return false;
    }
    beginRemoveRows({}, row, row);
    m_entries.removeAt(row);
    endRemoveRows();
    return true;
}

int CallHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int CallHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CallHistoryModel::servedText(const Core::HistoryEntry &entry) const
{
    const int network = qMax(0, entry.pages - entry.fromCache - entry.notModified);
    QStringList parts;
    if (network > 0) {
        parts << tr("%1 network").arg(network);
    }
    if (entry.notModified > 0) {
        parts << tr("%1 \u00d7 304").arg(entry.notModified);
    }
    if (entry.fromCache > 0) {
        parts << tr("%1 cached").arg(entry.fromCache);
    }
    return parts.join(u", "_s);
}

QVariant CallHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Core::HistoryEntry &entry = m_entries.at(index.row());
    if (role == EntryIdRole) {
        return entry.id;
    }
    if (role == Qt::ForegroundRole && index.column() == OutcomeColumn) {
        return entry.ok ? QColor(0x2e, 0x9d, 0x4f) : QColor(0xd0, 0x39, 0x3e);
    }
    if (role == Qt::TextAlignmentRole &&
        (index.column() == PagesColumn || index.column() == RowsColumn || index.column() == DurationColumn)) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case ParametersColumn:
            return entry.parametersText();
        case OutcomeColumn:
            return entry.message.isEmpty() ? QVariant() : QVariant(entry.message);
        case OperationColumn:
            return u"%1 %2"_s.arg(entry.method, entry.path);
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case TimeColumn:
        return QLocale().toString(entry.startedAt.toLocalTime(), QLocale::ShortFormat);
    case OperationColumn:
        return entry.operationId;
    case ParametersColumn:
        return entry.parametersText();
    case CharacterColumn:
        return entry.options.characterId == 0 ? tr("public") : entry.characterName;
    case DateColumn:
        return entry.compatibilityDate;
    case OutcomeColumn:
        if (entry.ok) {
            return entry.httpStatus > 0 ? QString::number(entry.httpStatus) : tr("ok");
        }
        return entry.httpStatus > 0 ? u"%1 %2"_s.arg(entry.httpStatus).arg(entry.outcome) : entry.outcome;
    case PagesColumn:
        return HumanFormat::count(entry.pages);
    case RowsColumn:
        return HumanFormat::count(entry.rows);
    case DurationColumn:
        return HumanFormat::duration(entry.durationMs());
    case ServedColumn:
        return servedText(entry);
    default:
        return {};
    }
}

QVariant CallHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case TimeColumn:
        return tr("When");
    case OperationColumn:
        return tr("Operation");
    case ParametersColumn:
        return tr("Parameters");
    case CharacterColumn:
        return tr("Character");
    case DateColumn:
        return tr("Spec date");
    case OutcomeColumn:
        return tr("Outcome");
    case PagesColumn:
        return tr("Pages");
    case RowsColumn:
        return tr("Rows");
    case DurationColumn:
        return tr("Time");
    case ServedColumn:
        return tr("Served");
    default:
        return {};
    }
}

} // namespace Esi::Ui
