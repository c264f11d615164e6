#include "ui/desktop/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

namespace {

QString plainActionText(const QAction *action)
{
    QString text = action->text();
    text.remove(QRegularExpression(u"&(?!&)"_s)); // mnemonics, keeping a literal "&&" as "&"
    text.replace(u"&&"_s, u"&"_s);
    if (text.endsWith(u'\u2026')) {
        text.chop(1);
    }
    return text.trimmed();
}

QString shortcutText(const QAction *action)
{
    QStringList keys;
    const QList<QKeySequence> shortcuts = action->shortcuts();
    for (const QKeySequence &shortcut : shortcuts) {
        keys.append(shortcut.toString(QKeySequence::NativeText));
    }
    return keys.join(u", "_s);
}

// The status tip, else a tool tip that says more than the name; for a shortcut that works only in one widget,
// which one.
QString description(const QAction *action)
{
    QString text = action->statusTip();
    if (text.isEmpty() && action->toolTip() != plainActionText(action)) {
        text = action->toolTip();
    }
    const Qt::ShortcutContext context = action->shortcutContext();
    if (context == Qt::WidgetShortcut || context == Qt::WidgetWithChildrenShortcut) {
        for (const QObject *object : action->associatedObjects()) {
            if (const auto *widget = qobject_cast<const QWidget *>(object)) {
                const QString where =
                    widget->accessibleName().isEmpty() ? widget->objectName() : widget->accessibleName();
                const QString scope = ShortcutsDialog::tr("in %1").arg(where);
                text = text.isEmpty() ? scope : ShortcutsDialog::tr("%1 (%2)").arg(text, scope);
                break;
            }
        }
    }
    return text;
}

bool belongsTo(const QWidget *widget, const QWidget *window)
{
    if (widget->window() == window) {
        return true;
    }
    // Menus are popups, windows of their own; they count when they hang off the window's menu bar.
    if (qobject_cast<const QMenu *>(widget)) {
        for (const QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
            if (parent->window() == window) {
                return true;
            }
        }
    }
    return false;
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget *window, QWidget *parent)
    : QDialog(parent)
    , m_window(window)
    , m_search(new QLineEdit(this))
    , m_list(new QTreeWidget(this))
    , m_count(new QLabel(this))
{
    setObjectName(u"shortcutsDialog"_s);
    setAccessibleName(tr("Keyboard shortcuts"));
    setWindowTitle(tr("Keyboard Shortcuts"));

    m_search->setObjectName(u"shortcutSearch"_s);
    m_search->setAccessibleName(tr("Search shortcuts"));
    m_search->setPlaceholderText(tr("Search by action, key or description"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, &ShortcutsDialog::applyFilter);

    m_list->setObjectName(u"shortcutList"_s);
    m_list->setAccessibleName(tr("Shortcuts"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setHeaderLabels({tr("Action"), tr("Shortcut"), tr("Description")});
    m_list->header()->setSectionResizeMode(ActionColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(ShortcutColumn, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);

    m_count->setObjectName(u"shortcutCount"_s);
    m_count->setAccessibleName(tr("Shortcut count"));
    m_count->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(u"shortcutsButtons"_s);
    buttons->setAccessibleName(tr("Dialog buttons"));
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    close->setObjectName(u"shortcutsCloseButton"_s);
    close->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_count);
    layout->addWidget(buttons);
    resize(640, 480);
    setFocusProxy(m_search); // type to search as soon as the dialog opens
}

QList<QAction *> ShortcutsDialog::shortcutActions(const QWidget *window)
{
    QList<QAction *> result;
    QSet<const QAction *> seen;
    const auto take = [&](const QWidget *widget) {
        const QList<QAction *> actions = widget->actions();
        for (QAction *action : actions) {
            if (!action->shortcuts().isEmpty() && !action->isSeparator() && !seen.contains(action)) {
                seen.insert(action);
                result.append(action);
            }
        }
    };
    take(window);
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (const QWidget *widget : widgets) {
        if (belongsTo(widget, window)) {
            take(widget);
        }
    }
    return result;
}

void ShortcutsDialog::refresh()
{
    m_list->clear();
    const QList<QAction *> actions = shortcutActions(m_window);
    for (const QAction *action : actions) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(ActionColumn, plainActionText(action));
        item->setText(ShortcutColumn, shortcutText(action));
        item->setText(DescriptionColumn, description(action));
        item->setData(ActionColumn, Qt::UserRole, action->objectName());
    }
    m_list->sortItems(ActionColumn, Qt::AscendingOrder);
    applyFilter();
}

void ShortcutsDialog::setFilterText(const QString &text)
{
    m_search->setText(text);
}

int ShortcutsDialog::visibleCount() const
{
    int count = 0;
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        count += m_list->topLevelItem(row)->isHidden() ? 0 : 1;
    }
    return count;
}

void ShortcutsDialog::showEvent(QShowEvent *event)
{
    refresh();
    QDialog::showEvent(event);
}

void ShortcutsDialog::applyFilter()
{
    const QStringList words = m_search->text().split(u' ', Qt::SkipEmptyParts);
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        const QString haystack =
            item->text(ActionColumn) + u'\n' + item->text(ShortcutColumn) + u'\n' + item->text(DescriptionColumn);
        bool matches = true;
        for (const QString &word : words) {
            matches = matches && haystack.contains(word, Qt::CaseInsensitive);
        }
        item->setHidden(!matches);
    }
    m_count->setText(tr("%n of %1 shortcuts", nullptr, visibleCount()).arg(m_list->topLevelItemCount()));
}

} // namespace Esi::Ui
