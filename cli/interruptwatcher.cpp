#include "cli/interruptwatcher.h"

#include <QSocketNotifier>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace Esi::Cli {

namespace {

// A signal handler reaches nothing but process-wide state: the pipe's write end and the last signal.
volatile std::sig_atomic_t g_writeFd = -1;
volatile std::sig_atomic_t g_received = 0;
struct sigaction g_previousInt;
struct sigaction g_previousTerm;

extern "C" void handleSignal(int signalNumber)
{
    g_received = signalNumber;
    const int fd = g_writeFd;
    if (fd >= 0) {
        const char byte = char(signalNumber);
        [[maybe_unused]] const ssize_t written = ::write(fd, &byte, 1);
    }
}

} // namespace

InterruptWatcher::InterruptWatcher(QObject *parent)
    : QObject(parent)
{
    if (g_writeFd >= 0 || ::pipe2(m_pipe, O_CLOEXEC | O_NONBLOCK) != 0) {
        return; // another watcher is active, or no pipe: signals keep their default effect
    }
    g_received = 0;
    g_writeFd = m_pipe[1];
    struct sigaction action = {};
    action.sa_handler = handleSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, &g_previousInt);
    sigaction(SIGTERM, &action, &g_previousTerm);
    m_notifier = new QSocketNotifier(m_pipe[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &InterruptWatcher::handleActivated);
}

InterruptWatcher::~InterruptWatcher()
{
    if (!m_notifier) {
        return;
    }
    sigaction(SIGINT, &g_previousInt, nullptr);
    sigaction(SIGTERM, &g_previousTerm, nullptr);
    g_writeFd = -1;
    delete m_notifier;
    ::close(m_pipe[0]);
    ::close(m_pipe[1]);
}

int InterruptWatcher::received() const
{
    return m_notifier ? int(g_received) : 0;
}

void InterruptWatcher::handleActivated()
{
    char bytes[16];
    int last = 0;
    for (ssize_t count = 0; (count = ::read(m_pipe[0], bytes, sizeof bytes)) > 0;) {
        last = bytes[count - 1];
    }
    if (last != 0) {
        Q_EMIT interrupted(last);
    }
}

} // namespace Esi::Cli
