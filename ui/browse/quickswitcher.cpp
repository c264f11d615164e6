#include "ui/browse/quickswitcher.h"

#include "core/spec/specsearch.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

QuickSwitcher::QuickSwitcher(QWidget *parent)
    : QDialog(parent, Qt::Popup | Qt::FramelessWindowHint)
    , m_query(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_hint(new QLabel(this))
{
    setObjectName(u"quickSwitcher"_s);
    setAccessibleName(tr("Go to operation"));

    m_query->setObjectName(u"quickSwitcherQuery"_s);
    m_query->setAccessibleName(tr("Operation to go to"));
    m_query->setPlaceholderText(tr("Go to operation: id, path, summary, tag:, scope:\u2026"));
    m_query->installEventFilter(this);
    QFont font = m_query->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_query->setFont(font);
    connect(m_query, &QLineEdit::textChanged, this, &QuickSwitcher::updateMatches);
    connect(m_query, &QLineEdit::returnPressed, this, &QuickSwitcher::chooseCurrent);

    m_list->setObjectName(u"quickSwitcherList"_s);
    m_list->setAccessibleName(tr("Matching operations"));
    m_list->setUniformItemSizes(true);
    connect(m_list, &QListWidget::itemActivated, this, &QuickSwitcher::chooseCurrent);

    m_hint->setObjectName(u"quickSwitcherHint"_s);
    m_hint->setAccessibleName(tr("Matches"));
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_query);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_hint);
    resize(720, 420);
}

QuickSwitcher::~QuickSwitcher() = default;

void QuickSwitcher::setSpec(Core::SpecPtr spec)
{
    m_spec = std::move(spec);
    m_search = m_spec ? std::make_unique<Core::SpecSearch>(m_spec) : nullptr;
    updateMatches();
}

void QuickSwitcher::popup()
{
    if (QWidget *window = parentWidget() ? parentWidget()->window() : nullptr) {
        const QRect area = window->geometry();
        const int width = qMin(720, area.width() - 40);
        resize(width, qMin(420, area.height() - 80));
        move(area.center().x() - width / 2, area.top() + 60);
    }
    updateMatches();
    show();
    raise();
    activateWindow();
    m_query->setFocus(Qt::PopupFocusReason);
    m_query->selectAll();
}

void QuickSwitcher::setQuery(const QString &query)
{
    m_query->setText(query);
}

void QuickSwitcher::updateMatches()
{
    m_list->clear();
    if (!m_spec || !m_search) {
        m_hint->setText(tr("No spec loaded"));
        return;
    }
    const QString query = m_query->text().trimmed();
    QList<int> found;
    if (query.isEmpty()) {
        for (int i = 0; i < m_spec->operations().size() && i < maxMatches; ++i) {
            found.append(i);
        }
    } else {
        found = m_search->find(query);
    }
    const qsizetype total = query.isEmpty() ? m_spec->operations().size() : found.size();
    for (qsizetype i = 0; i < found.size() && i < maxMatches; ++i) {
        const Core::Operation &operation = m_spec->operations().at(found.at(i));
        auto *item =
            new QListWidgetItem(u"%1    %2 %3"_s.arg(operation.operationId, operation.method, operation.path), m_list);
        item->setData(Qt::UserRole, operation.operationId);
        item->setToolTip(operation.summary);
    }
    m_list->setCurrentRow(0);
    if (total == 0) {
        m_hint->setText(tr("No operation matches \u201c%1\u201d").arg(query));
    } else if (total > maxMatches) {
        m_hint->setText(tr("Best %1 of %2 matches; type more to narrow").arg(maxMatches).arg(total));
    } else {
        m_hint->setText(tr("%n match(es); Return opens the highlighted one", nullptr, int(total)));
    }
}

QStringList QuickSwitcher::matches() const
{
    QStringList ids;
    for (int row = 0; row < m_list->count(); ++row) {
        ids.append(m_list->item(row)->data(Qt::UserRole).toString());
    }
    return ids;
}

void QuickSwitcher::chooseCurrent()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item) {
        return;
    }
    const QString operationId = item->data(Qt::UserRole).toString();
    hide();
    Q_EMIT operationChosen(operationId);
}

bool QuickSwitcher::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_query && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up || key->key() == Qt::Key_PageDown ||
            key->key() == Qt::Key_PageUp) {
            QKeyEvent forwarded(key->type(), key->key(), key->modifiers());
            QCoreApplication::sendEvent(m_list, &forwarded);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace Esi::Ui
