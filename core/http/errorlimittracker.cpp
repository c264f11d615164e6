#include "core/http/errorlimittracker.h"

#include "core/http/limitstatestore.h"

#include <QLoggingCategory>
#include <QMetaMethod>
#include <QTimer>
#include <algorithm>
#include <optional>

Q_LOGGING_CATEGORY(lcErrorLimit, "esi.http.errorlimit")

namespace Esi::Core {

namespace {

// Reset times from two responses of one window differ by the rounding of whole seconds.
constexpr qint64 sameWindowSlackMs = 2000;

std::optional<int> headerNumber(const RawHeaders &headers, QByteArrayView name)
{
    if (!hasHeader(headers, name)) {
        return std::nullopt;
    }
    bool ok = false;
    const int value = headerValue(headers, name).trimmed().toInt(&ok);
    return ok && value >= 0 ? std::optional(value) : std::nullopt;
}

// The stored window as it stands at `now`: once its reset has passed, the full budget is back.
StoredErrorLimit current(const StoredErrorLimit &stored, qint64 now)
{
    if (stored.resetAtMs != 0 && stored.resetAtMs <= now) {
        StoredErrorLimit fresh;
        fresh.remain = ErrorLimitTracker::windowBudget;
        fresh.updatedMs = stored.updatedMs;
        return fresh;
    }
    return stored;
}

} // namespace

ErrorLimitTracker::ErrorLimitTracker(LimitStateStore *store, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
{}

ErrorLimitTracker::~ErrorLimitTracker() = default;

ErrorLimitState ErrorLimitTracker::state() const
{
    if (!m_store) {
        return {};
    }
    const StoredErrorLimit stored = current(m_store->errorLimit(), m_clock.msecsSinceEpoch());
    ErrorLimitState result;
    result.remain = stored.remain;
    result.circuitOpen = stored.circuitOpen;
    if (stored.resetAtMs != 0) {
        result.resetAt = QDateTime::fromMSecsSinceEpoch(stored.resetAtMs, Qt::UTC);
    }
    if (stored.updatedMs != 0) {
        result.updatedAt = QDateTime::fromMSecsSinceEpoch(stored.updatedMs, Qt::UTC);
    }
    return result;
}

qint64 ErrorLimitTracker::delayBeforeSend() const
{
    const ErrorLimitState now = state();
    if (!now.resetAt.isValid() || (!now.circuitOpen && now.remain > m_safetyMargin)) {
        return 0;
    }
    return std::max<qint64>(1, m_clock.now().msecsTo(now.resetAt));
}

void ErrorLimitTracker::recordResponse(int status, const RawHeaders &headers)
{
    const std::optional<int> remain = headerNumber(headers, "X-ESI-Error-Limit-Remain");
    const std::optional<int> reset = headerNumber(headers, "X-ESI-Error-Limit-Reset");
    // Errors the server counts; 429 belongs to the bucket limits, 420 is handled as the breaker.
    const bool countsAsError = status >= 400 && status != 420 && status != 429;
    if (!m_store || (!remain && !reset && status != 420 && !countsAsError)) {
        return;
    }
    const qint64 now = m_clock.msecsSinceEpoch();
    const qint64 fallbackMs = qint64(fallbackWindowSeconds) * 1000;
    const bool ok = m_store->transact([&] {
        StoredErrorLimit state = current(m_store->errorLimit(), now);
        const bool windowKnown = state.resetAtMs > now;
        if (remain || reset) {
            const qint64 resetAt = reset         ? now + qint64(*reset) * 1000
                                   : windowKnown ? state.resetAtMs
                                                 : now + fallbackMs;
            if (windowKnown && resetAt <= state.resetAtMs + sameWindowSlackMs) {
                // Same window (or a late answer from an older one, e.g. another process's): keep the
                // most cautious view, since the error count only grows within a window.
                state.remain = remain ? std::min(state.remain, *remain) : state.remain;
                state.resetAtMs = std::max(state.resetAtMs, resetAt);
            } else {
                state.remain = remain.value_or(windowBudget);
                state.resetAtMs = resetAt;
                state.circuitOpen = false;
            }
        } else if (countsAsError) {
            // No headers (a proxy's error page, say): count the error ourselves against an assumed window.
            if (!windowKnown) {
                state.remain = windowBudget;
                state.resetAtMs = now + fallbackMs;
            }
            state.remain = std::max(0, state.remain - 1);
        }
        if (status == 420) {
            state.circuitOpen = true;
            state.remain = 0;
            if (state.resetAtMs <= now) {
                state.resetAtMs = now + fallbackMs;
            }
        }
        state.updatedMs = now;
        return m_store->saveErrorLimit(state);
    });
    if (!ok) {
        qCWarning(lcErrorLimit) << "could not record a response in the error-limit state:" << m_store->lastError();
        return;
    }
    announce();
}

void ErrorLimitTracker::announce()
{
    // Nobody shows the state (esi): skip reading it back.
    if (!isSignalConnected(QMetaMethod::fromSignal(&ErrorLimitTracker::stateChanged))) {
        return;
    }
    if (m_announceTimer) {
        if (!m_announceTimer->isActive()) {
            m_announceTimer->start();
        }
        return;
    }
    announceNow();
}

void ErrorLimitTracker::announceNow()
{
    const ErrorLimitState now = state();
    if (!m_hasAnnounced || now != m_announced) {
        m_announced = now;
        m_hasAnnounced = true;
        Q_EMIT stateChanged(now);
    }
}

void ErrorLimitTracker::refresh()
{
    if (m_announceTimer) {
        m_announceTimer->stop(); // looked at now
    }
    announceNow();
}

void ErrorLimitTracker::setRefreshInterval(int msecs)
{
    if (msecs <= 0) {
        delete m_refreshTimer;
        m_refreshTimer = nullptr;
        return;
    }
    if (!m_refreshTimer) {
        m_refreshTimer = new QTimer(this);
        connect(m_refreshTimer, &QTimer::timeout, this, &ErrorLimitTracker::refresh);
    }
    m_refreshTimer->start(msecs);
}

void ErrorLimitTracker::setAnnounceInterval(int msecs)
{
    if (msecs <= 0) {
        const bool pending = m_announceTimer && m_announceTimer->isActive();
        delete m_announceTimer;
        m_announceTimer = nullptr;
        if (pending) {
            announceNow();
        }
        return;
    }
    if (!m_announceTimer) {
        m_announceTimer = new QTimer(this);
        m_announceTimer->setSingleShot(true);
        connect(m_announceTimer, &QTimer::timeout, this, &ErrorLimitTracker::announceNow);
    }
    m_announceTimer->setInterval(msecs);
}

} // namespace Esi::Core
