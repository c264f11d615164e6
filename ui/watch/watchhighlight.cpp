#include "ui/watch/watchhighlight.h"

#include <QCoreApplication>
#include <QFont>
#include <QHash>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

namespace {

struct Marks
{
    Core::WatchSnapshot snapshot;
    // (language, row) -> column -> the value before, for the changed cells listed by the diff
    QHash<quint64, QHash<int, QJsonValue>> cells;
};

quint64 rowKey(int language, qsizetype row)
{
    return (quint64(quint16(language)) << 48) | (quint64(row) & 0xffffffffffffULL);
}

} // namespace

QColor WatchHighlight::colorOf(Core::RowChange::Kind kind, bool changedCell)
{
    switch (kind) {
    case Core::RowChange::Kind::Added:
        return QColor(0x4c, 0xaf, 0x50, 90);
    case Core::RowChange::Kind::Changed:
        return changedCell ? QColor(0xff, 0x98, 0x00, 170) : QColor(0xff, 0xc1, 0x07, 70);
    case Core::RowChange::Kind::Removed:
        return QColor(0xe5, 0x39, 0x35, 80);
    }
    return {};
}

ResultTableModel::Decoration WatchHighlight::decorationFor(const Core::WatchSnapshot &snapshot,
                                                           const ResultTableModel *model)
{
    if (!snapshot.compared || snapshot.diff.isEmpty() || !snapshot.data) {
        return {};
    }
    auto marks = std::make_shared<Marks>();
    marks->snapshot = snapshot;
    for (const Core::RowChange &change : snapshot.diff.changes()) {
        if (change.kind != Core::RowChange::Kind::Changed) {
            continue;
        }
        QHash<int, QJsonValue> &columns = marks->cells[rowKey(change.language, change.afterRow)];
        for (const Core::CellChange &cell : change.cells) {
            if (const int column = snapshot.data->columnIndex(cell.column); column >= 0) {
                columns.insert(column, cell.before);
            }
        }
    }
    return [marks, model](int sourceRow, int column, int role) -> QVariant {
        const int language = model->language();
        const int kind = marks->snapshot.diff.kindOfAfterRow(language, sourceRow);
        if (kind < 0) {
            return {};
        }
        const auto rowKind = Core::RowChange::Kind(kind);
        const auto cells = marks->cells.constFind(rowKey(language, sourceRow));
        const bool changedCell = cells != marks->cells.constEnd() && cells->contains(column);
        switch (role) {
        case ResultTableModel::HighlightRole:
            return kind;
        case Qt::BackgroundRole:
            return colorOf(rowKind, changedCell);
        case Qt::FontRole:
            if (changedCell) {
                QFont font;
                font.setBold(true);
                return font;
            }
            return {};
        case Qt::ToolTipRole:
            if (changedCell) {
                return QCoreApplication::translate("Esi::Ui::WatchHighlight", "Changed in snapshot %1; was: %2")
                    .arg(marks->snapshot.number)
                    .arg(Core::RowChange::text(cells->value(column), 300));
            }
            return rowKind == Core::RowChange::Kind::Added
                       ? QCoreApplication::translate("Esi::Ui::WatchHighlight", "Added in snapshot %1")
                             .arg(marks->snapshot.number)
                       : QCoreApplication::translate("Esi::Ui::WatchHighlight", "Changed in snapshot %1")
                             .arg(marks->snapshot.number);
        default:
            return {};
        }
    };
}

QStringList WatchHighlight::removedRows(const Core::WatchSnapshot &snapshot)
{
    QStringList lines;
    const Core::RowIdentity &identity = snapshot.diff.identity();
    for (const Core::RowChange &change : snapshot.diff.changes()) {
        if (change.kind != Core::RowChange::Kind::Removed) {
            continue;
        }
        if (lines.size() >= MaxRemovedListed) {
            lines.append(QCoreApplication::translate("Esi::Ui::WatchHighlight", "\u2026 and %n more", nullptr,
                                                     int(snapshot.diff.removed() - MaxRemovedListed)));
            break;
        }
        lines.append(identity.isWholeRow()
                         ? Core::RowChange::text(change.row, 300)
                         : u"%1 %2: %3"_s.arg(identity.column, change.key, Core::RowChange::text(change.row, 300)));
    }
    return lines;
}

} // namespace Esi::Ui
