#pragma once

#include <QObject>
#include <QSet>
#include <QTimer>

class QSettings;

namespace Esi::Core {

class Clock;
class TokenStore;

// Refreshes signed-in characters that have not been refreshed for a while, so their refresh tokens do not
// die of disuse (EVE SSO drops refresh tokens left unused for long). Off unless an interval is set. The
// timer only decides when to look; whether a token is due is measured with the injected clock.
class TokenKeepAlive : public QObject
{
    Q_OBJECT

public:
    static constexpr auto settingsKey = "tokens/keepAliveDays";
    static constexpr int defaultIntervalDays = 7;
    static constexpr int defaultCheckMs = 60 * 60 * 1000; // looking once an hour is plenty for a days-long interval

    TokenKeepAlive(TokenStore &store, const Clock &clock, QObject *parent = nullptr);

    // 0 switches the keep-alive off. Starts or stops the check timer.
    void setIntervalDays(int days);

    int intervalDays() const { return m_intervalDays; }

    bool isEnabled() const { return m_intervalDays > 0; }

    void setCheckInterval(int msecs);

    int checkInterval() const { return m_timer.interval(); }

    // The stored choice (0 = off); a missing or malformed value means off.
    static int loadIntervalDays(const QSettings &settings);
    static void saveIntervalDays(QSettings &settings, int days);

    // Refreshes every valid token last refreshed longer than the interval ago; returns how many it started.
    int checkNow();

Q_SIGNALS:
    void refreshed(qint64 characterId);
    void refreshFailed(qint64 characterId, const QString &error);

private:
    TokenStore &m_store;
    const Clock &m_clock;
    QTimer m_timer;
    int m_intervalDays = 0;
    QSet<qint64> m_inFlight;
};

} // namespace Esi::Core
