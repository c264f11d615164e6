#include "tests/cli/filemodes.h"
#include "ui/tokens/portraitcache.h"

#include <QBuffer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace Esi;
using namespace Qt::Literals::StringLiterals;

namespace {

// A stand-in for images.evetech.net on 127.0.0.1: a red PNG for character 42, 404 for anyone else, and
// text that is no image for character 7.
class FakeImageServer : public QObject
{
public:
    FakeImageServer()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { answer(socket); });
            }
        });
    }

    QUrl baseUrl() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.serverPort())); }

    QStringList requests;

private:
    void answer(QTcpSocket *socket)
    {
        const QByteArray head = socket->readAll();
        const QByteArray target = head.split(' ').value(1);
        requests.append(QString::fromLatin1(target));
        QByteArray status = "404 Not Found";
        QByteArray type = "text/plain";
        QByteArray body = "not found";
        if (target == "/characters/42/portrait?size=64") {
            QImage red(64, 64, QImage::Format_RGB32);
            red.fill(Qt::red);
            QBuffer buffer(&body);
            body.clear();
            buffer.open(QIODevice::WriteOnly);
            red.save(&buffer, "PNG");
            status = "200 OK";
            type = "image/png";
        } else if (target == "/characters/7/portrait?size=64") {
            status = "200 OK";
            body = "<html>maintenance</html>";
        }
        socket->write("HTTP/1.1 " + status + "\r\nContent-Type: " + type + "\r\nConnection: close\r\nContent-Length: " +
                      QByteArray::number(body.size()) + "\r\n\r\n" + body);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
};

bool isRed(const QImage &image)
{
    return image.size() == QSize(64, 64) && image.pixelColor(32, 32) == QColor(Qt::red);
}

} // namespace

class TestPortraitCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        ::umask(022); // portraits on disk stay private whatever the umask
    }

    void portrait_isFetchedOnceAndKeptOnDisk()
    {
        FakeImageServer server;
        QNetworkAccessManager network;
        QTemporaryDir cache;
        Ui::PortraitCache portraits(&network, server.baseUrl(), cache.path());
        QSignalSpy ready(&portraits, &Ui::PortraitCache::portraitReady);

        const QImage first = portraits.portrait(42, u"Sandbox Pilot"_s);
        QVERIFY(!isRed(first)); // the placeholder while the portrait is on its way
        QCOMPARE(first, Ui::PortraitCache::placeholder(u"Sandbox Pilot"_s));
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 10000);
        QVERIFY(isRed(portraits.portrait(42, u"Sandbox Pilot"_s)));
        QCOMPARE(server.requests, QStringList{u"/characters/42/portrait?size=64"_s});
        QVERIFY(QFileInfo::exists(cache.filePath(u"42.png"_s)));
        QCOMPARE(FileModes::modeOf(cache.filePath(u"42.png"_s)), 0600);

        // Next session, offline: the portrait comes from the cache folder.
        Ui::PortraitCache offline(nullptr, QUrl(), cache.path());
        QVERIFY(isRed(offline.portrait(42, u"Sandbox Pilot"_s)));
        QVERIFY(!offline.hasFailed(42));
        QCOMPARE(server.requests.size(), 1);
    }

    void failedFetch_keepsThePlaceholderAndIsNotRetried_data()
    {
        QTest::addColumn<qint64>("characterId");
        QTest::addColumn<bool>("serverUp");
        QTest::newRow("404") << qint64(43) << true;
        QTest::newRow("not an image") << qint64(7) << true;
        QTest::newRow("server unreachable") << qint64(42) << false;
    }

    void failedFetch_keepsThePlaceholderAndIsNotRetried()
    {
        QFETCH(qint64, characterId);
        QFETCH(bool, serverUp);
        FakeImageServer server;
        QUrl baseUrl = server.baseUrl();
        if (!serverUp) {
            QTcpServer closed;
            QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
            baseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(closed.serverPort()));
        } // closed here: its port now refuses connections
        QNetworkAccessManager network;
        QTemporaryDir cache;
        Ui::PortraitCache portraits(&network, baseUrl, cache.path());
        QSignalSpy failed(&portraits, &Ui::PortraitCache::portraitFailed);
        const QImage placeholder = Ui::PortraitCache::placeholder(u"Sandbox Trader"_s);
        QCOMPARE(portraits.portrait(characterId, u"Sandbox Trader"_s), placeholder);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        QVERIFY(!failed.first().at(1).toString().isEmpty());
        QVERIFY(portraits.hasFailed(characterId));
        QCOMPARE(portraits.portrait(characterId, u"Sandbox Trader"_s), placeholder);
        // Another character's portrait, asked after the repeat: once it has failed (404 or unreachable), a
        // retry the repeat might have started would have been answered too.
        const qint64 later = characterId + 1000;
        portraits.portrait(later, u"Sandbox Director"_s);
        QTRY_VERIFY_WITH_TIMEOUT(portraits.hasFailed(later), 10000);
        QCOMPARE(failed.size(), 2); // asked once per session, however often the list repaints
        QCOMPARE(failed.first().at(0).toLongLong(), characterId);
        QCOMPARE(failed.last().at(0).toLongLong(), later);
        QCOMPARE(server.requests.size(), serverUp ? 2 : 0);
        QVERIFY(!QFileInfo::exists(cache.filePath(u"%1.png"_s.arg(characterId))));
    }

    void placeholder_showsTheInitial()
    {
        const QImage a = Ui::PortraitCache::placeholder(u"Alpha"_s);
        const QImage b = Ui::PortraitCache::placeholder(u"Bravo"_s);
        QCOMPARE(a.size(), QSize(Ui::PortraitCache::portraitSize, Ui::PortraitCache::portraitSize));
        QVERIFY(a != b);
        QCOMPARE(a, Ui::PortraitCache::placeholder(u"Alpha"_s));
        QVERIFY(!Ui::PortraitCache::placeholder(QString()).isNull());
    }

    void portraitUrl_followsTheImageServer()
    {
        Ui::PortraitCache portraits(nullptr, QUrl(u"https://images.evetech.net/"_s), QString());
        QCOMPARE(portraits.portraitUrl(2112000001),
                 QUrl(u"https://images.evetech.net/characters/2112000001/portrait?size=64"_s));
    }
};

QTEST_MAIN(TestPortraitCache)
#include "tst_portraitcache.moc"
