// SandboxServer in-process over HTTP: latency, injected 5xx, slow and truncated bodies, data changing
// between pages.
#include "core/clock.h"
#include "sandbox/sandboxserver.h"
#include "sandboxclient.h"
#include "sandboxfixture.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;
using namespace Esi;

class TestSandboxFaults : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Sandbox::SandboxServer> makeServer(const Sandbox::SandboxOptions &options)
    {
        return startSandbox(m_spec, options, m_clock);
    }

    Core::SystemClock m_clock;
    Core::SpecPtr m_spec;

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_spec = Core::Spec::fromFile(QStringLiteral(ESI_TEST_DATA "/openapi-2026-07-21.json")).spec;
        QVERIFY(m_spec);
    }

    void latency_delaysEveryResponseWithoutSerialisingThem()
    {
        Sandbox::SandboxOptions options;
        options.latencyMs = 200;
        const auto server = makeServer(options);
        QVERIFY(server);
        SandboxClient client(server->baseUrl());
        QElapsedTimer timer;
        timer.start();
        QList<QNetworkReply *> replies;
        for (int page = 1; page <= 8; ++page) {
            replies.append(client.send(client.request(u"/alliances?n="_s + QString::number(page))));
        }
        for (QNetworkReply *reply : std::as_const(replies)) {
            QCOMPARE(SandboxClient::wait(reply).status, 200);
        }
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(elapsed >= 200, qPrintable(QString::number(elapsed)));
        // Serially this would take 8 x 200 ms; overlapping requests finish in a fraction (generous slack).
        QVERIFY2(elapsed < 4 * 200, qPrintable(QString::number(elapsed)));
    }

    void clientGone_duringLatency_isDroppedQuietly()
    {
        Sandbox::SandboxOptions options;
        options.latencyMs = 150;
        const auto server = makeServer(options);
        QVERIFY(server);
        QSignalSpy received(server.get(), &Sandbox::SandboxServer::requestReceived);
        QSignalSpy written(server.get(), &Sandbox::SandboxServer::responseWritten);
        {
            SandboxClient leaving(server->baseUrl());
            QNetworkReply *reply = leaving.send(leaving.request(u"/alliances"_s));
            QTRY_COMPARE_WITH_TIMEOUT(received.count(), 1, 5000);
            QCOMPARE(written.count(), 0);
            reply->abort();
        } // the client and its connections go away while the answer waits
        QTRY_COMPARE_WITH_TIMEOUT(written.count(), 1, 30000); // the writer finishes without a socket
        SandboxClient staying(server->baseUrl());
        QCOMPARE(staying.get(u"/alliances"_s).status, 200);
    }

    void faultRateOne_answersEveryEsiCallWith5xx()
    {
        Sandbox::SandboxOptions options;
        options.faultRate = 1.0;
        const auto server = makeServer(options);
        QVERIFY(server);
        SandboxClient client(server->baseUrl());
        QSet<int> statuses;
        for (int i = 0; i < 20; ++i) {
            const HttpResult result = client.get(u"/alliances"_s);
            QVERIFY2(result.status == 502 || result.status == 503 || result.status == 504,
                     qPrintable(QString::number(result.status)));
            QVERIFY(result.json().object().contains(u"error"_s));
            statuses.insert(result.status);
        }
        QVERIFY(statuses.size() > 1);
        QCOMPARE(client.get(u"/meta/openapi.json"_s).status, 200); // the spec document never faults
    }

    void faultRateZero_neverFails()
    {
        const auto server = makeServer({});
        QVERIFY(server);
        SandboxClient client(server->baseUrl());
        for (int i = 0; i < 20; ++i) {
            QCOMPARE(client.get(u"/alliances"_s).status, 200);
        }
    }

    void truncateRateOne_cutsBodiesShortAndCloses()
    {
        Sandbox::SandboxOptions options;
        options.truncateRate = 1.0;
        const auto server = makeServer(options);
        QVERIFY(server);
        SandboxClient client(server->baseUrl());
        const HttpResult result = client.get(u"/characters/1/assets"_s);
        QVERIFY(result.error != QNetworkReply::NoError);
        QVERIFY(result.header("content-length").toLongLong() > result.body.size());
        QVERIFY(!result.json().isArray()); // half a JSON array does not parse
    }

    void slowBody_arrivesInChunksButComplete()
    {
        Sandbox::SandboxOptions options;
        options.slowBodyMs = 300;
        const auto server = makeServer(options);
        QVERIFY(server);
        Sandbox::SandboxOptions plainOptions;
        const auto plain = makeServer(plainOptions);
        QVERIFY(plain);
        SandboxClient client(server->baseUrl());
        QElapsedTimer timer;
        timer.start();
        const HttpResult slow = client.get(u"/characters/1/assets"_s);
        QVERIFY(timer.elapsed() >= 250);
        QCOMPARE(slow.status, 200);
        QCOMPARE(slow.error, QNetworkReply::NoError);
        QVERIFY2(slow.readyReadCount > 1, qPrintable(QString::number(slow.readyReadCount)));
        QCOMPARE(slow.body, SandboxClient(plain->baseUrl()).get(u"/characters/1/assets"_s).body);
    }

    void changeBetweenPages_changesDataOnceAfterPageOne()
    {
        Sandbox::SandboxOptions options;
        options.changeBetweenPages = true;
        const auto server = makeServer(options);
        QVERIFY(server);
        SandboxClient client(server->baseUrl());
        const HttpResult first = client.get(u"/markets/10000002/orders?order_type=all&page=1"_s);
        const HttpResult second = client.get(u"/markets/10000002/orders?order_type=all&page=2"_s);
        QCOMPARE(first.status, 200);
        QCOMPARE(second.status, 200);
        QVERIFY(first.header("last-modified") != second.header("last-modified"));

        // A refetch sees one consistent snapshot, and the change happened only once.
        const HttpResult refetched = client.get(u"/markets/10000002/orders?order_type=all&page=1"_s);
        QVERIFY(refetched.body != first.body);
        QCOMPARE(refetched.header("last-modified"), second.header("last-modified"));
        const HttpResult third = client.get(u"/markets/10000002/orders?order_type=all&page=3"_s);
        QCOMPARE(third.header("last-modified"), second.header("last-modified"));
        QCOMPARE(client.get(u"/markets/10000002/orders?order_type=all&page=2"_s).body, second.body);
    }

    void stableData_keepsLastModifiedAcrossPages()
    {
        const auto server = makeServer({});
        QVERIFY(server);
        SandboxClient client(server->baseUrl());
        const QByteArray lastModified = client.get(u"/characters/1/assets?page=1"_s).header("last-modified");
        QVERIFY(!lastModified.isEmpty());
        QCOMPARE(client.get(u"/characters/1/assets?page=2"_s).header("last-modified"), lastModified);
        QCOMPARE(client.get(u"/characters/1/assets?page=1"_s).header("last-modified"), lastModified);
    }
};

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandboxfaults.moc"
