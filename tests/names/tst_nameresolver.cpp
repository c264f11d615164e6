#include "core/names/namecache.h"
#include "core/names/namecachethread.h"
#include "core/names/nameresolver.h"
#include "namessnippets.h"
#include "sandbox/sandboxserver.h"
#include "tests/http/enginefixture.h"
#include "tests/http/scriptedserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Esi::Core::NameCache;
using Esi::Core::NameResolver;
using Esi::Core::ResolvedName;

// POST /universe/names through the call engine against an in-process esi-sandbox: batches of 1,000, each ID
// once, 404 batches split with few requests, and the name cache shared across resolvers (processes).
class TestNameResolver : public QObject
{
    Q_OBJECT

private:
    Esi::Core::SystemClock m_engineClock;
    Esi::Core::SpecPtr m_spec;
    std::unique_ptr<Esi::Sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<EngineFixture> m_engine;
    QTemporaryDir m_directory;
    int m_nameRequests = 0;

    static constexpr qint64 unknownId = 13'000'000; // between EVE's region and constellation ranges
    static constexpr qint64 day = 24LL * 60 * 60 * 1000;

    static QList<qint64> types(qint64 first, int count)
    {
        QList<qint64> ids;
        for (int i = 0; i < count; ++i) {
            ids.append(first + i);
        }
        return ids;
    }

    // Resolves and waits; the statistics and names stay readable on `resolver`.
    static void run(NameResolver &resolver, const QList<qint64> &ids)
    {
        QSignalSpy finished(&resolver, &NameResolver::finished);
        resolver.resolve(ids);
        QVERIFY(finished.wait(60000));
        QVERIFY(!resolver.isRunning());
    }

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_directory.isValid());
        const Esi::Core::SpecLoadResult loaded =
            Esi::Core::Spec::fromFile(QStringLiteral(ESI_TEST_DATA "/openapi-2026-07-21.json"));
        QVERIFY(loaded);
        m_spec = loaded.spec;
    }

    void init()
    {
        // A fresh server and engine per test: each starts with a full error limit.
        m_sandbox = std::make_unique<Esi::Sandbox::SandboxServer>(m_spec, QByteArray(), Esi::Sandbox::SandboxOptions(),
                                                                  m_engineClock);
        QVERIFY(m_sandbox->start());
        m_nameRequests = 0;
        connect(m_sandbox.get(), &Esi::Sandbox::SandboxServer::responseWritten, this,
                [this](const QString &method, const QString &target, int) {
                    if (method == u"POST"_s && target.startsWith(u"/universe/names"_s)) {
                        ++m_nameRequests;
                    }
                });
        m_engine = std::make_unique<EngineFixture>(m_engineClock, m_sandbox->baseUrl());
    }

    void cleanup()
    {
        m_engine.reset();
        m_sandbox.reset();
    }

    void batches_2500Ids_takeThreeRequests()
    {
        NameResolver resolver(*m_engine->client, m_spec, nullptr);
        run(resolver, types(1, 2500));
        QCOMPARE(resolver.statistics().requests, 3);
        QCOMPARE(m_nameRequests, 3);
        QCOMPARE(resolver.statistics().named, 2500);
        QCOMPARE(resolver.names().value(34).name, u"Type 34"_s);
        QCOMPARE(resolver.names().value(34).category, u"inventory_type"_s);
        QCOMPARE(resolver.names().value(2500).name, u"Type 2500"_s);
    }

    void duplicates_areAskedOnce_andNotAgain()
    {
        NameResolver resolver(*m_engine->client, m_spec, nullptr);
        run(resolver, {34, 35, 34, 30000142, 35, 34, 0, -1});
        QCOMPARE(resolver.statistics().asked, 3);
        QCOMPARE(m_nameRequests, 1);
        QCOMPARE(resolver.names().value(30000142).name, u"System 30000142"_s);
        run(resolver, {35, 34});
        QCOMPARE(resolver.statistics().requests, 0);
        QCOMPARE(resolver.statistics().fromCache, 2);
        QCOMPARE(m_nameRequests, 1);
    }

    void notFoundBatch_isSplit_findsTheOneBadIdWithFewRequests_data()
    {
        QTest::addColumn<int>("position");
        QTest::newRow("first") << 0;
        QTest::newRow("middle") << 500;
        QTest::newRow("last") << 999;
        QTest::newRow("odd place") << 377;
    }

    void notFoundBatch_isSplit_findsTheOneBadIdWithFewRequests()
    {
        QFETCH(int, position);
        QList<qint64> ids = types(18, 999);
        ids.insert(position, unknownId);
        NameCache cache(m_directory.filePath(u"split-%1.sqlite"_s.arg(position)), m_engineClock);
        QVERIFY(cache.open(nullptr));
        NameResolver resolver(*m_engine->client, m_spec, &cache);
        run(resolver, ids);
        const Esi::Core::NameStatistics &statistics = resolver.statistics();
        qInfo("1 unknown ID at %d of 1000: %d requests (%d answered 404)", position, statistics.requests,
              statistics.notFound);
        QCOMPARE(statistics.requests, m_nameRequests);
        // The whole batch, then one or two requests per halving: 1000 -> 500 -> ... -> 1 is 10 halvings.
        QVERIFY2(statistics.requests <= 1 + 2 * 10, qPrintable(QString::number(statistics.requests)));
        QVERIFY(statistics.requests >= 1 + 9);
        QCOMPARE(resolver.names().value(unknownId).status, ResolvedName::Status::NotFound);
        QVERIFY(!resolver.names().value(unknownId).reason.isEmpty());
        QCOMPARE(statistics.named, 999);
        QCOMPARE(statistics.unnamed, 1);
        for (const qint64 id : types(18, 999)) {
            QVERIFY(resolver.names().value(id).isNamed());
        }
        // What was learned, the unknown ID included, is not asked again.
        NameResolver again(*m_engine->client, m_spec, &cache);
        run(again, ids);
        QCOMPARE(again.statistics().requests, 0);
        QCOMPARE(again.names().value(unknownId).status, ResolvedName::Status::NotFound);
    }

    void twoBadIds_inTwoBatches_areBothFound()
    {
        QList<qint64> ids = types(18, 1500);
        ids.insert(10, unknownId);
        ids.insert(1200, 1'035'000'000'000); // a structure: /universe/names cannot name it
        NameResolver resolver(*m_engine->client, m_spec, nullptr);
        run(resolver, ids);
        QCOMPARE(resolver.statistics().named, 1500);
        QCOMPARE(resolver.statistics().unnamed, 2);
        QCOMPARE(resolver.names().value(1'035'000'000'000).status, ResolvedName::Status::NotFound);
        QVERIFY(resolver.statistics().requests <= 2 * (1 + 2 * 10));
    }

    void secondResolver_onTheSameCacheFile_asksNothing()
    {
        const QString file = m_directory.filePath(u"reuse.sqlite"_s);
        const QList<qint64> ids{34, 30000142, 60003760, 2112000001, 99000001, 10000002};
        {
            NameCache cache(file, m_engineClock);
            QVERIFY(cache.open(nullptr));
            NameResolver first(*m_engine->client, m_spec, &cache);
            run(first, ids);
            QCOMPARE(first.statistics().requests, 1);
            QCOMPARE(first.names().value(2112000001).name, u"Sandbox Pilot"_s);
        }
        NameCache cache(file, m_engineClock);
        QVERIFY(cache.open(nullptr));
        NameResolver second(*m_engine->client, m_spec, &cache);
        run(second, ids);
        QCOMPARE(second.statistics().requests, 0);
        QCOMPARE(second.statistics().fromCache, 6);
        QCOMPARE(second.names().value(60003760).name, u"Station 60003760"_s);
        QCOMPARE(m_nameRequests, 1);
    }

    void cacheThread_namesForTheNextResolverAndProcess_withTheSameRequests()
    {
        const QString file = m_directory.filePath(u"thread.sqlite"_s);
        QList<qint64> ids = types(18, 1500);
        ids.insert(700, unknownId);
        int firstRequests = 0;
        {
            Esi::Core::NameCacheThread cache(file, m_engineClock);
            QVERIFY(cache.open(nullptr));
            NameResolver first(*m_engine->client, m_spec, nullptr);
            first.setCacheThread(&cache);
            run(first, ids);
            firstRequests = first.statistics().requests;
            QCOMPARE(firstRequests, m_nameRequests);
            QCOMPARE(first.statistics().named, 1500);
            QCOMPARE(first.statistics().unnamed, 1);
            // The same thread answers a second resolver from what the first stored.
            NameResolver second(*m_engine->client, m_spec, nullptr);
            second.setCacheThread(&cache);
            run(second, ids);
            QCOMPARE(second.statistics().requests, 0);
            QCOMPARE(second.statistics().fromCache, 1501);
            QCOMPARE(second.names().value(unknownId).status, ResolvedName::Status::NotFound);
        }
        // As the same request counts as without the thread: a batch of 1,000 with one bad ID, and one of 501.
        NameCache plain(m_directory.filePath(u"plain.sqlite"_s), m_engineClock);
        QVERIFY(plain.open(nullptr));
        NameResolver inPlace(*m_engine->client, m_spec, &plain);
        run(inPlace, ids);
        QCOMPARE(inPlace.statistics().requests, firstRequests);
        // Another process (`esi`, a NameCache of its own) finds everything the thread stored.
        NameCache cache(file, m_engineClock);
        QVERIFY(cache.open(nullptr));
        NameResolver third(*m_engine->client, m_spec, &cache);
        run(third, ids);
        QCOMPARE(third.statistics().requests, 0);
        QCOMPARE(third.names().value(1517).name, u"Type 1517"_s);
    }

    void cancel_whileTheCacheThreadLooks_failsThoseIds_andFinishes()
    {
        Esi::Core::NameCacheThread cache(m_directory.filePath(u"cancel.sqlite"_s), m_engineClock);
        QVERIFY(cache.open(nullptr));
        NameResolver resolver(*m_engine->client, m_spec, nullptr);
        resolver.setCacheThread(&cache);
        QSignalSpy finished(&resolver, &NameResolver::finished);
        resolver.resolve({34, 35});
        QVERIFY(resolver.isRunning());
        resolver.cancel();
        QCOMPARE(finished.size(), 1);
        QVERIFY(!resolver.isRunning());
        QCOMPARE(resolver.names().value(35).status, ResolvedName::Status::Failed);
        cache.waitForIdle();
        QCoreApplication::processEvents(); // the lookup's late answer comes, and is dropped
        QCOMPARE(finished.size(), 1);
        // The next resolve asks again, once: a request for the dropped answer would be counted here too.
        run(resolver, {34, 35});
        QCOMPARE(resolver.names().value(35).name, u"Type 35"_s);
        QCOMPARE(m_nameRequests, 1);
    }

    void hostileAnswer_isRefusedWhole_andNothingOfItIsCached_data()
    {
        const auto entry = [](const QJsonValue &id, const QJsonValue &name, const QJsonValue &category) {
            return QJsonObject{{u"id"_s, id}, {u"name"_s, name}, {u"category"_s, category}};
        };
        const auto answer = [&](const QJsonObject &last) {
            const QJsonArray entries{entry(34, u"Tritanium"_s, u"inventory_type"_s), last};
            return QJsonDocument(entries).toJson(QJsonDocument::Compact);
        };
        const QJsonObject fine = entry(35, u"Pyerite"_s, u"inventory_type"_s);
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("not JSON (the engine's guard)") << QByteArray("[{\"id\": 34, \"name\": ");
        QTest::newRow("an object") << QJsonDocument(fine).toJson();
        QTest::newRow("an ID not asked") << answer(entry(36, u"Mexallon"_s, u"inventory_type"_s));
        QTest::newRow("an ID as text") << answer(entry(u"35"_s, u"Pyerite"_s, u"inventory_type"_s));
        QTest::newRow("a name not text") << answer(entry(35, 7, u"inventory_type"_s));
        QTest::newRow("a name too long") << answer(entry(35, QString(1001, u'x'), u"inventory_type"_s));
        QTest::newRow("no category") << answer(entry(35, u"Pyerite"_s, QJsonValue()));
        QTest::newRow("a category too long") << answer(entry(35, u"Pyerite"_s, QString(101, u'c')));
        QTest::newRow("an entry not an object") << answer(QJsonObject()).replace("{}", "35");
    }

    void hostileAnswer_isRefusedWhole_andNothingOfItIsCached()
    {
        QFETCH(QByteArray, body);
        ScriptedServer server([body](const ScriptedServer::Request &) {
            ScriptedServer::Reply reply;
            reply.headers = {{"Content-Type", "application/json; charset=UTF-8"}};
            reply.body = body;
            return reply;
        });
        QVERIFY(server.start() != 0);
        EngineFixture engine(m_engineClock, server.baseUrl());
        const QString file =
            m_directory.filePath(u"hostile-%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentDataTag())));
        {
            Esi::Core::NameCacheThread cache(file, m_engineClock);
            QVERIFY(cache.open(nullptr));
            NameResolver resolver(*engine.client, m_spec, nullptr);
            resolver.setCacheThread(&cache);
            run(resolver, {34, 35});
            QCOMPARE(server.requests.size(), 1);
            QCOMPARE(resolver.statistics().named, 0);
            QCOMPARE(resolver.names().value(34).status, ResolvedName::Status::Failed);
            QCOMPARE(resolver.names().value(35).status, ResolvedName::Status::Failed);
            const QString problem = QString::fromLatin1(QTest::currentDataTag()).startsWith(u"not JSON"_s)
                                        ? u"not JSON"_s
                                        : u"not a list of {id, name, category}"_s;
            QVERIFY2(resolver.problem().contains(problem), qPrintable(resolver.problem()));
        }
        NameCache cache(file, m_engineClock);
        QVERIFY(cache.open(nullptr));
        QCOMPARE(cache.size(), 0);
    }

    void answerWithoutAnAskedId_namesTheOthers_andFailsOnlyThatOne()
    {
        ScriptedServer server([](const ScriptedServer::Request &) {
            ScriptedServer::Reply reply;
            reply.headers = {{"Content-Type", "application/json; charset=UTF-8"}};
            const QJsonArray entries{
                QJsonObject{{u"id"_s, 34}, {u"name"_s, u"Tritanium"_s}, {u"category"_s, u"inventory_type"_s}}};
            reply.body = QJsonDocument(entries).toJson(QJsonDocument::Compact);
            return reply;
        });
        QVERIFY(server.start() != 0);
        EngineFixture engine(m_engineClock, server.baseUrl());
        NameResolver resolver(*engine.client, m_spec, nullptr);
        run(resolver, {34, 35});
        QCOMPARE(resolver.names().value(34).name, u"Tritanium"_s);
        QCOMPARE(resolver.names().value(35).status, ResolvedName::Status::Failed);
        QCOMPARE(resolver.statistics().named, 1);
        QCOMPARE(resolver.statistics().failed, 1);
    }

    void characterNames_areAskedAgainAfterAWeek()
    {
        Esi::Core::ManualClock cacheClock;
        NameCache cache(m_directory.filePath(u"week.sqlite"_s), cacheClock);
        QVERIFY(cache.open(nullptr));
        {
            NameResolver first(*m_engine->client, m_spec, &cache);
            run(first, {34, 2112000001});
            QCOMPARE(first.statistics().requests, 1);
        }
        cacheClock.advance(7 * day);
        NameResolver second(*m_engine->client, m_spec, &cache);
        QSignalSpy resolved(&second, &NameResolver::namesResolved);
        run(second, {34, 2112000001});
        QCOMPARE(second.statistics().fromCache, 1); // the type
        QCOMPARE(second.statistics().requests, 1);  // the character again, alone
        QCOMPARE(resolved.size(), 1);
        QCOMPARE(resolved.first().first().value<QList<qint64>>(), QList<qint64>{2112000001});
    }

    void language_isAskedAndKeptApart()
    {
        NameCache cache(m_directory.filePath(u"language.sqlite"_s), m_engineClock);
        QVERIFY(cache.open(nullptr));
        NameResolver english(*m_engine->client, m_spec, &cache);
        run(english, {34});
        NameResolver german(*m_engine->client, m_spec, &cache);
        german.setLanguage(u"de"_s);
        run(german, {34});
        QCOMPARE(german.statistics().requests, 1);
        QCOMPARE(german.names().value(34).name, u"Type 34 (de)"_s);
        QCOMPARE(english.names().value(34).name, u"Type 34"_s);
    }

    void swagger20Spec_namesThroughPostUniverseNamesToo()
    {
        const Esi::Core::SpecLoadResult loaded =
            Esi::Core::Spec::fromFile(QStringLiteral(ESI_TEST_DATA "/swagger-latest-1.36.json"));
        QVERIFY(loaded);
        QCOMPARE(NameResolver::operationIn(*loaded.spec), u"post_universe_names"_s);
        Esi::Sandbox::SandboxServer legacy(loaded.spec, QByteArray(), Esi::Sandbox::SandboxOptions(), m_engineClock);
        QVERIFY(legacy.start());
        EngineFixture engine(m_engineClock, legacy.baseUrl().resolved(QUrl(u"/latest"_s))); // Swagger's basePath
        NameResolver resolver(*engine.client, loaded.spec, nullptr);
        run(resolver, {34, 30000142});
        QVERIFY2(resolver.problem().isEmpty(), qPrintable(resolver.problem()));
        QVERIFY2(resolver.names().value(30000142).isNamed(), qPrintable(resolver.names().value(30000142).reason));
        QCOMPARE(resolver.names().value(30000142).name, u"System 30000142"_s);
    }

    void routeThatAlways404s_stopsSplittingEarly()
    {
        const Esi::Core::SpecLoadResult loaded =
            Esi::Core::Spec::fromFile(QStringLiteral(ESI_TEST_DATA "/swagger-latest-1.36.json"));
        QVERIFY(loaded);
        Esi::Sandbox::SandboxOptions options;
        options.errorLimit = 1000;
        Esi::Sandbox::SandboxServer legacy(loaded.spec, QByteArray(), options, m_engineClock);
        QVERIFY(legacy.start());
        EngineFixture engine(m_engineClock, legacy.baseUrl()); // without /latest: every POST answers 404
        NameResolver resolver(*engine.client, loaded.spec, nullptr);
        run(resolver, types(18, 1000));
        // The requests in flight when the budget ran out (4 at most) still answer.
        QVERIFY(resolver.statistics().notFound > NameResolver::MaxNotFoundAnswers);
        QVERIFY(resolver.statistics().requests <= NameResolver::MaxNotFoundAnswers + 4);
        QVERIFY2(resolver.problem().contains(u"error limit"_s), qPrintable(resolver.problem()));
        QCOMPARE(resolver.statistics().named, 0);
        QVERIFY(resolver.statistics().failed > 900); // never marked as unknown to ESI, so never cached as such
    }

    void specWithoutTheRoute_failsEveryIdWithAReason()
    {
        const Esi::Core::SpecLoadResult loaded = Esi::Core::Spec::fromJson(specWithoutRoutes, u"tiny"_s);
        QVERIFY(loaded);
        NameResolver resolver(*m_engine->client, loaded.spec, nullptr);
        run(resolver, {34});
        QCOMPARE(resolver.names().value(34).status, ResolvedName::Status::Failed);
        QVERIFY(resolver.problem().contains(u"PostUniverseNames"_s));
        QCOMPARE(m_nameRequests, 0);
    }
};

QTEST_GUILESS_MAIN(TestNameResolver)
#include "tst_nameresolver.moc"
