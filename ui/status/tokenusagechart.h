#pragma once

#include "core/http/errorlimittracker.h"
#include "core/http/ratelimittracker.h"

#include <QChartView>
#include <QHash>

class QDateTimeAxis;
class QLineSeries;
class QTimer;
class QValueAxis;

namespace Esi::Ui {

// Share of each bucket in use (and of the error limit) over the last minutes, one line per bucket, so
// a burst of requests and the slow refill of the floating window can be watched. The points are kept
// here and handed to the chart in one piece per line and event-loop pass, only while the chart is
// shown: Qt Charts re-strokes a line's whole path for every point added.
class TokenUsageChart : public QChartView
{
    Q_OBJECT

public:
    static constexpr int spanSeconds = 15 * 60;

    explicit TokenUsageChart(QWidget *parent = nullptr);

    void recordBucket(const Core::RateLimitBucket &bucket, const QString &label, const QDateTime &at);
    void recordErrorLimit(const Core::ErrorLimitState &state, const QDateTime &at);
    void advanceTo(const QDateTime &now); // scrolls the time axis and drops points older than the span

    int seriesCount() const;
    int pointCount(const QString &label) const; // of the series named `label`, -1 when absent

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Line
    {
        QLineSeries *series = nullptr;
        QList<QPointF> points; // what the series shows once drawn
        bool changed = false;  // points not handed to the series yet
    };

    Line &lineFor(const QString &key, const QString &label, bool dashed);
    void append(Line &line, const QDateTime &at, double percent);
    void changed(Line &line);
    void draw();    // hands the changed lines to their series
    void rescale(); // the percent axis fits the busiest line, so light use is still visible

    QChart *m_chart;
    QDateTimeAxis *m_time;
    QValueAxis *m_percent;
    QTimer *m_drawTimer;
    QHash<QString, Line> m_lines;
    QDateTime m_now;
};

} // namespace Esi::Ui
