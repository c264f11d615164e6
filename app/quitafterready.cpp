#include "app/quitafterready.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>
#include <QWindow>
#include <cstdio>

namespace Esi::App {

QuitAfterReady::QuitAfterReady(QWidget *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{}

void QuitAfterReady::start()
{
    QWindow *window = m_window->windowHandle();
    if (window && window->isExposed()) {
        handleWindowExposed();
        return;
    }
    if (window) {
        window->installEventFilter(this);
    }
    QTimer::singleShot(neverShownTimeoutMs, this, [] {
        std::fprintf(
            stderr, "esi-studio: %s\n",
            qUtf8Printable(tr("the main window was not shown within %1 seconds").arg(neverShownTimeoutMs / 1000)));
        QCoreApplication::exit(exitNeverShown);
    });
}

bool QuitAfterReady::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Expose && watched == m_window->windowHandle() &&
        m_window->windowHandle()->isExposed()) {
        handleWindowExposed();
    }
    return QObject::eventFilter(watched, event);
}

void QuitAfterReady::handleWindowExposed()
{
    if (m_quitScheduled) {
        return;
    }
    m_quitScheduled = true;
    // Queued, so the window paints its first frame before the loop ends.
    QTimer::singleShot(0, this, [] { QCoreApplication::exit(0); });
}

} // namespace Esi::App
