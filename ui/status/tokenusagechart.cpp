#include "ui/status/tokenusagechart.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

namespace {

const QList<QColor> seriesColors{QColor(0x2b, 0x7b, 0xd6), QColor(0x2e, 0x9d, 0x4f), QColor(0x8e, 0x5b, 0xc8),
                                 QColor(0xc7, 0x7c, 0x02), QColor(0x1a, 0x9f, 0xa0), QColor(0xb0, 0x3a, 0x8a)};

} // namespace

TokenUsageChart::TokenUsageChart(QWidget *parent)
    : QChartView(parent)
    , m_chart(new QChart)
    , m_time(new QDateTimeAxis)
    , m_percent(new QValueAxis)
{
    setObjectName(u"tokenUsageChart"_s);
    setAccessibleName(tr("Token use over time"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(160);

    m_chart->setObjectName(u"tokenUsageChartModel"_s);
    m_chart->setTitle(tr("Limit use, last %1 minutes").arg(spanSeconds / 60));
    QFont titleFont = m_chart->titleFont();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 0.9);
    m_chart->setTitleFont(titleFont);
    m_chart->setMargins(QMargins(2, 2, 2, 2));
    m_chart->setBackgroundRoundness(0);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    QFont legendFont = m_chart->legend()->font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 0.85);
    m_chart->legend()->setFont(legendFont);
    m_chart->setBackgroundBrush(palette().base());
    m_chart->setTitleBrush(palette().text());
    m_chart->legend()->setLabelColor(palette().color(QPalette::Text));

    m_time->setFormat(u"HH:mm"_s);
    m_time->setTickCount(4);
    m_time->setLabelsFont(legendFont);
    m_percent->setRange(0, 100);
    m_percent->setLabelFormat(u"%d%%"_s);
    m_percent->setTickCount(3);
    m_percent->setLabelsFont(legendFont);
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(m_time), static_cast<QAbstractAxis *>(m_percent)}) {
        axis->setLabelsColor(palette().color(QPalette::Text));
        axis->setGridLineColor(palette().color(QPalette::Midlight));
    }
    // Qt 6.4 draws no time labels when the axis gets its first range only after joining the chart.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_time->setRange(now.addSecs(-spanSeconds).toLocalTime(), now.toLocalTime());
    m_chart->addAxis(m_time, Qt::AlignBottom);
    m_chart->addAxis(m_percent, Qt::AlignLeft);
    setChart(m_chart);
}

QLineSeries *TokenUsageChart::seriesFor(const QString &key, const QString &label, bool dashed)
{
    QLineSeries *&series = m_series[key];
    if (!series) {
        series = new QLineSeries(m_chart);
        series->setName(label);
        QPen pen(dashed ? QColor(0xd0, 0x39, 0x3e) : seriesColors.at((m_series.size() - 1) % seriesColors.size()));
        pen.setWidthF(1.8);
        if (dashed) {
            pen.setStyle(Qt::DashLine);
        }
        series->setPen(pen);
        m_chart->addSeries(series);
        series->attachAxis(m_time);
        series->attachAxis(m_percent);
    }
    return series;
}

void TokenUsageChart::append(QLineSeries *series, const QDateTime &at, double percent)
{
    const qreal x = qreal(at.toMSecsSinceEpoch());
    const int count = series->count();
    // A step per change reads truer than a slope between samples: tokens are spent at once.
    if (count > 0) {
        const QPointF last = series->at(count - 1);
        if (qFuzzyCompare(last.y() + 1.0, percent + 1.0)) {
            if (count >= 2 && qFuzzyCompare(series->at(count - 2).y() + 1.0, percent + 1.0)) {
                series->replace(count - 1, QPointF(x, percent)); // extend a flat run instead of adding points
                return;
            }
        } else {
            series->append(x, last.y());
        }
    }
    series->append(x, percent);
    rescale();
}

void TokenUsageChart::rescale()
{
    double highest = 0;
    for (const QLineSeries *series : std::as_const(m_series)) {
        for (int i = 0; i < series->count(); ++i) {
            highest = qMax(highest, series->at(i).y());
        }
    }
    // Steps of 10 %, never below 10 %, so the axis does not jump with every token.
    const double top = qBound(10.0, std::ceil(highest / 10.0) * 10.0, 100.0);
    if (!qFuzzyCompare(m_percent->max(), top)) {
        m_percent->setRange(0, top);
    }
}

void TokenUsageChart::recordBucket(const Core::RateLimitBucket &bucket, const QString &label, const QDateTime &at)
{
    if (bucket.limit <= 0) {
        return;
    }
    const QString key = bucket.group + u'\n' + QString::number(bucket.characterId);
    const double used = 100.0 * double(bucket.limit - bucket.remaining) / bucket.limit;
    append(seriesFor(key, label, false), at, qBound(0.0, used, 100.0));
}

void TokenUsageChart::recordErrorLimit(const Core::ErrorLimitState &state, const QDateTime &at)
{
    const double used =
        100.0 * double(Core::ErrorLimitTracker::windowBudget - state.remain) / Core::ErrorLimitTracker::windowBudget;
    append(seriesFor(u"\nerror-limit"_s, tr("error limit"), true), at, qBound(0.0, used, 100.0));
}

void TokenUsageChart::advanceTo(const QDateTime &now)
{
    m_now = now;
    const QDateTime from = now.addSecs(-spanSeconds);
    m_time->setRange(from.toLocalTime(), now.toLocalTime());
    const qreal cutoff = qreal(from.toMSecsSinceEpoch());
    for (QLineSeries *series : std::as_const(m_series)) {
        int drop = 0;
        // Keep one point before the span so the line enters from the left edge.
        while (drop + 1 < series->count() && series->at(drop + 1).x() < cutoff) {
            ++drop;
        }
        if (drop > 0) {
            series->removePoints(0, drop);
        }
        // Carry the current level to the right edge.
        if (series->count() > 0) {
            const QPointF last = series->at(series->count() - 1);
            if (series->count() >= 2 && qFuzzyCompare(series->at(series->count() - 2).y() + 1.0, last.y() + 1.0)) {
                series->replace(series->count() - 1, QPointF(qreal(now.toMSecsSinceEpoch()), last.y()));
            } else {
                series->append(qreal(now.toMSecsSinceEpoch()), last.y());
            }
        }
    }
    rescale();
}

int TokenUsageChart::seriesCount() const
{
    return int(m_series.size());
}

int TokenUsageChart::pointCount(const QString &label) const
{
    for (const QLineSeries *series : m_series) {
        if (series->name() == label) {
            return series->count();
        }
    }
    return -1;
}

} // namespace Esi::Ui
