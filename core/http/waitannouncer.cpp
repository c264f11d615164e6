#include "core/http/waitannouncer.h"

#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

WaitAnnouncer::WaitAnnouncer(const Clock &clock, int periodMs, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(std::max(1, periodMs));
    connect(m_timer, &QTimer::timeout, this, &WaitAnnouncer::tick);
}

void WaitAnnouncer::handleWait(const CallWait &wait)
{
    const QDateTime now = m_clock.now();
    if (m_current && m_current->until > now && m_current->kind == wait.kind && m_current->group == wait.group) {
        // Another page queueing for the same thing: the wait lasts as long as the longest of them.
        if (wait.until > m_current->until) {
            m_current->until = wait.until;
        }
        m_current->remaining = wait.remaining;
        m_current->errorsLeft = wait.errorsLeft;
        return;
    }
    m_current = wait;
    if (!m_current->until.isValid()) {
        m_current->until = now.addMSecs(wait.msecs);
    }
    Q_EMIT announced(*m_current, std::max<qint64>(0, now.msecsTo(m_current->until)));
    m_timer->start();
}

void WaitAnnouncer::tick()
{
    if (!m_current) {
        m_timer->stop();
        return;
    }
    const qint64 left = m_clock.now().msecsTo(m_current->until);
    if (left <= 0) {
        stop();
        return;
    }
    Q_EMIT announced(*m_current, left);
}

void WaitAnnouncer::stop()
{
    m_timer->stop();
    m_current.reset();
}

QString WaitAnnouncer::clockText(qint64 msecs)
{
    const qint64 seconds = (std::max<qint64>(0, msecs) + 999) / 1000;
    const QString secondsText = QString::number(seconds % 60).rightJustified(2, u'0');
    if (seconds < 3600) {
        return QString::number(seconds / 60) + u':' + secondsText;
    }
    return QString::number(seconds / 3600) + u':' + QString::number(seconds / 60 % 60).rightJustified(2, u'0') + u':' +
           secondsText;
}

QString WaitAnnouncer::line(const CallWait &wait, qint64 msecsLeft)
{
    const QString clock = clockText(msecsLeft);
    switch (wait.kind) {
    case CallWait::Kind::RateLimit:
        if (wait.remaining >= 0 && wait.limit > 0) {
            return tr("waiting %1 for bucket %2: %3 of %4 tokens")
                .arg(clock, wait.group, QString::number(wait.remaining), QString::number(wait.limit));
        }
        return tr("waiting %1 for bucket %2").arg(clock, wait.group);
    case CallWait::Kind::RetryAfter:
        return wait.group.isEmpty()
                   ? tr("waiting %1 for the Retry-After of an HTTP 429").arg(clock)
                   : tr("waiting %1 for the Retry-After of an HTTP 429 on bucket %2").arg(clock, wait.group);
    case CallWait::Kind::ErrorLimit:
        if (wait.circuitOpen) {
            return tr("waiting %1 for the ESI error limit: an HTTP 420 stopped sending until the window resets")
                .arg(clock);
        }
        return tr("waiting %1 for the ESI error limit: %2 errors left in the window, sending stops at %3")
            .arg(clock, QString::number(wait.errorsLeft), QString::number(wait.errorSafetyMargin));
    case CallWait::Kind::Backoff:
        return wait.status > 0 ? tr("waiting %1 to retry after HTTP %2").arg(clock, QString::number(wait.status))
                               : tr("waiting %1 to retry after a cut-short answer").arg(clock);
    }
    return tr("waiting %1").arg(clock);
}

} // namespace Esi::Core
