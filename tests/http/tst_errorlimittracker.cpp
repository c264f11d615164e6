#include "core/clock.h"
#include "core/http/errorlimittracker.h"
#include "core/http/limitstatestore.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Esi::Core;
using namespace Qt::Literals::StringLiterals;

namespace {

RawHeaders limitHeaders(int remain, int resetSeconds)
{
    return {{"X-ESI-Error-Limit-Remain"_ba, QByteArray::number(remain)},
            {"X-ESI-Error-Limit-Reset"_ba, QByteArray::number(resetSeconds)}};
}

} // namespace

class TestErrorLimitTracker : public QObject
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

    void freshState_allowsSending()
    {
        ErrorLimitTracker tracker(m_store.get(), m_clock);
        QCOMPARE(tracker.delayBeforeSend(), 0);
        const ErrorLimitState state = tracker.state();
        QCOMPARE(state.remain, 100);
        QVERIFY(!state.resetAt.isValid());
        QVERIFY(!state.circuitOpen);
    }

    void headers_updateRemainAndReset()
    {
        ErrorLimitTracker tracker(m_store.get(), m_clock);
        QSignalSpy changes(&tracker, &ErrorLimitTracker::stateChanged);
        tracker.recordResponse(200, limitHeaders(80, 30));
        QCOMPARE(changes.size(), 1);
        const ErrorLimitState state = changes.first().first().value<ErrorLimitState>();
        QCOMPARE(state.remain, 80);
        QCOMPARE(state.resetAt, m_clock.now().addSecs(30));
        QCOMPARE(state.updatedAt, m_clock.now());
        QVERIFY(!state.circuitOpen);
        QCOMPARE(tracker.state(), state);

        m_clock.advance(5000);
        tracker.recordResponse(404, limitHeaders(79, 25));
        QCOMPARE(changes.size(), 2);
        QCOMPARE(tracker.state().remain, 79);
        QCOMPARE(tracker.state().resetAt, m_clock.now().addSecs(25));
    }

    void lateAnswerFromTheSameWindow_neverRaisesRemain()
    {
        ErrorLimitTracker tracker(m_store.get(), m_clock);
        tracker.recordResponse(404, limitHeaders(50, 30));
        m_clock.advance(1000);
        tracker.recordResponse(200, limitHeaders(60, 29)); // sent earlier, answered later
        QCOMPARE(tracker.state().remain, 50);
        QCOMPARE(tracker.state().resetAt, m_clock.now().addSecs(29));
    }

    void remainAtOrBelowTheMargin_waitsUntilReset_data()
    {
        QTest::addColumn<int>("margin");
        QTest::addColumn<int>("remain");
        QTest::addColumn<qint64>("delay");
        QTest::newRow("above the default margin") << 10 << 11 << 0LL;
        QTest::newRow("at the default margin") << 10 << 10 << 42000LL;
        QTest::newRow("below the default margin") << 10 << 3 << 42000LL;
        QTest::newRow("exhausted") << 10 << 0 << 42000LL;
        QTest::newRow("wider margin") << 20 << 15 << 42000LL;
        QTest::newRow("no margin, one left") << 0 << 1 << 0LL;
        QTest::newRow("no margin, none left") << 0 << 0 << 42000LL;
    }

    void remainAtOrBelowTheMargin_waitsUntilReset()
    {
        QFETCH(int, margin);
        QFETCH(int, remain);
        QFETCH(qint64, delay);
        ErrorLimitTracker tracker(m_store.get(), m_clock);
        tracker.setSafetyMargin(margin);
        tracker.recordResponse(404, limitHeaders(remain, 42));
        QCOMPARE(tracker.delayBeforeSend(), delay);
        m_clock.advance(42000);
        QCOMPARE(tracker.delayBeforeSend(), 0);
        QCOMPARE(tracker.state().remain, 100);
    }

    void errorLimited420_opensTheCircuitUntilReset()
    {
        ErrorLimitTracker tracker(m_store.get(), m_clock);
        tracker.recordResponse(404, limitHeaders(40, 30));
        m_clock.advance(5000);
        tracker.recordResponse(420, limitHeaders(0, 25));
        ErrorLimitState state = tracker.state();
        QVERIFY(state.circuitOpen);
        QCOMPARE(state.remain, 0);
        QCOMPARE(tracker.delayBeforeSend(), 25000);

        // A success answered late inside the same window does not close the breaker.
        m_clock.advance(1000);
        tracker.recordResponse(200, limitHeaders(40, 24));
        QVERIFY(tracker.state().circuitOpen);
        QCOMPARE(tracker.delayBeforeSend(), 24000);

        m_clock.advance(23999);
        QCOMPARE(tracker.delayBeforeSend(), 1);
        m_clock.advance(1);
        QCOMPARE(tracker.delayBeforeSend(), 0);
        state = tracker.state();
        QVERIFY(!state.circuitOpen);
        QCOMPARE(state.remain, 100);
        QVERIFY(!state.resetAt.isValid());

        tracker.recordResponse(200, limitHeaders(100, 60)); // the next window as the server reports it
        QCOMPARE(tracker.state().remain, 100);
        QCOMPARE(tracker.delayBeforeSend(), 0);
    }

    void errorLimited420_withoutHeaders_waitsTheFallbackWindow()
    {
        ErrorLimitTracker tracker(m_store.get(), m_clock);
        tracker.recordResponse(420, {});
        QVERIFY(tracker.state().circuitOpen);
        QCOMPARE(tracker.delayBeforeSend(), qint64(ErrorLimitTracker::fallbackWindowSeconds) * 1000);
    }

    void errorsWithoutHeaders_areCountedLocally()
    {
        ErrorLimitTracker tracker(m_store.get(), m_clock);
        tracker.recordResponse(404, {});
        tracker.recordResponse(500, {});
        tracker.recordResponse(403, {});
        QCOMPARE(tracker.state().remain, 97);
        QCOMPARE(tracker.state().resetAt, m_clock.now().addSecs(ErrorLimitTracker::fallbackWindowSeconds));
    }

    void successWithoutHeaders_changesNothing()
    {
        ErrorLimitTracker tracker(m_store.get(), m_clock);
        QSignalSpy changes(&tracker, &ErrorLimitTracker::stateChanged);
        tracker.recordResponse(200, {});
        tracker.recordResponse(304, {});
        QCOMPARE(changes.size(), 0);
        QCOMPARE(tracker.state().remain, 100);
    }

    void twoInstancesOnOneFile_shareTheState()
    {
        LimitStateStore otherStore(path());
        QString error;
        QVERIFY2(otherStore.open(&error), qPrintable(error));
        ErrorLimitTracker gui(m_store.get(), m_clock);
        ErrorLimitTracker script(&otherStore, m_clock);
        QSignalSpy guiChanges(&gui, &ErrorLimitTracker::stateChanged);

        script.recordResponse(420, limitHeaders(0, 30));
        QCOMPARE(gui.delayBeforeSend(), 30000);
        gui.refresh();
        QCOMPARE(guiChanges.size(), 1);
        QVERIFY(guiChanges.first().first().value<ErrorLimitState>().circuitOpen);
        gui.refresh();
        QCOMPARE(guiChanges.size(), 1);

        m_clock.advance(30000);
        gui.refresh(); // the window reset while nobody sent anything
        QCOMPARE(guiChanges.size(), 2);
        QVERIFY(!guiChanges.last().first().value<ErrorLimitState>().circuitOpen);
        QCOMPARE(script.delayBeforeSend(), 0);
    }

    void state_survivesReopeningTheFile()
    {
        ErrorLimitTracker(m_store.get(), m_clock).recordResponse(404, limitHeaders(5, 50));
        m_store.reset();
        LimitStateStore reopened(path());
        QVERIFY(reopened.open(nullptr));
        ErrorLimitTracker tracker(&reopened, m_clock);
        QCOMPARE(tracker.state().remain, 5);
        QCOMPARE(tracker.delayBeforeSend(), 50000);
    }

private:
    QString path() const { return m_dir->filePath(u"limits.sqlite"_s); }

    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock;
    std::unique_ptr<LimitStateStore> m_store;
};

QTEST_GUILESS_MAIN(TestErrorLimitTracker)
#include "tst_errorlimittracker.moc"
