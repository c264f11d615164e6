#pragma once

#include <QDateTime>

namespace Esi::Core {

// The time source for everything that expires (cache entries, rate-limit windows, tokens).
// Tests pass a ManualClock; production code passes a SystemClock.
class Clock
{
public:
    virtual ~Clock() = default;

    virtual QDateTime now() const = 0; // UTC

    qint64 msecsSinceEpoch() const { return now().toMSecsSinceEpoch(); }
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC))
        : m_now(std::move(start))
    {}

    QDateTime now() const override { return m_now; }

    void advance(qint64 msecs) { m_now = m_now.addMSecs(msecs); }

    void set(const QDateTime &time) { m_now = time.toUTC(); }

private:
    QDateTime m_now;
};

} // namespace Esi::Core
