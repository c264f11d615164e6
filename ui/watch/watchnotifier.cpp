#include "ui/watch/watchnotifier.h"

#include <QApplication>
#include <QStyle>
#include <QSystemTrayIcon>

namespace Esi::Ui {

WatchNotifier::WatchNotifier(QObject *parent)
    : QObject(parent)
{}

void WatchNotifier::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (!enabled && m_tray) {
        m_tray->hide();
    }
}

void WatchNotifier::notify(const QString &title, const QString &text)
{
    if (!m_enabled) {
        return;
    }
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            QIcon icon = QApplication::windowIcon();
            if (icon.isNull()) {
                icon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxInformation);
            }
            m_tray = new QSystemTrayIcon(icon, this);
            m_tray->setToolTip(title);
        }
        m_tray->show();
        m_tray->showMessage(title, text, QSystemTrayIcon::Information);
    }
    Q_EMIT notified(title, text);
}

} // namespace Esi::Ui
