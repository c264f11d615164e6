#include "ui/chart/chartsamples.h"

#include "ui/chart/charttime.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace Esi::Ui {

namespace {

constexpr double noValue = std::numeric_limits<double>::quiet_NaN();

double numberOf(const QJsonValue &value)
{
    if (value.isDouble()) {
        return value.toDouble();
    }
    if (value.isString()) { // integers past 2^53 come back as text
        bool ok = false;
        const double number = value.toString().toDouble(&ok);
        return ok && std::isfinite(number) ? number : noValue;
    }
    return noValue;
}

} // namespace

bool ChartSamples::canExtend(const Core::ResultData &data, int language, int xColumn, const QList<int> &yColumns) const
{
    return m_data && m_data->streamId() == data.streamId() && m_language == language && m_xColumn == xColumn &&
           m_yColumns == yColumns && data.rowCount(language) >= m_rowsRead;
}

ChartSamples ChartSamples::build(const Core::ResultDataPtr &data, int language, int xColumn, const QList<int> &yColumns,
                                 const ChartSamples *previous)
{
    ChartSamples samples;
    if (previous && data && previous->canExtend(*data, language, xColumn, yColumns)) {
        samples = *previous;
    } else {
        samples.m_language = language;
        samples.m_xColumn = xColumn;
        samples.m_yColumns = yColumns;
        samples.m_y.resize(yColumns.size());
    }
    samples.m_data = data;
    if (!data || language < 0 || language >= data->languageCount() || xColumn < 0) {
        samples.m_rowsRead = 0;
        samples.m_x.clear();
        samples.m_order.clear();
        return samples;
    }
    const qsizetype rows = data->rowCount(language);
    const qsizetype first = samples.m_rowsRead;
    samples.m_x.reserve(rows);
    for (QList<double> &values : samples.m_y) {
        values.reserve(rows);
    }
    bool sorted = true; // the rows read before are in order; do the new ones follow them?
    double last = samples.m_order.isEmpty() ? -std::numeric_limits<double>::infinity()
                                            : samples.m_x.at(samples.m_order.constLast());
    for (qsizetype row = first; row < rows; ++row) {
        const QJsonValue time = data->cell(language, row, xColumn);
        const std::optional<qint64> msecs = time.isString() ? ChartTime::parse(time.toString()) : std::nullopt;
        samples.m_x.append(msecs ? double(*msecs) : noValue);
        for (int series = 0; series < yColumns.size(); ++series) {
            samples.m_y[series].append(numberOf(data->cell(language, row, yColumns.at(series))));
        }
        if (msecs) {
            sorted = sorted && double(*msecs) >= last;
            last = std::max(last, double(*msecs));
            samples.m_order.append(row);
        }
    }
    samples.m_rowsRead = rows;
    if (!sorted) { // ESI lists journals newest first; market history comes oldest first and skips this
        const QList<double> &x = samples.m_x;
        std::stable_sort(samples.m_order.begin(), samples.m_order.end(),
                         [&x](qsizetype a, qsizetype b) { return x.at(a) < x.at(b); });
    }
    return samples;
}

qsizetype ChartSamples::nearest(double x) const
{
    if (m_order.isEmpty()) {
        return -1;
    }
    const auto it = std::lower_bound(m_order.cbegin(), m_order.cend(), x,
                                     [this](qsizetype row, double value) { return m_x.at(row) < value; });
    const qsizetype after = it - m_order.cbegin();
    if (after == 0) {
        return 0;
    }
    if (after == m_order.size()) {
        return after - 1;
    }
    return x - this->x(after - 1) <= this->x(after) - x ? after - 1 : after;
}

} // namespace Esi::Ui
