#include "core/clock.h"
#include "core/http/httpdate.h"
#include "core/http/limitstatestore.h"
#include "core/http/ratelimittracker.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <atomic>

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

const RateLimit assets = limitOf(u"char-asset"_s, 10, 60);
constexpr qint64 pilot = 90000001;
// Every test starts at this time; _data() functions run before init(), so they use it rather than the clock.
const QDateTime testStart(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);

} // namespace

class TestRateLimitTracker : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_clock.set(testStart);
        m_store = std::make_unique<LimitStateStore>(path());
        QString error;
        QVERIFY2(m_store->open(&error), qPrintable(error));
    }

    void tokenCost_followsEsiTable_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("cost");
        for (const auto &[status, cost] : std::initializer_list<std::pair<int, int>>{{200, 2},
                                                                                     {201, 2},
                                                                                     {204, 2},
                                                                                     {299, 2},
                                                                                     {301, 1},
                                                                                     {304, 1},
                                                                                     {400, 5},
                                                                                     {403, 5},
                                                                                     {404, 5},
                                                                                     {420, 5},
                                                                                     {428, 5},
                                                                                     {429, 0},
                                                                                     {430, 5},
                                                                                     {500, 0},
                                                                                     {502, 0},
                                                                                     {504, 0},
                                                                                     {0, 0}}) {
            QTest::addRow("%d", status) << status << cost;
        }
    }

    void tokenCost_followsEsiTable()
    {
        QFETCH(int, status);
        QFETCH(int, cost);
        QCOMPARE(RateLimitTracker::tokenCost(status), cost);
    }

    void recordResponse_spendsTheStatusCost_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("remaining");
        QTest::newRow("200 costs 2") << 200 << 8;
        QTest::newRow("304 costs 1") << 304 << 9;
        QTest::newRow("404 costs 5") << 404 << 5;
        QTest::newRow("429 costs nothing") << 429 << 10;
        QTest::newRow("503 costs nothing") << 503 << 10;
    }

    void recordResponse_spendsTheStatusCost()
    {
        QFETCH(int, status);
        QFETCH(int, remaining);
        RateLimitTracker tracker(m_store.get(), m_clock);
        QCOMPARE(tracker.delayBeforeSend(assets, pilot), 0);
        QCOMPARE(tracker.bucket(assets.group, pilot)->reserved, 2);
        tracker.recordResponse(assets, pilot, status, {{"Retry-After"_ba, "1"_ba}});
        const RateLimitBucket bucket = *tracker.bucket(assets.group, pilot);
        QCOMPARE(bucket.remaining, remaining);
        QCOMPARE(bucket.reserved, 0);
    }

    void parseLimitHeader_readsTokensAndWindow_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("tokens");
        QTest::addColumn<int>("seconds");
        QTest::newRow("minutes") << "150/15m"_ba << 150 << 900;
        QTest::newRow("hours") << "1800/1h"_ba << 1800 << 3600;
        QTest::newRow("spaces") << " 600 / 15m "_ba << 600 << 900;
        QTest::newRow("no window") << "150"_ba << 0 << 0;
        QTest::newRow("no tokens") << "/15m"_ba << 0 << 0;
        QTest::newRow("words") << "many/15m"_ba << 0 << 0;
        QTest::newRow("unknown unit") << "150/15x"_ba << 0 << 0;
        QTest::newRow("zero tokens") << "0/15m"_ba << 0 << 0;
        QTest::newRow("empty") << QByteArray() << 0 << 0;
        QTest::newRow("longest window an int holds") << "150/2147483647s"_ba << 150 << 2147483647;
        // 99999999 h in seconds overflows an int: rejected, not wrapped around (UBSan's first find).
        QTest::newRow("window too long to count") << "150/99999999h"_ba << 0 << 0;
    }

    void parseLimitHeader_readsTokensAndWindow()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, tokens);
        QFETCH(int, seconds);
        const std::optional<RateLimit> parsed = RateLimitTracker::parseLimitHeader(text);
        QCOMPARE(parsed.has_value(), tokens > 0);
        if (parsed) {
            QCOMPARE(parsed->maxTokens, tokens);
            QCOMPARE(parsed->windowSeconds, seconds);
        }
    }

    void routeWithoutRateLimit_isNeverDelayedNorTracked()
    {
        RateLimitTracker tracker(m_store.get(), m_clock);
        QCOMPARE(tracker.delayBeforeSend(RateLimit{}, pilot), 0);
        tracker.recordResponse(RateLimit{}, pilot, 200, {});
        QVERIFY(tracker.buckets().isEmpty());
    }

    void burst_neverExceedsMaxTokensInAnyWindow()
    {
        // Up to three requests in flight, answers arriving after a random delay: whatever the
        // order, the tokens sent within any window never exceed the bucket.
        RateLimitTracker tracker(m_store.get(), m_clock);
        const RateLimit bucket = limitOf(u"burst"_s, 20, 60);
        QRandomGenerator random(42);
        QList<qint64> sentAt;
        QList<int> costs;
        int inFlight = 0;
        qint64 waited = 0;
        while (sentAt.size() < 120) {
            if (inFlight < 3 && random.bounded(2) == 0) {
                const qint64 delay = tracker.delayBeforeSend(bucket, 0);
                if (delay > 0) {
                    waited += delay;
                    m_clock.advance(delay);
                    continue;
                }
                sentAt.append(m_clock.msecsSinceEpoch());
                costs.append(2);
                ++inFlight;
            } else if (inFlight > 0) {
                m_clock.advance(random.bounded(2000));
                tracker.recordResponse(bucket, 0, 200, {});
                --inFlight;
            }
        }
        QVERIFY(waited > 0); // the burst really hit the limit
        for (qsizetype i = 0; i < sentAt.size(); ++i) {
            int tokens = 0;
            for (qsizetype j = 0; j <= i; ++j) {
                if (sentAt[j] > sentAt[i] - 60000) {
                    tokens += costs[j];
                }
            }
            QVERIFY2(tokens <= 20, qPrintable(u"%1 tokens in the window ending at request %2"_s.arg(tokens).arg(i)));
        }
    }

    void delay_lastsUntilEnoughTokensLeaveTheWindow_data()
    {
        QTest::addColumn<int>("cost");
        QTest::addColumn<qint64>("delay");
        QTest::newRow("one spend must leave") << 2 << 56000LL;
        QTest::newRow("two spends must leave") << 4 << 57000LL;
        QTest::newRow("costs more than the bucket: wait for all") << 50 << 60000LL;
    }

    void delay_lastsUntilEnoughTokensLeaveTheWindow()
    {
        QFETCH(int, cost);
        QFETCH(qint64, delay);
        RateLimitTracker tracker(m_store.get(), m_clock);
        for (int i = 0; i < 5; ++i) { // 5 x 2 tokens at t0 .. t0+4s fill the bucket of 10
            if (i > 0) {
                m_clock.advance(1000);
            }
            QCOMPARE(tracker.delayBeforeSend(assets, pilot), 0);
            tracker.recordResponse(assets, pilot, 200, {});
        }
        QCOMPARE(tracker.bucket(assets.group, pilot)->remaining, 0);
        QCOMPARE(tracker.delayBeforeSend(assets, pilot, cost), delay);
        m_clock.advance(delay - 1);
        QCOMPARE(tracker.delayBeforeSend(assets, pilot, cost), 1);
        m_clock.advance(1);
        QCOMPARE(tracker.delayBeforeSend(assets, pilot, cost), 0);
    }

    void serverHeaders_overrideTheLocalCount()
    {
        RateLimitTracker tracker(m_store.get(), m_clock);
        const RateLimit declared = limitOf(u"char-asset"_s, 150, 900);
        QCOMPARE(tracker.delayBeforeSend(declared, pilot), 0);
        // Another app on the same character spent 48 tokens we never saw.
        tracker.recordResponse(declared, pilot, 200,
                               {{"X-Ratelimit-Group"_ba, "char-asset"_ba},
                                {"X-Ratelimit-Limit"_ba, "150/15m"_ba},
                                {"X-Ratelimit-Remaining"_ba, "100"_ba},
                                {"X-Ratelimit-Used"_ba, "50"_ba}});
        QCOMPARE(tracker.bucket(declared.group, pilot)->remaining, 100);

        // Later the server counts less than we do (its window moved on): trust it.
        m_clock.advance(10000);
        QCOMPARE(tracker.delayBeforeSend(declared, pilot), 0);
        tracker.recordResponse(declared, pilot, 200, {{"X-Ratelimit-Remaining"_ba, "140"_ba}});
        QCOMPARE(tracker.bucket(declared.group, pilot)->remaining, 140);

        // Only X-Ratelimit-Used: remaining = limit - used.
        tracker.recordResponse(declared, pilot, 200, {{"X-Ratelimit-Used"_ba, "30"_ba}});
        QCOMPARE(tracker.bucket(declared.group, pilot)->remaining, 120);
    }

    void serverLimitHeader_replacesTheDeclaredLimit()
    {
        RateLimitTracker tracker(m_store.get(), m_clock);
        tracker.recordResponse(assets, pilot, 200, {{"X-Ratelimit-Limit"_ba, "300/1h"_ba}});
        const RateLimitBucket bucket = *tracker.bucket(assets.group, pilot);
        QCOMPARE(bucket.limit, 300);
        QCOMPARE(bucket.windowSeconds, 3600);
        QCOMPARE(bucket.remaining, 298);
        // The learned limit sticks for later decisions even though the spec still says 10/60s.
        for (int i = 0; i < 20; ++i) {
            QCOMPARE(tracker.delayBeforeSend(assets, pilot), 0);
        }
    }

    void serverCount_keepsOurRequestsInFlight()
    {
        RateLimitTracker tracker(m_store.get(), m_clock);
        QCOMPARE(tracker.delayBeforeSend(assets, pilot), 0);
        QCOMPARE(tracker.delayBeforeSend(assets, pilot), 0);
        // The first answer's count cannot include the second request, which is still in flight.
        tracker.recordResponse(assets, pilot, 200, {{"X-Ratelimit-Remaining"_ba, "8"_ba}});
        const RateLimitBucket bucket = *tracker.bucket(assets.group, pilot);
        QCOMPARE(bucket.reserved, 2);
        QCOMPARE(bucket.remaining, 6);
    }

    void lateAnswer_withAnOlderCount_keepsTheSpendsTheServerStillCounts()
    {
        // Pages 2-5 go out together; the server counts them in that order (Remaining 6, 4, 2, 0) but
        // page 2's answer arrives last. Its "6" is older than what pages 3-5 already reported, so it
        // must not hand back tokens the server still counts: the bucket stays full.
        RateLimitTracker tracker(m_store.get(), m_clock);
        QCOMPARE(tracker.delayBeforeSend(assets, pilot), 0);
        tracker.recordResponse(assets, pilot, 200, {{"X-Ratelimit-Remaining"_ba, "8"_ba}});
        m_clock.advance(1000);
        for (int page = 2; page <= 5; ++page) {
            QCOMPARE(tracker.delayBeforeSend(assets, pilot), 0);
        }
        for (const QByteArray &remaining : {"4"_ba, "2"_ba, "0"_ba, "6"_ba}) { // pages 3, 4, 5, then 2
            m_clock.advance(10);
            tracker.recordResponse(assets, pilot, 200, {{"X-Ratelimit-Remaining"_ba, remaining}});
        }
        const RateLimitBucket bucket = *tracker.bucket(assets.group, pilot);
        QCOMPARE(bucket.reserved, 0);
        QCOMPARE(bucket.remaining, 0);
        QVERIFY(tracker.delayBeforeSend(assets, pilot) > 0);
    }

    void answer_settlesTheReservationOfItsOwnRequest()
    {
        // Two requests a second apart; the later one's 404 comes back first. It settles its own
        // reservation, so the earlier request's reservation keeps its send time and leaves the
        // window first.
        RateLimitTracker tracker(m_store.get(), m_clock);
        const QDateTime first = m_clock.now();
        qint64 earlier = 0;
        qint64 later = 0;
        QCOMPARE(tracker.delayBeforeSend(assets, pilot, 2, &earlier), 0);
        m_clock.advance(1000);
        QCOMPARE(tracker.delayBeforeSend(assets, pilot, 2, &later), 0);
        QVERIFY(earlier != 0 && later != 0 && earlier != later);
        m_clock.advance(500);
        tracker.recordResponse(assets, pilot, 404, {}, later);
        RateLimitBucket bucket = *tracker.bucket(assets.group, pilot);
        QCOMPARE(bucket.reserved, 2);
        QCOMPARE(bucket.remaining, 3); // 2 reserved + 5 for the 404
        QCOMPARE(bucket.nextReleaseAt, first.addSecs(60));

        tracker.releaseReservation(assets, pilot, earlier); // never sent after all
        bucket = *tracker.bucket(assets.group, pilot);
        QCOMPARE(bucket.reserved, 0);
        QCOMPARE(bucket.remaining, 5);
    }

    void answerToALaterRequest_canStillTrimOlderSpends()
    {
        // The server's window runs ahead of ours (we stamp a spend when its answer arrives): an
        // answer to a request sent after those spends settled may lower the count.
        RateLimitTracker tracker(m_store.get(), m_clock);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(tracker.delayBeforeSend(assets, pilot), 0);
            tracker.recordResponse(assets, pilot, 200, {});
            m_clock.advance(1000);
        }
        QCOMPARE(tracker.bucket(assets.group, pilot)->remaining, 4);
        QCOMPARE(tracker.delayBeforeSend(assets, pilot), 0);
        // The server already let the first two spends go: it counts the third and this one.
        tracker.recordResponse(assets, pilot, 200, {{"X-Ratelimit-Remaining"_ba, "6"_ba}});
        QCOMPARE(tracker.bucket(assets.group, pilot)->remaining, 6);
    }

    void tooManyRequests_withRetryAfter_blocksForExactlyThatLong_data()
    {
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::newRow("seconds") << "30"_ba;
        QTest::newRow("HTTP date") << HttpDate::format(testStart.addSecs(30));
    }

    void tooManyRequests_withRetryAfter_blocksForExactlyThatLong()
    {
        QFETCH(QByteArray, retryAfter);
        RateLimitTracker tracker(m_store.get(), m_clock);
        QSignalSpy changes(&tracker, &RateLimitTracker::bucketChanged);
        QCOMPARE(tracker.delayBeforeSend(assets, pilot), 0);
        tracker.recordResponse(assets, pilot, 429, {{"Retry-After"_ba, retryAfter}});
        QCOMPARE(changes.size(), 2);
        const RateLimitBucket blocked = changes.last().first().value<RateLimitBucket>();
        QCOMPARE(blocked.blockedUntil, m_clock.now().addSecs(30));
        QVERIFY2(blocked.blockReason.contains(u"Retry-After"_s), qPrintable(blocked.blockReason));
        QCOMPARE(blocked.remaining, 10); // a 429 costs nothing

        QCOMPARE(tracker.delayBeforeSend(assets, pilot), 30000);
        m_clock.advance(29999);
        QCOMPARE(tracker.delayBeforeSend(assets, pilot), 1);
        m_clock.advance(1);
        QCOMPARE(tracker.delayBeforeSend(assets, pilot), 0);
        QVERIFY(!tracker.bucket(assets.group, pilot)->blockedUntil.isValid());
    }

    void tooManyRequests_exhaustedByOthers_sendsAgainWhenRetryAfterEnds()
    {
        // Other apps on this IP emptied the bucket; the server says when tokens come back.
        RateLimitTracker tracker(m_store.get(), m_clock);
        QCOMPARE(tracker.delayBeforeSend(assets, 0), 0);
        tracker.recordResponse(
            assets, 0, 429,
            {{"Retry-After"_ba, "15"_ba}, {"X-Ratelimit-Limit"_ba, "10/1m"_ba}, {"X-Ratelimit-Remaining"_ba, "0"_ba}});
        QCOMPARE(tracker.bucket(assets.group, 0)->remaining, 0);
        QCOMPARE(tracker.delayBeforeSend(assets, 0), 15000);
        m_clock.advance(15000);
        QCOMPARE(tracker.delayBeforeSend(assets, 0), 0);
    }

    void tooManyRequests_withoutHeaders_backsOffAWholeWindow()
    {
        RateLimitTracker tracker(m_store.get(), m_clock);
        QCOMPARE(tracker.delayBeforeSend(assets, pilot), 0);
        tracker.recordResponse(assets, pilot, 429, {});
        const RateLimitBucket bucket = *tracker.bucket(assets.group, pilot);
        QCOMPARE(bucket.blockedUntil, m_clock.now().addSecs(60));
        QVERIFY2(bucket.blockReason.contains(u"without Retry-After"_s), qPrintable(bucket.blockReason));
        QCOMPARE(tracker.delayBeforeSend(assets, pilot), 60000);
    }

    void twoTrackersOnOneFile_shareTheBucket()
    {
        // Two connections to one file behave like the GUI and an `esi` process.
        LimitStateStore otherStore(path());
        QString error;
        QVERIFY2(otherStore.open(&error), qPrintable(error));
        RateLimitTracker gui(m_store.get(), m_clock);
        RateLimitTracker script(&otherStore, m_clock);
        QSignalSpy guiChanges(&gui, &RateLimitTracker::bucketChanged);

        for (int i = 0; i < 3; ++i) {
            QCOMPARE(script.delayBeforeSend(assets, pilot), 0);
            script.recordResponse(assets, pilot, 200, {});
        }
        QCOMPARE(gui.delayBeforeSend(assets, pilot), 0);
        QCOMPARE(gui.delayBeforeSend(assets, pilot), 0);
        QVERIFY(gui.delayBeforeSend(assets, pilot) > 0);
        QVERIFY(script.delayBeforeSend(assets, pilot) > 0);
        QCOMPARE(script.bucket(assets.group, pilot)->reserved, 4);

        // The GUI learns about the script's later spends by refreshing.
        guiChanges.clear();
        m_clock.advance(60000);
        QCOMPARE(script.delayBeforeSend(assets, pilot), 0);
        gui.refresh();
        QCOMPARE(guiChanges.size(), 1);
        QCOMPARE(guiChanges.first().first().value<RateLimitBucket>().reserved, 2);
        gui.refresh();
        QCOMPARE(guiChanges.size(), 1); // nothing new
    }

    void concurrentConnections_neverOverrunTheBucket_data()
    {
        QTest::addColumn<QString>("group");
        for (int round = 1; round <= 6; ++round) { // a race is a matter of luck: give it several chances
            QTest::addRow("round %d", round) << u"shared-%1"_s.arg(round);
        }
    }

    void concurrentConnections_neverOverrunTheBucket()
    {
        // Four threads, each with its own connection (like four `esi` processes), race for one
        // bucket of 200 tokens: exactly 100 requests of 2 tokens may go.
        QFETCH(QString, group);
        const RateLimit shared = limitOf(group, 200, 3600);
        std::atomic<int> granted = 0;
        std::atomic<int> failures = 0;
        std::atomic<int> ready = 0;
        const auto worker = [&] {
            LimitStateStore store(path());
            if (!store.open(nullptr)) {
                ++failures;
                return;
            }
            RateLimitTracker tracker(&store, m_clock);
            ++ready;
            while (ready.load() < 4) {
                QThread::yieldCurrentThread();
            }
            for (int i = 0; i < 40; ++i) {
                if (tracker.delayBeforeSend(shared, 0) == 0) {
                    ++granted;
                }
            }
        };
        std::vector<std::unique_ptr<QThread>> threads;
        for (int i = 0; i < 4; ++i) {
            threads.emplace_back(QThread::create(worker));
            threads.back()->start();
        }
        for (const auto &thread : threads) {
            QVERIFY(thread->wait(60000));
        }
        QCOMPARE(failures.load(), 0);
        QCOMPARE(granted.load(), 100);
    }

    void publicAndCharacterBuckets_areSeparate()
    {
        RateLimitTracker tracker(m_store.get(), m_clock);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(tracker.delayBeforeSend(assets, 0), 0);
        }
        QVERIFY(tracker.delayBeforeSend(assets, 0) > 0);
        QCOMPARE(tracker.delayBeforeSend(assets, pilot), 0);
        QCOMPARE(tracker.delayBeforeSend(assets, pilot + 1), 0);
        const QList<RateLimitBucket> buckets = tracker.buckets();
        QCOMPARE(buckets.size(), 3);
        QCOMPARE(buckets[0].characterId, 0);
        QCOMPARE(buckets[0].remaining, 0);
        QCOMPARE(buckets[1].characterId, pilot);
        QCOMPARE(buckets[1].remaining, 8);
        QCOMPARE(buckets[2].remaining, 8);
    }

    void releaseReservation_givesTokensBack()
    {
        RateLimitTracker tracker(m_store.get(), m_clock);
        QCOMPARE(tracker.delayBeforeSend(assets, pilot), 0);
        QCOMPARE(tracker.bucket(assets.group, pilot)->remaining, 8);
        tracker.releaseReservation(assets, pilot);
        QCOMPARE(tracker.bucket(assets.group, pilot)->remaining, 10);
    }

    void answerWithoutStatus_keepsTheReservedCost()
    {
        RateLimitTracker tracker(m_store.get(), m_clock);
        QCOMPARE(tracker.delayBeforeSend(assets, pilot, 3), 0);
        tracker.recordResponse(assets, pilot, 0, {}); // connection dropped: the server may have counted it
        const RateLimitBucket bucket = *tracker.bucket(assets.group, pilot);
        QCOMPARE(bucket.remaining, 7);
        QCOMPARE(bucket.reserved, 0);
    }

    void bucketView_showsWhenTheNextTokensReturn()
    {
        RateLimitTracker tracker(m_store.get(), m_clock);
        const QDateTime first = m_clock.now();
        QCOMPARE(tracker.delayBeforeSend(assets, pilot), 0);
        tracker.recordResponse(assets, pilot, 200, {});
        RateLimitBucket bucket = *tracker.bucket(assets.group, pilot);
        QCOMPARE(bucket.nextReleaseAt, first.addSecs(60));
        QCOMPARE(bucket.updatedAt, first);
        m_clock.advance(60000);
        bucket = *tracker.bucket(assets.group, pilot);
        QCOMPARE(bucket.remaining, 10);
        QVERIFY(!bucket.nextReleaseAt.isValid());
    }

    void state_survivesReopeningTheFile()
    {
        {
            RateLimitTracker tracker(m_store.get(), m_clock);
            QCOMPARE(tracker.delayBeforeSend(assets, pilot), 0);
            tracker.recordResponse(assets, pilot, 429, {{"Retry-After"_ba, "20"_ba}});
        }
        m_store.reset();
        LimitStateStore reopened(path());
        QVERIFY(reopened.open(nullptr));
        RateLimitTracker tracker(&reopened, m_clock);
        QCOMPARE(tracker.delayBeforeSend(assets, pilot), 20000);
    }

private:
    QString path() const { return m_dir->filePath(u"limits.sqlite"_s); }

    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock;
    std::unique_ptr<LimitStateStore> m_store;
};

QTEST_GUILESS_MAIN(TestRateLimitTracker)
#include "tst_ratelimittracker.moc"
