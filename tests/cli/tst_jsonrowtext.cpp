#include "../http/jsonsnippets.h"
#include "core/export/exportwriterfactory.h"
#include "core/export/jsonrowtext.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Esi::Core;
using namespace Qt::Literals::StringLiterals;

// NDJSON and JSON exports from a page's text must be byte for byte what the QJsonValue path writes.
class TestJsonRowText : public QObject
{
    Q_OBJECT

private:
    static QByteArray written(const QString &format, const QByteArray &page, bool fromText)
    {
        QByteArray out;
        QBuffer device(&out);
        device.open(QIODevice::WriteOnly);
        const std::unique_ptr<ExportWriter> writer = ExportWriterFactory::create(format);
        writer->begin(&device);
        if (fromText) {
            bool handled = false;
            writer->writeArrayText(page, &handled);
            if (!handled && JsonRowText::items(page)) {
                return "an array was not handled";
            }
            if (!handled) {
                // What esi does with a page the text path does not take (here: nesting deeper than it scans).
                writer->writeRows(QJsonDocument::fromJson(page).array());
            }
        } else {
            writer->writeRows(QJsonDocument::fromJson(page).array());
        }
        writer->finish();
        return out;
    }

    static QList<QByteArray> arrayPages()
    {
        QList<QByteArray> pages;
        for (const QList<QByteArray> *list :
             {&JsonSnippets::plain, &JsonSnippets::delegatedText, &JsonSnippets::delegatedRows}) {
            for (const QByteArray &text : *list) {
                if (QJsonDocument::fromJson(text).isArray()) {
                    pages.append(text);
                }
            }
        }
        pages.append(R"([{"order_id":6000100000,"price":20564.20,"issued":"2026-11-02T09:40:41Z"},
                        {"price":5.0,"order_id":1,"name":"Jita \u00e9","nested":{"z":1,"a":[1.5e3,-0.0]}}])");
        return pages;
    }

private Q_SLOTS:

    void pageText_writesWhatTheValuePathWrites_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("page");
        int n = 0;
        for (const QByteArray &page : arrayPages()) {
            for (const QString &format : {u"ndjson"_s, u"json"_s, u"csv"_s}) {
                QTest::addRow("%s %d", qPrintable(format), n) << format << page;
            }
            ++n;
        }
    }

    void pageText_writesWhatTheValuePathWrites()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, page);
        QCOMPARE(written(format, page, true), written(format, page, false));
    }

    void notAnArray_isLeftToTheCaller()
    {
        for (const QByteArray &text :
             {QByteArray(R"({"cursor":{},"items":[]})"), QByteArray("42"), QByteArray("[1,"), QByteArray("")}) {
            QVERIFY(!JsonRowText::items(text).has_value());
            QByteArray out;
            QBuffer device(&out);
            device.open(QIODevice::WriteOnly);
            const std::unique_ptr<ExportWriter> writer = ExportWriterFactory::create(u"ndjson"_s);
            writer->begin(&device);
            bool handled = true;
            QVERIFY(writer->writeArrayText(text, &handled));
            QVERIFY(!handled);
            QVERIFY(writer->finish());
            QCOMPARE(out, QByteArray());
        }
    }
};

QTEST_GUILESS_MAIN(TestJsonRowText)
#include "tst_jsonrowtext.moc"
