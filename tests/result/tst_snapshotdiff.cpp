#include "core/clock.h"
#include "core/spec/spec.h"
#include "core/watch/rowidentity.h"
#include "core/watch/snapshotdiff.h"
#include "core/watch/watcher.h"
#include "core/watch/watchschedule.h"
#include "watchsnippets.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Esi::Core;

namespace {

ResultDataPtr rows(const char *json, const QString &language = u"en"_s)
{
    return ResultData::fromRows(language, QJsonDocument::fromJson(QByteArray(json)).array());
}

RowIdentity identityOf(const QStringList &candidates, const QString &route, const QList<ResultDataPtr> &data)
{
    return RowIdentity::detect(candidates, route, data);
}

const QStringList orderIds{u"order_id"_s, u"type_id"_s};

PageResult page(const char *json, ServedFrom servedFrom, const RawHeaders &headers = {})
{
    PageResult result;
    result.status = 200;
    result.body = QByteArray(json);
    result.servedFrom = servedFrom;
    result.headers = headers;
    return result;
}

} // namespace

// What changed between two snapshots of a result, which column identifies a row, and when a watch may ask again.
class TestSnapshotDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void identity_isTheOnlyUniqueIdColumnThatNamesNoOtherEntity()
    {
        const ResultDataPtr before = rows(WatchSnippets::ordersBefore);
        const ResultDataPtr after = rows(WatchSnippets::ordersAfter);
        // type_id is unique in these few rows too, but it refers to a type: order_id is the row's own id.
        const RowIdentity identity = identityOf(orderIds, u"/markets/{region_id}/orders/"_s, {before, after});
        QCOMPARE(identity.column, u"order_id"_s);
        QVERIFY(identity.reason.contains(u"order_id"_s));
    }

    void identity_fromTheRealSpec_marketOrdersHaveOrderId()
    {
        const SpecLoadResult loaded = Spec::fromFile(QStringLiteral(ESI_TEST_DATA "/openapi-2026-07-21.json"));
        QVERIFY(loaded);
        const Operation *orders = loaded.spec->operation(u"GetMarketsRegionIdOrders"_s);
        QVERIFY(orders);
        const QStringList ids = RowIdentity::idColumnsOfOperation(*loaded.spec, *orders);
        QVERIFY2(ids.contains(u"order_id"_s) && ids.contains(u"type_id"_s), qPrintable(ids.join(u',')));
        const Operation *jobs = loaded.spec->operation(u"GetCharactersCharacterIdIndustryJobs"_s);
        QVERIFY(jobs);
        QVERIFY(RowIdentity::idColumnsOfOperation(*loaded.spec, *jobs).contains(u"job_id"_s));
        const RowIdentity identity = identityOf(RowIdentity::idColumnsOfOperation(*loaded.spec, *orders), orders->path,
                                                {rows(WatchSnippets::ordersBefore)});
        QCOMPARE(identity.column, u"order_id"_s);
    }

    void identity_severalOwnUniqueIds_theRouteNamesIt()
    {
        const RowIdentity identity =
            identityOf({u"job_id"_s, u"blueprint_id"_s, u"facility_id"_s},
                       u"/characters/{character_id}/industry/jobs/"_s, {rows(WatchSnippets::jobs)});
        QCOMPARE(identity.column, u"job_id"_s);
        const RowIdentity unnamed =
            identityOf({u"job_id"_s, u"blueprint_id"_s}, u"/somewhere/else/"_s, {rows(WatchSnippets::jobs)});
        QVERIFY(unnamed.isWholeRow());
        QVERIFY(unnamed.reason.contains(u"several"_s));
    }

    void identity_duplicatesNullsAndObjects_fallBackToTheWholeRow()
    {
        QVERIFY(identityOf(orderIds, QString(), {rows(WatchSnippets::duplicatedOrders)}).isWholeRow());
        QVERIFY(identityOf(orderIds, QString(), {rows(WatchSnippets::nullId)}).isWholeRow());
        QVERIFY(identityOf(orderIds, QString(), {rows(WatchSnippets::objectId)}).isWholeRow());
        // Unique in one snapshot is not enough: it must be unique in both.
        QVERIFY(
            identityOf(orderIds, QString(), {rows(WatchSnippets::ordersBefore), rows(WatchSnippets::duplicatedOrders)})
                .isWholeRow());
    }

    void identity_withoutASpec_usesTheDatasIdColumns()
    {
        const RowIdentity identity = identityOf({}, QString(), {rows(WatchSnippets::nestedBefore)});
        QCOMPARE(identity.column, u"item_id"_s);
        QVERIFY(identityOf({}, QString(), {rows(WatchSnippets::bareIds)}).isWholeRow());
    }

    void diff_addedRemovedChanged_withTheColumnsThatChanged()
    {
        const ResultDataPtr before = rows(WatchSnippets::ordersBefore);
        const ResultDataPtr after = rows(WatchSnippets::ordersAfter);
        const SnapshotDiff diff = SnapshotDiff::compare(*before, *after, {u"order_id"_s, {}});
        QCOMPARE(diff.added(), 1);
        QCOMPARE(diff.removed(), 1);
        QCOMPARE(diff.changed(), 1);
        QCOMPARE(diff.changes().size(), 3);
        QCOMPARE(diff.summary(), u"1 added, 1 changed, 1 removed"_s);
        for (const RowChange &change : diff.changes()) {
            switch (change.kind) {
            case RowChange::Kind::Added:
                QCOMPARE(change.key, u"14"_s);
                QCOMPARE(change.afterRow, 2);
                QCOMPARE(change.row.toObject().value(u"price"_s).toDouble(), 9.0);
                break;
            case RowChange::Kind::Removed:
                QCOMPARE(change.key, u"11"_s);
                QCOMPARE(change.beforeRow, 0);
                QCOMPARE(change.row.toObject().value(u"order_id"_s).toInt(), 11);
                break;
            case RowChange::Kind::Changed:
                QCOMPARE(change.key, u"12"_s);
                QCOMPARE(change.cells.size(), 1);
                QCOMPARE(change.cells.constFirst().column, u"price"_s);
                QCOMPARE(change.cells.constFirst().before.toDouble(), 6.0);
                QCOMPARE(change.cells.constFirst().after.toDouble(), 5.5);
                break;
            }
        }
        QCOMPARE(diff.kindOfAfterRow(0, 0), int(RowChange::Kind::Changed));
        QCOMPARE(diff.kindOfAfterRow(0, 1), -1);
        QCOMPARE(diff.kindOfAfterRow(0, 2), int(RowChange::Kind::Added));
    }

    void diff_sameData_noChange()
    {
        const ResultDataPtr data = rows(WatchSnippets::ordersBefore);
        const SnapshotDiff diff = SnapshotDiff::compare(*data, *rows(WatchSnippets::ordersBefore), {u"order_id"_s, {}});
        QVERIFY(diff.isEmpty());
        QCOMPARE(diff.summary(), u"no change"_s);
    }

    void diff_wholeRows_duplicatesPairUpOneByOne()
    {
        const SnapshotDiff diff = SnapshotDiff::compare(*rows(WatchSnippets::duplicatedOrders),
                                                        *rows(WatchSnippets::duplicatedOrdersOneGone), {});
        QCOMPARE(diff.added(), 0);
        QCOMPARE(diff.removed(), 1); // one of the two equal rows went
        QCOMPARE(diff.changed(), 0);
        const SnapshotDiff bare =
            SnapshotDiff::compare(*rows(WatchSnippets::bareIds), *rows(WatchSnippets::bareIdsLater), {});
        QCOMPARE(bare.added(), 1);   // 30000145
        QCOMPARE(bare.removed(), 2); // both 30000142
    }

    void diff_nestedColumnsAppearingAndArrays_areChanges()
    {
        const SnapshotDiff diff = SnapshotDiff::compare(*rows(WatchSnippets::nestedBefore),
                                                        *rows(WatchSnippets::nestedAfter), {u"item_id"_s, {}});
        QCOMPARE(diff.changed(), 1);
        QStringList columns;
        for (const CellChange &cell : diff.changes().constFirst().cells) {
            columns.append(cell.column);
        }
        columns.sort();
        QCOMPARE(columns, (QStringList{u"extra"_s, u"position.x"_s, u"tags"_s}));
    }

    void diff_anIdentityThatTurnsOutDuplicated_stillCountsEveryRow()
    {
        // Forced onto a duplicated column (a caller's choice), every row is still accounted for exactly once.
        const SnapshotDiff diff = SnapshotDiff::compare(
            *rows(WatchSnippets::duplicatedOrders), *rows(WatchSnippets::duplicatedOrdersOneGone), {u"order_id"_s, {}});
        QCOMPARE(diff.removed(), 1);
        QCOMPARE(diff.added() + diff.changed(), 0);
    }

    void diff_manyChanges_listedUpToTheBoundButAllCountedAndHighlighted()
    {
        QJsonArray before;
        QJsonArray after;
        for (int i = 0; i < 5000; ++i) {
            before.append(QJsonObject{{u"order_id"_s, i}, {u"price"_s, 1.0}});
            after.append(QJsonObject{{u"order_id"_s, i + 2500}, {u"price"_s, 2.0}});
        }
        const SnapshotDiff diff = SnapshotDiff::compare(
            *ResultData::fromRows(u"en"_s, before), *ResultData::fromRows(u"en"_s, after), {u"order_id"_s, {}}, 100);
        QCOMPARE(diff.added(), 2500);
        QCOMPARE(diff.removed(), 2500);
        QCOMPARE(diff.changed(), 2500);
        QCOMPARE(diff.changes().size(), 100);
        QVERIFY(diff.isTruncated());
        QCOMPARE(diff.kindOfAfterRow(0, 4999), int(RowChange::Kind::Added));
        QCOMPARE(diff.kindOfAfterRow(0, 0), int(RowChange::Kind::Changed));
    }

    void diff_languages_areComparedEachWithItsOwn()
    {
        const SnapshotDiff diff =
            SnapshotDiff::compare(*rows(WatchSnippets::ordersBefore, u"de"_s),
                                  *rows(WatchSnippets::ordersBefore, u"fr"_s), {u"order_id"_s, {}});
        QCOMPARE(diff.added(), 3);
        QCOMPARE(diff.removed(), 3);
    }

    void schedule_waitsForExpiresNeverEarlierAndBoundsHostileOnes_data()
    {
        QTest::addColumn<QByteArray>("expires");
        QTest::addColumn<qint64>("waitMs");
        QTest::addColumn<int>("reason");
        // fetched at 12:00:00 (Date says the same), asked at 12:00:00
        QTest::newRow("in 30 s") << "Thu, 01 Jan 2026 12:00:30 GMT"_ba << 30500LL
                                 << int(WatchSchedule::Reason::Expires);
        QTest::newRow("in 2 s: the floor")
            << "Thu, 01 Jan 2026 12:00:02 GMT"_ba << 5000LL << int(WatchSchedule::Reason::Floor);
        QTest::newRow("in the past") << "Thu, 01 Jan 1970 00:00:00 GMT"_ba << 5000LL
                                     << int(WatchSchedule::Reason::Floor);
        QTest::newRow("unreadable") << "soon"_ba << 5000LL << int(WatchSchedule::Reason::Floor);
        QTest::newRow("missing") << QByteArray() << 5000LL << int(WatchSchedule::Reason::Floor);
        QTest::newRow("year 9999: the ceiling") << "Fri, 31 Dec 9999 23:59:59 GMT"_ba << WatchSchedule::DefaultCeilingMs
                                                << int(WatchSchedule::Reason::Ceiling);
    }

    void schedule_waitsForExpiresNeverEarlierAndBoundsHostileOnes()
    {
        QFETCH(QByteArray, expires);
        QFETCH(qint64, waitMs);
        QFETCH(int, reason);
        const QDateTime now(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
        RawHeaders headers{{"Date"_ba, "Thu, 01 Jan 2026 12:00:00 GMT"_ba}};
        if (!expires.isEmpty()) {
            headers.append({"Expires"_ba, expires});
        }
        CallResult result;
        result.pages.append(page("[]", ServedFrom::Network, headers));
        const WatchSchedule::Next next = WatchSchedule().next(result, now, now);
        QCOMPARE(now.msecsTo(next.at), waitMs);
        QCOMPARE(int(next.reason), reason);
    }

    void schedule_theLatestPageDecides_andTheDateHeaderCorrectsASkewedClock()
    {
        const QDateTime now(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
        CallResult result;
        // The server's clock is an hour ahead: its Expires is 60 s after its Date, so 60 s from now.
        result.pages.append(page(
            "[]", ServedFrom::Network,
            {{"Date"_ba, "Thu, 01 Jan 2026 13:00:00 GMT"_ba}, {"Expires"_ba, "Thu, 01 Jan 2026 13:01:00 GMT"_ba}}));
        result.pages.append(page(
            "[]", ServedFrom::Network,
            {{"Date"_ba, "Thu, 01 Jan 2026 13:00:00 GMT"_ba}, {"Expires"_ba, "Thu, 01 Jan 2026 13:01:30 GMT"_ba}}));
        const WatchSchedule::Next next = WatchSchedule().next(result, now, now);
        QCOMPARE(now.msecsTo(next.at), 90000 + WatchSchedule::MarginMs);
    }

    void schedule_boundsItsOwnLimits()
    {
        WatchSchedule schedule;
        schedule.floorMs = 0;
        schedule.ceilingMs = -5;
        QCOMPARE(schedule.bounded().floorMs, WatchSchedule::MinimumFloorMs);
        QCOMPARE(schedule.bounded().ceilingMs, WatchSchedule::MinimumFloorMs);
        schedule.floorMs = std::numeric_limits<qint64>::max();
        schedule.ceilingMs = std::numeric_limits<qint64>::max();
        QCOMPARE(schedule.bounded().floorMs, WatchSchedule::MaximumCeilingMs);
        QCOMPARE(schedule.bounded().ceilingMs, WatchSchedule::MaximumCeilingMs);
    }

    void watcher_a304IsNoChange_keepsTheLastN_andAFailureIsASnapshotToo()
    {
        ManualClock clock;
        Watcher watcher(clock);
        watcher.setKeep(2);
        watcher.setIdentityCandidates(orderIds, u"/markets/{region_id}/orders/"_s);
        CallResult first;
        first.pages.append(page(WatchSnippets::ordersBefore, ServedFrom::Network));
        const WatchSnapshot &one = watcher.addResult(first, nullptr, clock.now());
        QCOMPARE(one.number, 1);
        QVERIFY(!one.compared);
        QCOMPARE(one.rows, 3);
        QCOMPARE(one.diff.identity().column, u"order_id"_s);

        CallResult same;
        same.pages.append(page(WatchSnippets::ordersBefore, ServedFrom::Revalidated));
        const WatchSnapshot two = watcher.addResult(same, nullptr, clock.now());
        QCOMPARE(two.status, 304);
        QVERIFY(two.compared);
        QVERIFY(two.diff.isEmpty());
        QCOMPARE(two.data, watcher.snapshots().front().data); // the same rows, shared

        CallResult failed;
        failed.error = CallError::Http;
        failed.httpStatus = 503;
        failed.message = u"Service Unavailable"_s;
        const WatchSnapshot three = watcher.addResult(failed, nullptr, clock.now());
        QVERIFY(!three.ok);
        QCOMPARE(three.status, 503);

        CallResult moved;
        moved.pages.append(page(WatchSnippets::ordersAfter, ServedFrom::Network));
        const WatchSnapshot four = watcher.addResult(moved, nullptr, clock.now());
        QVERIFY(four.compared); // against snapshot 2, the last good one
        QCOMPARE(four.diff.added(), 1);
        QCOMPARE(four.diff.changed(), 1);
        QCOMPARE(four.diff.removed(), 1);
        QCOMPARE(int(watcher.snapshots().size()), 2);
        QCOMPARE(watcher.snapshots().front().number, 3);
    }

    void watcher_stop_stopsAndSaysSo()
    {
        ManualClock clock;
        Watcher watcher(clock);
        QSignalSpy runs(&watcher, &Watcher::runRequested);
        QSignalSpy stopped(&watcher, &Watcher::stopped);
        watcher.start();
        QVERIFY(watcher.isActive());
        QVERIFY(runs.wait());
        watcher.stop();
        QVERIFY(!watcher.isActive());
        QCOMPARE(stopped.size(), 1);
        QVERIFY(stopped.constFirst().constFirst().toString().isEmpty());
        QVERIFY(!watcher.nextRunAt().isValid());
    }
};

QTEST_GUILESS_MAIN(TestSnapshotDiff)
#include "tst_snapshotdiff.moc"
