#include "core/clock.h"
#include "core/http/errorlimittracker.h"
#include "core/http/limitstatestore.h"
#include "core/http/ratelimittracker.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Esi::Core;
using namespace Qt::Literals::StringLiterals;

namespace {

RateLimit limitOf(const QString &group, int maxTokens, int windowSeconds)
{
    RateLimit limit;
    limit.group = group;
    limit.maxTokens = maxTokens;
    limit.windowSeconds = windowSeconds;
    return limit;
}

const RateLimit orders = limitOf(u"market-order"_s, 12000, 900);
const RateLimit assets = limitOf(u"char-asset"_s, 1800, 900);
constexpr qint64 pilot = 90000001;
constexpr int coalesceMs = 20;

RawHeaders errorHeaders(int remain, int resetSeconds)
{
    return {{"X-ESI-Error-Limit-Remain"_ba, QByteArray::number(remain)},
            {"X-ESI-Error-Limit-Reset"_ba, QByteArray::number(resetSeconds)}};
}

// A paged call as the engine makes it: `pages` requests, `inFlight` at a time, answered in reverse order.
void pagedCall(RateLimitTracker &tracker, const RateLimit &limit, qint64 characterId, int pages, int inFlight,
               ManualClock &clock)
{
    for (int sent = 0; sent < pages; sent += inFlight) {
        QList<qint64> reservations;
        for (int i = sent; i < std::min(pages, sent + inFlight); ++i) {
            qint64 reservation = 0;
            QCOMPARE(tracker.delayBeforeSend(limit, characterId, 2, &reservation), 0);
            reservations.append(reservation);
            clock.advance(3);
        }
        while (!reservations.isEmpty()) {
            tracker.recordResponse(limit, characterId, 200, {}, reservations.takeLast());
            clock.advance(5);
        }
    }
}

RateLimitBucket lastOf(const QSignalSpy &spy)
{
    return spy.last().first().value<RateLimitBucket>();
}

} // namespace

// The GUI gathers limit announcements (setAnnounceInterval) so a paged call of hundreds of requests
// redraws the limits dock a few times a second: what it finally shows must be the state the shared
// store holds, spends of other processes included.
class TestLimitCoalescing : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_clock.set(QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC));
        m_store = std::make_unique<LimitStateStore>(path());
        QString error;
        QVERIFY2(m_store->open(&error), qPrintable(error));
    }

    void burst_isAnnouncedOnceWithItsLastState()
    {
        RateLimitTracker tracker(m_store.get(), m_clock);
        tracker.setAnnounceInterval(coalesceMs);
        QSignalSpy changes(&tracker, &RateLimitTracker::bucketChanged);
        pagedCall(tracker, orders, 0, 40, 8, m_clock);
        QCOMPARE(changes.size(), 0); // gathered, not sent per request
        QTRY_COMPARE(changes.size(), 1);
        QCOMPARE(lastOf(changes), *tracker.bucket(orders.group, 0));
        QCOMPARE(lastOf(changes).remaining, 12000 - 80);
        QCOMPARE(lastOf(changes).reserved, 0);

        // The next change comes too.
        QCOMPARE(tracker.delayBeforeSend(orders, 0), 0);
        QTRY_COMPARE(changes.size(), 2);
        QCOMPARE(lastOf(changes).reserved, 2);
        QCOMPARE(lastOf(changes), *tracker.bucket(orders.group, 0));
    }

    void coalesced_endsWhereAnnouncingEachChangeEnds()
    {
        // The same requests against two files, one tracker announcing at once, one gathering.
        LimitStateStore otherStore(m_dir->filePath(u"other.sqlite"_s));
        QVERIFY(otherStore.open(nullptr));
        ManualClock otherClock(m_clock.now());
        RateLimitTracker immediate(m_store.get(), m_clock);
        RateLimitTracker gathering(&otherStore, otherClock);
        gathering.setAnnounceInterval(coalesceMs);
        QSignalSpy each(&immediate, &RateLimitTracker::bucketChanged);
        QSignalSpy gathered(&gathering, &RateLimitTracker::bucketChanged);
        pagedCall(immediate, assets, pilot, 23, 5, m_clock);
        pagedCall(gathering, assets, pilot, 23, 5, otherClock);
        immediate.recordResponse(assets, pilot, 404, {});
        gathering.recordResponse(assets, pilot, 404, {});
        QVERIFY(each.size() > 40);
        QTRY_COMPARE(gathered.size(), 1);
        QCOMPARE(lastOf(gathered), lastOf(each));
        QCOMPARE(lastOf(gathered).remaining, 1800 - 46 - 5);
    }

    void eachBucket_getsItsOwnLastState()
    {
        RateLimitTracker tracker(m_store.get(), m_clock);
        tracker.setAnnounceInterval(coalesceMs);
        QSignalSpy changes(&tracker, &RateLimitTracker::bucketChanged);
        pagedCall(tracker, orders, 0, 10, 4, m_clock);
        pagedCall(tracker, assets, pilot, 3, 1, m_clock);
        pagedCall(tracker, orders, 0, 2, 2, m_clock);
        QTRY_COMPARE(changes.size(), 2);
        QHash<QString, RateLimitBucket> shown;
        for (const QList<QVariant> &change : std::as_const(changes)) {
            const RateLimitBucket bucket = change.first().value<RateLimitBucket>();
            shown.insert(bucket.group, bucket);
        }
        QCOMPARE(shown.value(orders.group), *tracker.bucket(orders.group, 0));
        QCOMPARE(shown.value(orders.group).remaining, 12000 - 24);
        QCOMPARE(shown.value(assets.group), *tracker.bucket(assets.group, pilot));
        QCOMPARE(shown.value(assets.group).remaining, 1800 - 6);
    }

    void anotherProcessesSpends_areInTheAnnouncedState()
    {
        // The GUI gathers; an `esi` process on its own connection spends from the same bucket meanwhile.
        LimitStateStore scriptStore(path());
        QVERIFY(scriptStore.open(nullptr));
        RateLimitTracker gui(m_store.get(), m_clock);
        RateLimitTracker script(&scriptStore, m_clock);
        gui.setAnnounceInterval(coalesceMs);
        QSignalSpy changes(&gui, &RateLimitTracker::bucketChanged);
        pagedCall(gui, orders, 0, 6, 3, m_clock);
        pagedCall(script, orders, 0, 9, 3, m_clock);
        qint64 held = 0;
        QCOMPARE(gui.delayBeforeSend(orders, 0, 2, &held), 0);
        QTRY_COMPARE(changes.size(), 1);
        QCOMPARE(lastOf(changes).remaining, 12000 - 12 - 18 - 2);
        QCOMPARE(lastOf(changes).reserved, 2);
        QCOMPARE(lastOf(changes), *script.bucket(orders.group, 0));
        gui.recordResponse(orders, 0, 200, {}, held);
        QTRY_COMPARE(changes.size(), 2);
        QCOMPARE(lastOf(changes).reserved, 0);
        QCOMPARE(script.bucket(orders.group, 0)->remaining, 12000 - 32);
    }

    void turningCoalescingOff_announcesWhatIsPending()
    {
        RateLimitTracker tracker(m_store.get(), m_clock);
        tracker.setAnnounceInterval(60 * 60 * 1000); // would not come within the test
        QSignalSpy changes(&tracker, &RateLimitTracker::bucketChanged);
        pagedCall(tracker, orders, 0, 5, 5, m_clock);
        QCOMPARE(changes.size(), 0);
        tracker.setAnnounceInterval(0);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(lastOf(changes).remaining, 12000 - 10);
        QCOMPARE(tracker.delayBeforeSend(orders, 0), 0);
        QCOMPARE(changes.size(), 2); // at once again
    }

    void errorLimit_burst_isAnnouncedOnceWithItsLastState()
    {
        ErrorLimitTracker tracker(m_store.get(), m_clock);
        tracker.setAnnounceInterval(coalesceMs);
        QSignalSpy changes(&tracker, &ErrorLimitTracker::stateChanged);
        for (int i = 0; i < 12; ++i) {
            tracker.recordResponse(i % 3 == 0 ? 404 : 200, errorHeaders(100 - i, 60 - i));
            m_clock.advance(500);
        }
        QCOMPARE(changes.size(), 0);
        QTRY_COMPARE(changes.size(), 1);
        const ErrorLimitState shown = changes.last().first().value<ErrorLimitState>();
        QCOMPARE(shown, tracker.state());
        QCOMPARE(shown.remain, 89);

        // Another process trips the breaker: the next announcement carries it.
        LimitStateStore scriptStore(path());
        QVERIFY(scriptStore.open(nullptr));
        ErrorLimitTracker(&scriptStore, m_clock).recordResponse(420, errorHeaders(0, 30));
        tracker.recordResponse(200, errorHeaders(0, 30));
        QTRY_COMPARE(changes.size(), 2);
        QVERIFY(changes.last().first().value<ErrorLimitState>().circuitOpen);
        QCOMPARE(changes.last().first().value<ErrorLimitState>(), tracker.state());
    }

private:
    QString path() const { return m_dir->filePath(u"limits.sqlite"_s); }

    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock;
    std::unique_ptr<LimitStateStore> m_store;
};

QTEST_GUILESS_MAIN(TestLimitCoalescing)
#include "tst_limitcoalescing.moc"
