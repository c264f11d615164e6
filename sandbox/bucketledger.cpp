#include "sandbox/bucketledger.h"

using namespace Qt::Literals::StringLiterals;

namespace Esi::Sandbox {

QByteArray BucketStatus::limitHeader() const
{
    return QByteArray::number(limit) + '/' + BucketLedger::windowText(windowSeconds).toLatin1();
}

BucketLedger::BucketLedger(const Core::Clock &clock)
    : m_clock(clock)
{}

int BucketLedger::costOf(int httpStatus)
{
    if (httpStatus >= 200 && httpStatus < 300) {
        return 2;
    }
    if (httpStatus >= 300 && httpStatus < 400) {
        return 1;
    }
    if (httpStatus >= 400 && httpStatus < 500 && httpStatus != 429) {
        return 5;
    }
    return 0;
}

QString BucketLedger::windowText(int windowSeconds)
{
    if (windowSeconds > 0 && windowSeconds % 3600 == 0) {
        return QString::number(windowSeconds / 3600) + u'h';
    }
    if (windowSeconds > 0 && windowSeconds % 60 == 0) {
        return QString::number(windowSeconds / 60) + u'm';
    }
    return QString::number(windowSeconds) + u's';
}

QList<BucketLedger::Spend> &BucketLedger::spends(const QString &group, const QString &caller, int windowSeconds)
{
    QList<Spend> &list = m_spends[group + u'\n' + caller];
    const qint64 windowStart = m_clock.msecsSinceEpoch() - qint64(windowSeconds) * 1000;
    list.removeIf([windowStart](const Spend &spend) { return spend.atMs <= windowStart; });
    return list;
}

BucketStatus BucketLedger::status(const QString &group, const QString &caller, int limit, int windowSeconds)
{
    const QList<Spend> &list = spends(group, caller, windowSeconds);
    BucketStatus result;
    result.group = group;
    result.limit = limit;
    result.windowSeconds = windowSeconds;
    for (const Spend &spend : list) {
        result.used += spend.tokens;
    }
    result.remaining = std::max(0, limit - result.used);
    if (result.remaining == 0) {
        // Tokens come back as the spends that filled the bucket slide out of the window.
        const qint64 now = m_clock.msecsSinceEpoch();
        int stillUsed = result.used;
        for (const Spend &spend : list) {
            stillUsed -= spend.tokens;
            if (stillUsed < limit) {
                const qint64 waitMs = spend.atMs + qint64(windowSeconds) * 1000 - now;
                result.retryAfterSeconds = int(std::max<qint64>(1, (waitMs + 999) / 1000));
                break;
            }
        }
    }
    return result;
}

BucketStatus BucketLedger::charge(const QString &group, const QString &caller, int limit, int windowSeconds,
                                  int httpStatus)
{
    if (const int tokens = costOf(httpStatus); tokens > 0) {
        spends(group, caller, windowSeconds).append(Spend{m_clock.msecsSinceEpoch(), tokens});
    }
    return status(group, caller, limit, windowSeconds);
}

} // namespace Esi::Sandbox
