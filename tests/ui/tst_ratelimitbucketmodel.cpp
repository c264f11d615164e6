#include "core/http/limitstatestore.h"
#include "ui/status/limitspanel.h"
#include "ui/status/ratelimitbucketmodel.h"
#include "ui/status/tokenusagechart.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QLabel>
#include <QProgressBar>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Esi::Core::RateLimitBucket;
using Esi::Ui::RateLimitBucketModel;

namespace {

RateLimitBucket bucket(const QString &group, qint64 character, int remaining, int limit = 150)
{
    RateLimitBucket result;
    result.group = group;
    result.characterId = character;
    result.limit = limit;
    result.remaining = remaining;
    result.windowSeconds = 900;
    return result;
}

} // namespace

// The limits dock's bucket table, and the dock itself over real trackers.
class TestRateLimitBucketModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void model_passesTheModelTester();
    void updateBucket_insertsInOrderAndUpdatesInPlace();
    void countdowns_followTheClock();
    void blockedBucket_saysWhyAndForHowLong();
    void panel_showsBucketsAndErrorLimitFromTheTrackers();
    void panel_showsTheLastStateOfAGatheredBurst();
};

void TestRateLimitBucketModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // numbers as "1,790"
}

void TestRateLimitBucketModel::model_passesTheModelTester()
{
    RateLimitBucketModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBuckets({bucket(u"market-order"_s, 0, 100), bucket(u"char-asset"_s, 90000001, 10)});
    model.updateBucket(bucket(u"char-wallet"_s, 90000001, 150));
    model.updateBucket(bucket(u"char-asset"_s, 90000001, 5));
    model.setNow(QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC));
    model.setCharacterNames({{90000001, u"Ava Tester"_s}});
    QCOMPARE(model.rowCount(), 3);
}

void TestRateLimitBucketModel::updateBucket_insertsInOrderAndUpdatesInPlace()
{
    RateLimitBucketModel model;
    model.updateBucket(bucket(u"market-order"_s, 0, 100));
    model.updateBucket(bucket(u"char-asset"_s, 7, 10));
    model.updateBucket(bucket(u"char-asset"_s, 3, 20));
    QCOMPARE(model.rowOf(u"char-asset"_s, 3), 0);
    QCOMPARE(model.rowOf(u"char-asset"_s, 7), 1);
    QCOMPARE(model.rowOf(u"market-order"_s, 0), 2);
    model.updateBucket(bucket(u"char-asset"_s, 7, 0));
    QCOMPARE(model.rowCount(), 3);
    const QModelIndex tokens = model.index(1, RateLimitBucketModel::TokensColumn);
    QCOMPARE(tokens.data().toString(), u"0 / 150"_s);
    QCOMPARE(tokens.data(RateLimitBucketModel::FractionRole).toDouble(), 0.0);
    QCOMPARE(model.index(1, RateLimitBucketModel::StateColumn).data().toString(), u"empty"_s);
    QCOMPARE(model.index(2, RateLimitBucketModel::OwnerColumn).data().toString(), u"public"_s);
    model.setCharacterNames({{7, u"Ava Tester"_s}});
    QCOMPARE(model.index(1, RateLimitBucketModel::OwnerColumn).data().toString(), u"Ava Tester"_s);
    QCOMPARE(model.index(0, RateLimitBucketModel::OwnerColumn).data().toString(), u"3"_s);
    QCOMPARE(model.index(0, RateLimitBucketModel::WindowColumn).data().toString(), u"15 min"_s);
}

void TestRateLimitBucketModel::countdowns_followTheClock()
{
    const QDateTime now(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
    RateLimitBucket draining = bucket(u"char-asset"_s, 0, 140);
    draining.nextReleaseAt = now.addSecs(95);
    RateLimitBucketModel model;
    model.setBuckets({draining});
    model.setNow(now);
    QCOMPARE(model.index(0, RateLimitBucketModel::RefillColumn).data().toString(), u"1:35"_s);
    model.setNow(now.addSecs(60));
    QCOMPARE(model.index(0, RateLimitBucketModel::RefillColumn).data().toString(), u"0:35"_s);
    model.updateBucket(bucket(u"char-asset"_s, 0, 150));
    QCOMPARE(model.index(0, RateLimitBucketModel::RefillColumn).data().toString(), u"full"_s);
}

void TestRateLimitBucketModel::blockedBucket_saysWhyAndForHowLong()
{
    const QDateTime now(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
    RateLimitBucket blocked = bucket(u"char-asset"_s, 0, 0);
    blocked.blockedUntil = now.addSecs(42);
    blocked.blockReason = u"429 Too Many Requests"_s;
    RateLimitBucketModel model;
    model.setBuckets({blocked});
    model.setNow(now);
    const QModelIndex state = model.index(0, RateLimitBucketModel::StateColumn);
    QCOMPARE(state.data().toString(), u"blocked for 0:42: 429 Too Many Requests"_s);
    QVERIFY(state.data(RateLimitBucketModel::BlockedRole).toBool());
    model.setNow(now.addSecs(43));
    QVERIFY(!state.data(RateLimitBucketModel::BlockedRole).toBool());
}

void TestRateLimitBucketModel::panel_showsBucketsAndErrorLimitFromTheTrackers()
{
    Esi::Core::ManualClock clock;
    Esi::Core::LimitStateStore store(u":memory:"_s);
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    Esi::Core::RateLimitTracker rateLimits(&store, clock);
    Esi::Core::ErrorLimitTracker errorLimits(&store, clock);
    Esi::Ui::LimitsPanel panel(&rateLimits, &errorLimits, clock);
    QAbstractItemModelTester tester(panel.bucketModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(panel.bucketModel()->rowCount(), 0);
    QCOMPARE(panel.errorLimitText(), u"100 of 100 errors left"_s);
    QCOMPARE(panel.circuitText(), u"Circuit closed: requests flow"_s);

    const Esi::Core::RateLimit declared{u"char-asset"_s, 1800, 900, u"15m"_s};
    QCOMPARE(rateLimits.delayBeforeSend(declared, 90000001), 0);
    rateLimits.recordResponse(declared, 90000001, 200,
                              {{"X-Ratelimit-Group", "char-asset"},
                               {"X-Ratelimit-Limit", "1800/15m"},
                               {"X-Ratelimit-Remaining", "1790"},
                               {"X-Ratelimit-Used", "10"}});
    QTRY_COMPARE(panel.bucketModel()->rowCount(), 1);
    QCOMPARE(panel.bucketModel()->index(0, RateLimitBucketModel::TokensColumn).data().toString(), u"1,790 / 1,800"_s);
    QVERIFY(panel.chart()->seriesCount() >= 2); // the bucket and the error limit

    errorLimits.recordResponse(420, {{"X-ESI-Error-Limit-Remain", "0"}, {"X-ESI-Error-Limit-Reset", "30"}});
    panel.tick();
    QCOMPARE(panel.errorLimitText(), u"0 of 100 errors left"_s);
    QVERIFY2(panel.circuitText().startsWith(u"Circuit open after a 420"_s), qPrintable(panel.circuitText()));
    QVERIFY(panel.findChild<QLabel *>(u"errorLimitResetLabel"_s)->text().contains(u"0:30"_s));
    panel.resize(340, 640);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(QDir().mkpath(QStringLiteral(ESI_BINARY_DIR "/screenshots")));
    QVERIFY(panel.grab().save(QStringLiteral(ESI_BINARY_DIR "/screenshots/limits-panel-circuit-open.png")));
    clock.advance(31 * 1000);
    panel.tick();
    QCOMPARE(panel.circuitText(), u"Circuit closed: requests flow"_s);
}

void TestRateLimitBucketModel::panel_showsTheLastStateOfAGatheredBurst()
{
    // As in the GUI: the trackers gather their announcements, and the dock is shown.
    Esi::Core::ManualClock clock;
    Esi::Core::LimitStateStore store(u":memory:"_s);
    QVERIFY(store.open(nullptr));
    Esi::Core::RateLimitTracker rateLimits(&store, clock);
    Esi::Core::ErrorLimitTracker errorLimits(&store, clock);
    rateLimits.setAnnounceInterval(20);
    errorLimits.setAnnounceInterval(20);
    Esi::Ui::LimitsPanel panel(&rateLimits, &errorLimits, clock);
    panel.resize(340, 640);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));

    const Esi::Core::RateLimit declared{u"market-order"_s, 12000, 900, u"15m"_s};
    for (int page = 1; page <= 150; ++page) {
        qint64 reservation = 0;
        QCOMPARE(rateLimits.delayBeforeSend(declared, 0, 2, &reservation), 0);
        clock.advance(7);
        errorLimits.recordResponse(page == 150 ? 404 : 200, {{"X-ESI-Error-Limit-Remain", page == 150 ? "97" : "100"},
                                                             {"X-ESI-Error-Limit-Reset", "60"}});
        rateLimits.recordResponse(declared, 0, page == 150 ? 404 : 200, {}, reservation);
    }
    QCOMPARE(panel.bucketModel()->rowCount(), 0); // nothing drawn per request
    QTRY_COMPARE(panel.bucketModel()->rowCount(), 1);
    QTRY_COMPARE(panel.bucketModel()->index(0, RateLimitBucketModel::TokensColumn).data().toString(),
                 u"11,697 / 12,000"_s);
    QCOMPARE(rateLimits.bucket(declared.group, 0)->remaining, 12000 - 149 * 2 - 5);
    QTRY_COMPARE(panel.errorLimitText(), u"97 of 100 errors left"_s);
    QVERIFY(panel.chart()->pointCount(u"market-order (public)"_s) > 0);
}

QTEST_MAIN(TestRateLimitBucketModel)
#include "tst_ratelimitbucketmodel.moc"
