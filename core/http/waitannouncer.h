#pragma once

#include "core/clock.h"
#include "core/http/callwait.h"

#include <QObject>
#include <optional>

class QTimer;

namespace Esi::Core {

// Turns a call's waits (EsiCall::waitingFor) into announcements: one at once when a wait starts, then one
// every `periodMs` while it lasts, with the time left read from the Clock. Waits that overlap (the pages
// of one call queueing on the same bucket) extend the current one instead of announcing again. `esi`
// prints each announcement as one line on stderr.
class WaitAnnouncer : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultPeriodMs = 30000;

    explicit WaitAnnouncer(const Clock &clock, int periodMs = defaultPeriodMs, QObject *parent = nullptr);

    void handleWait(const CallWait &wait);
    // Announces again if the current wait still runs, else ends it; the timer calls it every period.
    void tick();
    void stop();

    bool isWaiting() const { return m_current.has_value(); }

    // "waiting 14:59 for bucket market-order: 0 of 20 tokens" (English: the command line's words).
    static QString line(const CallWait &wait, qint64 msecsLeft);
    // 0:05, 14:59, 1:02:03 (whole seconds, rounded up).
    static QString clockText(qint64 msecs);

Q_SIGNALS:
    void announced(const Esi::Core::CallWait &wait, qint64 msecsLeft);

private:
    const Clock &m_clock;
    QTimer *m_timer;
    std::optional<CallWait> m_current;
};

} // namespace Esi::Core
