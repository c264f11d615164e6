#include "core/export/csvexportwriter.h"
#include "core/export/exportwriterfactory.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Esi::Core;

namespace {

QByteArray csvOf(ExportWriter &writer, const QJsonArray &rows)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!writer.begin(&buffer) || !writer.writeRows(rows) || !writer.finish()) {
        qWarning("export failed: %s", qPrintable(writer.errorString()));
    }
    return buffer.data();
}

} // namespace

// CSV injection: text a server sends must not run as a spreadsheet formula when the export is opened.
class TestCsvFormulas : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void stringCellsStartingLikeFormulas_getALeadingQuote_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("cell");
        QTest::newRow("equals") << u"=1+2"_s << "'=1+2"_ba;
        QTest::newRow("plus") << u"+1"_s << "'+1"_ba;
        QTest::newRow("minus") << u"-5"_s << "'-5"_ba;
        QTest::newRow("at") << u"@SUM(A1)"_s << "'@SUM(A1)"_ba;
        QTest::newRow("tab") << u"\t=1"_s << "'\t=1"_ba;
        QTest::newRow("carriage return") << u"\r=1"_s << "\"'\r=1\""_ba;
        QTest::newRow("with a comma") << u"=HYPERLINK(\"a\",\"b\")"_s << "\"'=HYPERLINK(\"\"a\"\",\"\"b\"\")\""_ba;
        QTest::newRow("plain") << u"Jita IV - Moon 4"_s << "Jita IV - Moon 4"_ba;
        QTest::newRow("empty") << QString() << ""_ba;
        QTest::newRow("quote first") << u"'=1"_s << "'=1"_ba;
    }

    void stringCellsStartingLikeFormulas_getALeadingQuote()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, cell);
        CsvExportWriter writer;
        QCOMPARE(csvOf(writer, QJsonArray{QJsonObject{{u"name"_s, text}}}), "name\r\n"_ba + cell + "\r\n"_ba);
    }

    void numbersAndBooleans_areNeverTouched()
    {
        CsvExportWriter writer;
        const QJsonArray rows{QJsonObject{{u"n"_s, -5}, {u"x"_s, -0.5}, {u"b"_s, false}}};
        QCOMPARE(csvOf(writer, rows), "b,n,x\r\nfalse,-5,-0.5\r\n"_ba);
        CsvExportWriter scalars;
        QCOMPARE(csvOf(scalars, QJsonArray{-1, u"-1"_s}), "value\r\n-1\r\n'-1\r\n"_ba);
    }

    void nestedCellsAndColumnNames_areDefusedToo()
    {
        CsvExportWriter writer;
        const QJsonArray rows{QJsonObject{{u"=cmd"_s, 1}, {u"pos"_s, QJsonObject{{u"label"_s, u"@x"_s}}}}};
        QCOMPARE(csvOf(writer, rows), "'=cmd,pos.label\r\n1,'@x\r\n"_ba);
    }

    void raw_writesCellsAsTheyCame()
    {
        CsvExportWriter writer(CsvExportWriter::Options{false, false});
        const QJsonArray rows{QJsonObject{{u"=cmd"_s, u"=1+2"_s}, {u"m"_s, u"-5"_s}}};
        QCOMPARE(csvOf(writer, rows), "=cmd,m\r\n=1+2,-5\r\n"_ba);
        ExportWriterFactory::Options options;
        options.csvEscapeFormulas = false;
        const std::unique_ptr<ExportWriter> fromFactory = ExportWriterFactory::create(u"csv", options);
        QCOMPARE(csvOf(*fromFactory, rows), "=cmd,m\r\n=1+2,-5\r\n"_ba);
        const std::unique_ptr<ExportWriter> safeByDefault = ExportWriterFactory::create(u"csv");
        QCOMPARE(csvOf(*safeByDefault, rows), "'=cmd,m\r\n'=1+2,'-5\r\n"_ba);
    }

    void jsonAndNdjson_areNotChanged()
    {
        const QJsonArray rows{QJsonObject{{u"a"_s, u"=1"_s}}};
        for (const QString &format : {u"json"_s, u"ndjson"_s}) {
            const std::unique_ptr<ExportWriter> writer = ExportWriterFactory::create(format);
            QVERIFY2(!csvOf(*writer, rows).contains("'="), qPrintable(format));
        }
    }
};

QTEST_GUILESS_MAIN(TestCsvFormulas)
#include "tst_csvformulas.moc"
