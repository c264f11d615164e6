#pragma once

#include "core/result/resultdata.h"
#include "core/spec/spec.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Esi::Ui {

// Which columns of a result a chart can draw: time columns for x and numeric columns for y, with the defaults.
struct ChartColumnChoice
{
    QList<int> times;   // ResultData columns holding dates or date-times
    QList<int> numbers; // ResultData columns holding numbers (IDs left out: a line through IDs means nothing)
    int defaultX = -1;
    int defaultY = -1;
    QString unavailable; // one line saying why there is no chart; empty when there is one

    bool isAvailable() const { return unavailable.isEmpty(); }
};

// Reads a result's columns for the chart. The operation's response schema decides where it describes a column
// (`format: date` / `date-time`, `integer` / `number`); other columns (no spec, a free-form object) are judged
// by their first SampledRows values. Reads rows only through ResultData's public API.
class ChartColumns
{
    Q_DECLARE_TR_FUNCTIONS(Esi::Ui::ChartColumns)

public:
    static constexpr qsizetype SampledRows = 200;

    // `operation` may be null (no spec, or an outcome without one).
    static ChartColumnChoice of(const Core::ResultData &data, int language, const Core::Spec *spec,
                                const Core::Operation *operation);

    // "type_id", "id", "recipient_ids": numbers that name things rather than measure them.
    static bool isIdentifier(QStringView columnName);

private:
    enum class Kind { Time, Number, Other, Unknown };

    static Kind kindFromSchema(const Core::Spec &spec, const QJsonObject &rowSchema, const QString &columnName);
    static Kind kindFromData(const Core::ResultData &data, int language, int column);
    static QJsonObject rowSchemaOf(const Core::Spec &spec, const Core::Operation &operation);
};

} // namespace Esi::Ui
