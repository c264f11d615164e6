#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QToolButton;

namespace Esi::Ui {

// The watch's controls above the result views: the Watch toggle, what the last snapshot changed ("3 added,
// 1 changed, 2 removed") and when the next run is due, the snapshot picker, "Notify", and the rows the shown
// snapshot removed (struck through; they are no longer in the table).
class WatchBar : public QWidget
{
    Q_OBJECT

public:
    explicit WatchBar(QWidget *parent = nullptr);

    QToolButton *toggle() const { return m_toggle; }

    QLabel *status() const { return m_status; }

    QComboBox *snapshots() const { return m_snapshots; }

    QCheckBox *notify() const { return m_notify; }

    QListWidget *removedRows() const { return m_removed; }

    void setStatus(const QString &text);
    void setRemovedRows(const QStringList &rows);

private:
    QToolButton *m_toggle;
    QLabel *m_status;
    QComboBox *m_snapshots;
    QCheckBox *m_notify;
    QListWidget *m_removed;
};

} // namespace Esi::Ui
