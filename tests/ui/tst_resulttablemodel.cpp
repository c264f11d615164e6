#include "core/result/resultdata.h"
#include "resultfixtures.h"
#include "ui/result/resulttablemodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Esi::Core::PageResult;
using Esi::Core::ResultData;
using Esi::Ui::ResultTableModel;

namespace {

QJsonArray array(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).array();
}

PageResult page(const QString &language, int number, const QByteArray &body)
{
    PageResult result;
    result.language = language;
    result.page = number;
    result.status = 200;
    result.body = body;
    return result;
}

QStringList columnNames(const ResultData &data)
{
    QStringList names;
    for (const ResultData::Column &column : data.columns()) {
        names.append(column.name);
    }
    return names;
}

QStringList columnTexts(const ResultTableModel &model, int column)
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row) {
        texts.append(model.index(row, column).data().toString());
    }
    return texts;
}

} // namespace

// The table model over decoded rows: flattening, sorting and filtering (off the UI thread), languages.
class TestResultTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void flattening_makesDottedColumnsInFirstSeenOrder();
    void displayText_data();
    void displayText();
    void scalarRows_fillOneValueColumn();
    void cursorPages_unwrapTheirList();
    void pages_areGroupedByLanguage();
    void model_passesTheModelTester();
    void sort_numbersTextAndMissingValues_data();
    void sort_numbersTextAndMissingValues();
    void sort_keepsTheCurrentCellOnItsRow();
    void filter_anyColumnOrOne();
    void filter_manyRows_keepsResultOrder();
    void setLanguage_showsThatLanguagesRows();
    void headers_nameColumnsAndNumberRowsByResultPosition();
};

void TestResultTableModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestResultTableModel::flattening_makesDottedColumnsInFirstSeenOrder()
{
    const auto data = ResultData::fromRows(u"en"_s, array(ResultFixtures::nestedRows));
    // QJsonObject keeps keys sorted; nested keys follow their parent; the late key comes last.
    QCOMPARE(columnNames(*data),
             (QStringList{u"id"_s, u"name"_s, u"owner"_s, u"position.x"_s, u"position.y"_s, u"tags"_s, u"late"_s}));
    QCOMPARE(data->columns().at(3).path, (QStringList{u"position"_s, u"x"_s}));
    QCOMPARE(data->totalRowCount(), 2);
    const QJsonValue firstRow = data->rows(0).at(0);
    QCOMPARE(ResultData::cell(firstRow, data->columns().at(3)).toDouble(), 1.5);
    QVERIFY(ResultData::cell(firstRow, data->columns().at(6)).isUndefined());
}

void TestResultTableModel::displayText_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("large integer") << QJsonValue(1000000000000.0) << u"1000000000000"_s;
    QTest::newRow("negative integer") << QJsonValue(-2) << u"-2"_s;
    QTest::newRow("fraction") << QJsonValue(1.25) << u"1.25"_s;
    QTest::newRow("string") << QJsonValue(u"Jita"_s) << u"Jita"_s;
    QTest::newRow("bool") << QJsonValue(true) << u"true"_s;
    QTest::newRow("null is empty") << QJsonValue(QJsonValue::Null) << QString();
    QTest::newRow("missing is empty") << QJsonValue(QJsonValue::Undefined) << QString();
    QTest::newRow("array as compact json") << QJsonValue(QJsonArray{1, u"a"_s}) << u"[1,\"a\"]"_s;
    QTest::newRow("empty object") << QJsonValue(QJsonObject()) << u"{}"_s;
}

void TestResultTableModel::displayText()
{
    QFETCH(QJsonValue, value);
    QFETCH(QString, text);
    QCOMPARE(ResultData::displayText(value), text);
}

void TestResultTableModel::scalarRows_fillOneValueColumn()
{
    const auto data = ResultData::fromPages({page(u"en"_s, 1, ResultFixtures::scalarRows)});
    QCOMPARE(columnNames(*data), QStringList{u"value"_s});
    ResultTableModel model;
    model.setResult(data);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(columnTexts(model, 0), (QStringList{u"587"_s, u"588"_s, u"589"_s}));
}

void TestResultTableModel::cursorPages_unwrapTheirList()
{
    const auto data = ResultData::fromPages({page(u"en"_s, 1, ResultFixtures::cursorPage)});
    QCOMPARE(columnNames(*data), QStringList{u"id"_s});
    QCOMPARE(data->totalRowCount(), 2);
}

void TestResultTableModel::pages_areGroupedByLanguage()
{
    const auto data = ResultData::fromPages({page(u"en"_s, 1, "[{\"a\":1},{\"a\":2}]"), page(u"en"_s, 2, "[{\"a\":3}]"),
                                             page(u"de"_s, 1, "[{\"a\":4,\"b\":5}]")});
    QCOMPARE(data->languages(), (QStringList{u"en"_s, u"de"_s}));
    QCOMPARE(data->rowCount(0), 3);
    QCOMPARE(data->rowCount(1), 1);
    QCOMPARE(data->languageIndex(u"de"), 1);
    QCOMPARE(data->rowArray(-1).size(), 4);
    QCOMPARE(columnNames(*data), (QStringList{u"a"_s, u"b"_s}));
}

void TestResultTableModel::model_passesTheModelTester()
{
    ResultTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResult(ResultData::fromRows(u"en"_s, array(ResultFixtures::sortRows)));
    model.sort(0, Qt::DescendingOrder);
    model.waitForIdle();
    model.setFilter(u"a"_s);
    model.waitForIdle();
    model.setFilter(QString());
    model.sort(-1);
    model.waitForIdle();
    model.setResult(ResultData::fromRows(u"en"_s, array(ResultFixtures::nestedRows)));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestResultTableModel::sort_numbersTextAndMissingValues_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QStringList>("expected");
    // Column 0 is "n", column 1 is "s"; null and missing stay at the bottom either way.
    QTest::newRow("numbers ascending") << 0 << Qt::AscendingOrder
                                       << QStringList{u"2"_s, u"10"_s, u"33"_s, QString(), QString()};
    QTest::newRow("numbers descending") << 0 << Qt::DescendingOrder
                                        << QStringList{u"33"_s, u"10"_s, u"2"_s, QString(), QString()};
    QTest::newRow("text ascending, case-insensitive")
        << 1 << Qt::AscendingOrder << QStringList{u"Apple"_s, u"apple"_s, u"banana"_s, u"cherry"_s, u"date"_s};
    QTest::newRow("text descending") << 1 << Qt::DescendingOrder
                                     << QStringList{u"date"_s, u"cherry"_s, u"banana"_s, u"apple"_s, u"Apple"_s};
}

void TestResultTableModel::sort_numbersTextAndMissingValues()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QStringList, expected);
    ResultTableModel model;
    model.setResult(ResultData::fromRows(u"en"_s, array(ResultFixtures::sortRows)));
    QSignalSpy busy(&model, &ResultTableModel::busyChanged);
    model.sort(column, order);
    model.waitForIdle();
    QCOMPARE(columnTexts(model, column), expected);
    QCOMPARE(model.sortColumn(), column);
    QVERIFY(!model.isBusy());
    QCOMPARE(busy.count(), 2); // became busy, then idle again
}

void TestResultTableModel::sort_keepsTheCurrentCellOnItsRow()
{
    ResultTableModel model;
    model.setResult(ResultData::fromRows(u"en"_s, array(ResultFixtures::sortRows)));
    const QPersistentModelIndex banana = model.index(0, 1);
    QCOMPARE(banana.data().toString(), u"banana"_s);
    model.sort(1, Qt::AscendingOrder);
    model.waitForIdle();
    QVERIFY(banana.isValid());
    QCOMPARE(banana.data().toString(), u"banana"_s);
    QCOMPARE(banana.row(), 2);
    QCOMPARE(model.sourceRow(banana.row()), 0);
}

void TestResultTableModel::filter_anyColumnOrOne()
{
    ResultTableModel model;
    model.setResult(ResultData::fromRows(u"en"_s, array(ResultFixtures::sortRows)));
    QSignalSpy visible(&model, &ResultTableModel::visibleRowsChanged);
    model.setFilter(u"APPLE"_s);
    model.waitForIdle();
    QCOMPARE(columnTexts(model, 1), (QStringList{u"Apple"_s, u"apple"_s}));
    QCOMPARE(model.totalRows(), 5);
    QVERIFY(!visible.isEmpty());
    QCOMPARE(visible.constLast().at(0).value<qsizetype>(), 2);

    model.setFilter(u"3"_s, 0); // only the number column
    model.waitForIdle();
    QCOMPARE(columnTexts(model, 0), QStringList{u"33"_s});
    model.setFilter(u"3"_s, 1); // no text holds a 3
    model.waitForIdle();
    QCOMPARE(model.rowCount(), 0);
    model.setFilter(QString());
    QCOMPARE(model.rowCount(), 5);
}

void TestResultTableModel::filter_manyRows_keepsResultOrder()
{
    // More rows than one filter chunk, so the parallel parts must be joined in order.
    QJsonArray rows;
    for (int i = 0; i < 50000; ++i) {
        rows.append(QJsonObject{{u"id"_s, i}, {u"kind"_s, i % 7 == 0 ? u"seven"_s : u"other"_s}});
    }
    ResultTableModel model;
    model.setResult(ResultData::fromRows(u"en"_s, rows));
    model.setFilter(u"seven"_s, 1);
    model.waitForIdle();
    QCOMPARE(model.rowCount(), 7143);
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.sourceRow(row) != row * 7) {
            QFAIL(qPrintable(u"row %1 holds source row %2"_s.arg(row).arg(model.sourceRow(row))));
        }
    }
    model.sort(0, Qt::DescendingOrder); // sorting a filtered view keeps the filter
    model.waitForIdle();
    QCOMPARE(model.rowCount(), 7143);
    QCOMPARE(model.index(0, 0).data().toString(), u"49994"_s);
}

void TestResultTableModel::setLanguage_showsThatLanguagesRows()
{
    const auto data = ResultData::fromPages({page(u"en"_s, 1, "[{\"name\":\"Tritanium\"}]"),
                                             page(u"de"_s, 1, "[{\"name\":\"Tritanium (de)\"},{\"name\":\"x\"}]")});
    ResultTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResult(data);
    QCOMPARE(model.rowCount(), 1);
    model.setLanguage(1);
    QCOMPARE(model.language(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, 0).data().toString(), u"Tritanium (de)"_s);
    model.setLanguage(7); // no such language: unchanged
    QCOMPARE(model.language(), 1);
}

void TestResultTableModel::headers_nameColumnsAndNumberRowsByResultPosition()
{
    ResultTableModel model;
    model.setResult(ResultData::fromRows(u"en"_s, array(ResultFixtures::sortRows)));
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), u"n"_s);
    model.sort(0, Qt::DescendingOrder);
    model.waitForIdle();
    // The row with 33 was the 5th of the result.
    QCOMPARE(model.headerData(0, Qt::Vertical).toInt(), 5);
    QCOMPARE(model.index(0, 0).data(Qt::TextAlignmentRole).value<Qt::Alignment>(), Qt::AlignRight | Qt::AlignVCenter);
}

QTEST_GUILESS_MAIN(TestResultTableModel)
#include "tst_resulttablemodel.moc"
