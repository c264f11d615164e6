#include "ui/chart/chartplot.h"

#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGraphicsLayout>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLineSeries>
#include <QMouseEvent>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

namespace {

// A value range with some air above and below; a flat line gets a unit of room.
std::pair<double, double> paddedRange(double low, double high)
{
    if (!(low <= high)) {
        return {0.0, 1.0};
    }
    const double pad = high > low ? (high - low) * 0.05 : std::max(1.0, std::abs(high) * 0.05);
    return {low - pad, high + pad};
}

} // namespace

ChartPlot::ChartPlot(QWidget *parent)
    : QChartView(parent)
    , m_chart(new QChart)
    , m_time(new QDateTimeAxis)
    , m_left(new QValueAxis)
    , m_right(new QValueAxis)
    , m_crosshair(new QGraphicsLineItem(m_chart))
    , m_hoverBox(new QGraphicsRectItem(m_chart))
    , m_hoverText(new QGraphicsSimpleTextItem(m_hoverBox))
{
    setObjectName(u"chartPlot"_s);
    setAccessibleName(tr("Chart of the result over time"));
    setRenderHint(QPainter::Antialiasing);
    setMouseTracking(true);
    viewport()->setMouseTracking(true);
    setMinimumSize(320, 200);

    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(0);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setBackgroundBrush(palette().base());
    m_chart->legend()->setLabelColor(palette().color(QPalette::Text));
    m_time->setTickCount(6);
    m_left->setLabelFormat(u"%.6g"_s);
    m_right->setLabelFormat(u"%.6g"_s);
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(m_time), static_cast<QAbstractAxis *>(m_left),
                                static_cast<QAbstractAxis *>(m_right)}) {
        axis->setLabelsColor(palette().color(QPalette::Text));
        axis->setGridLineColor(palette().color(QPalette::Midlight));
    }
    // Qt 6.4 draws no time labels when the axis gets its first range only after joining the chart.
    // The value axes likewise get a range before they join.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_time->setRange(now.addDays(-30), now);
    m_left->setRange(0, 1);
    m_right->setRange(0, 1);
    m_chart->addAxis(m_time, Qt::AlignBottom);
    m_chart->addAxis(m_left, Qt::AlignLeft);
    m_chart->addAxis(m_right, Qt::AlignRight);
    m_right->setVisible(false);
    setChart(m_chart);

    m_crosshair->setPen(QPen(palette().color(QPalette::Mid), 1, Qt::DashLine));
    m_crosshair->setZValue(20);
    m_hoverBox->setBrush(palette().toolTipBase());
    m_hoverBox->setPen(QPen(palette().color(QPalette::Mid)));
    m_hoverBox->setZValue(21);
    m_hoverText->setBrush(palette().toolTipText());
    hideHover();
}

void ChartPlot::setLines(const QList<Line> &lines, bool dateOnly)
{
    hideHover();
    m_time->setFormat(dateOnly ? u"yyyy-MM-dd"_s : u"yyyy-MM-dd HH:mm"_s);
    while (m_series.size() < lines.size()) {
        auto *series = new QLineSeries(m_chart);
        m_series.append(series);
    }
    double first = qInf();
    double last = -qInf();
    double lows[2] = {qInf(), qInf()};
    double highs[2] = {-qInf(), -qInf()};
    for (qsizetype i = 0; i < m_series.size(); ++i) {
        QLineSeries *series = m_series.at(i);
        const bool wanted = i < lines.size();
        const bool inChart = i < m_shown;
        if (!wanted) {
            if (inChart) {
                m_chart->removeSeries(series);
            }
            series->clear();
            continue;
        }
        const Line &line = lines.at(i);
        series->setName(line.name);
        series->replace(line.points); // one change for the whole line, not one signal per point
        if (!inChart) {
            m_chart->addSeries(series);
            series->attachAxis(m_time);
        }
        QValueAxis *wantedAxis = line.rightAxis ? m_right : m_left;
        QValueAxis *otherAxis = line.rightAxis ? m_left : m_right;
        if (series->attachedAxes().contains(otherAxis)) {
            series->detachAxis(otherAxis);
        }
        if (!series->attachedAxes().contains(wantedAxis)) {
            series->attachAxis(wantedAxis);
        }
        const int side = line.rightAxis ? 1 : 0;
        for (const QPointF &point : line.points) {
            lows[side] = std::min(lows[side], point.y());
            highs[side] = std::max(highs[side], point.y());
        }
        if (!line.points.isEmpty()) {
            first = std::min(first, line.points.constFirst().x());
            last = std::max(last, line.points.constLast().x());
        }
    }
    m_shown = lines.size();
    if (first <= last) {
        const double span = last > first ? 0.0 : 86400000.0; // one point: a day either side
        m_time->setRange(QDateTime::fromMSecsSinceEpoch(qint64(first - span), Qt::UTC),
                         QDateTime::fromMSecsSinceEpoch(qint64(last + span), Qt::UTC));
    }
    setValueRange(m_left, lows[0], highs[0]);
    const bool useRight = lows[1] <= highs[1];
    m_right->setVisible(useRight);
    if (useRight) {
        setValueRange(m_right, lows[1], highs[1]);
    }
    if (QGraphicsLayout *layout = m_chart->layout()) {
        layout->activate(); // place axes and legend now, so the plot area (and hover) is right at once
    }
}

void ChartPlot::setValueRange(QValueAxis *axis, double low, double high)
{
    const auto [from, to] = paddedRange(low, high);
    axis->setRange(from, to);
    axis->applyNiceNumbers();
    // Volumes and ISK balances in whole numbers rather than 1.30967e+06.
    const double magnitude = std::max(std::abs(axis->min()), std::abs(axis->max()));
    axis->setLabelFormat(magnitude >= 1.0e4 && magnitude < 1.0e15 ? u"%.0f"_s : u"%.6g"_s);
}

int ChartPlot::plotWidth() const
{
    return std::max(1, int(std::lround(m_chart->plotArea().width())));
}

QPoint ChartPlot::viewportPosition(double x) const
{
    const QRectF area = m_chart->plotArea();
    const double from = double(m_time->min().toMSecsSinceEpoch());
    const double to = double(m_time->max().toMSecsSinceEpoch());
    const double fraction = to > from ? (x - from) / (to - from) : 0.5;
    const QPointF inChart(area.left() + fraction * area.width(), area.center().y());
    return mapFromScene(m_chart->mapToScene(inChart));
}

void ChartPlot::showHover(double x, const QString &text)
{
    const QRectF area = m_chart->plotArea();
    const double from = double(m_time->min().toMSecsSinceEpoch());
    const double to = double(m_time->max().toMSecsSinceEpoch());
    const double at = area.left() + (to > from ? (x - from) / (to - from) : 0.5) * area.width();
    m_crosshair->setLine(at, area.top(), at, area.bottom());
    m_hoverText->setText(text);
    const QRectF textRect = m_hoverText->boundingRect();
    const double boxWidth = textRect.width() + 8;
    // Beside the crosshair, on whichever side has room.
    const double left = at + 8 + boxWidth <= area.right() ? at + 8 : std::max(area.left(), at - 8 - boxWidth);
    m_hoverBox->setRect(0, 0, boxWidth, textRect.height() + 6);
    m_hoverBox->setPos(left, area.top() + 4);
    m_hoverText->setPos(4, 3);
    m_crosshair->show();
    m_hoverBox->show();
    m_hoverTextValue = text;
    m_hoverShown = true;
}

void ChartPlot::hideHover()
{
    m_crosshair->hide();
    m_hoverBox->hide();
    m_hoverShown = false;
}

void ChartPlot::mouseMoveEvent(QMouseEvent *event)
{
    QChartView::mouseMoveEvent(event);
    const QPointF inChart = m_chart->mapFromScene(mapToScene(event->position().toPoint()));
    const QRectF area = m_chart->plotArea();
    if (m_shown == 0 || !area.contains(inChart)) {
        if (m_hoverShown) {
            hideHover();
            Q_EMIT hoverLeft();
        }
        return;
    }
    const double from = double(m_time->min().toMSecsSinceEpoch());
    const double to = double(m_time->max().toMSecsSinceEpoch());
    Q_EMIT hovered(from + (inChart.x() - area.left()) / std::max(1.0, area.width()) * (to - from));
}

void ChartPlot::leaveEvent(QEvent *event)
{
    QChartView::leaveEvent(event);
    hideHover();
    Q_EMIT hoverLeft();
}

void ChartPlot::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    Q_EMIT resized();
}

} // namespace Esi::Ui
