#pragma once

#include "core/settings/appsettings.h"

#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>
class QMainWindow;

namespace Esi::Ui {

// Changes that apply only at the next start (sign-in, ESI server, language, cache location, offline mode):
// names them and offers to restart now. A yes closes the window and launches ESI Studio again, with the
// environment it started with, once this process has gone.
class RestartOffer : public QObject
{
    Q_OBJECT

public:
    // `startEnvironment`: the environment main() read once at start; the new process gets it again.
    explicit RestartOffer(QProcessEnvironment startEnvironment, QObject *parent = nullptr);

    void setWindow(QMainWindow *window) { m_window = window; }

    // The changes from `previous` to `saved` that wait for a restart, named for the user; empty: none.
    static QStringList changesAtNextStart(const Core::AppSettings &previous, const Core::AppSettings &saved);

    void offer(const QStringList &changes); // nothing without changes or a window

private:
    void relaunchAfterQuit();

    QProcessEnvironment m_startEnvironment;
    QPointer<QMainWindow> m_window;
    bool m_restartRequested = false;
};

} // namespace Esi::Ui
