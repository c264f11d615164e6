#pragma once

#include "core/clock.h"

#include <QHash>
#include <QString>

namespace Esi::Sandbox {

struct ErrorLimitStatus
{
    int remain = 0;
    int resetSeconds = 0; // until the window restarts with a full allowance

    bool isExhausted() const { return remain <= 0; }
};

// ESI's error limit for routes without a bucket: each caller may cause `limit` non-2xx/3xx answers per
// fixed window; once spent, every route answers 420 until the window resets.
class ErrorLimiter
{
public:
    ErrorLimiter(const Core::Clock &clock, int limit, int windowSeconds);

    ErrorLimitStatus status(const QString &caller);
    ErrorLimitStatus record(const QString &caller, int httpStatus);

    int limit() const { return m_limit; }

    int windowSeconds() const { return m_windowSeconds; }

private:
    struct Window
    {
        qint64 startMs = 0;
        int errors = 0;
    };

    Window &window(const QString &caller);
    ErrorLimitStatus statusOf(const Window &window) const;

    const Core::Clock &m_clock;
    int m_limit;
    int m_windowSeconds;
    QHash<QString, Window> m_windows;
};

} // namespace Esi::Sandbox
