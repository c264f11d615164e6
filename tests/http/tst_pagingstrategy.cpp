#include "core/http/paging/cursorstrategy.h"
#include "core/http/paging/fromidstrategy.h"
#include "core/http/paging/unpagedstrategy.h"
#include "core/http/paging/xpagesstrategy.h"
#include "core/spec/spec.h"
#include "pagingstrategybodies.h"

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

RawHeaders pageHeaders(const QByteArray &pages, const QByteArray &lastModified)
{
    return {{"X-Pages", pages}, {"Last-Modified", lastModified}};
}

ParameterValues valuesOf(std::initializer_list<std::pair<QString, QString>> pairs)
{
    ParameterValues values;
    for (const auto &[name, text] : pairs) {
        values.set(name, text);
    }
    return values;
}

SpecPtr load(const QString &name)
{
    const SpecLoadResult result = Spec::fromFile(QStringLiteral(ESI_TEST_DATA) + u'/' + name);
    if (!result) {
        qWarning("%s", qUtf8Printable(result.error.toString()));
    }
    return result.spec;
}

} // namespace

// Each paging style's rules on their own: which values each request carries, what an answer means.
class TestPagingStrategy : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void forOperation_choosesOneStrategyPerStyleFromARealSpec()
    {
        const SpecPtr spec = load(u"openapi-2026-07-21.json"_s);
        QVERIFY(spec);
        const auto assets = PagingStrategy::forOperation(*spec, *spec->operation(u"GetCharactersCharacterIdAssets"));
        QCOMPARE(assets->style(), PagingStyle::Page);
        QVERIFY(assets->hasPageNumbers());
        QCOMPARE(assets->name(), u"page"_s);
        const auto jobs = PagingStrategy::forOperation(*spec, *spec->operation(u"GetFreelanceJobsListing"));
        QCOMPARE(jobs->style(), PagingStyle::Cursor);
        QVERIFY(!jobs->hasPageNumbers());
        const auto wallet =
            PagingStrategy::forOperation(*spec, *spec->operation(u"GetCharactersCharacterIdWalletTransactions"));
        QCOMPARE(wallet->style(), PagingStyle::FromId);
        QVERIFY(wallet->canWalk());
        QCOMPARE(dynamic_cast<const FromIdStrategy &>(*wallet).idField(), u"transaction_id"_s);
        const auto status = PagingStrategy::forOperation(*spec, *spec->operation(u"GetStatus"));
        QCOMPARE(status->style(), PagingStyle::None);
        QVERIFY(!status->isPaged());
    }

    void unpaged_oneRequestWithTheValuesAsGiven()
    {
        UnpagedStrategy strategy;
        strategy.start(valuesOf({{u"page"_s, u"3"_s}}));
        QVERIFY(strategy.mayRequest(1));
        QVERIFY(!strategy.mayRequest(2));
        QCOMPARE(strategy.requestValues(1).value(u"page"), u"3"_s);
        const PagingStrategy::Verdict verdict = strategy.accept(1, page(1, "[]", pageHeaders("5", "A")), 0, 10);
        QVERIFY(verdict.done);
        QVERIFY(verdict.keepPage);
        QVERIFY(!strategy.pageCount());
    }

    void xPages_firstPageWithoutPageThenNumberedUpToXPages()
    {
        XPagesStrategy strategy;
        strategy.start(valuesOf({{u"region_id"_s, u"1"_s}, {u"page"_s, u"7"_s}}));
        QVERIFY(strategy.mayRequest(1));
        QVERIFY(!strategy.mayRequest(2)); // the count is not known yet
        QVERIFY(!strategy.requestValues(1).contains(u"page"));
        const PagingStrategy::Verdict first = strategy.accept(1, page(1, "[]", pageHeaders("3", "A")), 0, 10);
        QVERIFY(!first.done);
        QCOMPARE(strategy.pageCount(), 3);
        QVERIFY(strategy.mayRequest(3));
        QVERIFY(!strategy.mayRequest(4));
        QCOMPARE(strategy.requestValues(3).value(u"page"), u"3"_s);
        QCOMPARE(strategy.requestValues(3).value(u"region_id"), u"1"_s);
        QVERIFY(!strategy.accept(3, page(3, "[]", pageHeaders("3", "A")), 1, 10).done);
        QVERIFY(strategy.accept(2, page(2, "[]", pageHeaders("3", "A")), 2, 10).done);
    }

    void xPages_aChangedLastModifiedOrCountIsASnapshotChange()
    {
        XPagesStrategy strategy;
        strategy.start({});
        strategy.accept(1, page(1, "[]", pageHeaders("2", "A")), 0, 10);
        QVERIFY(strategy.accept(2, page(2, "[]", pageHeaders("2", "B")), 1, 10).snapshotChanged);
        QVERIFY(strategy.accept(2, page(2, "[]", pageHeaders("3", "A")), 1, 10).snapshotChanged);
        QVERIFY(!strategy.accept(2, page(2, "[]", pageHeaders("2", "A")), 1, 10).snapshotChanged);
        strategy.restart();
        QVERIFY(!strategy.mayRequest(2));
    }

    void xPages_aBrokenOrTooLargeCountFailsKeepingPageOne()
    {
        XPagesStrategy broken;
        broken.start({});
        const PagingStrategy::Verdict notANumber = broken.accept(1, page(1, "[]", pageHeaders("-5", "A")), 0, 10);
        QCOMPARE(notANumber.error, CallError::BadResponse);
        QVERIFY(notANumber.keepPage);
        QVERIFY(notANumber.message.contains(u"-5"_s));
        XPagesStrategy large;
        large.start({});
        QCOMPARE(large.accept(1, page(1, "[]", pageHeaders("11", "A")), 0, 10).error, CallError::LimitExceeded);
    }

    void cursor_followsBeforeUntilAnEmptyPage()
    {
        CursorStrategy strategy(100);
        strategy.start({});
        QCOMPARE(strategy.direction(), u"before"_s);
        QCOMPARE(strategy.requestValues(1).value(u"limit"), u"100"_s);
        QVERIFY(!strategy.accept(1, page(1, PagingStrategyBodies::cursorPageWithBefore), 0, 10).done);
        QCOMPARE(strategy.requestValues(2).value(u"before"), u"b1"_s);
        QVERIFY(!strategy.accept(2, page(2, PagingStrategyBodies::cursorPageWithAfter), 1, 10).done);
        QCOMPARE(strategy.requestValues(3).value(u"before"), u"b2"_s);
        const PagingStrategy::Verdict last = strategy.accept(3, page(3, PagingStrategyBodies::cursorPageEmpty), 2, 10);
        QVERIFY(last.done);
        QVERIFY(last.keepPage);
    }

    void cursor_afterWhenTheCallerStartedWithItAndTheirLimitStays()
    {
        CursorStrategy strategy(100);
        strategy.start(valuesOf({{u"after"_s, u"0"_s}, {u"limit"_s, u"20"_s}}));
        QCOMPARE(strategy.direction(), u"after"_s);
        QCOMPARE(strategy.requestValues(1).value(u"limit"), u"20"_s);
        strategy.accept(1, page(1, PagingStrategyBodies::cursorPageWithBefore), 0, 10);
        QCOMPARE(strategy.requestValues(2).value(u"after"), u"a1"_s);
        QVERIFY(!strategy.requestValues(2).contains(u"before"));
    }

    void cursor_stopsWithoutACursorOrOnOneAlreadyFollowed()
    {
        CursorStrategy noCursor;
        noCursor.start({});
        QVERIFY(!noCursor.requestValues(1).contains(u"limit")); // no declared maximum: left as given
        QVERIFY(noCursor.accept(1, page(1, PagingStrategyBodies::cursorPageNoCursor), 0, 10).done);
        CursorStrategy repeating;
        repeating.start({});
        QVERIFY(!repeating.accept(1, page(1, PagingStrategyBodies::cursorPageWithBefore), 0, 10).done);
        QVERIFY(repeating.accept(2, page(2, PagingStrategyBodies::cursorPageWithBefore), 1, 10).done);
    }

    void cursor_largestLimitIsTheDeclaredMaximum()
    {
        const SpecPtr spec = load(u"openapi-2026-07-21.json"_s);
        QVERIFY(spec);
        QCOMPARE(CursorStrategy::largestLimit(*spec, *spec->operation(u"GetFreelanceJobsListing")), 100);
        QVERIFY(!CursorStrategy::largestLimit(*spec, *spec->operation(u"GetStatus")));
    }

    void fromId_walksDownBySmallestIdUntilNothingNew()
    {
        FromIdStrategy strategy(u"transaction_id"_s);
        strategy.start({});
        QVERIFY(!strategy.requestValues(1).contains(u"from_id"));
        QVERIFY(!strategy.accept(1, page(1, PagingStrategyBodies::fromIdFirst), 0, 10).done);
        QCOMPARE(strategy.requestValues(2).value(u"from_id"), u"7"_s);
        QVERIFY(!strategy.accept(2, page(2, PagingStrategyBodies::fromIdSecond), 1, 10).done);
        QCOMPARE(strategy.requestValues(3).value(u"from_id"), u"4"_s);
        const PagingStrategy::Verdict last = strategy.accept(3, page(3, PagingStrategyBodies::fromIdNothingNew), 2, 10);
        QVERIFY(last.done);
        QVERIFY(!last.keepPage); // a page with nothing new is not part of the result
    }

    void fromId_withoutAnIdFieldMakesOneRequest()
    {
        FromIdStrategy strategy{QString()};
        QVERIFY(!strategy.canWalk());
        QVERIFY(strategy.isPaged());
        strategy.start({});
        const PagingStrategy::Verdict only = strategy.accept(1, page(1, PagingStrategyBodies::fromIdFirst), 0, 10);
        QVERIFY(only.done);
        QVERIFY(only.keepPage);
    }

    void clone_startsAFreshWalkWithTheSameRules()
    {
        CursorStrategy original(50);
        original.start({});
        original.accept(1, page(1, PagingStrategyBodies::cursorPageWithBefore), 0, 10);
        const std::unique_ptr<PagingStrategy> copy = original.clone();
        copy->start({});
        QCOMPARE(copy->requestValues(1).value(u"limit"), u"50"_s);
        QVERIFY(!copy->requestValues(1).contains(u"before"));
    }
};

QTEST_GUILESS_MAIN(TestPagingStrategy)
#include "tst_pagingstrategy.moc"
