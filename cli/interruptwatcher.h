#pragma once

#include <QObject>

class QSocketNotifier;

namespace Esi::Cli {

// Turns Ctrl+C (SIGINT) and SIGTERM into a Qt signal while it exists, so `esi call` can stop the call, remove
// its temporary output file and write the cache's queued entries instead of dying mid-way. The handler only
// writes one byte to a pipe (the one async-signal-safe way out); the previous handlers come back when it is
// destroyed. One at a time per process: a signal handler can only reach a process-wide pipe.
class InterruptWatcher : public QObject
{
    Q_OBJECT

public:
    explicit InterruptWatcher(QObject *parent = nullptr);
    ~InterruptWatcher() override;

    bool isActive() const { return m_notifier != nullptr; }

    // The signal that arrived (SIGINT, SIGTERM), 0 when none did; also true outside the event loop.
    int received() const;

Q_SIGNALS:
    void interrupted(int signalNumber);

private:
    void handleActivated();

    int m_pipe[2] = {-1, -1};
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Esi::Cli
