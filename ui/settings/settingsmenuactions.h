#pragma once

#include <QObject>

class QAction;
class QMainWindow;

namespace Esi::Ui {

// File > Settings… (Ctrl+,), File > Try It Offline / Go Back Online and Help > First-Run Assistant…, put
// into the window's menus; the offline action's text follows the stored choice.
class SettingsMenuActions : public QObject
{
    Q_OBJECT

public:
    explicit SettingsMenuActions(QMainWindow *window);

    void setOfflineChosen(bool offline);

    QAction *settings() const { return m_settings; }

    QAction *offline() const { return m_offline; }

    QAction *firstRun() const { return m_firstRun; }

private:
    QAction *m_settings;
    QAction *m_offline;
    QAction *m_firstRun;
};

} // namespace Esi::Ui
