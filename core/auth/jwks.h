#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <functional>

class QNetworkAccessManager;

namespace Esi::Core {

class Clock;

// The SSO's published signing keys (JWKS). Public data, so it is cached on disk and survives restarts.
// A token naming an unknown `kid` triggers a refetch (key rotation), at most once per minute so a
// stream of forged tokens cannot make the app hammer the SSO.
class Jwks : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 refetchIntervalSecs = 60;
    static constexpr qint64 maxCacheAgeSecs = 24 * 60 * 60;

    Jwks(QNetworkAccessManager *network, const Clock &clock, QString cacheFile, QObject *parent = nullptr);

    // Keys cached for another URL are not used for this one.
    void setUrl(const QUrl &url);

    QUrl url() const { return m_url; }

    QJsonArray keys() const { return m_keys; }

    bool hasKey(const QString &keyId) const;

    // Network fetches started so far (tests check the refetch limit with it).
    int fetchCount() const { return m_fetchCount; }

    // Runs `done` with an empty error once `keyId` is known, fetching or refetching as described above.
    // A key still cached is used when a refetch fails. `done` is skipped when `context` is gone.
    void ensureKey(const QString &keyId, QObject *context, std::function<void(const QString &error)> done);

    // Keys from a JWKS document (`{"keys": [...]}`); false with `error` when it is not one.
    bool setDocument(const QByteArray &json, QString *error);

Q_SIGNALS:
    void keysUpdated();

private:
    struct Waiter
    {
        QString keyId;
        QPointer<QObject> context;
        bool hasContext = false;
        std::function<void(const QString &)> done;
    };

    void loadCache();
    void saveCache() const;
    void fetch();
    void handleFetched(const QByteArray &body, const QString &networkError);
    void answer(const Waiter &waiter, const QString &error) const;

    QNetworkAccessManager *m_network;
    const Clock &m_clock;
    QString m_cacheFile;
    QUrl m_url;
    QJsonArray m_keys;
    QDateTime m_fetchedAt;     // when m_keys came from the network (also for cached keys)
    QDateTime m_lastAttemptAt; // last network attempt, successful or not
    bool m_fetching = false;
    int m_fetchCount = 0;
    QList<Waiter> m_waiters;
};

} // namespace Esi::Core
