#pragma once

#include "core/result/resultdata.h"

#include <QList>

namespace Esi::Ui {

// The values one chart draws from a result snapshot: per row its time (milliseconds since the epoch, UTC) and
// the values of the numeric columns, and the rows with a time in ascending time order. Built off the UI thread
// (ResultData snapshots are immutable); a later snapshot of the same stream reads only the rows it added.
class ChartSamples
{
public:
    ChartSamples() = default;

    // Reads `xColumn` and `yColumns` of `language`. With `previous` from an earlier snapshot of the same stream,
    // language and columns, only rows past the ones it read are read.
    static ChartSamples build(const Core::ResultDataPtr &data, int language, int xColumn, const QList<int> &yColumns,
                              const ChartSamples *previous = nullptr);

    bool canExtend(const Core::ResultData &data, int language, int xColumn, const QList<int> &yColumns) const;

    const Core::ResultDataPtr &data() const { return m_data; }

    int language() const { return m_language; }

    int xColumn() const { return m_xColumn; }

    const QList<int> &yColumns() const { return m_yColumns; }

    qsizetype rowsRead() const { return m_rowsRead; }

    // Points: the rows that have a time, in time order.
    qsizetype size() const { return m_order.size(); }

    double x(qsizetype point) const { return m_x.at(m_order.at(point)); }

    // NaN where the row holds no number in that column. `series` indexes yColumns().
    double y(int series, qsizetype point) const { return m_y.at(series).at(m_order.at(point)); }

    qsizetype row(qsizetype point) const { return m_order.at(point); }

    // The point whose time is nearest to `x`; -1 when there are none.
    qsizetype nearest(double x) const;

private:
    Core::ResultDataPtr m_data;
    int m_language = 0;
    int m_xColumn = -1;
    QList<int> m_yColumns;
    qsizetype m_rowsRead = 0;
    QList<double> m_x;        // per row; NaN without a time
    QList<QList<double>> m_y; // per y column, per row
    QList<qsizetype> m_order; // rows with a time, by time (stable: equal times keep row order)
};

} // namespace Esi::Ui
