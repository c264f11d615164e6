#include "ui/history/rowcompareview.h"

#include "core/watch/historyrowsstore.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

RowCompareView::RowCompareView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_changes(new QTreeWidget(this))
{
    setObjectName(u"rowCompareView"_s);
    setAccessibleName(tr("Rows compared"));
    m_summary->setObjectName(u"rowCompareSummary"_s);
    m_summary->setAccessibleName(tr("Row comparison"));
    m_summary->setWordWrap(true);
    m_changes->setObjectName(u"rowCompareChanges"_s);
    m_changes->setAccessibleName(tr("Changed rows"));
    m_changes->setHeaderLabels({tr("Change"), tr("Row"), tr("Details")});
    m_changes->setRootIsDecorated(false);
    m_changes->setAlternatingRowColors(true);
    m_changes->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_changes->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_changes, 1);
}

void RowCompareView::compare(const Core::ResultDataPtr &before, const Core::ResultDataPtr &after,
                             const QString &routePath)
{
    m_changes->clear();
    if (!before || !after) {
        m_diff = {};
        m_summary->setText(tr("Rows cannot be compared: they are kept only for the last %1 calls with at most %2 "
                              "rows, and not for at least one of these.")
                               .arg(Core::HistoryRowsStore::MaxEntries)
                               .arg(Core::HistoryRowsStore::MaxRows));
        m_changes->hide();
        return;
    }
    const Core::RowIdentity identity = Core::RowIdentity::detect({}, routePath, {before, after});
    m_diff = Core::SnapshotDiff::compare(*before, *after, identity, MaxShown);
    m_summary->setText(tr("Rows, older to newer: %1 (%2).").arg(m_diff.summary(), identity.reason));
    for (const Core::RowChange &change : m_diff.changes()) {
        QString kind;
        QString details;
        switch (change.kind) {
        case Core::RowChange::Kind::Added:
            kind = tr("added");
            details = Core::RowChange::text(change.row, 200);
            break;
        case Core::RowChange::Kind::Removed:
            kind = tr("removed");
            details = Core::RowChange::text(change.row, 200);
            break;
        case Core::RowChange::Kind::Changed: {
            kind = tr("changed");
            QStringList cells;
            for (const Core::CellChange &cell : change.cells) {
                cells.append(u"%1: %2 \u2192 %3"_s.arg(cell.column, Core::RowChange::text(cell.before, 200),
                                                       Core::RowChange::text(cell.after, 200)));
            }
            details = cells.join(u"; "_s);
            break;
        }
        }
        auto *item = new QTreeWidgetItem(m_changes, {kind, identity.isWholeRow() ? QString() : change.key, details});
        item->setToolTip(2, details);
    }
    m_changes->setVisible(!m_diff.isEmpty());
}

QString RowCompareView::summary() const
{
    return m_summary->text();
}

} // namespace Esi::Ui
