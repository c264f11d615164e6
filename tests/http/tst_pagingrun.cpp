#include "core/http/pagingrun.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Esi::Core;

namespace {

PageResult page(int number, const QByteArray &body, const RawHeaders &headers = {})
{
    PageResult result;
    result.page = number;
    result.body = body;
    result.headers = headers;
    return result;
}

RawHeaders pageHeaders(int pages, const QByteArray &lastModified)
{
    return {{"X-Pages", QByteArray::number(pages)}, {"Last-Modified", lastModified}};
}

} // namespace

// Which requests make up a result, without any network: the order and the stop conditions.
class TestPagingRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void pages_firstAloneThenTheRestAtOnce()
    {
        ParameterValues values;
        values.set(u"region_id"_s, u"1"_s);
        values.set(u"page"_s, u"7"_s); // ignored: every page is fetched
        PagingRun run(PagingStyle::Page, u"en"_s, values, 3);
        const std::optional<PageTask> first = run.takeNext();
        QVERIFY(first);
        QCOMPARE(first->page, 1);
        QVERIFY(!first->values.contains(u"page"));
        QVERIFY(!run.takeNext()); // X-Pages unknown until page 1 is back
        QCOMPARE(run.accept(*first, page(1, "[]", pageHeaders(3, "A"))), PagingRun::Step::Continue);
        const std::optional<PageTask> second = run.takeNext();
        const std::optional<PageTask> third = run.takeNext();
        QVERIFY(second && third);
        QCOMPARE(second->values.value(u"page"), u"2"_s);
        QCOMPARE(third->values.value(u"page"), u"3"_s);
        QVERIFY(!run.takeNext());
        QCOMPARE(run.pagesTotal(), 3);
        QCOMPARE(run.accept(*third, page(3, "[]", pageHeaders(3, "A"))), PagingRun::Step::Continue);
        QCOMPARE(run.accept(*second, page(2, "[]", pageHeaders(3, "A"))), PagingRun::Step::Finished);
        QCOMPARE(run.pages().size(), 3);
        QCOMPARE(run.pages().at(1).page, 2);
        QVERIFY(run.isConsistent());
    }

    void pages_changedSnapshotRestartsWithoutFreshHits_data()
    {
        QTest::addColumn<RawHeaders>("laterHeaders");
        QTest::newRow("Last-Modified differs") << pageHeaders(2, "B");
        QTest::newRow("X-Pages differs") << pageHeaders(5, "A");
    }

    void pages_changedSnapshotRestartsWithoutFreshHits()
    {
        QFETCH(RawHeaders, laterHeaders);
        PagingRun run(PagingStyle::Page, u"en"_s, ParameterValues(), 2);
        PageTask first = *run.takeNext();
        run.accept(first, page(1, "[]", pageHeaders(2, "A")));
        const PageTask second = *run.takeNext();
        QCOMPARE(run.accept(second, page(2, "[]", laterHeaders)), PagingRun::Step::Restarted);
        QCOMPARE(run.pagesDone(), 0);
        QCOMPARE(run.snapshotRefetches(), 1);
        first = *run.takeNext();
        QCOMPARE(first.page, 1);
        QVERIFY(!first.allowFreshHit);
        QCOMPARE(first.generation, 1);
        // An answer from before the restart is ignored.
        QCOMPARE(run.accept(second, page(2, "[]", pageHeaders(2, "A"))), PagingRun::Step::Continue);
        QCOMPARE(run.pagesDone(), 0);
        // The last attempt keeps a still-changing snapshot, marked inconsistent.
        run.accept(first, page(1, "[]", pageHeaders(2, "C")));
        QCOMPARE(run.accept(*run.takeNext(), page(2, "[]", pageHeaders(2, "D"))), PagingRun::Step::Finished);
        QVERIFY(!run.isConsistent());
        QCOMPARE(run.pagesDone(), 2);
    }

    void cursor_followsBeforeUntilEmptyOrRepeated()
    {
        PagingRun run(PagingStyle::Cursor, u"en"_s, ParameterValues(), 3);
        PageTask task = *run.takeNext();
        QVERIFY(!run.takeNext()); // one at a time
        QCOMPARE(run.accept(task, page(1, R"({"cursor": {"before": "b1", "after": "a1"}, "jobs": [1, 2]})")),
                 PagingRun::Step::Continue);
        task = *run.takeNext();
        QCOMPARE(task.values.value(u"before"), u"b1"_s);
        QVERIFY(!task.values.contains(u"after"));
        QCOMPARE(run.accept(task, page(2, R"({"cursor": {"before": "b2"}, "jobs": [3]})")), PagingRun::Step::Continue);
        task = *run.takeNext();
        QCOMPARE(task.values.value(u"before"), u"b2"_s);
        QCOMPARE(run.accept(task, page(3, R"({"cursor": {"before": "b3"}, "jobs": []})")), PagingRun::Step::Finished);

        PagingRun repeating(PagingStyle::Cursor, u"en"_s, ParameterValues(), 3);
        task = *repeating.takeNext();
        repeating.accept(task, page(1, R"({"cursor": {"before": "same"}, "jobs": [1]})"));
        task = *repeating.takeNext();
        QCOMPARE(repeating.accept(task, page(2, R"({"cursor": {"before": "same"}, "jobs": [2]})")),
                 PagingRun::Step::Finished);
    }

    void cursor_startedWithAfter_keepsGoingForward()
    {
        ParameterValues values;
        values.set(u"after"_s, u"0"_s);
        PagingRun run(PagingStyle::Cursor, u"en"_s, values, 3);
        PageTask task = *run.takeNext();
        QCOMPARE(task.values.value(u"after"), u"0"_s);
        run.accept(task, page(1, R"({"cursor": {"before": "b1", "after": "a1"}, "jobs": [1]})"));
        task = *run.takeNext();
        QCOMPARE(task.values.value(u"after"), u"a1"_s);
        QVERIFY(!task.values.contains(u"before"));
    }

    void fromId_walksBySmallestIdUntilNothingNew()
    {
        PagingRun run(PagingStyle::FromId, u"en"_s, ParameterValues(), 3, u"transaction_id"_s);
        PageTask task = *run.takeNext();
        QVERIFY(!task.values.contains(u"from_id"));
        run.accept(task, page(1, R"([{"transaction_id": 9}, {"transaction_id": 7}, {"transaction_id": 8}])"));
        task = *run.takeNext();
        QCOMPARE(task.values.value(u"from_id"), u"7"_s);
        run.accept(task, page(2, R"([{"transaction_id": 7}, {"transaction_id": 5}])")); // inclusive servers repeat 7
        task = *run.takeNext();
        QCOMPARE(task.values.value(u"from_id"), u"5"_s);
        QCOMPARE(run.accept(task, page(3, R"([{"transaction_id": 5}])")), PagingRun::Step::Finished);
        QCOMPARE(run.pagesDone(), 2); // the page with nothing new is not part of the result
    }

    void fromIdWithoutIdField_isOneRequest()
    {
        PagingRun run(PagingStyle::FromId, u"en"_s, ParameterValues(), 3);
        const PageTask task = *run.takeNext();
        QCOMPARE(run.accept(task, page(1, "[]")), PagingRun::Step::Finished);
        QVERIFY(!run.takeNext());
    }
};

QTEST_GUILESS_MAIN(TestPagingRun)
#include "tst_pagingrun.moc"
