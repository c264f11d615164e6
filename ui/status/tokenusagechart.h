#pragma once

#include "core/http/errorlimittracker.h"
#include "core/http/ratelimittracker.h"

#include <QChartView>
#include <QHash>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace Esi::Ui {

// Share of each bucket in use (and of the error limit) over the last minutes, one line per bucket, so
// a burst of requests and the slow refill of the floating window can be watched.
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

private:
    QLineSeries *seriesFor(const QString &key, const QString &label, bool dashed);
    void append(QLineSeries *series, const QDateTime &at, double percent);
    void rescale(); // the percent axis fits the busiest line, so light use is still visible

    QChart *m_chart;
    QDateTimeAxis *m_time;
    QValueAxis *m_percent;
    QHash<QString, QLineSeries *> m_series;
    QDateTime m_now;
};

} // namespace Esi::Ui
