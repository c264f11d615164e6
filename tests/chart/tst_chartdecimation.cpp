#include "core/result/resultchunk.h"
#include "core/result/resultdata.h"
#include "ui/chart/chartdecimation.h"
#include "ui/chart/chartsamples.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <cmath>

using namespace Qt::Literals::StringLiterals;
using Esi::Core::ResultData;
using Esi::Core::ResultDataPtr;
using Esi::Ui::ChartDecimation;
using Esi::Ui::ChartSamples;

namespace {

constexpr qint64 hourMs = 3600000;
const qint64 startMs = QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();

// Rows {"date": <hour i>, "value": <wave>} in pages of 1000, as a streaming result holds them. Row 123,456 holds the
// one spike; `reversed` lists them newest first, like ESI's journals.
ResultDataPtr hourlyRows(qsizetype count, bool reversed)
{
    ResultDataPtr data = ResultData::empty();
    QJsonArray page;
    for (qsizetype i = 0; i < count; ++i) {
        const qsizetype hour = reversed ? count - 1 - i : i;
        const double value = hour == 123456 ? 1.0e6 : 100.0 + 10.0 * std::sin(double(hour) / 500.0);
        page.append(QJsonObject{
            {u"date"_s, QDateTime::fromMSecsSinceEpoch(startMs + hour * hourMs, Qt::UTC).toString(Qt::ISODate)},
            {u"value"_s, value}});
        if (page.size() == 1000 || i + 1 == count) {
            data = data->withChunk(Esi::Core::ResultChunk::fromRows(u"en"_s, int(i / 1000) + 1, page));
            page = QJsonArray();
        }
    }
    return data;
}

} // namespace

// Decimation keeps a line's shape within a few points per pixel column; samples come sorted by time, and a
// growing result is read only past what was read.
class TestChartDecimation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fewRows_areDrawnAsTheyAre();
    void rowsNewestFirst_areDrawnOldestFirst();
    void largeResult_staysWithinFourPointsPerPixelAndKeepsTheSpike();
    void emptyCells_areLeftOut();
    void growingResult_readsOnlyTheNewRows();
};

void TestChartDecimation::fewRows_areDrawnAsTheyAre()
{
    const ChartSamples samples = ChartSamples::build(hourlyRows(500, false), 0, 0, {1});
    QCOMPARE(samples.size(), 500);
    const QList<QPointF> points = ChartDecimation::minMaxPerPixel(samples, 0, 200);
    QCOMPARE(points.size(), 500);
    QCOMPARE(points.first().x(), double(startMs));
    QCOMPARE(points.last().x(), double(startMs + 499 * hourMs));
}

void TestChartDecimation::rowsNewestFirst_areDrawnOldestFirst()
{
    const ChartSamples samples = ChartSamples::build(hourlyRows(3000, true), 0, 0, {1});
    QCOMPARE(samples.size(), 3000);
    for (qsizetype point = 1; point < samples.size(); ++point) {
        QVERIFY(samples.x(point - 1) < samples.x(point));
    }
    QCOMPARE(samples.row(0), 2999); // the oldest is the last row
    QCOMPARE(samples.nearest(double(startMs + 10 * hourMs + 1000)), 10);
    QCOMPARE(samples.nearest(double(startMs - hourMs)), 0);
    QCOMPARE(samples.nearest(double(startMs + 9999 * hourMs)), 2999);
}

void TestChartDecimation::largeResult_staysWithinFourPointsPerPixelAndKeepsTheSpike()
{
    const ResultDataPtr rows = hourlyRows(300000, false);
    QElapsedTimer timer;
    timer.start();
    const ChartSamples samples = ChartSamples::build(rows, 0, 0, {1});
    const qint64 readMs = timer.restart();
    const int buckets = 1600;
    const QList<QPointF> points = ChartDecimation::minMaxPerPixel(samples, 0, buckets);
    qInfo("300,000 rows: read in %lld ms, decimated to %lld points for %d pixels in %lld ms", readMs,
          qlonglong(points.size()), buckets, timer.elapsed());
    QCOMPARE(samples.size(), 300000);
    QVERIFY(points.size() <= ChartDecimation::PointsPerBucket * buckets);
    QVERIFY(points.size() >= 2 * buckets); // every pixel column has its low and its high
    QCOMPARE(points.first().x(), double(startMs));
    QCOMPARE(points.last().x(), double(startMs + 299999 * hourMs));
    double highest = 0.0;
    double lowest = 1.0e9;
    for (qsizetype i = 0; i < points.size(); ++i) {
        highest = std::max(highest, points.at(i).y());
        lowest = std::min(lowest, points.at(i).y());
        QVERIFY(i == 0 || points.at(i - 1).x() < points.at(i).x());
    }
    QCOMPARE(highest, 1.0e6); // the one-row spike survives
    QVERIFY(lowest < 90.01);
}

void TestChartDecimation::emptyCells_areLeftOut()
{
    const ResultDataPtr rows =
        ResultData::fromRows(u"en"_s, QJsonArray{QJsonObject{{u"date"_s, u"2026-01-01"_s}, {u"value"_s, 1}},
                                                 QJsonObject{{u"date"_s, u"2026-01-02"_s}, {u"value"_s, QJsonValue()}},
                                                 QJsonObject{{u"date"_s, u"not a date"_s}, {u"value"_s, 5}},
                                                 QJsonObject{{u"date"_s, u"2026-01-03"_s}, {u"value"_s, 3}}});
    const ChartSamples samples = ChartSamples::build(rows, 0, 0, {1});
    QCOMPARE(samples.size(), 3); // the row without a date has no place on the time axis
    const QList<QPointF> points = ChartDecimation::minMaxPerPixel(samples, 0, 100);
    QCOMPARE(points.size(), 2);
    QCOMPARE(points.at(1).y(), 3.0);
}

void TestChartDecimation::growingResult_readsOnlyTheNewRows()
{
    const ResultDataPtr all = hourlyRows(2500, false);
    // The first two pages as their own snapshot of the same stream.
    ResultDataPtr first = ResultData::empty();
    QJsonArray page;
    for (qsizetype row = 0; row < 2000; ++row) {
        page.append(all->row(0, row));
        if (page.size() == 1000) {
            first = first->withChunk(Esi::Core::ResultChunk::fromRows(u"en"_s, int(row / 1000) + 1, page));
            page = QJsonArray();
        }
    }
    QJsonArray last;
    for (qsizetype row = 2000; row < 2500; ++row) {
        last.append(all->row(0, row));
    }
    const ResultDataPtr grown = first->withChunk(Esi::Core::ResultChunk::fromRows(u"en"_s, 3, last));
    const ChartSamples before = ChartSamples::build(first, 0, 0, {1});
    QCOMPARE(before.rowsRead(), 2000);
    QVERIFY(before.canExtend(*grown, 0, 0, {1}));
    QVERIFY(!before.canExtend(*all, 0, 0, {1})); // another stream: read from the start
    const ChartSamples after = ChartSamples::build(grown, 0, 0, {1}, &before);
    QCOMPARE(after.rowsRead(), 2500);
    QCOMPARE(after.size(), 2500);
    QCOMPARE(after.x(2499), double(startMs + 2499 * hourMs));
    QCOMPARE(after.y(0, 2400), all->cell(0, 2400, 1).toDouble());
}

QTEST_GUILESS_MAIN(TestChartDecimation)
#include "tst_chartdecimation.moc"
