#include "ui/status/tokenusagechart.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLineSeries>
#include <QTimer>
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
    , m_drawTimer(new QTimer(this))
{
    m_drawTimer->setSingleShot(true);
    m_drawTimer->setInterval(0); // once per event-loop pass, however many points came in it
    connect(m_drawTimer, &QTimer::timeout, this, &TokenUsageChart::draw);
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

TokenUsageChart::Line &TokenUsageChart::lineFor(const QString &key, const QString &label, bool dashed)
{
    Line &line = m_lines[key];
    if (!line.series) {
        line.series = new QLineSeries(m_chart);
        line.series->setName(label);
        QPen pen(dashed ? QColor(0xd0, 0x39, 0x3e) : seriesColors.at((m_lines.size() - 1) % seriesColors.size()));
        pen.setWidthF(1.8);
        if (dashed) {
            pen.setStyle(Qt::DashLine);
        }
        line.series->setPen(pen);
        m_chart->addSeries(line.series);
        line.series->attachAxis(m_time);
        line.series->attachAxis(m_percent);
    }
    return line;
}

void TokenUsageChart::append(Line &line, const QDateTime &at, double percent)
{
    const qreal x = qreal(at.toMSecsSinceEpoch());
    QList<QPointF> &points = line.points;
    const qsizetype count = points.size();
    // A step per change reads truer than a slope between samples: tokens are spent at once.
    if (count > 0) {
        const QPointF last = points.at(count - 1);
        if (qFuzzyCompare(last.y() + 1.0, percent + 1.0)) {
            if (count >= 2 && qFuzzyCompare(points.at(count - 2).y() + 1.0, percent + 1.0)) {
                points[count - 1] = QPointF(x, percent); // extend a flat run instead of adding points
                changed(line);
                return;
            }
        } else {
            points.append(QPointF(x, last.y()));
        }
    }
    points.append(QPointF(x, percent));
    changed(line);
    rescale();
}

void TokenUsageChart::changed(Line &line)
{
    line.changed = true;
    if (isVisible()) {
        m_drawTimer->start();
    }
}

void TokenUsageChart::draw()
{
    m_drawTimer->stop();
    for (Line &line : m_lines) {
        if (line.changed) {
            line.changed = false;
            line.series->replace(line.points);
        }
    }
}

void TokenUsageChart::showEvent(QShowEvent *event)
{
    QChartView::showEvent(event);
    draw(); // what came while hidden
}

void TokenUsageChart::rescale()
{
    double highest = 0;
    for (const Line &line : std::as_const(m_lines)) {
        for (const QPointF &point : line.points) {
            highest = qMax(highest, point.y());
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
    append(lineFor(key, label, false), at, qBound(0.0, used, 100.0));
}

void TokenUsageChart::recordErrorLimit(const Core::ErrorLimitState &state, const QDateTime &at)
{
    const double used =
        100.0 * double(Core::ErrorLimitTracker::windowBudget - state.remain) / Core::ErrorLimitTracker::windowBudget;
    append(lineFor(u"\nerror-limit"_s, tr("error limit"), true), at, qBound(0.0, used, 100.0));
}

void TokenUsageChart::advanceTo(const QDateTime &now)
{
    m_now = now;
    const QDateTime from = now.addSecs(-spanSeconds);
    m_time->setRange(from.toLocalTime(), now.toLocalTime());
    const qreal cutoff = qreal(from.toMSecsSinceEpoch());
    const qreal x = qreal(now.toMSecsSinceEpoch());
    for (Line &line : m_lines) {
        QList<QPointF> &points = line.points;
        qsizetype drop = 0;
        // Keep one point before the span so the line enters from the left edge.
        while (drop + 1 < points.size() && points.at(drop + 1).x() < cutoff) {
            ++drop;
        }
        points.remove(0, drop);
        // Carry the current level to the right edge.
        if (!points.isEmpty()) {
            const QPointF last = points.constLast();
            if (points.size() >= 2 && qFuzzyCompare(points.at(points.size() - 2).y() + 1.0, last.y() + 1.0)) {
                points.last() = QPointF(x, last.y());
            } else {
                points.append(QPointF(x, last.y()));
            }
            changed(line);
        }
    }
    rescale();
}

int TokenUsageChart::seriesCount() const
{
    return int(m_lines.size());
}

int TokenUsageChart::pointCount(const QString &label) const
{
    for (const Line &line : m_lines) {
        if (line.series->name() == label) {
            return int(line.points.size());
        }
    }
    return -1;
}

} // namespace Esi::Ui
