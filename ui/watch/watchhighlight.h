#pragma once

#include "core/watch/watchsnapshot.h"
#include "ui/result/resulttablemodel.h"

#include <QColor>
#include <QStringList>

namespace Esi::Ui {

// How a watch snapshot marks the result table: added rows green, changed rows amber with the changed cells
// stronger, in bold and with their earlier value in the tooltip. ResultTableModel::HighlightRole gives the
// RowChange::Kind as an int. Removed rows are not in the table; removedRows() lists them for the watch bar.
class WatchHighlight
{
public:
    static constexpr int MaxRemovedListed = 200;

    // The decoration of `model` for `snapshot` (which shares, not copies, its rows).
    static ResultTableModel::Decoration decorationFor(const Core::WatchSnapshot &snapshot,
                                                      const ResultTableModel *model);

    static QColor colorOf(Core::RowChange::Kind kind, bool changedCell = false);

    // "order_id 1000000001: {...}" per removed row, at most MaxRemovedListed.
    static QStringList removedRows(const Core::WatchSnapshot &snapshot);
};

} // namespace Esi::Ui
