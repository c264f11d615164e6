#include "ui/watch/watchbar.h"

#include "ui/watch/watchhighlight.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QScrollBar>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

WatchBar::WatchBar(QWidget *parent)
    : QWidget(parent)
    , m_toggle(new QToolButton(this))
    , m_status(new QLabel(this))
    , m_snapshots(new QComboBox(this))
    , m_notify(new QCheckBox(tr("Notify"), this))
    , m_removed(new QListWidget(this))
{
    setObjectName(u"watchBar"_s);
    setAccessibleName(tr("Watch"));

    m_toggle->setObjectName(u"watchToggle"_s);
    m_toggle->setText(tr("Watch"));
    m_toggle->setAccessibleName(tr("Watch this result"));
    m_toggle->setToolTip(tr("Run the call again each time its answer expires (never earlier) and highlight what "
                            "changed; an unchanged answer costs a 304"));
    m_toggle->setCheckable(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_toggle->setEnabled(false);

    m_status->setObjectName(u"watchStatus"_s);
    m_status->setAccessibleName(tr("Watch status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setSizePolicy(QSizePolicy::Ignored,
                            QSizePolicy::Preferred); // long texts give way; the tooltip has it all

    m_snapshots->setObjectName(u"watchSnapshots"_s);
    m_snapshots->setAccessibleName(tr("Watch snapshots"));
    m_snapshots->setToolTip(tr("Show an earlier snapshot and what it changed"));
    m_snapshots->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_snapshots->setMinimumContentsLength(22);
    m_snapshots->hide();

    m_notify->setObjectName(u"watchNotify"_s);
    m_notify->setAccessibleName(tr("Notify when the watched result changes"));
    m_notify->setToolTip(tr("Show a desktop notification when a snapshot changes rows"));

    m_removed->setObjectName(u"watchRemovedRows"_s);
    m_removed->setAccessibleName(tr("Rows removed in this snapshot"));
    m_removed->hide();

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_toggle);
    row->addWidget(m_status, 1);
    row->addWidget(m_snapshots);
    row->addWidget(m_notify);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(m_removed);
}

void WatchBar::setStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setToolTip(text);
}

void WatchBar::setRemovedRows(const QStringList &rows)
{
    m_removed->clear();
    QFont struck = m_removed->font();
    struck.setStrikeOut(true);
    for (const QString &text : rows) {
        auto *item = new QListWidgetItem(text, m_removed);
        item->setFont(struck);
        item->setBackground(WatchHighlight::colorOf(Core::RowChange::Kind::Removed));
        item->setToolTip(text);
    }
    // As tall as its rows, up to four.
    const int rowHeight = qMax(m_removed->sizeHintForRow(0), m_removed->fontMetrics().height() + 4);
    m_removed->setFixedHeight(2 * m_removed->frameWidth() + rowHeight * int(qMin<qsizetype>(rows.size(), 4)) +
                              (rows.isEmpty() ? 0 : m_removed->horizontalScrollBar()->sizeHint().height()));
    m_removed->setVisible(!rows.isEmpty());
}

} // namespace Esi::Ui
