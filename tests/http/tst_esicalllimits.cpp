#include "enginefixture.h"
#include "sandbox/sandboxserver.h"
#include "scriptedserver.h"

#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;
using namespace Esi::Core;

// Politeness towards the shared API: buckets paced before they run dry, 429 waited out, 420 stops
// everything until the reset, only gateway errors retried. Real time on purpose: the waits are the point.
class TestEsiCallLimits : public QObject
{
    Q_OBJECT

private:
    SpecPtr m_spec;
    SystemClock m_clock;

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_spec = loadTestSpec();
    }

    void burstOfPages_isPacedWithoutA429()
    {
        Esi::Sandbox::SandboxOptions options;
        options.pages = 12;
        options.bucketTokens = 10; // 5 answers of 2 tokens per second
        options.windowSeconds = 1;
        Esi::Sandbox::SandboxServer server(m_spec, QByteArray(), options, m_clock);
        QVERIFY(server.start());
        QList<int> statuses;
        connect(&server, &Esi::Sandbox::SandboxServer::responseWritten, this,
                [&](const QString &, const QString &, int status) { statuses.append(status); });
        EngineFixture engine(m_clock, server.baseUrl());

        const CallResult result =
            engine.call(m_spec, u"GetMarketsRegionIdOrders"_s, {u"region_id=10000002"_s, u"order_type=all"_s});
        QVERIFY2(result.isOk(), qPrintable(result.message));
        QCOMPARE(result.pages.size(), 12);
        QCOMPARE(statuses.count(429), 0);
        QCOMPARE(statuses.size(), 12);
        QVERIFY(result.statistics.waitedMs > 0);
    }

    void tooManyRequests_waitsForRetryAfter_data()
    {
        QTest::addColumn<QString>("operationId");
        QTest::newRow("route with a bucket") << u"GetStatus"_s;
        QTest::newRow("route without a bucket") << u"GetAlliances"_s;
    }

    void tooManyRequests_waitsForRetryAfter()
    {
        QFETCH(QString, operationId);
        ScriptedServer server([&server](const ScriptedServer::Request &) {
            ScriptedServer::Reply reply;
            if (server.requests.size() == 1) {
                reply.status = 429;
                reply.headers = {{"Retry-After", "1"}};
                reply.body = R"({"error": "Too many requests"})";
            }
            return reply;
        });
        QVERIFY(server.start());
        EngineFixture engine(m_clock, server.baseUrl());
        const CallResult result = engine.call(m_spec, operationId, {});
        QVERIFY2(result.isOk(), qPrintable(result.message));
        QCOMPARE(server.requests.size(), 2);
        QVERIFY2(server.requests.at(1).atMs - server.requests.at(0).atMs >= 950,
                 qPrintable(QString::number(server.requests.at(1).atMs - server.requests.at(0).atMs)));
        QCOMPARE(result.statistics.retries, 1);
    }

    void errorLimit420_stopsSendingUntilReset()
    {
        ScriptedServer server([&server](const ScriptedServer::Request &) {
            ScriptedServer::Reply reply;
            if (server.requests.size() == 1) {
                reply.status = 420;
                reply.headers = {{"X-ESI-Error-Limit-Remain", "0"}, {"X-ESI-Error-Limit-Reset", "1"}};
                reply.body = R"({"error": "This software has exceeded the error limit for ESI."})";
            } else {
                reply.headers = {{"X-ESI-Error-Limit-Remain", "100"}, {"X-ESI-Error-Limit-Reset", "60"}};
            }
            return reply;
        });
        QVERIFY(server.start());
        EngineFixture engine(m_clock, server.baseUrl());

        const CallResult limited = engine.call(m_spec, u"GetAlliances"_s, {});
        QCOMPARE(limited.error, CallError::ErrorLimited);
        QCOMPARE(limited.httpStatus, 420);
        QVERIFY2(limited.message.contains(u"error limit"_s), qPrintable(limited.message));
        QCOMPARE(server.requests.size(), 1);
        QVERIFY(engine.errorLimits->state().circuitOpen);

        EsiCall *next = engine.client->call(m_spec, u"GetAlliances"_s, ParameterValues());
        QSignalSpy waiting(next, &EsiCall::waiting);
        const CallResult after = engine.run(next);
        QVERIFY2(after.isOk(), qPrintable(after.message));
        QCOMPARE(server.requests.size(), 2);
        QVERIFY2(server.requests.at(1).atMs - server.requests.at(0).atMs >= 900,
                 qPrintable(QString::number(server.requests.at(1).atMs - server.requests.at(0).atMs)));
        QVERIFY(!waiting.isEmpty());
    }

    void retries_onlyForGatewayErrors_data()
    {
        QTest::addColumn<QList<int>>("statuses"); // what the server answers, in order (then 200)
        QTest::addColumn<int>("expectedRequests");
        QTest::addColumn<int>("expectedStatus"); // 0: the call succeeds
        QTest::newRow("502 then ok") << QList<int>{502} << 2 << 0;
        QTest::newRow("503 twice then ok") << QList<int>{503, 503} << 3 << 0;
        QTest::newRow("504 three times") << QList<int>{504, 504, 504} << 3 << 504;
        QTest::newRow("500 not retried") << QList<int>{500} << 1 << 500;
        QTest::newRow("400 not retried") << QList<int>{400} << 1 << 400;
        QTest::newRow("403 not retried") << QList<int>{403} << 1 << 403;
        QTest::newRow("404 not retried") << QList<int>{404} << 1 << 404;
    }

    void retries_onlyForGatewayErrors()
    {
        QFETCH(QList<int>, statuses);
        QFETCH(int, expectedRequests);
        QFETCH(int, expectedStatus);
        ScriptedServer server([&server, statuses](const ScriptedServer::Request &) {
            ScriptedServer::Reply reply;
            const qsizetype index = server.requests.size() - 1;
            if (index < statuses.size()) {
                reply.status = statuses.at(index);
                reply.body = R"({"error": "scripted failure )" + QByteArray::number(reply.status) + R"("})";
            }
            return reply;
        });
        QVERIFY(server.start());
        EngineFixture engine(m_clock, server.baseUrl());
        const CallResult result = engine.call(m_spec, u"GetAlliances"_s, {});
        QCOMPARE(server.requests.size(), expectedRequests);
        QCOMPARE(result.statistics.requests, expectedRequests);
        if (expectedStatus == 0) {
            QVERIFY2(result.isOk(), qPrintable(result.message));
            QCOMPARE(result.statistics.retries, expectedRequests - 1);
        } else {
            QCOMPARE(result.error, CallError::Http);
            QCOMPARE(result.httpStatus, expectedStatus);
            QVERIFY2(result.message.contains(u"GetAlliances answered HTTP "_s + QString::number(expectedStatus)),
                     qPrintable(result.message));
        }
        if (expectedRequests > 2) {
            // Backoff doubles: 20 ms, then 40 ms (the fixture's scaled-down schedule).
            QVERIFY(server.requests.at(1).atMs - server.requests.at(0).atMs >= 20);
            QVERIFY(server.requests.at(2).atMs - server.requests.at(1).atMs >= 40);
        }
    }

    void esiErrorBody_becomesTheMessage()
    {
        ScriptedServer server([](const ScriptedServer::Request &) {
            return ScriptedServer::Reply{404, {}, R"({"error": "Alliance not found"})", 0};
        });
        QVERIFY(server.start());
        EngineFixture engine(m_clock, server.baseUrl());
        const CallResult result = engine.call(m_spec, u"GetAlliancesAllianceId"_s, {u"alliance_id=1"_s});
        QCOMPARE(result.message, u"GetAlliancesAllianceId answered HTTP 404: Alliance not found"_s);
    }

    void cutShortBody_isRetriedThenReported()
    {
        int cutShortAnswers = 1;
        ScriptedServer server([&cutShortAnswers](const ScriptedServer::Request &) {
            ScriptedServer::Reply reply;
            reply.body = "[1, 2, 3]";
            reply.cutShort = cutShortAnswers-- > 0;
            return reply;
        });
        QVERIFY(server.start());
        EngineFixture engine(m_clock, server.baseUrl());
        const CallResult recovered = engine.call(m_spec, u"GetAlliances"_s, {});
        QVERIFY2(recovered.isOk(), qPrintable(recovered.message));
        QCOMPARE(recovered.rows().size(), 3);
        QCOMPARE(server.requests.size(), 2);

        cutShortAnswers = 100;
        CallOptions noCache;
        noCache.useCache = false;
        const CallResult failed = engine.call(m_spec, u"GetAlliances"_s, {}, noCache);
        QCOMPARE(failed.error, CallError::Network);
        QVERIFY2(failed.message.contains(u"was cut short 3 times"_s), qPrintable(failed.message));
        QCOMPARE(server.requests.size(), 5);
    }

    void slowServer_timesOut()
    {
        ScriptedServer server([](const ScriptedServer::Request &) {
            return ScriptedServer::Reply{200, {}, "[]", 3000};
        });
        QVERIFY(server.start());
        EngineFixture engine(m_clock, server.baseUrl());
        EsiClientSettings settings = engine.client->settings();
        settings.transferTimeoutMs = 300;
        engine.client->setSettings(settings);
        const CallResult result = engine.call(m_spec, u"GetAlliances"_s, {});
        QCOMPARE(result.error, CallError::Timeout);
        QVERIFY2(result.message.contains(u"within 0.3 s"_s), qPrintable(result.message));
        QCOMPARE(server.requests.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestEsiCallLimits)
#include "tst_esicalllimits.moc"
