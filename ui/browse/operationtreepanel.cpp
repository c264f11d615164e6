#include "ui/browse/operationtreepanel.h"

#include "ui/browse/operationfilterproxymodel.h"
#include "ui/browse/operationitemdelegate.h"
#include "ui/browse/operationtreemodel.h"

#include <QAction>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

OperationTreePanel::OperationTreePanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new OperationTreeModel(this))
    , m_filterModel(new OperationFilterProxyModel(m_model, this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_countLabel(new QLabel(this))
{
    setObjectName(u"operationTreePanel"_s);
    setAccessibleName(tr("Operations"));

    m_filter->setObjectName(u"operationFilter"_s);
    m_filter->setAccessibleName(tr("Filter operations"));
    m_filter->setPlaceholderText(tr("Filter operations (id, path, summary, tag:, scope:)"));
    m_filter->setToolTip(tr("Words must all match. Qualify a word to search one field: tag:market, scope:assets, "
                            "path:/characters, id:GetMarkets, method:post. Ctrl+F focuses, Esc clears."));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    connect(m_filter, &QLineEdit::textChanged, this, &OperationTreePanel::handleFilterTextChanged);
    connect(m_filter, &QLineEdit::returnPressed, this, &OperationTreePanel::handleFilterReturnPressed);

    auto *findAction = new QAction(tr("Find Operation"), this);
    findAction->setObjectName(u"findOperationAction"_s);
    findAction->setShortcut(QKeySequence::Find);
    findAction->setShortcutContext(Qt::WindowShortcut);
    connect(findAction, &QAction::triggered, this, &OperationTreePanel::focusFilter);
    addAction(findAction);

    m_view->setObjectName(u"operationTree"_s);
    m_view->setAccessibleName(tr("Operation tree"));
    m_view->setModel(m_filterModel);
    m_view->setItemDelegate(new OperationItemDelegate(m_view));
    m_view->setUniformRowHeights(true); // keeps expandAll cheap on ~220 rows
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAllColumnsShowFocus(true);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);
    // Sized by text so the columns suit any font: a typical id with two pills, "DELETE", the rest for paths.
    const QFontMetrics metrics = m_view->fontMetrics();
    m_view->setColumnWidth(OperationTreeModel::OperationColumn,
                           metrics.horizontalAdvance(u"GetCorporationsCorporationIdAssets auth paged"_s) +
                               m_view->indentation() * 2 + 40);
    m_view->setColumnWidth(OperationTreeModel::MethodColumn, metrics.horizontalAdvance(u"DELETE"_s) * 5 / 4 + 16);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { handleCurrentIndexChanged(current); });

    m_countLabel->setObjectName(u"operationCountLabel"_s);
    m_countLabel->setAccessibleName(tr("Operation count"));
    m_countLabel->setTextFormat(Qt::PlainText);
    m_countLabel->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_countLabel);

    setFocusProxy(m_filter);
    updateCountLabel();
}

void OperationTreePanel::setSpec(Core::SpecPtr spec)
{
    m_model->setSpec(std::move(spec));
    m_currentOperation = -1;
    if (m_filterModel->isFiltering()) {
        m_view->expandAll();
    }
    updateCountLabel();
    Q_EMIT currentOperationChanged(-1);
}

QString OperationTreePanel::filterText() const
{
    return m_filter->text();
}

void OperationTreePanel::setFilterText(const QString &text)
{
    m_filter->setText(text);
}

void OperationTreePanel::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

bool OperationTreePanel::selectOperation(QStringView operationId)
{
    const QModelIndex source = m_model->indexForOperationId(operationId);
    if (!source.isValid()) {
        return false;
    }
    if (!m_filterModel->mapFromSource(source).isValid()) {
        m_filter->clear();
    }
    const QModelIndex index = m_filterModel->mapFromSource(source);
    m_view->expand(index.parent());
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

void OperationTreePanel::handleFilterTextChanged(const QString &text)
{
    // The proxy drops rows while filtering; the selection model's reaction to that is not the user's choice.
    m_restoringSelection = true;
    m_filterModel->setQuery(text);
    if (m_filterModel->isFiltering()) {
        m_view->expandAll();
    } else {
        m_view->collapseAll();
    }
    m_restoringSelection = false;
    restoreCurrentOperation();
    updateCountLabel();
}

void OperationTreePanel::restoreCurrentOperation()
{
    const QModelIndex index = m_filterModel->mapFromSource(m_model->indexForOperation(m_currentOperation));
    m_restoringSelection = true;
    if (index.isValid()) {
        m_view->expand(index.parent());
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    } else {
        m_view->selectionModel()->clear();
    }
    m_restoringSelection = false;
}

void OperationTreePanel::handleCurrentIndexChanged(const QModelIndex &current)
{
    if (m_restoringSelection) {
        return;
    }
    if (current.data(OperationTreeModel::NodeKindRole).toInt() != int(OperationTreeModel::NodeKind::Operation)) {
        return; // a tag row: keep showing the last operation
    }
    const int operationIndex = current.data(OperationTreeModel::OperationIndexRole).toInt();
    if (operationIndex == m_currentOperation) {
        return;
    }
    m_currentOperation = operationIndex;
    Q_EMIT currentOperationChanged(operationIndex);
}

void OperationTreePanel::handleFilterReturnPressed()
{
    const QModelIndex first = firstVisibleOperation();
    if (first.isValid()) {
        m_view->setCurrentIndex(first);
        m_view->setFocus(Qt::OtherFocusReason);
    }
}

QModelIndex OperationTreePanel::firstVisibleOperation() const
{
    for (int tag = 0; tag < m_filterModel->rowCount(); ++tag) {
        const QModelIndex parent = m_filterModel->index(tag, 0);
        if (m_filterModel->rowCount(parent) > 0) {
            return m_filterModel->index(0, 0, parent);
        }
    }
    return {};
}

void OperationTreePanel::updateCountLabel()
{
    const Core::SpecPtr spec = m_model->spec();
    const int total = spec ? int(spec->operations().size()) : 0;
    if (!spec) {
        m_countLabel->setText(tr("No spec loaded"));
    } else if (!m_filterModel->isFiltering()) {
        m_countLabel->setText(tr("%1 operations in %2 tags").arg(total).arg(m_model->tagCount()));
    } else if (m_filterModel->matchingOperationCount() == 0) {
        m_countLabel->setText(tr("No operation matches \u201c%1\u201d").arg(m_filterModel->query()));
    } else {
        m_countLabel->setText(tr("%1 of %2 operations match").arg(m_filterModel->matchingOperationCount()).arg(total));
    }
}

void OperationTreePanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateColumns();
}

void OperationTreePanel::updateColumns()
{
    // Narrow (beside the request form): ids and badges only; method and path are in the tooltip and the
    // request title. Wide enough for all three: every column.
    const int operationWidth = m_view->columnWidth(OperationTreeModel::OperationColumn);
    const bool wide = m_view->viewport()->width() >= operationWidth + m_view->fontMetrics().horizontalAdvance(
                                                                          u"DELETE /characters/{character_id}/x"_s);
    m_view->setColumnHidden(OperationTreeModel::MethodColumn, !wide);
    m_view->setColumnHidden(OperationTreeModel::PathColumn, !wide);
    m_view->header()->setVisible(wide);
}

bool OperationTreePanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape && !m_filter->text().isEmpty()) {
            m_filter->clear();
            return true;
        }
        if (key->key() == Qt::Key_Down) {
            handleFilterReturnPressed();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Esi::Ui
