#include "ui/result/resulttableview.h"

#include "ui/names/namecolumnsheader.h"
#include "ui/names/namecolumnsmodel.h"
#include "ui/result/resulttablemodel.h"
#include "ui/widgets/humanformat.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <climits>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

namespace {

constexpr int filterDelayMs = 200;
constexpr int maxColumnWidth = 320;
constexpr qsizetype maxCopiedCells = 2'000'000;

bool isDigits(QStringView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

// The row header shows where each row stood in the result. Qt measures its first and last 100 labels
// again whenever rows are added (every page of a streaming call). A label here is only text (the model
// gives no font, icon or size), and in a font whose digits all have one width (checked) a number's
// measure depends only on how many digits it has: it is measured once per length.
class RowNumberHeader : public QHeaderView
{
public:
    explicit RowNumberHeader(QWidget *parent)
        : QHeaderView(Qt::Vertical, parent)
    {
        setSectionsClickable(true); // as QTableView's own row header
        setHighlightSections(true);
    }

protected:
    QSize sectionSizeFromContents(int logicalIndex) const override
    {
        const QString text = model() ? model()->headerData(logicalIndex, orientation()).toString() : QString();
        if (!isDigits(text) || !tabularDigits()) {
            return QHeaderView::sectionSizeFromContents(logicalIndex);
        }
        QSize &measured = m_byLength[text.size()];
        if (!measured.isValid()) {
            measured = QHeaderView::sectionSizeFromContents(logicalIndex);
        }
        return measured;
    }

    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
            m_byLength.clear();
            m_tabular.reset();
        }
        QHeaderView::changeEvent(event);
    }

private:
    bool tabularDigits() const
    {
        if (!m_tabular) {
            QFont bold = font(); // QHeaderView measures in bold, so a highlighted section keeps its size
            bold.setBold(true);
            m_tabular = hasTabularDigits(font()) && hasTabularDigits(bold);
        }
        return *m_tabular;
    }

    static bool hasTabularDigits(const QFont &font)
    {
        const QFontMetricsF metrics(font);
        const qreal width = metrics.horizontalAdvance(u"0"_s);
        bool same = true;
        for (char16_t digit = u'1'; digit <= u'9'; ++digit) {
            same = same && metrics.horizontalAdvance(QString(QChar(digit))) == width;
        }
        return same && metrics.horizontalAdvance(u"0123456789"_s) == 10 * width;
    }

    mutable QHash<qsizetype, QSize> m_byLength;
    mutable std::optional<bool> m_tabular;
};

} // namespace

ResultTableView::ResultTableView(QWidget *parent)
    : QWidget(parent)
    , m_model(new ResultTableModel(this))
    , m_names(new NameColumnsModel(ResultTableModel::SortValueRole, this))
    , m_filter(new QLineEdit(this))
    , m_filterColumn(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
    , m_filterDelay(new QTimer(this))
{
    setObjectName(u"resultTableView"_s);
    setAccessibleName(tr("Result table"));

    m_filter->setObjectName(u"resultFilter"_s);
    m_filter->setAccessibleName(tr("Filter rows"));
    m_filter->setPlaceholderText(tr("Filter rows (any text in a cell)"));
    m_filter->setClearButtonEnabled(true);
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(filterDelayMs);
    connect(m_filter, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filterDelay, &QTimer::timeout, this, &ResultTableView::applyFilter);

    m_filterColumn->setObjectName(u"resultFilterColumn"_s);
    m_filterColumn->setAccessibleName(tr("Filter column"));
    m_filterColumn->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_filterColumn, &QComboBox::activated, this, &ResultTableView::applyFilter);

    m_table->setObjectName(u"resultTable"_s);
    m_table->setAccessibleName(tr("Rows"));
    m_names->setSourceModel(m_model);
    m_table->setModel(m_names);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Fixed row heights keep 300k rows cheap: the header never measures a row.
    m_table->setVerticalHeader(new RowNumberHeader(m_table));
    QHeaderView *rows = m_table->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    rows->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setSectionsMovable(true);
    columns->setHighlightSections(false);
    columns->setSortIndicatorClearable(true);
    columns->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_nameHeader = new NameColumnsHeader(columns, m_names, this); // right-click a header: show or hide names

    auto *copy = new QAction(tr("Copy"), m_table);
    copy->setObjectName(u"copyCellsAction"_s);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QAction::triggered, this, &ResultTableView::copySelection);
    m_table->addAction(copy);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_count->setObjectName(u"resultCountLabel"_s);
    m_count->setAccessibleName(tr("Row count"));
    m_count->setForegroundRole(QPalette::PlaceholderText);

    connect(m_model, &ResultTableModel::visibleRowsChanged, this, &ResultTableView::updateCount);
    connect(m_model, &ResultTableModel::busyChanged, this, &ResultTableView::updateCount);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_filterColumn);
    bar->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    setResult(nullptr);
}

void ResultTableView::setResult(Core::ResultDataPtr rows, int language)
{
    m_model->setResult(rows, language);
    m_filterColumn->clear();
    m_filterColumn->addItem(tr("All columns"), -1);
    if (rows) {
        for (qsizetype i = 0; i < rows->columns().size(); ++i) {
            m_filterColumn->addItem(rows->columns().at(i).name, int(i));
        }
    }
    // The sort survives a re-run with the same columns; the header shows what the model does.
    m_table->horizontalHeader()->setSortIndicator(m_names->proxyColumnOfSort(m_model->sortColumn()),
                                                  m_model->sortOrder());
    applyFilter();
    fitColumns();
    updateCount();
}

void ResultTableView::appendResult(Core::ResultDataPtr rows)
{
    const Core::ResultDataPtr shown = m_model->result();
    if (!rows || !shown || shown->streamId() != rows->streamId()) {
        setResult(std::move(rows), 0);
        return;
    }
    const qsizetype columnsBefore = m_model->columnCount();
    m_model->appendResult(rows);
    for (qsizetype i = columnsBefore; i < m_model->columnCount(); ++i) {
        m_filterColumn->addItem(rows->columns().at(i).name, int(i));
    }
    if (columnsBefore == 0 && m_model->columnCount() > 0) {
        fitColumns(); // the first rows: size the columns once, not at every page
    }
    updateCount();
}

void ResultTableView::setLanguage(int language)
{
    m_model->setLanguage(language);
    applyFilter();
}

void ResultTableView::fitColumns()
{
    // Measures the rows in view only (resizeContentsPrecision), so it stays cheap for any row count.
    m_table->horizontalHeader()->setResizeContentsPrecision(200);
    m_table->resizeColumnsToContents();
    for (int column = 0; column < m_names->columnCount(); ++column) {
        if (m_table->columnWidth(column) > maxColumnWidth) {
            m_table->setColumnWidth(column, maxColumnWidth);
        }
    }
}

void ResultTableView::setFilterText(const QString &text)
{
    m_filter->setText(text);
    m_filterDelay->stop();
    applyFilter();
}

void ResultTableView::applyFilter()
{
    m_filterDelay->stop();
    m_model->setFilter(m_filter->text().trimmed(), m_filterColumn->currentData().toInt());
    updateCount();
}

void ResultTableView::updateCount()
{
    m_count->setText(countText());
}

QString ResultTableView::countText() const
{
    if (!m_model->result()) {
        return tr("No rows");
    }
    if (m_model->isBusy()) {
        return m_model->filterText().isEmpty() ? tr("Sorting\u2026") : tr("Filtering\u2026");
    }
    const qsizetype total = m_model->totalRows();
    const qsizetype visible = m_model->rowCount();
    if (visible == total) {
        return total == 1 ? tr("1 row") : tr("%1 rows").arg(HumanFormat::count(total));
    }
    return tr("%1 of %2 rows match").arg(HumanFormat::count(visible), HumanFormat::count(total));
}

QString ResultTableView::selectionAsText() const
{
    const QModelIndexList selected = m_table->selectionModel()->selectedIndexes();
    if (selected.isEmpty() || selected.size() > maxCopiedCells) {
        return {};
    }
    int top = INT_MAX;
    int bottom = -1;
    int left = INT_MAX;
    int right = -1;
    for (const QModelIndex &index : selected) {
        top = qMin(top, index.row());
        bottom = qMax(bottom, index.row());
        left = qMin(left, index.column());
        right = qMax(right, index.column());
    }
    QSet<quint64> chosen;
    for (const QModelIndex &index : selected) {
        chosen.insert(quint64(index.row()) << 32 | quint64(index.column()));
    }
    QString text;
    for (int row = top; row <= bottom; ++row) {
        QStringList cells;
        bool any = false;
        for (int column = left; column <= right; ++column) {
            if (chosen.contains(quint64(row) << 32 | quint64(column))) {
                cells.append(Core::ResultData::displayText(
                    m_names->index(row, column).data(ResultTableModel::SortValueRole).value<QJsonValue>()));
                any = true;
            } else {
                cells.append(QString());
            }
        }
        if (any) {
            text += cells.join(u'\t') + u'\n';
        }
    }
    return text;
}

void ResultTableView::copySelection() const
{
    const QString text = selectionAsText();
    if (!text.isEmpty()) {
        QApplication::clipboard()->setText(text);
    }
}

} // namespace Esi::Ui
