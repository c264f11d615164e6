#pragma once

#include <QObject>

class QWidget;

namespace Esi::App {

// --quit-after-ready: ends the event loop with 0 once `window` is exposed (its first frame painted), or with
// exitNeverShown and a message on stderr when it was not shown within the time limit.
class QuitAfterReady : public QObject
{
    Q_OBJECT

public:
    static constexpr int exitNeverShown = 4;
    static constexpr int neverShownTimeoutMs = 15000;

    explicit QuitAfterReady(QWidget *window, QObject *parent = nullptr);

    void start();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void handleWindowExposed();

    QWidget *m_window;
    bool m_quitScheduled = false;
};

} // namespace Esi::App
