// WaitAnnouncer: what `esi` prints while a call waits, at once and then every period, with the time left
// read from an injected clock (the test advances it and ticks instead of sleeping).
#include "core/http/waitannouncer.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Esi::Core;

namespace {

CallWait bucketWait(const Clock &clock, qint64 msecs, int remaining = 0)
{
    CallWait wait;
    wait.kind = CallWait::Kind::RateLimit;
    wait.msecs = msecs;
    wait.until = clock.now().addMSecs(msecs);
    wait.group = u"market-order"_s;
    wait.remaining = remaining;
    wait.limit = 20;
    return wait;
}

QString lineOf(const QSignalSpy &spy, qsizetype index)
{
    const QList<QVariant> &arguments = spy.at(index);
    return WaitAnnouncer::line(arguments.at(0).value<CallWait>(), arguments.at(1).toLongLong());
}

} // namespace

class TestWaitAnnouncer : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void bucketWait_isAnnouncedAtOnce_thenEveryPeriodWithTheTimeLeft()
    {
        ManualClock clock;
        WaitAnnouncer announcer(clock, 60 * 60 * 1000); // the timer never fires here: the test ticks
        QSignalSpy announced(&announcer, &WaitAnnouncer::announced);
        announcer.handleWait(bucketWait(clock, (14 * 60 + 59) * 1000));
        QCOMPARE(announced.size(), 1);
        QCOMPARE(lineOf(announced, 0), u"waiting 14:59 for bucket market-order: 0 of 20 tokens"_s);

        clock.advance(30 * 1000);
        announcer.tick();
        QCOMPARE(announced.size(), 2);
        QCOMPARE(lineOf(announced, 1), u"waiting 14:29 for bucket market-order: 0 of 20 tokens"_s);

        clock.advance(15 * 60 * 1000); // past the end: the wait is over and nothing more is said
        announcer.tick();
        QCOMPARE(announced.size(), 2);
        QVERIFY(!announcer.isWaiting());
    }

    void overlappingWaitsForTheSameBucket_extendTheCurrentOneSilently()
    {
        ManualClock clock;
        WaitAnnouncer announcer(clock, 60 * 60 * 1000);
        QSignalSpy announced(&announcer, &WaitAnnouncer::announced);
        announcer.handleWait(bucketWait(clock, 10 * 1000));
        announcer.handleWait(bucketWait(clock, 70 * 1000)); // another page queueing behind it
        QCOMPARE(announced.size(), 1);
        clock.advance(30 * 1000);
        announcer.tick();
        QCOMPARE(lineOf(announced, 1), u"waiting 0:40 for bucket market-order: 0 of 20 tokens"_s);

        CallWait errors;
        errors.kind = CallWait::Kind::ErrorLimit;
        errors.msecs = 42 * 1000;
        errors.errorsLeft = 9;
        errors.errorSafetyMargin = 10;
        announcer.handleWait(errors); // something else: said at once
        QCOMPARE(announced.size(), 3);
        QCOMPARE(lineOf(announced, 2),
                 u"waiting 0:42 for the ESI error limit: 9 errors left in the window, sending stops "
                 "at 10"_s);
    }

    void timer_ticksWithTheInjectedPeriod()
    {
        ManualClock clock;
        WaitAnnouncer announcer(clock, 1);
        QSignalSpy announced(&announcer, &WaitAnnouncer::announced);
        announcer.handleWait(bucketWait(clock, 60 * 1000));
        QTRY_VERIFY(announced.size() >= 3); // the clock stands still, so every tick repeats 1:00
        QCOMPARE(lineOf(announced, 2), lineOf(announced, 0));
        announcer.stop();
        QVERIFY(!announcer.isWaiting());
    }

    void line_namesEachKindOfWait_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("circuitOpen");
        QTest::addColumn<QString>("expected");
        QTest::newRow("retry-after") << int(CallWait::Kind::RetryAfter) << 429 << false
                                     << u"waiting 1:05 for the Retry-After of an HTTP 429 on bucket market-order"_s;
        QTest::newRow("420") << int(CallWait::Kind::ErrorLimit) << 0 << true
                             << u"waiting 1:05 for the ESI error limit: an HTTP 420 stopped sending until the window "
                                "resets"_s;
        QTest::newRow("backoff") << int(CallWait::Kind::Backoff) << 503 << false
                                 << u"waiting 1:05 to retry after HTTP 503"_s;
    }

    void line_namesEachKindOfWait()
    {
        QFETCH(int, kind);
        QFETCH(int, status);
        QFETCH(bool, circuitOpen);
        QFETCH(QString, expected);
        CallWait wait;
        wait.kind = CallWait::Kind(kind);
        wait.status = status;
        wait.circuitOpen = circuitOpen;
        wait.group = u"market-order"_s;
        QCOMPARE(WaitAnnouncer::line(wait, 64001), expected); // whole seconds, rounded up
        QCOMPARE(wait.isLimit(), wait.kind != CallWait::Kind::Backoff);
    }

    void clockText_showsMinutesOrHours()
    {
        QCOMPARE(WaitAnnouncer::clockText(0), u"0:00"_s);
        QCOMPARE(WaitAnnouncer::clockText(5000), u"0:05"_s);
        QCOMPARE(WaitAnnouncer::clockText(899000), u"14:59"_s);
        QCOMPARE(WaitAnnouncer::clockText(3723000), u"1:02:03"_s);
    }
};

QTEST_GUILESS_MAIN(TestWaitAnnouncer)
#include "tst_waitannouncer.moc"
