#include "core/export/csvexportwriter.h"
#include "core/result/resultdata.h"
#include "core/result/rowflattener.h"
#include "jsonsnippets.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Esi::Core::RowFlattener;

namespace {

QJsonArray rowsOf(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).array();
}

template <typename Column> QStringList namesOf(const QList<Column> &columns)
{
    QStringList names;
    for (const Column &column : columns) {
        names.append(column.name);
    }
    return names;
}

} // namespace

// RowFlattener: the one flattening of result rows into columns, for the table and the CSV export alike.
class TestRowFlattener : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void columnsAreEveryKeyInFirstSeenOrderWithDottedNestedKeys();
    void columnPathsLeadFromTheRowToTheCell();
    void cellsComeInColumnOrderEvenWhenKeysDoNot();
    void rowsThatAreNotObjectsFillTheValueColumn();
    void twoKeysFlatteningToOneNameShareAColumnTheLaterWins();
    void theTableAndTheCsvExportGetTheSameColumns();
    void theTableHoldsTheCellsTheFlattenerGives();
    void clashingKeysMakeOneTableColumnAndTheRowStaysWhole();
    void aValueKeyAndRowsThatAreNotObjectsAreTwoColumns();
};

void TestRowFlattener::columnsAreEveryKeyInFirstSeenOrderWithDottedNestedKeys()
{
    RowFlattener flattener;
    for (const QJsonValue &row : rowsOf(JsonSnippets::mixedRows)) {
        flattener.add(row);
    }
    QCOMPARE(namesOf(flattener.columns()), QStringList({u"id"_s, u"position.x"_s, u"position.y"_s, u"tags"_s, u"a.z"_s,
                                                        u"empty"_s, u"extra"_s, u"value"_s}));
    QCOMPARE(flattener.columnIndex(u"position.y"), 2);
    QCOMPARE(flattener.columnIndex(u"position"), -1);
}

void TestRowFlattener::columnPathsLeadFromTheRowToTheCell()
{
    RowFlattener flattener;
    const QJsonArray rows = rowsOf(JsonSnippets::mixedRows);
    for (const QJsonValue &row : rows) {
        flattener.add(row);
    }
    const RowFlattener::Column &x = flattener.columns().at(flattener.columnIndex(u"position.x"));
    QCOMPARE(x.path, QStringList({u"position"_s, u"x"_s}));
    QCOMPARE(RowFlattener::cell(rows.at(0), x), QJsonValue(1.5));
    QVERIFY(RowFlattener::cell(rows.at(1), x).isUndefined());
    const RowFlattener::Column &value = flattener.columns().at(flattener.columnIndex(u"value"));
    QVERIFY(value.path.isEmpty());
    QCOMPARE(RowFlattener::cell(rows.at(3), value), QJsonValue(42));
    QVERIFY(RowFlattener::cell(rows.at(0), value).isUndefined()); // an object row has no "value" cell
}

void TestRowFlattener::cellsComeInColumnOrderEvenWhenKeysDoNot()
{
    RowFlattener flattener;
    const QJsonArray rows = rowsOf(JsonSnippets::mixedRows);
    flattener.flatten(rows.at(0));
    // "a" sorts first in the second row, but its column a.z comes after the first row's columns.
    const QList<RowFlattener::Cell> &cells = flattener.flatten(rows.at(1));
    QList<int> columns;
    for (const RowFlattener::Cell &cell : cells) {
        columns.append(cell.column);
    }
    QCOMPARE(columns, QList<int>({0, 4, 5, 6})); // id, a.z, empty, extra
    QCOMPARE(cells.at(0).value.toInteger(), 2);
    QVERIFY(cells.at(1).value.isTrue());
    QVERIFY(cells.at(2).value.isMap()); // an empty object is a cell of its own
    QVERIFY(cells.at(3).value.isNull());
}

void TestRowFlattener::rowsThatAreNotObjectsFillTheValueColumn()
{
    RowFlattener flattener;
    const QList<RowFlattener::Cell> &cells = flattener.flatten(QJsonValue(u"text"_s));
    QCOMPARE(cells.size(), 1);
    QCOMPARE(cells.at(0).column, 0);
    QCOMPARE(cells.at(0).value.toString(), u"text"_s);
    QCOMPARE(namesOf(flattener.columns()), QStringList({u"value"_s}));
}

void TestRowFlattener::twoKeysFlatteningToOneNameShareAColumnTheLaterWins()
{
    RowFlattener flattener;
    const QList<RowFlattener::Cell> &cells = flattener.flatten(rowsOf(JsonSnippets::clashingRows).at(0));
    QCOMPARE(namesOf(flattener.columns()), QStringList({u"a.b"_s}));
    QCOMPARE(flattener.columns().at(0).path, QStringList({u"a"_s, u"b"_s})); // the first one seen
    QCOMPARE(cells.size(), 1);
    QCOMPARE(cells.at(0).value.toInteger(), 1); // "a.b" comes after "a" in key order
}

void TestRowFlattener::theTableAndTheCsvExportGetTheSameColumns()
{
    const QJsonArray rows = rowsOf(JsonSnippets::mixedRows);
    const Esi::Core::ResultDataPtr data = Esi::Core::ResultData::fromRows(u"en"_s, rows);
    QByteArray csv;
    QBuffer buffer(&csv);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    Esi::Core::CsvExportWriter writer;
    QVERIFY(writer.begin(&buffer));
    QVERIFY(writer.writeRows(rows));
    QVERIFY(writer.finish());
    QCOMPARE(writer.columns(), namesOf(data->columns()));
    QVERIFY(csv.startsWith("id,position.x,position.y,tags,a.z,empty,extra,value\r\n"));
}

void TestRowFlattener::theTableHoldsTheCellsTheFlattenerGives()
{
    const QJsonArray rows = rowsOf(JsonSnippets::mixedRows);
    const Esi::Core::ResultDataPtr data = Esi::Core::ResultData::fromRows(u"en"_s, rows);
    RowFlattener flattener;
    for (qsizetype row = 0; row < rows.size(); ++row) {
        QList<int> filled;
        for (const RowFlattener::Cell &cell : flattener.flatten(rows.at(row))) {
            QCOMPARE(data->cell(0, row, cell.column), cell.value.toJsonValue());
            QCOMPARE(data->text(0, row, cell.column), RowFlattener::text(cell.value.toJsonValue()));
            filled.append(cell.column);
        }
        for (int column = 0; column < flattener.columnCount(); ++column) {
            if (!filled.contains(column)) {
                QVERIFY(data->cell(0, row, column).isUndefined());
                QVERIFY(data->text(0, row, column).isEmpty());
            }
        }
    }
}

void TestRowFlattener::clashingKeysMakeOneTableColumnAndTheRowStaysWhole()
{
    const QJsonArray rows = rowsOf(JsonSnippets::clashingRows);
    const Esi::Core::ResultDataPtr data = Esi::Core::ResultData::fromRows(u"en"_s, rows);
    QCOMPARE(namesOf(data->columns()), QStringList({u"a.b"_s}));
    QCOMPARE(data->text(0, 0, 0), u"1"_s); // as the CSV export writes it: the later key
    QCOMPARE(data->row(0, 0), rows.at(0)); // the JSON view still shows both keys
}

void TestRowFlattener::aValueKeyAndRowsThatAreNotObjectsAreTwoColumns()
{
    RowFlattener flattener;
    flattener.add(QJsonValue(587));
    flattener.add(rowsOf(JsonSnippets::valueKeyRows).at(0));
    QCOMPARE(namesOf(flattener.columns()), QStringList({u"value"_s, u"value"_s}));
    QVERIFY(flattener.columns().at(0).path.isEmpty());
    QCOMPARE(flattener.columns().at(1).path, QStringList({u"value"_s}));
    QCOMPARE(flattener.columnIndex(u"value"), 0);
    QVERIFY(RowFlattener::columnKey(flattener.columns().at(0)) != RowFlattener::columnKey(flattener.columns().at(1)));
}

QTEST_GUILESS_MAIN(TestRowFlattener)
#include "tst_rowflattener.moc"
