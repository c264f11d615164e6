#include "sandbox/bucketledger.h"
#include "sandbox/errorlimiter.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Esi;

class TestBucketLedger : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void costOf_followsEsisTable_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("cost");
        QTest::newRow("200") << 200 << 2;
        QTest::newRow("204") << 204 << 2;
        QTest::newRow("304") << 304 << 1;
        QTest::newRow("400") << 400 << 5;
        QTest::newRow("404") << 404 << 5;
        QTest::newRow("429") << 429 << 0;
        QTest::newRow("500") << 500 << 0;
        QTest::newRow("504") << 504 << 0;
    }

    void costOf_followsEsisTable()
    {
        QFETCH(int, status);
        QFETCH(int, cost);
        QCOMPARE(Sandbox::BucketLedger::costOf(status), cost);
    }

    void windowText_usesEsisUnits()
    {
        QCOMPARE(Sandbox::BucketLedger::windowText(900), u"15m"_s);
        QCOMPARE(Sandbox::BucketLedger::windowText(3600), u"1h"_s);
        QCOMPARE(Sandbox::BucketLedger::windowText(90), u"90s"_s);
    }

    void floatingWindow_returnsTokensAsSpendsAge()
    {
        Core::ManualClock clock;
        Sandbox::BucketLedger ledger(clock);
        ledger.charge(u"g"_s, u"a"_s, 6, 60, 200); // t=0: 2
        clock.advance(30000);
        ledger.charge(u"g"_s, u"a"_s, 6, 60, 404); // t=30: 5 -> 7 used, over the limit
        Sandbox::BucketStatus status = ledger.status(u"g"_s, u"a"_s, 6, 60);
        QCOMPARE(status.used, 7);
        QCOMPARE(status.remaining, 0);
        QVERIFY(status.isExhausted());
        QCOMPARE(status.retryAfterSeconds, 30);                 // the t=0 spend leaves at t=60, then 5 < 6
        QCOMPARE(ledger.status(u"g"_s, u"b"_s, 6, 60).used, 0); // another caller
        QCOMPARE(ledger.status(u"h"_s, u"a"_s, 6, 60).used, 0); // another group
        clock.advance(30000);
        status = ledger.status(u"g"_s, u"a"_s, 6, 60);
        QCOMPARE(status.used, 5);
        QCOMPARE(status.remaining, 1);
        QCOMPARE(status.retryAfterSeconds, 0);
        QCOMPARE(status.limitHeader(), "6/1m"_ba);
    }

    void errorLimiter_countsOnlyErrorsPerFixedWindow()
    {
        Core::ManualClock clock;
        Sandbox::ErrorLimiter limiter(clock, 2, 60);
        QCOMPARE(limiter.record(u"a"_s, 200).remain, 2);
        QCOMPARE(limiter.record(u"a"_s, 304).remain, 2);
        QCOMPARE(limiter.record(u"a"_s, 404).remain, 1);
        clock.advance(15000);
        const Sandbox::ErrorLimitStatus spent = limiter.record(u"a"_s, 503);
        QVERIFY(spent.isExhausted());
        QCOMPARE(spent.resetSeconds, 45);
        QCOMPARE(limiter.status(u"b"_s).remain, 2);
        clock.advance(45000);
        QCOMPARE(limiter.status(u"a"_s).remain, 2);
    }
};

QTEST_GUILESS_MAIN(TestBucketLedger)
#include "tst_bucketledger.moc"
