#pragma once

#include "core/clock.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Esi::Sandbox {

// The state of one bucket as ESI reports it in the X-Ratelimit-* headers.
struct BucketStatus
{
    QString group;
    int limit = 0;
    int windowSeconds = 0;
    int used = 0;              // tokens spent within the window
    int remaining = 0;         // never below zero
    int retryAfterSeconds = 0; // until the bucket has a token again; 0 when it has one now

    bool isExhausted() const { return remaining <= 0; }

    QByteArray limitHeader() const; // "1800/15m"
};

// ESI's bucket rate limit: a floating window per group and caller in which every answer spends tokens
// by its status (2xx: 2, 3xx: 1, 4xx: 5 except 429, 5xx and 429: 0).
class BucketLedger
{
public:
    explicit BucketLedger(const Core::Clock &clock);

    static int costOf(int httpStatus);

    BucketStatus status(const QString &group, const QString &caller, int limit, int windowSeconds);
    BucketStatus charge(const QString &group, const QString &caller, int limit, int windowSeconds, int httpStatus);

    // "15m", "1h", "90s": the unit ESI would print for a window.
    static QString windowText(int windowSeconds);

private:
    struct Spend
    {
        qint64 atMs;
        int tokens;
    };

    QList<Spend> &spends(const QString &group, const QString &caller, int windowSeconds);

    const Core::Clock &m_clock;
    QHash<QString, QList<Spend>> m_spends; // "group\ncaller" -> spends within the window, oldest first
};

} // namespace Esi::Sandbox
