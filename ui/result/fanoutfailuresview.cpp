#include "ui/result/fanoutfailuresview.h"

#include <QHeaderView>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

namespace {

constexpr int visibleLines = 6;

} // namespace

FanOutFailuresView::FanOutFailuresView(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(u"fanOutFailures"_s);
    setAccessibleName(tr("Failed calls of the list"));
    setColumnCount(3);
    setHeaderLabels({tr("Value"), tr("Status"), tr("Error")});
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setWordWrap(false);
    header()->setStretchLastSection(true);
    hide();
}

void FanOutFailuresView::setFailures(const QList<Core::FanOutFailure> &failures, int items)
{
    clear();
    setVisible(!failures.isEmpty());
    if (failures.isEmpty()) {
        return;
    }
    setHeaderLabels({tr("%1 of %2 calls failed").arg(failures.size()).arg(items), tr("Status"), tr("Error")});
    QList<QTreeWidgetItem *> lines;
    lines.reserve(failures.size());
    for (const Core::FanOutFailure &failure : failures) {
        auto *line = new QTreeWidgetItem(
            {failure.label, failure.httpStatus > 0 ? QString::number(failure.httpStatus) : QString(), failure.message});
        line->setToolTip(2, failure.message);
        lines.append(line);
    }
    addTopLevelItems(lines);
    resizeColumnToContents(0);
    resizeColumnToContents(1);
    const int rows = std::min(int(failures.size()), visibleLines);
    setMaximumHeight(header()->sizeHint().height() + rows * std::max(1, sizeHintForRow(0)) + 2 * frameWidth() + 4);
}

} // namespace Esi::Ui
