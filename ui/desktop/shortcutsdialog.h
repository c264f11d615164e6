#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QLabel;
class QLineEdit;
class QTreeWidget;

namespace Esi::Ui {

// Help > Keyboard Shortcuts: every action of a window that has a shortcut, read from the actions themselves
// each time the dialog opens, so it never drifts from what the keys do. The search field filters by name,
// key or description.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { ActionColumn, ShortcutColumn, DescriptionColumn };

    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);

    // The actions with a shortcut that are live in `window`: added to it, to a widget inside it, or to one of
    // its menus. Each once, in menu and widget order.
    static QList<QAction *> shortcutActions(const QWidget *window);

    void refresh();
    void setFilterText(const QString &text);

    QTreeWidget *list() const { return m_list; }

    QLineEdit *searchField() const { return m_search; }

    int visibleCount() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyFilter();

    QWidget *m_window;
    QLineEdit *m_search;
    QTreeWidget *m_list;
    QLabel *m_count;
};

} // namespace Esi::Ui
