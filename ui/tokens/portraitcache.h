#pragma once

#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QUrl>

class QNetworkAccessManager;

namespace Esi::Ui {

// Character portraits from EVE's image server (images.evetech.net/characters/{id}/portrait?size=64), kept
// in memory and as PNG files in a cache folder so they are fetched once. Until a portrait arrives, and
// for good when it cannot be had (offline, an error, not an image), a drawn placeholder stands in.
class PortraitCache : public QObject
{
    Q_OBJECT

public:
    static constexpr auto defaultImageServer = "https://images.evetech.net";
    static constexpr int portraitSize = 64;

    // `imageServer` is the image server's root (tests pass a server on 127.0.0.1); `cacheDirectory` may be
    // empty to keep portraits in memory only. A null `network` never fetches.
    PortraitCache(QNetworkAccessManager *network, QUrl imageServer, QString cacheDirectory, QObject *parent = nullptr);

    // The portrait when known, else the placeholder (with the name's initial) after starting a fetch.
    QImage portrait(qint64 characterId, const QString &characterName);

    bool hasPortrait(qint64 characterId) const { return m_portraits.contains(characterId); }

    bool hasFailed(qint64 characterId) const { return m_failed.contains(characterId); }

    QUrl portraitUrl(qint64 characterId) const;

    static QImage placeholder(const QString &characterName);

Q_SIGNALS:
    void portraitReady(qint64 characterId);
    void portraitFailed(qint64 characterId, const QString &reason);

private:
    QString cacheFile(qint64 characterId) const;
    void fetch(qint64 characterId);

    QNetworkAccessManager *m_network;
    QUrl m_imageServer;
    QString m_cacheDirectory;
    QHash<qint64, QImage> m_portraits;
    QSet<qint64> m_pending;
    QSet<qint64> m_failed; // not asked again this session: an offline app must not keep trying
};

} // namespace Esi::Ui
