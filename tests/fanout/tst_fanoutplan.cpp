// FanOutPlan: expansion of lists into items, bounds, validation naming the item, pasted text, leading columns.
#include "../http/enginefixture.h"
#include "core/fanout/fanoutplan.h"

#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Esi::Core;

class TestFanOutPlan : public QObject
{
    Q_OBJECT

private:
    SpecPtr m_spec;

private Q_SLOTS:

    void initTestCase() { m_spec = loadTestSpec(); }

    void oneList_makesOneItemPerValue_inOrder_withoutRepeats()
    {
        ParameterValues base;
        base.set(u"order_type"_s, u"all"_s);
        FanOutPlan plan(base);
        QString error;
        QVERIFY2(plan.addList(u"region_id"_s, {u"10000002"_s, u" 10000043 "_s, u""_s, u"10000002"_s}, &error),
                 qPrintable(error));
        const QList<FanOutItem> items = plan.items();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0).values.value(u"region_id"_s), u"10000002"_s);
        QCOMPARE(items.at(1).values.value(u"region_id"_s), u"10000043"_s);
        QCOMPARE(items.at(1).values.value(u"order_type"_s), u"all"_s);
        QCOMPARE(items.at(1).index, 1);
        QCOMPARE(items.at(1).label(), u"region_id=10000043"_s);
        QCOMPARE(plan.leadingColumns(), QStringList{u"#region_id"_s});
    }

    void twoLists_makeEveryCombination_lastListTurningFastest()
    {
        FanOutPlan plan;
        QString error;
        QVERIFY(plan.addList(u"region_id"_s, {u"1"_s, u"2"_s}, &error));
        QVERIFY(plan.addList(u"type_id"_s, {u"34"_s, u"35"_s, u"36"_s}, &error));
        const QList<FanOutItem> items = plan.items();
        QCOMPARE(items.size(), 6);
        QCOMPARE(items.at(0).label(), u"region_id=1 type_id=34"_s);
        QCOMPARE(items.at(2).label(), u"region_id=1 type_id=36"_s);
        QCOMPARE(items.at(3).label(), u"region_id=2 type_id=34"_s);
    }

    void tooManyValues_isRefusedNamingTheBound()
    {
        QStringList values;
        for (int i = 0; i <= FanOutPlan::MaxValues; ++i) {
            values.append(QString::number(i + 1));
        }
        FanOutPlan plan;
        QString error;
        QVERIFY(!plan.addList(u"type_id"_s, values, &error));
        QVERIFY2(error.contains(u"10001 values"_s) && error.contains(u"10000"_s), qPrintable(error));
        values.removeLast();
        QVERIFY(plan.addList(u"type_id"_s, values, &error));
    }

    void combinationsPastTheBound_areRefused()
    {
        QStringList hundred;
        QStringList hundredOne;
        for (int i = 1; i <= 100; ++i) {
            hundred.append(QString::number(i));
            hundredOne.append(QString::number(i));
        }
        hundredOne.append(u"101"_s);
        FanOutPlan plan;
        QString error;
        QVERIFY(plan.addList(u"region_id"_s, hundred, &error));
        QVERIFY(!plan.addList(u"type_id"_s, hundredOne, &error));
        QVERIFY2(error.contains(u"10100 calls"_s), qPrintable(error));
    }

    void emptyList_andBody_andRepeatedParameter_areRefused()
    {
        FanOutPlan plan;
        QString error;
        QVERIFY(!plan.addList(u"type_id"_s, {u" "_s, u""_s}, &error));
        QVERIFY2(error.contains(u"empty list"_s), qPrintable(error));
        QVERIFY(!plan.addList(u"body"_s, {u"{}"_s}, &error));
        QVERIFY(plan.addList(u"type_id"_s, {u"1"_s}, &error));
        QVERIFY(!plan.addList(u"type_id"_s, {u"2"_s}, &error));
        QVERIFY2(error.contains(u"already has a list"_s), qPrintable(error));
    }

    void validation_namesEachBadValue_once()
    {
        FanOutPlan plan;
        QString error;
        QVERIFY(plan.addList(u"type_id"_s, {u"34"_s, u"abc"_s, u"35"_s}, &error));
        const QList<ValidationIssue> issues = plan.validate(*m_spec, u"GetUniverseTypesTypeId"_s);
        QCOMPARE(issues.size(), 1);
        QVERIFY2(issues.constFirst().message.startsWith(u"type_id=abc: "_s), qPrintable(issues.constFirst().message));
    }

    void validation_ofSharedValues_isSaidOnce_andAGoodPlanHasNone()
    {
        FanOutPlan plan;
        QString error;
        QVERIFY(plan.addList(u"region_id"_s, {u"10000002"_s, u"10000043"_s}, &error));
        // order_type is required and missing: one issue, not one per item.
        QList<ValidationIssue> issues = plan.validate(*m_spec, u"GetMarketsRegionIdOrders"_s);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.constFirst().parameter, u"order_type"_s);
        ParameterValues base;
        base.set(u"order_type"_s, u"all"_s);
        plan.setBase(base);
        QVERIFY(plan.validate(*m_spec, u"GetMarketsRegionIdOrders"_s).isEmpty());
        QVERIFY(!plan.validate(*m_spec, u"NoSuchOperation"_s).isEmpty());
    }

    void pastedText_splitsLinesAndCommas_butArraysOnlyByLine()
    {
        QCOMPARE(FanOutPlan::splitPasted(u"34\n35, 36\r\n\n 37 "_s, false),
                 (QStringList{u"34"_s, u"35"_s, u"36"_s, u"37"_s}));
        QCOMPARE(FanOutPlan::splitPasted(u"1,2\n3,4\n"_s, true), (QStringList{u"1,2"_s, u"3,4"_s}));
        const Operation *names = m_spec->operation(u"GetMarketsRegionIdHistory"_s);
        QVERIFY(names);
        QVERIFY(!FanOutPlan::takesArray(*m_spec, *names, u"type_id"_s));
    }

    void labelledRows_leadWithTheValue_andWrapScalars()
    {
        FanOutItem item;
        item.choices = {{u"character_id"_s, u"2112000001"_s}, {u"datasource"_s, u"tranquility"_s}};
        const QJsonArray rows = item.labelRows(QJsonArray{QJsonObject{{u"amount"_s, 5}}, 12.5});
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).toObject().value(u"#character_id"_s).toInteger(), 2112000001);
        QCOMPARE(rows.at(0).toObject().value(u"amount"_s).toInt(), 5);
        QCOMPARE(rows.at(1).toObject().value(u"value"_s).toDouble(), 12.5);
        QCOMPARE(rows.at(1).toObject().value(u"#datasource"_s).toString(), u"tranquility"_s);
        QCOMPARE(rows.at(0).toObject().keys().constFirst(), u"#character_id"_s); // keys are ordered: it leads
    }

    void lists_surviveTheHistoryRoundTrip()
    {
        FanOutPlan plan;
        QString error;
        QVERIFY(plan.addList(u"type_id"_s, {u"34"_s, u"35"_s}, &error));
        FanOutPlan again;
        QVERIFY2(again.addListsFromJson(plan.listsToJson(), &error), qPrintable(error));
        QCOMPARE(again.items().size(), 2);
        QCOMPARE(again.items().at(1).label(), u"type_id=35"_s);
        QVERIFY(!again.addListsFromJson(QJsonArray{QJsonObject{{u"values"_s, QJsonArray{1}}}}, &error));
    }
};

QTEST_GUILESS_MAIN(TestFanOutPlan)
#include "tst_fanoutplan.moc"
