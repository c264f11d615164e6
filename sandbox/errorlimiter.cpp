#include "sandbox/errorlimiter.h"

namespace Esi::Sandbox {

ErrorLimiter::ErrorLimiter(const Core::Clock &clock, int limit, int windowSeconds)
    : m_clock(clock)
    , m_limit(limit)
    , m_windowSeconds(windowSeconds)
{}

ErrorLimiter::Window &ErrorLimiter::window(const QString &caller)
{
    const qint64 now = m_clock.msecsSinceEpoch();
    auto it = m_windows.find(caller);
    if (it == m_windows.end()) {
        it = m_windows.insert(caller, Window{now, 0});
    } else if (now >= it->startMs + qint64(m_windowSeconds) * 1000) {
        *it = Window{now, 0};
    }
    return *it;
}

ErrorLimitStatus ErrorLimiter::statusOf(const Window &window) const
{
    const qint64 leftMs = window.startMs + qint64(m_windowSeconds) * 1000 - m_clock.msecsSinceEpoch();
    return ErrorLimitStatus{std::max(0, m_limit - window.errors), int(std::max<qint64>(0, (leftMs + 999) / 1000))};
}

ErrorLimitStatus ErrorLimiter::status(const QString &caller)
{
    return statusOf(window(caller));
}

ErrorLimitStatus ErrorLimiter::record(const QString &caller, int httpStatus)
{
    Window &current = window(caller);
    if (httpStatus < 200 || httpStatus >= 400) {
        ++current.errors;
    }
    return statusOf(current);
}

} // namespace Esi::Sandbox
