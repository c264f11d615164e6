// SandboxServer in-process over HTTP: bucket rate limits (429) and the error limit (420).
#include "core/clock.h"
#include "sandbox/sandboxserver.h"
#include "sandboxclient.h"
#include "sandboxfixture.h"

#include <QJsonObject>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;
using namespace Esi;

class TestSandboxLimits : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Sandbox::SandboxServer> makeServer(const Sandbox::SandboxOptions &options)
    {
        return startSandbox(m_spec, options, m_clock);
    }

    static int used(const HttpResult &result) { return result.header("x-ratelimit-used").toInt(); }

    static int remaining(const HttpResult &result) { return result.header("x-ratelimit-remaining").toInt(); }

    Core::ManualClock m_clock{QDateTime(QDate(2026, 8, 1), QTime(12, 0), Qt::UTC)};
    Core::SpecPtr m_spec;

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_spec = Core::Spec::fromFile(QStringLiteral(ESI_TEST_DATA "/openapi-2026-07-21.json")).spec;
        QVERIFY(m_spec);
    }

    void bucketHeaders_reportTheSpecsLimit()
    {
        const auto server = makeServer({});
        QVERIFY(server);
        SandboxClient client(server->baseUrl());
        const HttpResult result = client.get(u"/characters/1/assets"_s);
        QCOMPARE(result.status, 200);
        QCOMPARE(result.header("x-ratelimit-group"), "char-asset"_ba);
        QCOMPARE(result.header("x-ratelimit-limit"), "1800/15m"_ba);
        QCOMPARE(used(result), 2);
        QCOMPARE(remaining(result), 1798);
        QVERIFY(!result.headers.contains("x-esi-error-limit-remain"));
    }

    void bucketScale_shrinksEveryBucket()
    {
        Sandbox::SandboxOptions options;
        options.bucketScale = 0.01;
        const auto server = makeServer(options);
        QVERIFY(server);
        SandboxClient client(server->baseUrl());
        QCOMPARE(client.get(u"/characters/1/assets"_s).header("x-ratelimit-limit"), "18/15m"_ba);
        QCOMPARE(client.get(u"/characters/1/killmails/recent"_s).header("x-ratelimit-limit"), "1/15m"_ba); // 30 -> 1
    }

    void bucketCosts_dependOnStatus_andAnEmptyBucketAnswers429()
    {
        Sandbox::SandboxOptions options;
        options.bucketTokens = 10;
        options.windowSeconds = 60;
        const auto server = makeServer(options);
        QVERIFY(server);
        SandboxClient client(server->baseUrl());

        const HttpResult ok = client.get(u"/characters/1/assets"_s);
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.header("x-ratelimit-limit"), "10/1m"_ba);
        QCOMPARE(used(ok), 2); // 2xx: 2 tokens

        const HttpResult notModified = client.get(u"/characters/1/assets"_s, {{"If-None-Match", ok.header("etag")}});
        QCOMPARE(notModified.status, 304);
        QCOMPARE(used(notModified), 3); // 3xx: 1 token

        const HttpResult bad = client.get(u"/characters/1/assets?page=0"_s);
        QCOMPARE(bad.status, 400);
        QCOMPARE(used(bad), 8); // 4xx: 5 tokens

        m_clock.advance(20 * 1000);
        const HttpResult last = client.get(u"/characters/1/assets"_s);
        QCOMPARE(last.status, 200);
        QCOMPARE(used(last), 10);
        QCOMPARE(remaining(last), 0);

        const HttpResult limited = client.get(u"/characters/1/assets"_s);
        QCOMPARE(limited.status, 429);
        QCOMPARE(used(limited), 10); // 429: free
        QCOMPARE(remaining(limited), 0);
        // The first spends (8 tokens, 20 s ago) leave the 60 s window in 40 s.
        QCOMPARE(limited.header("retry-after"), "40"_ba);
        QVERIFY(limited.json().object().value(u"error"_s).toString().contains(u"char-asset"_s));

        // Other groups have their own bucket.
        QCOMPARE(client.get(u"/characters/1/blueprints"_s).status, 200);

        m_clock.advance(40 * 1000);
        const HttpResult again = client.get(u"/characters/1/assets"_s);
        QCOMPARE(again.status, 200);
        QCOMPARE(used(again), 4);
    }

    void buckets_arePerBearerTokenOnAuthedRoutes()
    {
        Sandbox::SandboxOptions options;
        options.bucketTokens = 2;
        const auto server = makeServer(options);
        QVERIFY(server);
        SandboxClient client(server->baseUrl());
        QCOMPARE(client.get(u"/characters/1/assets"_s, {{"Authorization", "Bearer one"}}).status, 200);
        QCOMPARE(client.get(u"/characters/1/assets"_s, {{"Authorization", "Bearer one"}}).status, 429);
        QCOMPARE(client.get(u"/characters/1/assets"_s, {{"Authorization", "Bearer two"}}).status, 200);

        server->setCallerResolver([](const Sandbox::SandboxRequest &) { return u"character:1"_s; });
        QCOMPARE(client.get(u"/characters/1/assets"_s, {{"Authorization", "Bearer three"}}).status, 200);
        QCOMPARE(client.get(u"/characters/1/assets"_s, {{"Authorization", "Bearer four"}}).status, 429);
    }

    void serverErrors_costNoTokens()
    {
        Sandbox::SandboxOptions options;
        options.faultRate = 1.0;
        const auto server = makeServer(options);
        QVERIFY(server);
        SandboxClient client(server->baseUrl());
        for (int i = 0; i < 3; ++i) {
            const HttpResult result = client.get(u"/characters/1/assets"_s);
            QVERIFY(result.status >= 502 && result.status <= 504);
            QCOMPARE(used(result), 0);
        }
    }

    void errorLimit_decrementsOnErrorsAndAnswers420UntilReset()
    {
        Sandbox::SandboxOptions options;
        options.errorLimit = 3;
        options.errorWindowSeconds = 60;
        const auto server = makeServer(options);
        QVERIFY(server);
        SandboxClient client(server->baseUrl());

        const HttpResult fine = client.get(u"/alliances"_s);
        QCOMPARE(fine.status, 200);
        QCOMPARE(fine.header("x-esi-error-limit-remain"), "3"_ba);
        QCOMPARE(fine.header("x-esi-error-limit-reset"), "60"_ba);

        for (int remain = 2; remain >= 0; --remain) {
            const HttpResult missing = client.get(u"/alliances/1/nothing"_s);
            QCOMPARE(missing.status, 404);
            QCOMPARE(missing.header("x-esi-error-limit-remain"), QByteArray::number(remain));
        }
        m_clock.advance(10 * 1000);
        for (const QString &target : {u"/alliances"_s, u"/characters/1/assets"_s, u"/nope"_s}) {
            const HttpResult limited = client.get(target);
            QCOMPARE(limited.status, 420);
            QCOMPARE(limited.header("x-esi-error-limit-remain"), "0"_ba);
            QCOMPARE(limited.header("x-esi-error-limit-reset"), "50"_ba);
        }
        // The spec document is outside the limits, so a client can always rediscover the service.
        QCOMPARE(client.get(u"/meta/openapi.json"_s).status, 200);

        m_clock.advance(50 * 1000);
        const HttpResult reset = client.get(u"/alliances"_s);
        QCOMPARE(reset.status, 200);
        QCOMPARE(reset.header("x-esi-error-limit-remain"), "3"_ba);
    }
};

QTEST_GUILESS_MAIN(TestSandboxLimits)
#include "tst_sandboxlimits.moc"
