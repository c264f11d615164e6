#include "ui/history/historypanel.h"

#include "core/result/callhistorystore.h"
#include "core/watch/historyrowsstore.h"
#include "ui/history/callhistorymodel.h"
#include "ui/history/historycomparedialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

namespace {

QToolButton *toolButton(QWidget *parent, const char *name, const QString &text, const QString &tip)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(QString::fromLatin1(name));
    button->setAccessibleName(text);
    button->setText(text);
    button->setToolTip(tip);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    return button;
}

} // namespace

HistoryPanel::HistoryPanel(Core::CallHistoryStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new CallHistoryModel(this))
    , m_table(new QTableView(this))
    , m_rerun(toolButton(this, "historyRerun", tr("Re-run"), tr("Run the selected call again")))
    , m_compare(toolButton(this, "historyCompare", tr("Compare"),
                           tr("Put two selected calls side by side: parameters, outcome, timings, data")))
    , m_curl(toolButton(this, "historyCurl", tr("Copy as curl"),
                        tr("Copy the selected call as a curl command (token redacted)")))
    , m_remove(toolButton(this, "historyRemove", tr("Delete"), tr("Remove the selected calls from the history")))
    , m_status(new QLabel(this))
{
    setObjectName(u"historyPanel"_s);
    setAccessibleName(tr("Call history"));
    if (m_store && m_store->isOpen()) { // rows for Compare beside the history; without them it compares hashes
        m_rows =
            std::make_unique<Core::HistoryRowsStore>(Core::HistoryRowsStore::besideHistory(m_store->databasePath()));
        if (QString error; !m_rows->open(&error)) {
            qWarning("history rows unavailable: %s", qPrintable(error));
            m_rows.reset();
        }
    }

    m_rerun->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_remove->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    connect(m_rerun, &QToolButton::clicked, this, [this] {
        const QList<Core::HistoryEntry> entries = selectedEntries();
        if (entries.size() == 1) {
            Q_EMIT rerunRequested(entries.constFirst());
        }
    });
    connect(m_compare, &QToolButton::clicked, this, &HistoryPanel::compareSelected);
    m_curl->setPopupMode(QToolButton::MenuButtonPopup);
    auto *copyMenu = new CopyAsMenu(u"history"_s, m_curl);
    m_curl->setMenu(copyMenu);
    const auto copy = [this](CopyFormat format, bool includeToken) {
        const QList<Core::HistoryEntry> entries = selectedEntries();
        if (entries.size() == 1) {
            Q_EMIT copyAsRequested(entries.constFirst(), format, includeToken);
        }
    };
    connect(m_curl, &QToolButton::clicked, this, [copy] { copy(CopyFormat::Curl, false); });
    connect(copyMenu, &CopyAsMenu::copyRequested, this, copy);
    connect(m_remove, &QToolButton::clicked, this, &HistoryPanel::removeSelected);

    m_table->setObjectName(u"historyTable"_s);
    m_table->setAccessibleName(tr("Calls"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(CallHistoryModel::TimeColumn, 130);
    m_table->setColumnWidth(CallHistoryModel::OperationColumn, 260);
    m_table->setColumnWidth(CallHistoryModel::ParametersColumn, 220);
    // The other columns start as wide as their (translated) titles, so no language cuts a title off.
    for (int column = 0; column < m_model->columnCount(); ++column) {
        const int title = m_table->horizontalHeader()->sectionSizeHint(column);
        if (m_table->columnWidth(column) < title) {
            m_table->setColumnWidth(column, title);
        }
    }
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HistoryPanel::updateActions);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.isValid()) {
            Q_EMIT openRequested(m_model->entry(index.row()));
        }
    });

    m_status->setObjectName(u"historyStatus"_s);
    m_status->setAccessibleName(tr("History status"));
    m_status->setForegroundRole(QPalette::PlaceholderText);

    auto *bar = new QHBoxLayout;
    bar->setSpacing(2);
    bar->addWidget(m_rerun);
    bar->addWidget(m_compare);
    bar->addWidget(m_curl);
    bar->addWidget(m_remove);
    bar->addStretch(1);
    bar->addWidget(m_status);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 4);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    reload();
}

HistoryPanel::~HistoryPanel() = default;

void HistoryPanel::reload()
{
    if (!m_store || !m_store->isOpen()) {
        m_model->setEntries({});
        m_status->setText(tr("History unavailable: %1").arg(m_store ? m_store->lastError() : tr("no store")));
    } else {
        m_model->setEntries(m_store->entries());
        m_status->setText(tr("Double-click a call to load it into the form"));
    }
    updateActions();
}

void HistoryPanel::record(const Core::HistoryEntry &entry)
{
    m_model->prepend(entry);
    updateActions();
}

void HistoryPanel::record(const Core::HistoryEntry &entry, const Core::ResultDataPtr &rows)
{
    if (m_rows && rows && entry.ok) {
        m_rows->keep(entry.id, *rows);
    }
    record(entry);
}

QList<Core::HistoryEntry> HistoryPanel::selectedEntries() const
{
    QList<Core::HistoryEntry> entries;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        entries.append(m_model->entry(index.row()));
    }
    std::sort(entries.begin(), entries.end(),
              [](const Core::HistoryEntry &a, const Core::HistoryEntry &b) { return a.id < b.id; }); // older first
    return entries;
}

void HistoryPanel::selectEntry(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0) {
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 0));
    }
}

void HistoryPanel::updateActions()
{
    const int selected = int(m_table->selectionModel()->selectedRows().size());
    m_rerun->setEnabled(selected == 1);
    m_curl->setEnabled(selected == 1);
    m_compare->setEnabled(selected == 2);
    m_compare->setToolTip(selected == 2 ? tr("Put the two selected calls side by side")
                                        : tr("Select exactly two calls (Ctrl+click) to compare them"));
    m_remove->setEnabled(selected > 0 && m_store && m_store->isOpen());
}

void HistoryPanel::compareSelected()
{
    const QList<Core::HistoryEntry> entries = selectedEntries();
    if (entries.size() != 2) {
        return;
    }
    auto *dialog = new HistoryCompareDialog(entries.at(0), entries.at(1), this);
    if (entries.at(0).operationId == entries.at(1).operationId && entries.at(0).ok && entries.at(1).ok) {
        dialog->compareRows(m_rows ? m_rows->rows(entries.at(0).id) : nullptr,
                            m_rows ? m_rows->rows(entries.at(1).id) : nullptr);
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void HistoryPanel::removeSelected()
{
    const QList<Core::HistoryEntry> entries = selectedEntries();
    for (const Core::HistoryEntry &entry : entries) {
        if (m_store->remove(entry.id)) {
            m_model->removeEntry(entry.id);
            if (m_rows) {
                m_rows->remove(entry.id);
            }
        }
    }
    updateActions();
}

} // namespace Esi::Ui
