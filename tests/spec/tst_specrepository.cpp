#include "core/spec/specrepository.h"

#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Esi::Core;
using namespace Qt::Literals::StringLiterals;

// Specs per compatibility date from ESI's /meta endpoints, cached on disk, served offline.
class TestSpecRepository : public QObject
{
    Q_OBJECT

private:
    QByteArray m_specBytes;
    QByteArray m_served;
    int m_specRequests = 0;
    int m_dateRequests = 0;
    QString m_lastDate;
    QByteArray m_lastUserAgent;

    std::unique_ptr<QHttpServer> startServer(quint16 *port)
    {
        auto server = std::make_unique<QHttpServer>();
        server->route(u"/meta/openapi.json"_s, [this](const QHttpServerRequest &request) {
            ++m_specRequests;
            m_lastDate = QUrlQuery(request.url()).queryItemValue(u"compatibility_date"_s);
            m_lastUserAgent = request.value("User-Agent");
            return QHttpServerResponse("application/json"_ba, m_served);
        });
        server->route(u"/meta/compatibility-dates"_s, [this] {
            ++m_dateRequests;
            return QHttpServerResponse("application/json"_ba,
                                       R"({"compatibility_dates":["2025-12-16","2026-07-21","2026-06-09"]})"_ba);
        });
        *port = server->listen(QHostAddress::LocalHost, 0);
        return server;
    }

    static QUrl baseFor(quint16 port) { return QUrl(u"http://127.0.0.1:"_s + QString::number(port)); }

    // A port nothing listens on: bind one, then free it.
    static quint16 closedPort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        const quint16 port = probe.serverPort();
        probe.close();
        return port;
    }

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QFile file(QStringLiteral(ESI_TEST_DATA) + u"/openapi-2026-07-21.json"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_specBytes = file.readAll();
    }

    void init()
    {
        m_served = m_specBytes;
        m_specRequests = 0;
        m_dateRequests = 0;
    }

    void fetchSpec_downloadsOnceThenServesFromCache()
    {
        QTemporaryDir cache;
        quint16 port = 0;
        auto server = startServer(&port);
        QVERIFY(port != 0);
        QNetworkAccessManager network;
        SpecRepository repository(&network, cache.path(), baseFor(port));
        repository.setUserAgent("EsiStudioTest/1.0"_ba);
        QSignalSpy ready(&repository, &SpecRepository::specReady);

        repository.fetchSpec(u"2026-07-21"_s);
        QVERIFY(ready.wait(5000));
        QCOMPARE(ready.last().at(2).toBool(), false); // from the network
        QCOMPARE(ready.last().at(1).value<SpecPtr>()->operations().size(), 219);
        QCOMPARE(m_lastDate, u"2026-07-21"_s);
        QCOMPARE(m_lastUserAgent, "EsiStudioTest/1.0"_ba);
        QCOMPARE(repository.cachedDates(), QStringList{u"2026-07-21"_s});

        repository.fetchSpec(u"2026-07-21"_s);
        QTRY_COMPARE(ready.size(), 2);
        QCOMPARE(ready.last().at(2).toBool(), true); // from disk
        QCOMPARE(m_specRequests, 1);

        repository.fetchSpec(u"2026-07-21"_s, true);
        QTRY_COMPARE(ready.size(), 3);
        QCOMPARE(m_specRequests, 2);
    }

    void offline_servesCachedDateAndReportsUncachedOnes()
    {
        QTemporaryDir cache;
        quint16 port = 0;
        {
            auto server = startServer(&port);
            QNetworkAccessManager network;
            SpecRepository online(&network, cache.path(), baseFor(port));
            QSignalSpy ready(&online, &SpecRepository::specReady);
            online.fetchSpec(u"2026-07-21"_s);
            QVERIFY(ready.wait(5000));
        }
        QNetworkAccessManager network;
        SpecRepository offline(&network, cache.path(), baseFor(closedPort()));
        QSignalSpy ready(&offline, &SpecRepository::specReady);
        QSignalSpy failed(&offline, &SpecRepository::specFailed);
        offline.fetchSpec(u"2026-07-21"_s, true); // refresh asked, network down: the copy on disk answers
        QTRY_COMPARE(ready.size(), 1);
        QCOMPARE(ready.last().at(2).toBool(), true);

        offline.fetchSpec(u"2026-06-09"_s);
        QTRY_COMPARE(failed.size(), 1);
        const SpecError error = failed.last().at(1).value<SpecError>();
        QCOMPARE(error.kind, SpecError::Kind::Network);
        QVERIFY2(error.toString().contains(u"2026-06-09"_s), qPrintable(error.toString()));
    }

    void malformedAnswer_isReportedAndNeverCached()
    {
        QTemporaryDir cache;
        quint16 port = 0;
        auto server = startServer(&port);
        m_served = "{\"openapi\": \"3.1.0\", \"paths\": {"_ba;
        QNetworkAccessManager network;
        SpecRepository repository(&network, cache.path(), baseFor(port));
        QSignalSpy failed(&repository, &SpecRepository::specFailed);
        repository.fetchSpec(u"2026-07-21"_s);
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.last().at(1).value<SpecError>().kind, SpecError::Kind::Syntax);
        QVERIFY(repository.cachedDates().isEmpty());
    }

    void invalidDate_isRejectedBeforeAnyRequest_data()
    {
        QTest::addColumn<QString>("date");
        QTest::newRow("words") << u"latest"_s;
        QTest::newRow("impossible day") << u"2026-02-30"_s;
        QTest::newRow("short") << u"2026-1-1"_s;
    }

    void invalidDate_isRejectedBeforeAnyRequest()
    {
        QFETCH(QString, date);
        QTemporaryDir cache;
        QNetworkAccessManager network;
        SpecRepository repository(&network, cache.path(), baseFor(closedPort()));
        QSignalSpy failed(&repository, &SpecRepository::specFailed);
        repository.fetchSpec(date);
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.last().at(1).value<SpecError>().message.contains(u"YYYY-MM-DD"_s));
    }

    void compatibilityDates_areSortedNewestFirstAndCachedForOffline()
    {
        QTemporaryDir cache;
        quint16 port = 0;
        auto server = startServer(&port);
        QNetworkAccessManager network;
        SpecRepository repository(&network, cache.path(), baseFor(port));
        QSignalSpy ready(&repository, &SpecRepository::compatibilityDatesReady);
        repository.fetchCompatibilityDates();
        QVERIFY(ready.wait(5000));
        const QStringList expected{u"2026-07-21"_s, u"2026-06-09"_s, u"2025-12-16"_s};
        QCOMPARE(ready.last().at(0).toStringList(), expected);

        SpecRepository offline(&network, cache.path(), baseFor(closedPort()));
        QSignalSpy failed(&offline, &SpecRepository::compatibilityDatesFailed);
        offline.fetchCompatibilityDates();
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.last().at(1).toStringList(), expected);
    }
};

QTEST_GUILESS_MAIN(TestSpecRepository)
#include "tst_specrepository.moc"
