#pragma once

#include "core/clock.h"
#include "core/http/rawheaders.h"

#include <QDateTime>
#include <QMetaType>
#include <QObject>
#include <algorithm>

class QTimer;

namespace Esi::Core {

class LimitStateStore;

struct ErrorLimitState
{
    int remain = 100;         // errors left in the current window
    QDateTime resetAt;        // end of the current window; invalid when none is known
    bool circuitOpen = false; // a 420 was seen: nothing is sent until resetAt
    QDateTime updatedAt;

    friend bool operator==(const ErrorLimitState &, const ErrorLimitState &) = default;
};

// ESI's error limit (X-ESI-Error-Limit-Remain / -Reset), shared through the LimitStateStore by the
// GUI and every `esi` process. Sending stops while `remain` is at or below the safety margin and
// after a 420 (the circuit breaker) until the window resets; after that the full budget is assumed
// until the next response says otherwise.
class ErrorLimitTracker : public QObject
{
    Q_OBJECT

public:
    static constexpr int windowBudget = 100;
    static constexpr int defaultSafetyMargin = 10;
    // ESI's error window; used when a 420 or an error arrives without a Reset header.
    static constexpr int fallbackWindowSeconds = 60;

    ErrorLimitTracker(LimitStateStore *store, const Clock &clock, QObject *parent = nullptr);
    ~ErrorLimitTracker() override;

    int safetyMargin() const { return m_safetyMargin; }

    void setSafetyMargin(int errors) { m_safetyMargin = std::max(0, errors); }

    // 0: go; > 0: ms until the window resets (circuit open after 420, or remain at/below the margin).
    qint64 delayBeforeSend() const;
    void recordResponse(int status, const RawHeaders &headers);
    ErrorLimitState state() const;

    // Re-reads the shared state and emits stateChanged when it differs from what was last emitted
    // (another process's responses, a window that reset).
    void refresh();
    void setRefreshInterval(int msecs); // 0 stops
    // 0 (the default): stateChanged comes with each answer that changes the state. > 0: at most once per
    // `msecs`, with the state as it stands then (the last one always comes).
    void setAnnounceInterval(int msecs);

Q_SIGNALS:
    void stateChanged(const Esi::Core::ErrorLimitState &state);

private:
    void announce(); // now or, when coalescing, soon
    void announceNow();

    LimitStateStore *m_store;
    const Clock &m_clock;
    int m_safetyMargin = defaultSafetyMargin;
    ErrorLimitState m_announced;
    bool m_hasAnnounced = false;
    QTimer *m_refreshTimer = nullptr;
    QTimer *m_announceTimer = nullptr; // single shot; null: announce at once
};

} // namespace Esi::Core

Q_DECLARE_METATYPE(Esi::Core::ErrorLimitState)
