#include "core/export/csvexportwriter.h"
#include "core/export/exportwriterfactory.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Esi::Core::CsvExportWriter;
using Esi::Core::ExportWriter;
using Esi::Core::ExportWriterFactory;

namespace {

QJsonArray parseArray(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).array();
}

QByteArray exportPages(ExportWriter &writer, const QList<QJsonArray> &pages)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    bool ok = writer.begin(&buffer);
    for (const QJsonArray &page : pages) {
        ok = writer.writeRows(page) && ok;
    }
    ok = writer.finish() && ok;
    if (!ok) {
        qWarning("export failed: %s", qPrintable(writer.errorString()));
        return "<failed>";
    }
    return buffer.data();
}

QByteArray exportAs(const QString &format, const QList<QJsonArray> &pages)
{
    const std::unique_ptr<ExportWriter> writer = ExportWriterFactory::create(format);
    return writer ? exportPages(*writer, pages) : QByteArray("<no writer>");
}

// A device whose every write fails, the way a vanished network share does.
class FailingDevice : public QIODevice
{
public:
    FailingDevice() { open(QIODevice::WriteOnly); }

protected:
    qint64 readData(char *, qint64) override { return -1; }

    qint64 writeData(const char *, qint64) override
    {
        setErrorString(u"disk on fire"_s);
        return -1;
    }
};

} // namespace

class TestExportWriters : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void csv_quotesFieldsPerRfc4180_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("field");

        QTest::newRow("plain") << u"Jita IV - Moon 4"_s << "Jita IV - Moon 4"_ba;
        QTest::newRow("comma") << u"a,b"_s << "\"a,b\""_ba;
        QTest::newRow("quote") << u"say \"hi\""_s << "\"say \"\"hi\"\"\""_ba;
        QTest::newRow("only quotes") << u"\"\""_s << "\"\"\"\"\"\""_ba;
        QTest::newRow("line feed") << u"two\nlines"_s << "\"two\nlines\""_ba;
        QTest::newRow("carriage return") << u"cr\rhere"_s << "\"cr\rhere\""_ba;
        QTest::newRow("crlf") << u"a\r\nb"_s << "\"a\r\nb\""_ba;
        QTest::newRow("spaces kept unquoted") << u"  padded  "_s << "  padded  "_ba;
        QTest::newRow("semicolon unquoted") << u"a;b"_s << "a;b"_ba;
        QTest::newRow("empty string") << QString() << QByteArray();
    }

    void csv_quotesFieldsPerRfc4180()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, field);

        const QByteArray csv = exportAs(u"csv"_s, {QJsonArray{QJsonObject{{u"name"_s, text}}}});
        QCOMPARE(csv, "name\r\n"_ba + field + "\r\n");
    }

    void csv_cells_data()
    {
        QTest::addColumn<QByteArray>("rowsJson"); // parsed, as rows arrive from ESI
        QTest::addColumn<QByteArray>("csv");

        QTest::newRow("nested objects become dotted columns") << R"([{"position":{"x":1.5,"y":{"z":-2}},"id":7}])"_ba
                                                              << "id,position.x,position.y.z\r\n7,1.5,-2\r\n"_ba;
        QTest::newRow("array of numbers in one cell") << R"([{"ids":[1,2,3]}])"_ba
                                                      << "ids\r\n\"[1,2,3]\"\r\n"_ba;
        QTest::newRow("array of strings in one cell") << R"([{"tags":["a","b,c"]}])"_ba
                                                      << "tags\r\n\"[\"\"a\"\",\"\"b,c\"\"]\"\r\n"_ba;
        QTest::newRow("empty array") << R"([{"ids":[]}])"_ba
                                     << "ids\r\n[]\r\n"_ba;
        QTest::newRow("nested arrays") << R"([{"m":[[1,2],[3]]}])"_ba
                                       << "m\r\n\"[[1,2],[3]]\"\r\n"_ba;
        QTest::newRow("array of objects") << R"([{"items":[{"a":1}]}])"_ba
                                          << "items\r\n\"[{\"\"a\"\":1}]\"\r\n"_ba;
        QTest::newRow("empty object keeps its column") << R"([{"a":{},"b":1}])"_ba
                                                       << "a,b\r\n{},1\r\n"_ba;
        QTest::newRow("null is an empty cell") << R"([{"a":null,"b":1}])"_ba
                                               << "a,b\r\n,1\r\n"_ba;
        QTest::newRow("booleans") << R"([{"a":true,"b":false}])"_ba
                                  << "a,b\r\ntrue,false\r\n"_ba;
        QTest::newRow("int64 id") << R"([{"id":1000000000000}])"_ba
                                  << "id\r\n1000000000000\r\n"_ba;
        QTest::newRow("max int64") << R"([{"id":9223372036854775807}])"_ba
                                   << "id\r\n9223372036854775807\r\n"_ba;
        QTest::newRow("negative") << R"([{"n":-42}])"_ba
                                  << "n\r\n-42\r\n"_ba;
        QTest::newRow("integral double") << R"([{"n":3.0}])"_ba
                                         << "n\r\n3\r\n"_ba;
        QTest::newRow("fractions round-trip") << R"([{"p":0.1,"q":1234.56}])"_ba
                                              << "p,q\r\n0.1,1234.56\r\n"_ba;
        QTest::newRow("scalar rows use a value column") << R"([30000142,30002187])"_ba
                                                        << "value\r\n30000142\r\n30002187\r\n"_ba;
        QTest::newRow("string rows") << R"(["a","b,c"])"_ba
                                     << "value\r\na\r\n\"b,c\"\r\n"_ba;
        QTest::newRow("array rows") << R"([[1,2],[]])"_ba
                                    << "value\r\n\"[1,2]\"\r\n[]\r\n"_ba;
        QTest::newRow("missing keys stay empty") << R"([{"a":1,"b":2},{"b":3},{"c":4}])"_ba
                                                 << "a,b,c\r\n1,2,\r\n,3,\r\n,,4\r\n"_ba;
        QTest::newRow("mixed object and scalar rows") << R"([{"a":1},5])"_ba
                                                      << "a,value\r\n1,\r\n,5\r\n"_ba;
        QTest::newRow("header quoting") << "[{\"a,b\":1,\"q\\\"\":2}]"_ba
                                        << "\"a,b\",\"q\"\"\"\r\n1,2\r\n"_ba;
        QTest::newRow("unicode as utf-8") << R"([{"name":"Ærøskøbing ✓ 日本"}])"_ba
                                          << "name\r\n\xC3\x86r\xC3\xB8sk\xC3\xB8\x62ing \xE2\x9C\x93 "
                                             "\xE6\x97\xA5\xE6\x9C\xAC\r\n"_ba;
        QTest::newRow("unicode key") << R"([{"名前":1}])"_ba
                                     << "\xE5\x90\x8D\xE5\x89\x8D\r\n1\r\n"_ba;
        QTest::newRow("no rows") << "[]"_ba << QByteArray();
    }

    void csv_cells()
    {
        QFETCH(QByteArray, rowsJson);
        QFETCH(QByteArray, csv);

        const QJsonArray rows = parseArray(rowsJson);
        QCOMPARE(rows.isEmpty(), rowsJson == "[]");
        QCOMPARE(exportAs(u"csv"_s, {rows}), csv);
    }

    void csv_rowLayouts_data()
    {
        QTest::addColumn<QByteArray>("rowsJson");
        QTest::addColumn<QByteArray>("csv");

        // ESI assets: is_blueprint_copy only on some rows, so two layouts alternate.
        QTest::newRow("optional key alternates")
            << R"([{"item_id":1,"type_id":34},{"is_blueprint_copy":true,"item_id":2,"type_id":35},{"item_id":3,"type_id":36}])"_ba
            << "item_id,type_id,is_blueprint_copy\r\n1,34,\r\n2,35,true\r\n3,36,\r\n"_ba;
        // The second row's keys walk the columns out of order (a, then b.x first seen in row one).
        QTest::newRow("keys out of column order") << R"([{"b":{"x":1}},{"a":1,"b":{"x":2},"c":3}])"_ba
                                                  << "b.x,a,c\r\n1,,\r\n2,1,3\r\n"_ba;
        QTest::newRow("same key, different kinds")
            << R"([{"a":{"b":1}},{"a":{}},{"a":5},{"a":{"b":2,"c":3}},{"a":{"c":4}}])"_ba
            << "a.b,a,a.c\r\n1,,\r\n,{},\r\n,5,\r\n2,,3\r\n,,4\r\n"_ba;
        QTest::newRow("empty object row") << R"([{"a":1},{}])"_ba
                                          << "a\r\n1\r\n\r\n"_ba;
    }

    void csv_rowLayouts()
    {
        QFETCH(QByteArray, rowsJson);
        QFETCH(QByteArray, csv);

        QCOMPARE(exportAs(u"csv"_s, {parseArray(rowsJson)}), csv);
    }

    void csv_manyLayouts_allStayCorrect()
    {
        // More distinct layouts than the writer remembers: each row has its own key.
        QJsonArray rows;
        for (int i = 0; i < 40; ++i) {
            rows.append(QJsonObject{{u"id"_s, i}, {u"k"_s + QString::number(100 + i), i * 10}});
        }
        rows.append(QJsonObject{{u"id"_s, 99}, {u"k100"_s, 7}}); // the first layout, long forgotten
        const QList<QByteArray> lines = exportAs(u"csv"_s, {rows}).split('\n');
        QCOMPARE(lines.size(), 1 + 41 + 1);
        QVERIFY(lines.at(0).startsWith("id,k100,k101,"));
        QCOMPARE(lines.at(0).count(','), 40);
        QCOMPARE(lines.at(3), "2,,,20" + QByteArray(37, ',') + '\r');
        QCOMPARE(lines.at(41), "99,7" + QByteArray(39, ',') + '\r');
    }

    void csv_numbersBuiltInMemory_areWrittenWithoutExponent()
    {
        // Rows built in code (not parsed) hold doubles; ids must still come out as integers.
        const QJsonArray rows{QJsonObject{{u"id"_s, 1e12}, {u"big"_s, 9007199254740993LL}, {u"ratio"_s, 0.25}}};
        QCOMPARE(exportAs(u"csv"_s, {rows}), "big,id,ratio\r\n9007199254740993,1000000000000,0.25\r\n"_ba);
    }

    void csv_columnsAreUnionAcrossPagesInFirstSeenOrder()
    {
        // QJsonObject keeps keys sorted, so "first seen" is per row in key order, then row by row.
        const QList<QJsonArray> pages{QJsonArray{QJsonObject{{u"type_id"_s, 34}, {u"quantity"_s, 10}}},
                                      QJsonArray{QJsonObject{{u"type_id"_s, 35}}},
                                      QJsonArray{QJsonObject{{u"is_singleton"_s, true}, {u"type_id"_s, 36}}}};
        CsvExportWriter writer;
        QCOMPARE(exportPages(writer, pages), "quantity,type_id,is_singleton\r\n10,34,\r\n,35,\r\n,36,true\r\n"_ba);
        QCOMPARE(writer.columns(), (QStringList{u"quantity"_s, u"type_id"_s, u"is_singleton"_s}));
    }

    void csv_byteOrderMark_isOptional()
    {
        const QList<QJsonArray> pages{QJsonArray{QJsonObject{{u"name"_s, u"Ærø"_s}}}};
        CsvExportWriter plain;
        QVERIFY(!exportPages(plain, pages).startsWith("\xEF\xBB\xBF"));
        CsvExportWriter withBom(CsvExportWriter::Options{true});
        QCOMPARE(exportPages(withBom, pages), "\xEF\xBB\xBFname\r\n\xC3\x86r\xC3\xB8\r\n"_ba);
        const std::unique_ptr<ExportWriter> fromFactory =
            ExportWriterFactory::create(u"csv", ExportWriterFactory::Options{true});
        QVERIFY(exportPages(*fromFactory, pages).startsWith("\xEF\xBB\xBFname"));
    }

    void csv_manyRows_survivesChunkedFlushes()
    {
        QJsonArray page;
        for (int i = 0; i < 20000; ++i) {
            page.append(QJsonObject{{u"order_id"_s, 6000000000LL + i}, {u"location"_s, u"Jita, \"4-4\""_s}});
        }
        const QByteArray csv = exportAs(u"csv"_s, {page, page});
        const QList<QByteArray> lines = csv.split('\n');
        QCOMPARE(lines.size(), 1 + 40000 + 1); // header, rows, nothing after the last CRLF
        QCOMPARE(lines.at(1), "\"Jita, \"\"4-4\"\"\",6000000000\r"_ba);
        QCOMPARE(lines.at(40000), "\"Jita, \"\"4-4\"\"\",6000019999\r"_ba);
        QVERIFY(lines.last().isEmpty());
    }

    void json_mergesPagesIntoOneArray()
    {
        const QList<QJsonArray> pages{QJsonArray{QJsonObject{{u"a"_s, 1}}, QJsonObject{{u"a"_s, 2}}}, QJsonArray{},
                                      QJsonArray{QJsonObject{{u"b"_s, QJsonArray{1, 2}}}}};
        const QByteArray json = exportAs(u"json"_s, pages);
        QCOMPARE(json, "[\n{\"a\":1},\n{\"a\":2},\n{\"b\":[1,2]}\n]\n"_ba);
        QCOMPARE(parseArray(json).size(), 3);
    }

    void json_values_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("rowsJson");
        QTest::addColumn<QByteArray>("output");

        QTest::newRow("json empty") << u"json"_s << "[]"_ba
                                    << "[]\n"_ba;
        QTest::newRow("ndjson empty") << u"ndjson"_s << "[]"_ba << QByteArray();
        QTest::newRow("json scalars") << u"json"_s << R"([1,"x",null,true])"_ba
                                      << "[\n1,\n\"x\",\nnull,\ntrue\n]\n"_ba;
        QTest::newRow("ndjson scalars") << u"ndjson"_s << R"([1,"x",null,false])"_ba
                                        << "1\n\"x\"\nnull\nfalse\n"_ba;
        QTest::newRow("ndjson big ids") << u"ndjson"_s << R"([{"id":1000000000000},2147483648])"_ba
                                        << "{\"id\":1000000000000}\n2147483648\n"_ba;
        QTest::newRow("ndjson escapes newlines") << u"ndjson"_s << "[\"two\\nlines\",{\"s\":\"a\\\"b\"}]"_ba
                                                 << "\"two\\nlines\"\n{\"s\":\"a\\\"b\"}\n"_ba;
        QTest::newRow("ndjson nested arrays") << u"ndjson"_s << R"([[[1],[]],{"a":{"b":[]}}])"_ba
                                              << "[[1],[]]\n{\"a\":{\"b\":[]}}\n"_ba;
        QTest::newRow("json unicode") << u"json"_s << R"([{"n":"日本 ✓"}])"_ba
                                      << "[\n{\"n\":\"\xE6\x97\xA5\xE6\x9C\xAC \xE2\x9C\x93\"}\n]\n"_ba;
    }

    void json_values()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, rowsJson);
        QFETCH(QByteArray, output);

        QCOMPARE(exportAs(format, {parseArray(rowsJson)}), output);
    }

    void json_escapesPerRfc8259()
    {
        const QJsonArray rows{QJsonObject{{u"s"_s, u"tab\there \\ back \u0001 \u001f / \U0001F600 \u007f"_s}}};
        const QByteArray line = exportAs(u"ndjson"_s, {rows});
        QCOMPARE(line, "{\"s\":\"tab\\there \\\\ back \\u0001 \\u001f / \xF0\x9F\x98\x80 \x7F\"}\n"_ba);
        QCOMPARE(QJsonDocument::fromJson(line).object(), rows.at(0).toObject());
    }

    void ndjson_realSpecObjects_roundTrip()
    {
        // Every path item of a real ESI spec: deep nesting, Markdown text, enums, $refs.
        QFile file(QStringLiteral(ESI_TEST_DATA "/openapi-2026-07-21.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject paths = QJsonDocument::fromJson(file.readAll()).object().value(u"paths"_s).toObject();
        QJsonArray rows;
        for (auto it = paths.begin(); it != paths.end(); ++it) {
            rows.append(it.value());
        }
        QCOMPARE(rows.size(), 204);
        const QList<QByteArray> lines = exportAs(u"ndjson"_s, {rows}).split('\n');
        QCOMPARE(lines.size(), rows.size() + 1);
        for (qsizetype i = 0; i < rows.size(); ++i) {
            QCOMPARE(QJsonDocument::fromJson(lines.at(i)).object(), rows.at(i).toObject());
        }
        QCOMPARE(parseArray(exportAs(u"json"_s, {rows})), rows);
    }

    void json_numbersBuiltInMemory_areWrittenWithoutExponent()
    {
        const QJsonArray rows{1e12, QJsonObject{{u"id"_s, 2e15}}, 0.5};
        QCOMPARE(exportAs(u"ndjson"_s, {rows}), "1000000000000\n{\"id\":2000000000000000}\n0.5\n"_ba);
    }

    void ndjson_eachLineParsesBackToItsRow()
    {
        const QJsonArray rows = parseArray(
            R"([{"character_id":2112625428,"name":"CCP Zoetrope\n"},[1,[2]],"text",12.75,{"x":{"y":null}}])");
        const QJsonArray firstPage{rows.at(0), rows.at(1)};
        const QJsonArray secondPage{rows.at(2), rows.at(3), rows.at(4)};
        const QByteArray output = exportAs(u"ndjson"_s, {firstPage, secondPage});
        const QList<QByteArray> lines = output.split('\n');
        QCOMPARE(lines.size(), rows.size() + 1);
        for (qsizetype i = 0; i < rows.size(); ++i) {
            QCOMPARE(parseArray('[' + lines.at(i) + ']').at(0), rows.at(i));
        }
    }

    void factory_knowsFormats_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("mimeType");

        QTest::newRow("json") << u"json"_s << u"json"_s << u"application/json"_s;
        QTest::newRow("ndjson") << u"ndjson"_s << u"ndjson"_s << u"application/x-ndjson"_s;
        QTest::newRow("csv") << u"csv"_s << u"csv"_s << u"text/csv"_s;
        QTest::newRow("upper case") << u"CSV"_s << u"csv"_s << u"text/csv"_s;
        QTest::newRow("sqlite") << u"sqlite"_s << u"sqlite"_s << u"application/vnd.sqlite3"_s;
    }

    void factory_knowsFormats()
    {
        QFETCH(QString, name);
        QFETCH(QString, format);
        QFETCH(QString, mimeType);

        QString error;
        const std::unique_ptr<ExportWriter> writer = ExportWriterFactory::create(name, &error);
        QVERIFY(writer);
        QCOMPARE(writer->formatName(), format);
        QCOMPARE(writer->mimeType(), mimeType);
        QVERIFY(error.isEmpty());
        QVERIFY(ExportWriterFactory::formatNames().contains(format));
    }

    void factory_unknownFormat_namesTheKnownOnes()
    {
        QString error;
        QVERIFY(!ExportWriterFactory::create(u"xml", &error));
        QCOMPARE(error, u"unknown export format \"xml\"; use one of: json, ndjson, csv, sqlite"_s);
        QVERIFY(!ExportWriterFactory::create(u""));
    }

    void writeError_isReported_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("json") << u"json"_s;
        QTest::newRow("ndjson") << u"ndjson"_s;
        QTest::newRow("csv") << u"csv"_s;
    }

    void writeError_isReported()
    {
        QFETCH(QString, format);
        const QJsonArray rows{QJsonObject{{u"a"_s, 1}}};

        // Not open for writing.
        QBuffer readOnly;
        readOnly.open(QIODevice::ReadOnly);
        std::unique_ptr<ExportWriter> writer = ExportWriterFactory::create(format);
        QVERIFY(!writer->begin(&readOnly));
        QVERIFY2(writer->errorString().contains(u"not open for writing"_s), qPrintable(writer->errorString()));
        QVERIFY(!writer->writeRows(rows));
        QVERIFY(!writer->finish());

        QVERIFY(!writer->begin(nullptr));
        QVERIFY(writer->hasError());

        // Every write fails: the device's own errorString comes through.
        FailingDevice failing;
        writer = ExportWriterFactory::create(format);
        QVERIFY(writer->begin(&failing)); // nothing written yet
        writer->writeRows(rows);
        QVERIFY(!writer->finish());
        QVERIFY2(writer->errorString().contains(u"disk on fire"_s), qPrintable(writer->errorString()));

        // A full disk, through QFile's own buffering.
        QFile full(u"/dev/full"_s);
        if (!full.open(QIODevice::WriteOnly)) {
            QSKIP("/dev/full is not available here");
        }
        writer = ExportWriterFactory::create(format);
        QVERIFY(writer->begin(&full));
        writer->writeRows(rows);
        QVERIFY(!writer->finish());
        QVERIFY2(writer->errorString().contains(u"/dev/full"_s), qPrintable(writer->errorString()));
        QVERIFY2(writer->errorString().contains(full.errorString()), qPrintable(writer->errorString()));
    }

    void calls_outOfOrder_areRejected()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const std::unique_ptr<ExportWriter> writer = ExportWriterFactory::create(u"json");
        QVERIFY(!writer->writeRows(QJsonArray{1}));
        QVERIFY(writer->errorString().contains(u"outside begin()"_s));
        QVERIFY(!writer->finish());

        // A writer can be used again for the next export.
        QVERIFY(writer->begin(&buffer));
        QVERIFY(writer->writeRows(QJsonArray{1}));
        QVERIFY(writer->finish());
        QCOMPARE(buffer.data(), "[\n1\n]\n"_ba);
    }
};

QTEST_GUILESS_MAIN(TestExportWriters)
#include "tst_exportwriters.moc"
