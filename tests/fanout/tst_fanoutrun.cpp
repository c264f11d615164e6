// FanOutRun against an in-process esi-sandbox with latency: requests in flight never pass the bound, a failed
// or refused item never stops the others, paged items bring every page, each character's bucket is its own.
#include "../http/enginefixture.h"
#include "core/fanout/fanoutmerge.h"
#include "core/fanout/fanoutplan.h"
#include "core/fanout/fanoutrun.h"
#include "sandbox/sandboxserver.h"

#include <QNetworkReply>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;
using namespace Esi::Core;

namespace {

// Counts the requests the engine has in flight at once, at the network.
class CountingNetwork final : public QNetworkAccessManager
{
public:
    int inFlight = 0;
    int maxInFlight = 0;
    int sent = 0;

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request, QIODevice *data) override
    {
        QNetworkReply *reply = QNetworkAccessManager::createRequest(operation, request, data);
        ++sent;
        maxInFlight = std::max(maxInFlight, ++inFlight);
        connect(reply, &QNetworkReply::finished, this, [this] { --inFlight; });
        return reply;
    }
};

class FixedTokens final : public TokenProvider
{
public:
    void requestAccessToken(qint64 characterId, const QStringList &, const QUrl &,
                            std::function<void(const TokenResult &)> done) override
    {
        done(TokenResult{u"token-"_s + QString::number(characterId), QString()});
    }
};

QStringList numbers(int from, int count)
{
    QStringList values;
    for (int i = 0; i < count; ++i) {
        values.append(QString::number(from + i));
    }
    return values;
}

} // namespace

class TestFanOutRun : public QObject
{
    Q_OBJECT

private:
    SpecPtr m_spec;
    SystemClock m_clock;
    std::unique_ptr<Esi::Sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<EngineFixture> m_engine;
    CountingNetwork m_network;
    FixedTokens m_tokens;
    std::unique_ptr<EsiClient> m_client;

    FanOutRun *run(const QString &operationId, const FanOutPlan &plan, int concurrency,
                   CallMode mode = CallMode::SinglePage, QList<FanOutItem> items = {})
    {
        CallOptions options;
        options.mode = mode;
        options.useCache = false;
        auto *fanOut = new FanOutRun(m_client.get(), m_spec, operationId, items.isEmpty() ? plan.items() : items,
                                     options, concurrency, this);
        QSignalSpy finished(fanOut, &FanOutRun::finished);
        fanOut->start();
        if (!fanOut->isFinished()) {
            finished.wait(60000);
        }
        return fanOut;
    }

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_spec = loadTestSpec();
        Esi::Sandbox::SandboxOptions options;
        options.latencyMs = 40; // requests overlap, so the bound is what keeps them apart
        options.missingIds = {999};
        options.authCheck = false;
        m_sandbox = std::make_unique<Esi::Sandbox::SandboxServer>(m_spec, QByteArray(), options, m_clock);
        const quint16 port = m_sandbox->start();
        QVERIFY2(port != 0, qPrintable(m_sandbox->errorString()));
        m_engine = std::make_unique<EngineFixture>(m_clock, QUrl(u"http://127.0.0.1:%1"_s.arg(port)));
        FetchServices services = m_engine->client->services();
        services.network = &m_network;
        services.lanes = nullptr; // the client makes its own over m_network
        m_client = std::make_unique<EsiClient>(services, m_engine->client->settings());
        m_client->setTokenProvider(&m_tokens);
    }

    void init()
    {
        m_network.maxInFlight = 0;
        m_network.sent = 0;
    }

    void manyItems_neverHaveMoreRequestsInFlightThanTheBound()
    {
        FanOutPlan plan;
        QString error;
        QVERIFY(plan.addList(u"type_id"_s, numbers(1000, 40), &error));
        FanOutRun *fanOut = run(u"GetUniverseTypesTypeId"_s, plan, 4);
        QVERIFY(fanOut->isFinished());
        QCOMPARE(fanOut->done(), 40);
        QCOMPARE(fanOut->failed(), 0);
        QCOMPARE(m_network.sent, 40);
        QCOMPARE(fanOut->statistics().requests, 40);
        QVERIFY2(m_network.maxInFlight <= 4, qPrintable(QString::number(m_network.maxInFlight)));
        QVERIFY2(m_network.maxInFlight > 1, "the items ran one after the other");
        QCOMPARE(fanOut->itemConcurrency(), 4);
        QCOMPARE(fanOut->pageConcurrency(), 1);
    }

    void pagedItems_bringEveryPage_andShareTheBound()
    {
        ParameterValues base;
        base.set(u"order_type"_s, u"all"_s);
        FanOutPlan plan(base);
        QString error;
        QVERIFY(plan.addList(u"region_id"_s, {u"10000002"_s, u"10000043"_s}, &error));
        FanOutRun *fanOut = run(u"GetMarketsRegionIdOrders"_s, plan, 6, CallMode::AllPages);
        QCOMPARE(fanOut->done(), 2);
        QCOMPARE(fanOut->pageConcurrency(), 3);
        for (const FanOutOutcome &outcome : fanOut->outcomes()) {
            QCOMPARE(outcome.result.pages.size(), 3); // the sandbox's X-Pages
            QCOMPARE(outcome.item.labelRows(outcome.result.rows()).size(), 150);
        }
        QCOMPARE(m_network.sent, 6);
        QVERIFY2(m_network.maxInFlight <= 6, qPrintable(QString::number(m_network.maxInFlight)));
    }

    void failedItem_neverStopsTheOthers_andIsNamed()
    {
        FanOutPlan plan;
        QString error;
        QVERIFY(plan.addList(u"type_id"_s, {u"34"_s, u"999"_s, u"35"_s, u"36"_s}, &error));
        FanOutRun *fanOut = run(u"GetUniverseTypesTypeId"_s, plan, 2);
        QCOMPARE(fanOut->done(), 3);
        QCOMPARE(fanOut->failed(), 1);
        QCOMPARE(fanOut->left(), 0);
        const FanOutOutcome &failed = fanOut->outcomes().at(1);
        QCOMPARE(failed.item.label(), u"type_id=999"_s);
        QCOMPARE(failed.result.httpStatus, 404);
        QVERIFY2(failed.result.message.contains(u"not found"_s), qPrintable(failed.result.message));
        QVERIFY(fanOut->outcomes().at(3).result.isOk());
        // Merged: the three types' rows in item order, each led by its type_id; the failure listed apart.
        const CallResult merged = FanOutMerge::result(fanOut->outcomes(), fanOut->statistics());
        QVERIFY(merged.isOk());
        const QJsonArray rows = merged.rows();
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).toObject().value(u"#type_id"_s).toInteger(), 34);
        QCOMPARE(rows.at(2).toObject().value(u"#type_id"_s).toInteger(), 36);
        QCOMPARE(merged.pages.constLast().page, 3);
        QCOMPARE(merged.statistics.requests, 4);
        const QList<FanOutFailure> failures = FanOutMerge::failures(fanOut->outcomes());
        QCOMPARE(failures.size(), 1);
        QCOMPARE(failures.constFirst().label, u"type_id=999"_s);
        QCOMPARE(failures.constFirst().httpStatus, 404);
    }

    void everyItemFailing_failsTheMergedResult_namingTheFirst()
    {
        FanOutPlan plan;
        QString error;
        QVERIFY(plan.addList(u"type_id"_s, {u"999"_s}, &error));
        FanOutRun *fanOut = run(u"GetUniverseTypesTypeId"_s, plan, 2);
        const CallResult merged = FanOutMerge::result(fanOut->outcomes(), fanOut->statistics());
        QCOMPARE(merged.error, CallError::Http);
        QVERIFY2(merged.message.contains(u"type_id=999"_s), qPrintable(merged.message));
    }

    void refusedItem_sendsNothing_andTheOthersRun()
    {
        FanOutPlan plan;
        QString error;
        QVERIFY(plan.addList(u"character_id"_s, {u"2112000001"_s, u"2112000002"_s, u"2112000003"_s}, &error));
        QList<FanOutItem> items = plan.items();
        items[0].characterId = 2112000001;
        items[1].refusal = u"character 2112000002 of the path is not signed in"_s;
        items[2].characterId = 2112000003;
        FanOutRun *fanOut = run(u"GetCharactersCharacterIdWallet"_s, plan, 8, CallMode::SinglePage, items);
        QCOMPARE(fanOut->done(), 2);
        QCOMPARE(fanOut->failed(), 1);
        QCOMPARE(fanOut->outcomes().at(1).result.error, CallError::NotAuthorized);
        QCOMPARE(fanOut->outcomes().at(1).result.message, items[1].refusal);
        QCOMPARE(m_network.sent, 2);
        // Each character's requests were counted in its own bucket.
        for (const qint64 character : {2112000001, 2112000003}) {
            const auto bucket = m_engine->rateLimits->bucket(u"char-wallet"_s, character);
            QVERIFY2(bucket.has_value(), qPrintable(QString::number(character)));
        }
        QVERIFY(!m_engine->rateLimits->bucket(u"char-wallet"_s, 2112000002).has_value());
    }

    void progress_countsDoneFailedLeft_toTheEnd()
    {
        FanOutPlan plan;
        QString error;
        QVERIFY(plan.addList(u"type_id"_s, {u"34"_s, u"999"_s, u"35"_s}, &error));
        CallOptions options;
        options.mode = CallMode::SinglePage;
        FanOutRun fanOut(m_client.get(), m_spec, u"GetUniverseTypesTypeId"_s, plan.items(), options, 1);
        QSignalSpy progress(&fanOut, &FanOutRun::progressChanged);
        QSignalSpy finished(&fanOut, &FanOutRun::finished);
        fanOut.start();
        QVERIFY(finished.wait(30000));
        QCOMPARE(progress.size(), 3);
        QCOMPARE(progress.at(0), (QVariantList{1, 0, 2}));
        QCOMPARE(progress.at(1), (QVariantList{1, 1, 1}));
        QCOMPARE(progress.at(2), (QVariantList{2, 1, 0}));
    }

    void cancel_stopsEveryItemNotYetDone()
    {
        FanOutPlan plan;
        QString error;
        QVERIFY(plan.addList(u"type_id"_s, numbers(2000, 20), &error));
        CallOptions options;
        options.useCache = false;
        FanOutRun fanOut(m_client.get(), m_spec, u"GetUniverseTypesTypeId"_s, plan.items(), options, 2);
        QSignalSpy finished(&fanOut, &FanOutRun::finished);
        connect(&fanOut, &FanOutRun::itemFinished, &fanOut, &FanOutRun::cancel);
        fanOut.start();
        QTRY_VERIFY(fanOut.isFinished());
        QCOMPARE(finished.size(), 1);
        QVERIFY(fanOut.done() >= 1);
        QCOMPARE(fanOut.done() + fanOut.failed(), 20);
        QVERIFY(m_network.sent < 20);
        QCOMPARE(fanOut.outcomes().constLast().result.error, CallError::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestFanOutRun)
#include "tst_fanoutrun.moc"
