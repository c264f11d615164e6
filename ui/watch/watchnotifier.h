#pragma once

#include <QObject>
#include <QString>

class QSystemTrayIcon;

namespace Esi::Ui {

// A desktop notification when a watched result changes: QSystemTrayIcon::showMessage when the desktop has a
// tray (the icon shows only while a message may come); otherwise nothing. Off unless enabled.
class WatchNotifier : public QObject
{
    Q_OBJECT

public:
    explicit WatchNotifier(QObject *parent = nullptr);

    void setEnabled(bool enabled);

    bool isEnabled() const { return m_enabled; }

    void notify(const QString &title, const QString &text);

Q_SIGNALS:
    void notified(const QString &title, const QString &text); // whether or not a tray could show it

private:
    bool m_enabled = false;
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace Esi::Ui
