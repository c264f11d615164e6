#pragma once

#include "core/result/resultdata.h"
#include "core/spec/spec.h"
#include "ui/chart/chartcolumns.h"
#include "ui/chart/chartsamples.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace Esi::Ui {

class ChartPlot;

// The result panel's Chart tab: a time column of the result as x (the date by default), numeric columns as lines
// (a checkable list, `average` or the like by default), hover values, PNG and SVG export. Results without a
// time or a numeric column get no chart and say why (availabilityChanged). Rows are read on a worker thread and
// only while the tab shows; a growing streaming result is re-read at most every RefreshMs, and only its new rows.
// Lines are decimated to a few points per pixel column, so 300,000 rows draw as a few thousand points.
class ChartPanel : public QWidget
{
    Q_OBJECT

public:
    static constexpr int RefreshMs = 400;

    explicit ChartPanel(QWidget *parent = nullptr);

    // The operation whose rows come next: its response schema tells date and number columns apart.
    void setOperation(const Core::SpecPtr &spec, const QString &operationId);
    // A result, or a larger snapshot of the one shown (streaming); null clears the chart.
    void setRows(const Core::ResultDataPtr &rows);
    void setLanguage(int language);

    bool isAvailable() const { return m_choice.isAvailable(); }

    QString unavailableReason() const { return m_choice.unavailable; }

    const ChartColumnChoice &columns() const { return m_choice; }

    // The samples drawn (the rows read so far).
    const ChartSamples &samples() const { return m_samples; }

    // Whether rows are being read or waiting to be, or a redraw for a new size waits: the chart may still change.
    bool isBuilding() const
    {
        return m_watcher->isRunning() || m_refresh->isActive() || m_resize->isActive() || m_buildAgain || m_stale;
    }

    // What hovering at time `x` shows: the x value and every drawn line's, in the table's text.
    QString hoverTextAt(double x) const;

    // Empty on success, else what went wrong (also shown to the user when the buttons were used).
    QString savePng(const QString &path);
    QString saveSvg(const QString &path);

    QComboBox *xColumnBox() const { return m_xBox; }

    QListWidget *valueList() const { return m_values; }

    ChartPlot *plot() const { return m_plot; }

    QLabel *reasonLabel() const { return m_reason; }

Q_SIGNALS:
    void availabilityChanged(bool available, const QString &reason);
    void drawn(); // the lines show the newest samples

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh(bool resetChoice);
    void fillColumnWidgets(const ChartColumnChoice &choice, bool resetChoice);
    void startBuild();
    void handleBuilt();
    void redraw();
    void handleHover(double x);
    void exportWith(bool svg);
    QList<int> checkedColumns() const;
    int currentX() const;

    Core::SpecPtr m_spec;
    QString m_operationId;
    Core::ResultDataPtr m_rows;
    int m_language = 0;
    ChartColumnChoice m_choice;
    ChartSamples m_samples;
    QFutureWatcher<ChartSamples> *m_watcher;
    bool m_buildAgain = false;
    bool m_stale = false; // rows arrived while the tab was hidden: read them when it shows
    QTimer *m_refresh;    // throttles re-reading a growing result
    QTimer *m_resize;     // redraws for the new width once resizing pauses
    QComboBox *m_xBox;
    QListWidget *m_values;
    QPushButton *m_png;
    QPushButton *m_svg;
    QLabel *m_reason;
    QWidget *m_controls;
    ChartPlot *m_plot;
};

} // namespace Esi::Ui
