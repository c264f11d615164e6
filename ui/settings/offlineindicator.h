#pragma once

#include <QObject>

class QLabel;
class QMainWindow;
class QToolButton;

namespace Esi::Core {
class OfflineSandbox;
}

namespace Esi::Ui {

// The status bar's "OFFLINE SANDBOX at <address>" label and its "Go Back Online" button, shown while calls
// and sign-ins go to the bundled esi-sandbox.
class OfflineIndicator : public QObject
{
    Q_OBJECT

public:
    explicit OfflineIndicator(QMainWindow *window); // adds its widgets to the window's status bar

    void update(const Core::OfflineSandbox *sandbox); // offline while the sandbox is ready

Q_SIGNALS:
    void goOnlineRequested();

private:
    QLabel *m_label;
    QToolButton *m_goOnline;
};

} // namespace Esi::Ui
