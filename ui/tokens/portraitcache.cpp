#include "ui/tokens/portraitcache.h"

#include "core/privatefiles.h"

#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPainter>
#include <QSaveFile>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

PortraitCache::PortraitCache(QNetworkAccessManager *network, QUrl imageServer, QString cacheDirectory, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_imageServer(std::move(imageServer))
    , m_cacheDirectory(std::move(cacheDirectory))
{}

QUrl PortraitCache::portraitUrl(qint64 characterId) const
{
    QUrl url = m_imageServer;
    QString path = url.path();
    if (path.endsWith(u'/')) {
        path.chop(1);
    }
    url.setPath(path + u"/characters/%1/portrait"_s.arg(characterId));
    url.setQuery(QUrlQuery{{u"size"_s, QString::number(portraitSize)}});
    return url;
}

QString PortraitCache::cacheFile(qint64 characterId) const
{
    return m_cacheDirectory.isEmpty() ? QString() : m_cacheDirectory + u"/%1.png"_s.arg(characterId);
}

QImage PortraitCache::portrait(qint64 characterId, const QString &characterName)
{
    if (const auto known = m_portraits.constFind(characterId); known != m_portraits.cend()) {
        return *known;
    }
    if (const QString file = cacheFile(characterId); !file.isEmpty() && QFileInfo::exists(file)) {
        QImage stored(file);
        if (!stored.isNull()) {
            m_portraits.insert(characterId, stored);
            return stored;
        }
    }
    if (!m_failed.contains(characterId) && !m_pending.contains(characterId)) {
        fetch(characterId);
    }
    return placeholder(characterName);
}

void PortraitCache::fetch(qint64 characterId)
{
    if (!m_network || !m_imageServer.isValid()) {
        m_failed.insert(characterId);
        return;
    }
    m_pending.insert(characterId);
    QNetworkRequest request(portraitUrl(characterId));
    request.setTransferTimeout(15000);
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, characterId] {
        reply->deleteLater();
        m_pending.remove(characterId);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        QImage image;
        QString reason;
        if (reply->error() != QNetworkReply::NoError) {
            reason = reply->errorString();
        } else if (status != 200) {
            reason = tr("the image server answered HTTP %1").arg(status);
        } else if (!image.loadFromData(reply->readAll())) {
            reason = tr("the image server's answer is not an image");
        }
        if (!reason.isEmpty()) {
            m_failed.insert(characterId);
            Q_EMIT portraitFailed(characterId, reason);
            return;
        }
        image = image.scaled(portraitSize, portraitSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        m_portraits.insert(characterId, image);
        if (const QString path = cacheFile(characterId);
            !path.isEmpty() && Core::PrivateFiles::makePrivateDir(m_cacheDirectory)) {
            QSaveFile file(path);
            // A failed save only means fetching again next session.
            if (file.open(QIODevice::WriteOnly) && Core::PrivateFiles::restrictToUser(file) &&
                image.save(&file, "PNG")) {
                file.commit();
            }
        }
        Q_EMIT portraitReady(characterId);
    });
}

QImage PortraitCache::placeholder(const QString &characterName)
{
    QImage image(portraitSize, portraitSize, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    // The same name always gets the same colour, so characters stay apart at a glance.
    const QColor background = QColor::fromHsv(int(qHash(characterName) % 360), 90, 170);
    painter.setBrush(background);
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(image.rect().adjusted(2, 2, -2, -2));
    QFont font = painter.font();
    font.setPixelSize(portraitSize / 2);
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(Qt::white);
    const QString initial = characterName.trimmed().isEmpty() ? u"?"_s : characterName.trimmed().left(1).toUpper();
    painter.drawText(image.rect(), Qt::AlignCenter, initial);
    return image;
}

} // namespace Esi::Ui
