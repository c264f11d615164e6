// PageScanner, ResultChunk::fromPage's fast path, against the general path (QJsonDocument + RowFlattener):
// whenever the scanner reads a page, the chunk is the same, column for column, cell for cell, byte for byte.
#include "core/result/pagescanner.h"
#include "core/result/resultchunk.h"
#include "pagescannercases.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>
#include <cmath>

using namespace Qt::Literals::StringLiterals;
using Esi::Core::PageResult;
using Esi::Core::PageScanner;
using Esi::Core::ResultChunk;

namespace {

PageResult pageOf(const QByteArray &body)
{
    PageResult page;
    page.language = u"en"_s;
    page.page = 7;
    page.status = 200;
    page.body = body;
    return page;
}

// Whether the scanner reads the body; fails the test when fast and slow chunks differ in anything.
bool compareBothPaths(const QByteArray &body)
{
    const PageResult page = pageOf(body);
    PageScanner scanner;
    const bool fast = scanner.scan(body);
    const auto chunk = ResultChunk::fromPage(page);
    const auto reference = ResultChunk::fromPageSlowly(page);
    if (!chunk->identicalTo(*reference)) {
        QTest::qFail(qPrintable(u"chunks differ for %1"_s.arg(QString::fromLatin1(body.left(200)))), __FILE__,
                     __LINE__);
        return false;
    }
    // The public view agrees too (the double's bits, so -0.0 and 0 differ).
    for (int column = 0; column < reference->columns().size(); ++column) {
        for (qsizetype row = 0; row < reference->rowCount(); ++row) {
            const QJsonValue a = chunk->cell(row, column);
            const QJsonValue b = reference->cell(row, column);
            if (a != b || std::signbit(a.toDouble()) != std::signbit(b.toDouble()) ||
                chunk->text(row, column) != reference->text(row, column)) {
                QTest::qFail(qPrintable(u"cell %1,%2 differs"_s.arg(row).arg(column)), __FILE__, __LINE__);
                return false;
            }
        }
    }
    return fast;
}

// A page of The Forge's order book as ESI and esi-mockesi write it: keys sorted, ISO dates, prices with cents,
// order ids past 2^32.
QByteArray orderPage(int page, int orders)
{
    QRandomGenerator random(quint32(page) * 104729u);
    static const char *const ranges[] = {"region", "station", "solarsystem", "1", "5", "10", "20"};
    static const qint64 locations[] = {60003760, 60008494, 60011866, 60004588, 1028858195912};
    QByteArray body = "[";
    for (int i = 0; i < orders; ++i) {
        const bool buy = random.bounded(2) == 1;
        const int total = 1 + int(random.bounded(100000));
        body += (i > 0 ? "," : "") + "{\"duration\":"_ba + QByteArray::number(buy ? 90 : 30) +
                ",\"is_buy_order\":" + (buy ? "true" : "false") + ",\"issued\":\"2026-11-" +
                QByteArray::number(10 + random.bounded(20)) + "T12:" + QByteArray::number(10 + random.bounded(50)) +
                ":" + QByteArray::number(10 + random.bounded(50)) +
                "Z\",\"location_id\":" + QByteArray::number(locations[random.bounded(5)]) +
                ",\"min_volume\":1,\"order_id\":" + QByteArray::number(6000000000LL + qint64(page) * 100000 + i) +
                ",\"price\":" + QByteArray::number(double(random.bounded(10000000)) / 100.0, 'f', 2) + ",\"range\":\"" +
                ranges[random.bounded(7)] + "\",\"system_id\":" + QByteArray::number(30000142 + random.bounded(40)) +
                ",\"type_id\":" + QByteArray::number(18 + random.bounded(60000)) +
                ",\"volume_remain\":" + QByteArray::number(1 + random.bounded(total)) +
                ",\"volume_total\":" + QByteArray::number(total) + '}';
    }
    return body + ']';
}

// Every response example of a real spec (arrays of objects and all), compact and indented.
void collectExamples(const QJsonValue &value, QList<QByteArray> &bodies)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() == u"example" || it.key() == u"examples") {
                // Swagger: {"application/json": [...]}; OpenAPI: a list of examples, each maybe a list of rows.
                QJsonArray candidates = it.value().isArray() ? it.value().toArray() : QJsonArray();
                candidates.append(it.value());
                for (const QJsonValue &each : it.value().toObject()) {
                    candidates.append(each);
                }
                for (const QJsonValue &candidate : candidates) {
                    if (candidate.isArray()) {
                        const QJsonDocument document(candidate.toArray());
                        bodies.append(document.toJson(QJsonDocument::Compact));
                        bodies.append(document.toJson(QJsonDocument::Indented));
                    }
                }
            }
            collectExamples(it.value(), bodies);
        }
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray()) {
            collectExamples(item, bodies);
        }
    }
}

} // namespace

class TestPageScanner : public QObject
{
    Q_OBJECT

private slots:

    void edgeCasesGiveTheSameChunkAsTheGeneralPath_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("fast");
        for (const ScannerCase &each : scannerCases) {
            QTest::newRow(each.name) << QByteArray(each.body) << each.fast;
        }
        QTest::newRow("nul after the array") << QByteArray("[{\"a\":1}]\0", 10) << false;
        QTest::newRow("nul inside a string") << QByteArray("[{\"a\":\"x\0\"}]", 12) << false;
    }

    void edgeCasesGiveTheSameChunkAsTheGeneralPath()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, fast);
        PageScanner scanner;
        QCOMPARE(scanner.scan(body), fast);
        QCOMPARE(compareBothPaths(body), fast);
        QVERIFY(!QTest::currentTestFailed());
    }

    void orderPagesGiveTheSameChunkAsTheGeneralPath()
    {
        for (int page = 1; page <= 20; ++page) {
            const QByteArray body = orderPage(page, page == 1 ? 1000 : 200);
            QVERIFY2(compareBothPaths(body), qPrintable(u"order page %1"_s.arg(page)));
            QJsonDocument indented = QJsonDocument::fromJson(body);
            QVERIFY(compareBothPaths(indented.toJson(QJsonDocument::Indented)));
        }
        const auto chunk = ResultChunk::fromPage(pageOf(orderPage(1, 1000)));
        QCOMPARE(chunk->rowCount(), 1000);
        QCOMPARE(chunk->columns().size(), 12);
        QCOMPARE(chunk->columns().first().name, u"duration"_s);
        QCOMPARE(chunk->page(), 7);
        QCOMPARE(chunk->language(), u"en"_s);
    }

    void manyDistinctStringsAreSharedAsTheGeneralPathSharesThem()
    {
        // More short texts than the chunk remembers for sharing (4096), then repeats of early and late ones,
        // and long texts that are never shared.
        QByteArray body = "[";
        for (int i = 0; i < 6000; ++i) {
            body += "{\"s\":\"t" + QByteArray::number(i % 5000) + "\",\"l\":\"" + QByteArray(40, char('a' + i % 3)) +
                    "\",\"e\":\"\"},";
        }
        body += "{\"s\":\"t4999\"}]";
        QVERIFY(compareBothPaths(body));
        QVERIFY(compareBothPaths(orderPage(99, 5000)));
    }

    void realSpecExamplesGiveTheSameChunkAsTheGeneralPath()
    {
        int read = 0;
        int examples = 0;
        for (const char *spec :
             {"openapi-2026-07-21.json", "swagger-latest-1.36.json", "openapi-3.0-2026-06-09.json"}) {
            QFile file(QStringLiteral(ESI_TEST_DATA "/") + QString::fromLatin1(spec));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QList<QByteArray> bodies;
            collectExamples(QJsonDocument::fromJson(file.readAll()).object(), bodies);
            for (const QByteArray &body : bodies) {
                read += compareBothPaths(body) ? 1 : 0;
                ++examples;
                QVERIFY2(!QTest::currentTestFailed(), body.left(200).constData());
            }
        }
        qInfo("the scanner read %d of %d spec examples", read, examples);
        QVERIFY2(examples > 50, qPrintable(QString::number(examples)));
        QVERIFY2(read > 10, qPrintable(QString::number(read))); // most examples are flat arrays of objects
    }

    void identicalToTellsChunksApart()
    {
        const auto a = ResultChunk::fromPageSlowly(pageOf(R"([{"a":1}])"));
        QVERIFY(a->identicalTo(*ResultChunk::fromPageSlowly(pageOf(R"([{"a":1}])"))));
        QVERIFY(!a->identicalTo(*ResultChunk::fromPageSlowly(pageOf(R"([{"a":2}])"))));
        QVERIFY(!a->identicalTo(*ResultChunk::fromPageSlowly(pageOf(R"([{"b":1}])"))));
        QVERIFY(!a->identicalTo(*ResultChunk::fromPageSlowly(pageOf(R"([{"a":"1"}])"))));
        QVERIFY(!ResultChunk::fromPageSlowly(pageOf(R"([{"a":0}])"))
                     ->identicalTo(*ResultChunk::fromPageSlowly(pageOf(R"([{"a":0.5}])"))));
    }
};

QTEST_GUILESS_MAIN(TestPageScanner)
#include "tst_pagescanner.moc"
