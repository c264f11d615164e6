#pragma once

#include "core/result/resultdata.h"
#include "core/watch/snapshotdiff.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace Esi::Ui {

// Two results of one operation compared row by row, as a watch compares its snapshots (Core::SnapshotDiff):
// the identity column, "3 added, 1 changed, 2 removed", and one line per change (changed rows list each column
// as "old → new"). Rows that were not kept are said to be missing instead.
class RowCompareView : public QWidget
{
    Q_OBJECT

public:
    static constexpr int MaxShown = 5000;

    explicit RowCompareView(QWidget *parent = nullptr);

    // `before` the older result, `after` the newer; null when its rows were not kept.
    void compare(const Core::ResultDataPtr &before, const Core::ResultDataPtr &after, const QString &routePath);

    QString summary() const;

    QTreeWidget *changes() const { return m_changes; }

    const Core::SnapshotDiff &diff() const { return m_diff; }

private:
    QLabel *m_summary;
    QTreeWidget *m_changes;
    Core::SnapshotDiff m_diff;
};

} // namespace Esi::Ui
