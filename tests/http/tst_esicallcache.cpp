#include "core/http/httpdate.h"
#include "enginefixture.h"
#include "scriptedserver.h"

#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;
using namespace Esi::Core;

// The cache as ESI wants it used: never ask again before Expires, revalidate with If-None-Match after.
// The server plays ESI with ETag "v<version>" and a 300 s lifetime from the (manual) clock's now.
class TestEsiCallCache : public QObject
{
    Q_OBJECT

private:
    SpecPtr m_spec;
    ManualClock m_clock;
    int m_version = 1;
    std::function<void()> m_onConditional;

    ScriptedServer::Reply answer(const ScriptedServer::Request &request)
    {
        const QByteArray etag = "\"v" + QByteArray::number(m_version) + '"';
        ScriptedServer::Reply reply;
        reply.headers = {{"Date", HttpDate::format(m_clock.now())},
                         {"Expires", HttpDate::format(m_clock.now().addSecs(300))},
                         {"ETag", etag},
                         {"Last-Modified", "Wed, 01 Jan 2026 10:00:00 GMT"}};
        if (!request.header("If-None-Match").isEmpty() && m_onConditional) {
            m_onConditional();
        }
        if (request.header("If-None-Match") == etag) {
            reply.status = 304;
            return reply;
        }
        reply.body = R"({"players": )" + QByteArray::number(1000 * m_version) + R"(, "server_version": "1"})";
        return reply;
    }

    std::unique_ptr<ScriptedServer> server()
    {
        auto result = std::make_unique<ScriptedServer>(
            [this](const ScriptedServer::Request &request) { return answer(request); });
        if (result->start() == 0) {
            qFatal("cannot listen");
        }
        return result;
    }

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_spec = loadTestSpec();
    }

    void init()
    {
        m_version = 1;
        m_onConditional = nullptr;
    }

    void beforeExpires_noRequestIsSent()
    {
        auto esi = server();
        EngineFixture engine(m_clock, esi->baseUrl());

        const CallResult first = engine.call(m_spec, u"GetStatus"_s, {});
        QVERIFY2(first.isOk(), qPrintable(first.message));
        QCOMPARE(first.pages.first().servedFrom, ServedFrom::Network);
        QCOMPARE(esi->requests.size(), 1);

        for (int second = 30; second < 300; second += 30) {
            m_clock.advance(30 * 1000);
            const CallResult again = engine.call(m_spec, u"GetStatus"_s, {});
            QVERIFY2(again.isOk(), qPrintable(again.message));
            QCOMPARE(again.pages.first().servedFrom, ServedFrom::FreshHit);
            QCOMPARE(again.pages.first().body, first.pages.first().body);
            QCOMPARE(again.statistics.requests, 0);
            QCOMPARE(again.statistics.fromCache, 1);
        }
        QCOMPARE(esi->requests.size(), 1);
    }

    void afterExpires_revalidatesWithEtag()
    {
        auto esi = server();
        EngineFixture engine(m_clock, esi->baseUrl());
        const CallResult first = engine.call(m_spec, u"GetStatus"_s, {});
        QVERIFY2(first.isOk(), qPrintable(first.message));

        m_clock.advance(301 * 1000);
        const CallResult revalidated = engine.call(m_spec, u"GetStatus"_s, {});
        QVERIFY2(revalidated.isOk(), qPrintable(revalidated.message));
        QCOMPARE(esi->requests.size(), 2);
        QCOMPARE(esi->requests.last().header("If-None-Match"), "\"v1\"");
        QCOMPARE(esi->requests.last().header("If-Modified-Since"), "Wed, 01 Jan 2026 10:00:00 GMT");
        QCOMPARE(revalidated.pages.first().servedFrom, ServedFrom::Revalidated);
        QCOMPARE(revalidated.pages.first().status, 200);
        QCOMPARE(revalidated.pages.first().body, first.pages.first().body);
        QCOMPARE(revalidated.statistics.notModified, 1);
        QCOMPARE(revalidated.statistics.requests, 1);

        // The 304 renewed Expires: fresh again without a request.
        m_clock.advance(100 * 1000);
        QCOMPARE(engine.call(m_spec, u"GetStatus"_s, {}).pages.first().servedFrom, ServedFrom::FreshHit);
        QCOMPARE(esi->requests.size(), 2);
    }

    void changedData_isFetchedAndStored()
    {
        auto esi = server();
        EngineFixture engine(m_clock, esi->baseUrl());
        QVERIFY(engine.call(m_spec, u"GetStatus"_s, {}).isOk());
        m_version = 2;
        m_clock.advance(301 * 1000);
        const CallResult changed = engine.call(m_spec, u"GetStatus"_s, {});
        QCOMPARE(changed.pages.first().servedFrom, ServedFrom::Network);
        QVERIFY(changed.pages.first().body.contains("2000"));
        QCOMPARE(changed.statistics.notModified, 0);
        QCOMPARE(engine.call(m_spec, u"GetStatus"_s, {}).pages.first().body, changed.pages.first().body);
        QCOMPARE(esi->requests.size(), 2);
    }

    void noCache_alwaysAsksAndStoresNothing()
    {
        auto esi = server();
        EngineFixture engine(m_clock, esi->baseUrl());
        CallOptions noCache;
        noCache.useCache = false;
        QVERIFY(engine.call(m_spec, u"GetStatus"_s, {}, noCache).isOk());
        QVERIFY(engine.call(m_spec, u"GetStatus"_s, {}, noCache).isOk());
        QCOMPARE(esi->requests.size(), 2);
        QVERIFY(esi->requests.last().header("If-None-Match").isEmpty());
        QCOMPARE(engine.cache->entryCount(), 0);
        QCOMPARE(engine.call(m_spec, u"GetStatus"_s, {}).pages.first().servedFrom, ServedFrom::Network);
    }

    void forceRefresh_dropsEntryAndFetchesWithoutValidators()
    {
        auto esi = server();
        EngineFixture engine(m_clock, esi->baseUrl());
        QVERIFY(engine.call(m_spec, u"GetStatus"_s, {}).isOk());
        CallOptions force;
        force.forceRefresh = true;
        const CallResult refreshed = engine.call(m_spec, u"GetStatus"_s, {}, force);
        QCOMPARE(refreshed.pages.first().servedFrom, ServedFrom::Network);
        QCOMPARE(esi->requests.size(), 2);
        QVERIFY(esi->requests.last().header("If-None-Match").isEmpty());
    }

    void languages_areCachedSeparately()
    {
        auto esi = server();
        EngineFixture engine(m_clock, esi->baseUrl());
        QVERIFY(engine.call(m_spec, u"GetStatus"_s, {}).isOk());
        CallOptions german;
        german.language = u"de"_s;
        QCOMPARE(engine.call(m_spec, u"GetStatus"_s, {}, german).pages.first().servedFrom, ServedFrom::Network);
        QCOMPARE(engine.call(m_spec, u"GetStatus"_s, {}, german).pages.first().servedFrom, ServedFrom::FreshHit);
        QCOMPARE(esi->requests.size(), 2);
    }

    void notModifiedForVanishedEntry_refetchesWithoutValidators()
    {
        auto esi = server();
        EngineFixture engine(m_clock, esi->baseUrl());
        QVERIFY(engine.call(m_spec, u"GetStatus"_s, {}).isOk());
        m_onConditional = [&engine] { engine.cache->clear(); }; // evicted while the request is under way
        m_clock.advance(301 * 1000);
        const CallResult result = engine.call(m_spec, u"GetStatus"_s, {});
        QVERIFY2(result.isOk(), qPrintable(result.message));
        QCOMPARE(esi->requests.size(), 3);
        QVERIFY(esi->requests.last().header("If-None-Match").isEmpty());
        QCOMPARE(result.pages.first().servedFrom, ServedFrom::Network);
        QVERIFY(result.pages.first().body.contains("players"));
    }
};

QTEST_GUILESS_MAIN(TestEsiCallCache)
#include "tst_esicallcache.moc"
