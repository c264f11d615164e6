#pragma once

#include <QList>
#include <QPointF>

namespace Esi::Ui {

class ChartSamples;

// Fewer points for a line than a result has rows, without changing what the line looks like.
class ChartDecimation
{
public:
    static constexpr int PointsPerBucket = 4;

    // The points of series `series` of `samples` to draw across `buckets` pixel columns: every point when there
    // are at most PointsPerBucket per column; else per column its first, lowest, highest and last point (in time
    // order), so every spike stays. Never more than PointsPerBucket * buckets points; points without a value are
    // left out.
    static QList<QPointF> minMaxPerPixel(const ChartSamples &samples, int series, int buckets);
};

} // namespace Esi::Ui
