#pragma once

#include <QChartView>
#include <QList>
#include <QPointF>
#include <QString>

class QDateTimeAxis;
class QGraphicsLineItem;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;
class QLineSeries;
class QValueAxis;

namespace Esi::Ui {

// The drawing of a chart: lines over a time axis, a value axis on the left and, for lines of a very different
// scale, one on the right; a crosshair with the values under the mouse. Knows nothing of results: ChartPanel
// hands it points (already decimated) and the text to show on hover.
class ChartPlot : public QChartView
{
    Q_OBJECT

public:
    struct Line
    {
        QString name;
        QList<QPointF> points; // x: milliseconds since the epoch; ascending
        bool rightAxis = false;
    };

    explicit ChartPlot(QWidget *parent = nullptr);

    // Replaces the lines (each series takes its points at once, with QLineSeries::replace). `dateOnly` picks the
    // time axis' label format.
    void setLines(const QList<Line> &lines, bool dateOnly);

    QList<QLineSeries *> lineSeries() const { return m_series.mid(0, m_shown); }

    QDateTimeAxis *timeAxis() const { return m_time; }

    QValueAxis *leftAxis() const { return m_left; }

    QValueAxis *rightAxis() const { return m_right; }

    // Pixel columns of the plot area: the buckets decimation draws into.
    int plotWidth() const;

    // The crosshair at time `x` with `text` beside it; hideHover() takes it away.
    void showHover(double x, const QString &text);
    void hideHover();

    QString hoverText() const { return m_hoverShown ? m_hoverTextValue : QString(); }

    // Where time `x` is in the viewport's coordinates (for tests and the crosshair).
    QPoint viewportPosition(double x) const;

Q_SIGNALS:
    void hovered(double x); // the time under the mouse, milliseconds since the epoch
    void hoverLeft();
    void resized();

protected:
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    static void setValueRange(QValueAxis *axis, double low, double high);

    QChart *m_chart;
    QDateTimeAxis *m_time;
    QValueAxis *m_left;
    QValueAxis *m_right;
    QList<QLineSeries *> m_series; // reused; the first m_shown are in the chart
    qsizetype m_shown = 0;
    QGraphicsLineItem *m_crosshair;
    QGraphicsRectItem *m_hoverBox;
    QGraphicsSimpleTextItem *m_hoverText;
    QString m_hoverTextValue;
    bool m_hoverShown = false;
};

} // namespace Esi::Ui
