#include "compactfixtures.h"
#include "core/result/resultchunk.h"
#include "core/result/resultdata.h"
#include "core/result/resultstream.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Esi::Core::PageResult;
using Esi::Core::ResultChunk;
using Esi::Core::ResultData;
using Esi::Core::ResultDataPtr;
using Esi::Core::ResultStream;

namespace {

PageResult page(const QString &language, int number, const QByteArray &body)
{
    PageResult result;
    result.language = language;
    result.page = number;
    result.status = 200;
    result.body = body;
    return result;
}

QJsonArray rowsOf(const QList<PageResult> &pages, const QString &language)
{
    QJsonArray rows;
    for (const PageResult &each : pages) {
        if (each.language == language) {
            for (const QJsonValue &row : Esi::Core::pageRows(each)) {
                rows.append(row);
            }
        }
    }
    return rows;
}

} // namespace

// The compact rows (ResultChunk cells, ResultData snapshots, ResultStream) say exactly what the JSON said:
// every cell, every row and the JSON of a language compared with the JSON decoded the plain way.
class TestCompactResult : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cellsRowsAndJson_matchThePlainDecoding_data();
    void cellsRowsAndJson_matchThePlainDecoding();
    void columns_inFirstSeenOrderAcrossPages();
    void cells_takeAboutEightBytesEach();
    void stream_addsPagesInPageOrder_whateverOrderTheyCome();
    void stream_restartDropsTheLanguageAndRefills();
    void stream_singlePageAskedByNumber_joinsAtFinish();
    void snapshots_shareRowsAndKeepTheirOwnCount();
};

void TestCompactResult::cellsRowsAndJson_matchThePlainDecoding_data()
{
    QTest::addColumn<QList<PageResult>>("pages");
    QTest::newRow("every kind of cell") << QList<PageResult>{page(u"en"_s, 1, CompactFixtures::mixedRows)};
    QTest::newRow("leaf then object") << QList<PageResult>{page(u"en"_s, 1, CompactFixtures::leafPage),
                                                           page(u"en"_s, 2, CompactFixtures::objectPage)};
    QTest::newRow("object then leaf") << QList<PageResult>{page(u"en"_s, 1, CompactFixtures::objectPage),
                                                           page(u"en"_s, 2, CompactFixtures::leafPage)};
    QTest::newRow("scalars and objects") << QList<PageResult>{page(u"en"_s, 1, CompactFixtures::scalarsAndObjects)};
    QTest::newRow("two languages") << QList<PageResult>{page(u"en"_s, 1, CompactFixtures::mixedRows),
                                                        page(u"de"_s, 1, CompactFixtures::leafPage),
                                                        page(u"en"_s, 2, CompactFixtures::objectPage)};
}

void TestCompactResult::cellsRowsAndJson_matchThePlainDecoding()
{
    QFETCH(QList<PageResult>, pages);
    const ResultDataPtr data = ResultData::fromPages(pages);
    for (int language = 0; language < data->languageCount(); ++language) {
        const QJsonArray plain = rowsOf(pages, data->languages().at(language));
        QCOMPARE(data->rowCount(language), plain.size());
        QCOMPARE(data->rowArray(language), plain);
        for (qsizetype row = 0; row < plain.size(); ++row) {
            QCOMPARE(data->row(language, row), plain.at(row));
            QCOMPARE(data->rows(language).at(row), plain.at(row));
            for (int column = 0; column < data->columns().size(); ++column) {
                const QJsonValue expected = ResultData::cell(plain.at(row), data->columns().at(column));
                const QJsonValue actual = data->cell(language, row, column);
                QVERIFY2(actual == expected || (actual.isUndefined() && expected.isUndefined()),
                         qPrintable(u"row %1 column %2: %3 instead of %4"_s.arg(row).arg(
                             data->columns().at(column).name, ResultData::displayText(actual),
                             ResultData::displayText(expected))));
                QCOMPARE(data->text(language, row, column), ResultData::displayText(expected));
            }
        }
    }
}

void TestCompactResult::columns_inFirstSeenOrderAcrossPages()
{
    const ResultDataPtr data = ResultData::fromPages(
        {page(u"en"_s, 1, CompactFixtures::leafPage), page(u"en"_s, 2, CompactFixtures::objectPage)});
    QStringList names;
    for (const ResultData::Column &column : data->columns()) {
        names.append(column.name);
    }
    QCOMPARE(names, (QStringList{u"a"_s, u"b"_s, u"b.c"_s, u"b.d"_s}));
    // The first page's b is a number; the second's is an object, shown as JSON in the b column.
    QCOMPARE(data->text(0, 0, 1), u"5"_s);
    QCOMPARE(data->text(0, 1, 1), u"{\"c\":6,\"d\":[1,2]}"_s);
    QCOMPARE(data->text(0, 1, 3), u"[1,2]"_s);
}

void TestCompactResult::cells_takeAboutEightBytesEach()
{
    // 1,000 market orders of 12 fields: QJsonObjects would take ~700 bytes a row.
    const auto chunk = ResultChunk::fromPage(page(u"en"_s, 1, CompactFixtures::ordersPage(1, 1000)));
    QCOMPARE(chunk->rowCount(), 1000);
    QCOMPARE(chunk->columns().size(), 12);
    QVERIFY2(chunk->memoryBytes() < 1000 * (12 * 8 + 40), qPrintable(QString::number(chunk->memoryBytes())));
}

void TestCompactResult::stream_addsPagesInPageOrder_whateverOrderTheyCome()
{
    ResultStream stream;
    QList<qsizetype> counts;
    connect(&stream, &ResultStream::rowsAdded, this,
            [&counts](const ResultDataPtr &data) { counts.append(data->rowCount(0)); });
    QSignalSpy completed(&stream, &ResultStream::completed);
    stream.addPage(page(u"en"_s, 3, CompactFixtures::ordersPage(3, 10)));
    stream.addPage(page(u"en"_s, 2, CompactFixtures::ordersPage(2, 10)));
    QTest::qWait(100); // decoded by now; neither may join before page 1
    QCOMPARE(counts, QList<qsizetype>());
    QCOMPARE(stream.data()->rowCount(0), 0);
    stream.addPage(page(u"en"_s, 1, CompactFixtures::ordersPage(1, 10)));
    stream.finish();
    QVERIFY(completed.wait(10000));
    const ResultDataPtr data = completed.constFirst().constFirst().value<ResultDataPtr>();
    QCOMPARE(data->rowCount(0), 30);
    QCOMPARE(counts.constLast(), 30);
    const int orderId = data->columnIndex(u"order_id");
    for (int row = 0; row < 30; ++row) {
        QCOMPARE(data->text(0, row, orderId), QString::number(6900000000LL + (row / 10 + 1) * 1000 + row % 10));
    }
}

void TestCompactResult::stream_restartDropsTheLanguageAndRefills()
{
    ResultStream stream;
    QSignalSpy added(&stream, &ResultStream::rowsAdded);
    QSignalSpy reset(&stream, &ResultStream::rowsReset);
    QSignalSpy completed(&stream, &ResultStream::completed);
    stream.addPage(page(u"en"_s, 1, CompactFixtures::ordersPage(1, 10)));
    QTRY_COMPARE(stream.data()->rowCount(0), 10);
    stream.addPage(page(u"en"_s, 2, CompactFixtures::ordersPage(2, 10))); // of the old snapshot: may still be decoding
    stream.restartLanguage(u"en"_s);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(stream.data()->rowCount(0), 0);
    stream.addPage(page(u"en"_s, 1, CompactFixtures::ordersPage(1, 10)));
    stream.addPage(page(u"en"_s, 2, CompactFixtures::ordersPage(2, 10)));
    stream.finish();
    QVERIFY(completed.wait(10000));
    QCOMPARE(stream.data()->rowCount(0), 20);
}

void TestCompactResult::stream_singlePageAskedByNumber_joinsAtFinish()
{
    ResultStream stream;
    QSignalSpy completed(&stream, &ResultStream::completed);
    stream.addPage(page(u"en"_s, 5, CompactFixtures::ordersPage(5, 4)));
    stream.finish();
    QVERIFY(completed.wait(10000));
    QCOMPARE(stream.data()->rowCount(0), 4);
}

void TestCompactResult::snapshots_shareRowsAndKeepTheirOwnCount()
{
    const ResultDataPtr empty = ResultData::empty();
    const ResultDataPtr one = empty->withChunk(ResultChunk::fromPage(page(u"en"_s, 1, CompactFixtures::leafPage)));
    const ResultDataPtr two = one->withChunk(ResultChunk::fromPage(page(u"en"_s, 2, CompactFixtures::objectPage)));
    QCOMPARE(one->rowCount(0), 1);
    QCOMPARE(one->columns().size(), 2); // a later snapshot's columns do not leak back
    QCOMPARE(two->rowCount(0), 2);
    QCOMPARE(two->columns().size(), 4);
    QCOMPARE(one->streamId(), two->streamId());
    QVERIFY(ResultData::empty()->streamId() != two->streamId());
    QCOMPARE(two->withoutLanguage(u"en"_s)->rowCount(0), 0);
    QCOMPARE(two->rowCount(0), 2);
}

QTEST_GUILESS_MAIN(TestCompactResult)
#include "tst_compactresult.moc"
