#include "ui/chart/chartdecimation.h"

#include "ui/chart/chartsamples.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace Esi::Ui {

QList<QPointF> ChartDecimation::minMaxPerPixel(const ChartSamples &samples, int series, int buckets)
{
    QList<QPointF> points;
    const qsizetype count = samples.size();
    if (count == 0 || series < 0 || series >= samples.yColumns().size()) {
        return points;
    }
    buckets = std::max(1, buckets);
    qsizetype valued = 0;
    for (qsizetype point = 0; point < count; ++point) {
        valued += std::isnan(samples.y(series, point)) ? 0 : 1;
    }
    if (valued <= qsizetype(PointsPerBucket) * buckets) {
        points.reserve(valued);
        for (qsizetype point = 0; point < count; ++point) {
            if (const double y = samples.y(series, point); !std::isnan(y)) {
                points.append(QPointF(samples.x(point), y));
            }
        }
        return points;
    }
    const double first = samples.x(0);
    const double span = std::max(1.0, samples.x(count - 1) - first);
    points.reserve(qsizetype(PointsPerBucket) * buckets);
    qsizetype point = 0;
    while (point < count) {
        const int bucket = std::min(buckets - 1, int((samples.x(point) - first) / span * buckets));
        // This column's points: [point, end).
        qsizetype end = point;
        qsizetype firstValued = -1;
        qsizetype lastValued = -1;
        qsizetype lowest = -1;
        qsizetype highest = -1;
        while (end < count && std::min(buckets - 1, int((samples.x(end) - first) / span * buckets)) == bucket) {
            if (const double y = samples.y(series, end); !std::isnan(y)) {
                if (firstValued < 0) {
                    firstValued = lowest = highest = end;
                }
                lastValued = end;
                lowest = y < samples.y(series, lowest) ? end : lowest;
                highest = y > samples.y(series, highest) ? end : highest;
            }
            ++end;
        }
        if (firstValued >= 0) {
            std::array<qsizetype, PointsPerBucket> keep{firstValued, lowest, highest, lastValued};
            std::sort(keep.begin(), keep.end());
            const qsizetype *unique = std::unique(keep.begin(), keep.end());
            for (const qsizetype *it = keep.begin(); it != unique; ++it) {
                points.append(QPointF(samples.x(*it), samples.y(series, *it)));
            }
        }
        point = end;
    }
    return points;
}

} // namespace Esi::Ui
