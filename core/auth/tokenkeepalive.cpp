#include "core/auth/tokenkeepalive.h"

#include "core/auth/authlogging.h"
#include "core/auth/tokenstore.h"
#include "core/clock.h"

#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

TokenKeepAlive::TokenKeepAlive(TokenStore &store, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
{
    m_timer.setInterval(defaultCheckMs);
    connect(&m_timer, &QTimer::timeout, this, &TokenKeepAlive::checkNow);
}

void TokenKeepAlive::setIntervalDays(int days)
{
    m_intervalDays = qMax(0, days);
    if (m_intervalDays > 0) {
        m_timer.start();
    } else {
        m_timer.stop();
    }
}

void TokenKeepAlive::setCheckInterval(int msecs)
{
    m_timer.setInterval(qMax(1, msecs));
}

int TokenKeepAlive::loadIntervalDays(const QSettings &settings)
{
    bool ok = false;
    const int days = settings.value(QLatin1StringView(settingsKey), 0).toInt(&ok);
    return ok && days > 0 ? days : 0;
}

void TokenKeepAlive::saveIntervalDays(QSettings &settings, int days)
{
    settings.setValue(QLatin1StringView(settingsKey), qMax(0, days));
}

int TokenKeepAlive::checkNow()
{
    if (m_intervalDays <= 0) {
        return 0;
    }
    const QDateTime dueBefore = m_clock.now().addDays(-m_intervalDays);
    int started = 0;
    for (const TokenRecord &record : m_store.tokens()) {
        const QDateTime lastAlive = record.lastRefreshedAt.isValid() ? record.lastRefreshedAt : record.addedAt;
        if (record.status != TokenStatus::Valid || m_inFlight.contains(record.characterId) ||
            (lastAlive.isValid() && lastAlive > dueBefore)) {
            continue;
        }
        const qint64 characterId = record.characterId;
        m_inFlight.insert(characterId);
        ++started;
        qCInfo(lcEsiAuth) << "Keep-alive refresh of character" << characterId;
        m_store.refreshNow(characterId, this, [this, characterId](const AccessTokenResult &result) {
            m_inFlight.remove(characterId);
            if (result.isValid()) {
                Q_EMIT refreshed(characterId);
            } else {
                Q_EMIT refreshFailed(characterId, result.error);
            }
        });
    }
    return started;
}

} // namespace Esi::Core
