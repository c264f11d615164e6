#include "tests/chart/chartfixtures.h"
#include "ui/chart/chartcolumns.h"
#include "ui/chart/charttime.h"

#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Esi::Ui::ChartColumnChoice;
using Esi::Ui::ChartColumns;
using Esi::Ui::ChartTime;

// Which columns the chart offers and picks: from the response schema of real operations answered by esi-sandbox,
// from the data where no schema says, and why a result gets no chart.
class TestChartColumns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void marketHistory_offersTheDateAndPicksTheAverage();
    void walletJournal_picksTheAmountAndLeavesIdsOut();
    void skillQueue_offersItsDateTimesAndNoSkillIds();
    void withoutASpec_theDataDecides();
    void noTimeColumn_saysSo();
    void onlyIdNumbers_sayNoNumericColumn();
    void noRows_saySo();
    void chartTime_readsWhatEsiWrites_data();
    void chartTime_readsWhatEsiWrites();

private:
    QStringList names(const Esi::Core::ResultData &data, const QList<int> &columns) const;
    ChartColumnChoice choiceFor(const QString &operationId, const QString &path, Esi::Core::ResultDataPtr *rows);

    Esi::Core::SpecPtr m_spec;
};

void TestChartColumns::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_spec = loadChartSpec();
    QVERIFY2(m_spec, qPrintable(chartSpecFile));
}

QStringList TestChartColumns::names(const Esi::Core::ResultData &data, const QList<int> &columns) const
{
    QStringList result;
    for (int column : columns) {
        result.append(data.columns().at(column).name);
    }
    return result;
}

ChartColumnChoice TestChartColumns::choiceFor(const QString &operationId, const QString &path,
                                              Esi::Core::ResultDataPtr *rows)
{
    QString error;
    const Esi::Core::CallOutcomePtr outcome = sandboxOutcome(m_spec, operationId, path, &error);
    if (!outcome) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    *rows = outcome->data;
    return ChartColumns::of(*outcome->data, 0, m_spec.get(), outcome->operation());
}

void TestChartColumns::marketHistory_offersTheDateAndPicksTheAverage()
{
    Esi::Core::ResultDataPtr rows;
    const ChartColumnChoice choice =
        choiceFor(u"GetMarketsRegionIdHistory"_s, u"/markets/10000002/history?type_id=34"_s, &rows);
    QVERIFY(rows);
    QVERIFY2(choice.isAvailable(), qPrintable(choice.unavailable));
    QCOMPARE(names(*rows, choice.times), QStringList{u"date"_s});
    QStringList numbers = names(*rows, choice.numbers);
    numbers.sort();
    QCOMPARE(numbers, (QStringList{u"average"_s, u"highest"_s, u"lowest"_s, u"order_count"_s, u"volume"_s}));
    QCOMPARE(rows->columns().at(choice.defaultX).name, u"date"_s);
    QCOMPARE(rows->columns().at(choice.defaultY).name, u"average"_s);
}

void TestChartColumns::walletJournal_picksTheAmountAndLeavesIdsOut()
{
    Esi::Core::ResultDataPtr rows;
    const ChartColumnChoice choice =
        choiceFor(u"GetCharactersCharacterIdWalletJournal"_s, u"/characters/90000001/wallet/journal"_s, &rows);
    QVERIFY(rows);
    QVERIFY2(choice.isAvailable(), qPrintable(choice.unavailable));
    QCOMPARE(rows->columns().at(choice.defaultX).name, u"date"_s);
    QCOMPARE(rows->columns().at(choice.defaultY).name, u"amount"_s);
    const QStringList numbers = names(*rows, choice.numbers);
    QVERIFY(numbers.contains(u"balance"_s));
    for (const QString &identifier : {u"id"_s, u"first_party_id"_s, u"second_party_id"_s, u"context_id"_s}) {
        QVERIFY2(!numbers.contains(identifier), qPrintable(identifier));
    }
}

void TestChartColumns::skillQueue_offersItsDateTimesAndNoSkillIds()
{
    Esi::Core::ResultDataPtr rows;
    const ChartColumnChoice choice =
        choiceFor(u"GetCharactersCharacterIdSkillqueue"_s, u"/characters/90000001/skillqueue"_s, &rows);
    QVERIFY(rows);
    QVERIFY2(choice.isAvailable(), qPrintable(choice.unavailable));
    QStringList times = names(*rows, choice.times);
    times.sort();
    QCOMPARE(times, (QStringList{u"finish_date"_s, u"start_date"_s}));
    QVERIFY(!names(*rows, choice.numbers).contains(u"skill_id"_s));
    QVERIFY(names(*rows, choice.numbers).contains(u"level_end_sp"_s));
}

void TestChartColumns::withoutASpec_theDataDecides()
{
    const Esi::Core::ResultDataPtr rows = rowsOf(freeFormRows);
    const ChartColumnChoice choice = ChartColumns::of(*rows, 0, nullptr, nullptr);
    QVERIFY2(choice.isAvailable(), qPrintable(choice.unavailable));
    QCOMPARE(names(*rows, choice.times), QStringList{u"when"_s});
    QCOMPARE(names(*rows, choice.numbers), QStringList{u"price"_s});
    QCOMPARE(choice.defaultY, rows->columnIndex(u"price"));
}

void TestChartColumns::noTimeColumn_saysSo()
{
    const ChartColumnChoice choice = ChartColumns::of(*rowsOf(typeIdRows), 0, nullptr, nullptr);
    QVERIFY(!choice.isAvailable());
    QCOMPARE(choice.unavailable, u"No chart: the result has no date or date-time column."_s);
}

void TestChartColumns::onlyIdNumbers_sayNoNumericColumn()
{
    const ChartColumnChoice choice = ChartColumns::of(*rowsOf(onlyIdRows), 0, nullptr, nullptr);
    QVERIFY(!choice.isAvailable());
    QCOMPARE(choice.unavailable, u"No chart: the result has no numeric column (IDs do not count)."_s);
}

void TestChartColumns::noRows_saySo()
{
    const ChartColumnChoice choice = ChartColumns::of(*rowsOf("[]"), 0, nullptr, nullptr);
    QVERIFY(!choice.isAvailable());
    QCOMPARE(choice.unavailable, u"No chart: the result has no rows."_s);
}

void TestChartColumns::chartTime_readsWhatEsiWrites_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // ISO UTC with milliseconds, empty when refused
    QTest::newRow("date") << u"2026-01-05"_s << u"2026-01-05T00:00:00.000Z"_s;
    QTest::newRow("leap day") << u"2024-02-29"_s << u"2024-02-29T00:00:00.000Z"_s;
    QTest::newRow("date-time Z") << u"2026-01-05T11:05:00Z"_s << u"2026-01-05T11:05:00.000Z"_s;
    QTest::newRow("fraction") << u"2026-01-05T11:05:00.25Z"_s << u"2026-01-05T11:05:00.250Z"_s;
    QTest::newRow("offset") << u"2026-01-05T11:05:00+02:00"_s << u"2026-01-05T09:05:00.000Z"_s;
    QTest::newRow("no zone") << u"2026-01-05T11:05"_s << u"2026-01-05T11:05:00.000Z"_s;
    QTest::newRow("before 1970") << u"1969-12-31T23:59:59Z"_s << u"1969-12-31T23:59:59.000Z"_s;
    QTest::newRow("no leap day") << u"2026-02-29"_s << QString();
    QTest::newRow("month 13") << u"2026-13-01"_s << QString();
    QTest::newRow("text") << u"bounty_prizes"_s << QString();
    QTest::newRow("number") << u"12345"_s << QString();
    QTest::newRow("trailing") << u"2026-01-05T11:05:00Zx"_s << QString();
    QTest::newRow("short") << u"2026-01"_s << QString();
}

void TestChartColumns::chartTime_readsWhatEsiWrites()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const std::optional<qint64> msecs = ChartTime::parse(text);
    QCOMPARE(msecs.has_value(), !expected.isEmpty());
    if (msecs) {
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(*msecs, Qt::UTC).toString(Qt::ISODateWithMs), expected);
    }
}

QTEST_GUILESS_MAIN(TestChartColumns)
#include "tst_chartcolumns.moc"
