#include "enginefixture.h"
#include "sandbox/sandboxserver.h"
#include "scriptedserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;
using namespace Esi::Core;

namespace {

const QStringList orders{u"region_id=10000002"_s, u"order_type=all"_s};

class FixedTokens final : public TokenProvider
{
public:
    void requestAccessToken(qint64 characterId, const QStringList &, const QUrl &,
                            std::function<void(const TokenResult &)> done) override
    {
        done(TokenResult{u"token-"_s + QString::number(characterId), QString()});
    }
};

// Pages of a market-orders-like route: X-Pages `pages`, each page a few orders with page-unique ids.
ScriptedServer::Reply pagedReply(const ScriptedServer::Request &request, int pages, QByteArray lastModified,
                                 int delayMs)
{
    const int page = std::max(1, request.query.queryItemValue(u"page"_s).toInt());
    QJsonArray items;
    for (int i = 0; i < 3; ++i) {
        items.append(QJsonObject{{u"order_id"_s, page * 100 + i}});
    }
    ScriptedServer::Reply reply;
    reply.headers = {{"X-Pages", QByteArray::number(pages)}, {"Last-Modified", lastModified}};
    reply.body = QJsonDocument(items).toJson(QJsonDocument::Compact);
    reply.delayMs = delayMs;
    return reply;
}

QList<qint64> ids(const QJsonArray &rows, const QString &field)
{
    QList<qint64> result;
    for (const QJsonValue &row : rows) {
        result.append(row.toObject().value(field).toInteger());
    }
    return result;
}

} // namespace

class TestEsiCallPaging : public QObject
{
    Q_OBJECT

private:
    SpecPtr m_spec;
    SystemClock m_clock;

    std::unique_ptr<Esi::Sandbox::SandboxServer> sandbox(const Esi::Sandbox::SandboxOptions &options)
    {
        auto server = std::make_unique<Esi::Sandbox::SandboxServer>(m_spec, QByteArray(), options, m_clock);
        if (server->start() == 0) {
            qFatal("sandbox: %s", qPrintable(server->errorString()));
        }
        return server;
    }

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_spec = loadTestSpec();
    }

    void allPages_fetchesEveryPageOnce()
    {
        Esi::Sandbox::SandboxOptions options;
        options.pages = 12;
        options.itemsPerPage = 5;
        options.latencyMs = 10;
        auto server = sandbox(options);
        QStringList targets;
        connect(server.get(), &Esi::Sandbox::SandboxServer::responseWritten, this,
                [&](const QString &, const QString &target, int) { targets.append(target); });
        EngineFixture engine(m_clock, server->baseUrl());

        EsiCall *call = engine.client->call(m_spec, u"GetMarketsRegionIdOrders"_s, [] {
            ParameterValues values;
            values.setAssignments(orders, nullptr);
            return values;
        }());
        QSignalSpy received(call, &EsiCall::pageReceived);
        QSignalSpy progress(call, &EsiCall::progressChanged);
        const CallResult result = engine.run(call);

        QVERIFY2(result.isOk(), qPrintable(result.message));
        QCOMPARE(result.pages.size(), 12);
        for (int i = 0; i < 12; ++i) {
            QCOMPARE(result.pages.at(i).page, i + 1);
            QCOMPARE(result.pages.at(i).servedFrom, ServedFrom::Network);
        }
        QCOMPARE(result.rows().size(), 60);
        QCOMPARE(targets.size(), 12);
        QCOMPARE(QSet<QString>(targets.cbegin(), targets.cend()).size(), 12);
        QCOMPARE(received.size(), 12);
        QCOMPARE(progress.last().at(0).toInt(), 12);
        QCOMPARE(progress.last().at(1).toInt(), 12);
        QCOMPARE(result.statistics.requests, 12);
        QCOMPARE(result.statistics.pages, 12);
        QVERIFY(result.statistics.bytes > 0);
        QCOMPARE(result.lastHeaders(), result.pages.last().headers);
        QVERIFY(result.consistent);
    }

    void singlePage_returnsFirstPageWithItsHeaders()
    {
        Esi::Sandbox::SandboxOptions options;
        options.pages = 5;
        auto server = sandbox(options);
        EngineFixture engine(m_clock, server->baseUrl());
        CallOptions single;
        single.mode = CallMode::SinglePage;

        const CallResult first = engine.call(m_spec, u"GetMarketsRegionIdOrders"_s, orders, single);
        QVERIFY2(first.isOk(), qPrintable(first.message));
        QCOMPARE(first.pages.size(), 1);
        QCOMPARE(headerValue(first.firstHeaders(), "X-Pages"), "5");
        QCOMPARE(first.statistics.requests, 1);

        const CallResult third =
            engine.call(m_spec, u"GetMarketsRegionIdOrders"_s, orders + QStringList{u"page=3"_s}, single);
        QVERIFY2(third.isOk(), qPrintable(third.message));
        QCOMPARE(third.pages.size(), 1);
        QVERIFY(third.pages.first().url.query().contains(u"page=3"_s));
        QVERIFY(third.rows() != first.rows());
    }

    void allPages_boundsRequestsInFlight()
    {
        ScriptedServer server([](const ScriptedServer::Request &request) {
            return pagedReply(request, 20, "Wed, 01 Jan 2026 10:00:00 GMT", 30);
        });
        QVERIFY(server.start());
        EngineFixture engine(m_clock, server.baseUrl());
        CallOptions options;
        options.concurrency = 8;

        const CallResult result = engine.call(m_spec, u"GetMarketsRegionIdOrders"_s, orders, options);
        QVERIFY2(result.isOk(), qPrintable(result.message));
        QCOMPARE(result.pages.size(), 20);
        QCOMPARE(server.requests.size(), 20);
        QCOMPARE(server.maxInFlight, 8);
        QVERIFY(!server.requests.first().query.hasQueryItem(u"page"_s)); // page 1 shares result()'s cache entry
        QSet<QString> pages;
        for (const ScriptedServer::Request &request : std::as_const(server.requests)) {
            pages.insert(request.query.queryItemValue(u"page"_s));
        }
        QCOMPARE(pages.size(), 20);
    }

    void changedLastModified_refetchesConsistentSnapshot()
    {
        Esi::Sandbox::SandboxOptions options;
        options.pages = 4;
        options.changeBetweenPages = true;
        auto server = sandbox(options);
        EngineFixture engine(m_clock, server->baseUrl());

        EsiCall *call = engine.client->call(m_spec, u"GetMarketsRegionIdOrders"_s, [] {
            ParameterValues values;
            values.setAssignments(orders, nullptr);
            return values;
        }());
        QSignalSpy restarted(call, &EsiCall::snapshotRestarted);
        const CallResult result = engine.run(call);

        QVERIFY2(result.isOk(), qPrintable(result.message));
        QCOMPARE(result.snapshotRefetches, 1);
        QCOMPARE(restarted.size(), 1);
        QVERIFY(result.consistent);
        QCOMPARE(result.pages.size(), 4);
        const QByteArray lastModified = headerValue(result.pages.first().headers, "Last-Modified");
        for (const PageResult &page : result.pages) {
            QCOMPARE(headerValue(page.headers, "Last-Modified"), lastModified);
        }
    }

    void lastModifiedThatNeverSettles_isReportedAfterBoundedAttempts()
    {
        int version = 0;
        ScriptedServer server([&version](const ScriptedServer::Request &request) {
            // Every page says the data changed a moment ago.
            return pagedReply(request, 3, "Wed, 01 Jan 2026 10:00:" + QByteArray::number(10 + version++) + " GMT", 0);
        });
        QVERIFY(server.start());
        EngineFixture engine(m_clock, server.baseUrl());

        const CallResult result = engine.call(m_spec, u"GetMarketsRegionIdOrders"_s, orders);
        QVERIFY2(result.isOk(), qPrintable(result.message));
        QCOMPARE(result.snapshotRefetches, 2);
        QVERIFY(!result.consistent);
        QCOMPARE(result.pages.size(), 3);
        QVERIFY(std::any_of(result.warnings.cbegin(), result.warnings.cend(),
                            [](const QString &warning) { return warning.contains(u"kept changing"_s); }));
    }

    void cursor_walksUntilNoNewRecords()
    {
        Esi::Sandbox::SandboxOptions options;
        options.pages = 4;
        options.itemsPerPage = 5;
        auto server = sandbox(options);
        int requests = 0;
        connect(server.get(), &Esi::Sandbox::SandboxServer::responseWritten, this,
                [&](const QString &, const QString &, int) { ++requests; });
        EngineFixture engine(m_clock, server->baseUrl());

        const CallResult result = engine.call(m_spec, u"GetFreelanceJobsListing"_s, {u"limit=10"_s});
        QVERIFY2(result.isOk(), qPrintable(result.message));
        const QJsonArray rows = result.rows();
        QCOMPARE(rows.size(), 20);
        QSet<QString> unique;
        for (const QJsonValue &row : rows) {
            unique.insert(row.toObject().value(u"id"_s).toString());
        }
        QCOMPARE(unique.size(), 20);
        QCOMPARE(requests, int(result.pages.size()));
        QVERIFY(result.pages.size() >= 2);
        QVERIFY(result.pages.at(1).url.query().contains(u"before="_s));

        // Without a limit the walk asks for the largest pages the route allows: fewer requests.
        const CallResult largest = engine.call(m_spec, u"GetFreelanceJobsListing"_s, {});
        QVERIFY2(largest.isOk(), qPrintable(largest.message));
        QCOMPARE(largest.rows().size(), 20);
        QVERIFY(largest.pages.first().url.query().contains(u"limit=100"_s));
        QCOMPARE(largest.pages.size(), 2); // all 20, then an empty page that ends the walk
    }

    void fromId_walksBackwardsBySmallestId()
    {
        Esi::Sandbox::SandboxOptions options;
        options.pages = 3;
        options.itemsPerPage = 4;
        auto server = sandbox(options);
        QStringList targets;
        connect(server.get(), &Esi::Sandbox::SandboxServer::responseWritten, this,
                [&](const QString &, const QString &target, int) { targets.append(target); });
        EngineFixture engine(m_clock, server->baseUrl());
        FixedTokens tokens;
        engine.client->setTokenProvider(&tokens);
        CallOptions character;
        character.characterId = 90000001;

        const CallResult result = engine.call(m_spec, u"GetCharactersCharacterIdWalletTransactions"_s,
                                              {u"character_id=90000001"_s}, character);
        QVERIFY2(result.isOk(), qPrintable(result.message));
        const QList<qint64> transactionIds = ids(result.rows(), u"transaction_id"_s);
        QCOMPARE(transactionIds.size(), 12);
        QCOMPARE(QSet<qint64>(transactionIds.cbegin(), transactionIds.cend()).size(), 12);
        QVERIFY(std::is_sorted(transactionIds.crbegin(), transactionIds.crend()));
        QVERIFY(!targets.first().contains(u"from_id"_s));
        for (qsizetype i = 1; i < targets.size(); ++i) {
            const qint64 smallestBefore =
                *std::min_element(transactionIds.cbegin(), transactionIds.cbegin() + std::min<qsizetype>(i * 4, 12));
            QVERIFY2(targets.at(i).contains(u"from_id="_s + QString::number(smallestBefore)),
                     qPrintable(targets.at(i)));
        }
    }

    void cancel_midPaging_sendsNothingFurther()
    {
        ScriptedServer server([](const ScriptedServer::Request &request) {
            return pagedReply(request, 30, "Wed, 01 Jan 2026 10:00:00 GMT", 40);
        });
        QVERIFY(server.start());
        EngineFixture engine(m_clock, server.baseUrl());
        CallOptions options;
        options.concurrency = 2;
        ParameterValues values;
        values.setAssignments(orders, nullptr);
        EsiCall *call = engine.client->call(m_spec, u"GetMarketsRegionIdOrders"_s, values, options);
        qsizetype requestsAtCancel = -1;
        connect(call, &EsiCall::pageReceived, this, [&](const PageResult &) {
            if (requestsAtCancel < 0 && server.requests.size() >= 4) {
                requestsAtCancel = server.requests.size();
                call->cancel();
            }
        });
        const CallResult result = engine.run(call);
        QCOMPARE(result.error, CallError::Cancelled);
        QVERIFY(requestsAtCancel > 0);
        QTest::qWait(300);
        QCOMPARE(server.requests.size(), requestsAtCancel);
    }
};

QTEST_GUILESS_MAIN(TestEsiCallPaging)
#include "tst_esicallpaging.moc"
