#include "ui/chart/chartcolumns.h"

#include "core/spec/schema.h"
#include "ui/chart/charttime.h"

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

namespace {

// The y column drawn first, in this order of preference; else the first numeric column.
const QStringList preferredValues{u"average"_s, u"amount"_s, u"balance"_s, u"price"_s, u"value"_s, u"quantity"_s};

QJsonObject resolved(const Core::Spec &spec, const QJsonObject &schema)
{
    const Core::ResolvedSchema result = spec.resolveSchema(schema);
    return result.isValid() ? result.schema : QJsonObject();
}

} // namespace

bool ChartColumns::isIdentifier(QStringView columnName)
{
    const qsizetype dot = columnName.lastIndexOf(u'.');
    const QStringView last = dot < 0 ? columnName : columnName.mid(dot + 1);
    return last == u"id" || last.endsWith(u"_id") || last.endsWith(u"_ids");
}

QJsonObject ChartColumns::rowSchemaOf(const Core::Spec &spec, const Core::Operation &operation)
{
    const Core::Response *success = operation.successResponse();
    if (!success) {
        return {};
    }
    const QJsonObject body = resolved(spec, success->schema);
    const Core::SchemaFacts facts = Core::SchemaFacts::of(body);
    if (facts.type == u"array"_s) {
        return resolved(spec, facts.items);
    }
    // A cursor page wraps its list in an object: its one array of objects holds the rows.
    for (auto it = facts.properties.begin(); it != facts.properties.end(); ++it) {
        const Core::SchemaFacts property = Core::SchemaFacts::of(resolved(spec, it.value().toObject()));
        if (property.type == u"array"_s && Core::SchemaFacts::of(resolved(spec, property.items)).type == u"object"_s) {
            return resolved(spec, property.items);
        }
    }
    return body;
}

ChartColumns::Kind ChartColumns::kindFromSchema(const Core::Spec &spec, const QJsonObject &rowSchema,
                                                const QString &columnName)
{
    QJsonObject schema = rowSchema;
    for (const QString &key : columnName.split(u'.')) {
        const Core::SchemaFacts facts = Core::SchemaFacts::of(schema);
        if (!facts.properties.contains(key)) {
            return Kind::Unknown;
        }
        schema = resolved(spec, facts.properties.value(key).toObject());
    }
    const Core::SchemaFacts facts = Core::SchemaFacts::of(schema);
    if (facts.type == u"string"_s && (facts.format == u"date"_s || facts.format == u"date-time"_s)) {
        return Kind::Time;
    }
    if (facts.type == u"integer"_s || facts.type == u"number"_s) {
        return Kind::Number;
    }
    return facts.type.isEmpty() ? Kind::Unknown : Kind::Other;
}

ChartColumns::Kind ChartColumns::kindFromData(const Core::ResultData &data, int language, int column)
{
    const qsizetype rows = std::min(data.rowCount(language), SampledRows);
    int times = 0;
    int numbers = 0;
    int seen = 0;
    for (qsizetype row = 0; row < rows; ++row) {
        const QJsonValue value = data.cell(language, row, column);
        if (value.isUndefined() || value.isNull()) {
            continue;
        }
        ++seen;
        if (value.isDouble()) {
            ++numbers;
        } else if (value.isString() && ChartTime::parse(value.toString())) {
            ++times;
        }
    }
    if (seen == 0) {
        return Kind::Unknown;
    }
    return times == seen ? Kind::Time : numbers == seen ? Kind::Number : Kind::Other;
}

ChartColumnChoice ChartColumns::of(const Core::ResultData &data, int language, const Core::Spec *spec,
                                   const Core::Operation *operation)
{
    ChartColumnChoice choice;
    if (language < 0 || language >= data.languageCount() || data.rowCount(language) == 0) {
        choice.unavailable = tr("No chart: the result has no rows.");
        return choice;
    }
    const QJsonObject rowSchema = spec && operation ? rowSchemaOf(*spec, *operation) : QJsonObject();
    const QList<Core::ResultData::Column> &columns = data.columns();
    for (int column = 0; column < columns.size(); ++column) {
        const QString &name = columns.at(column).name;
        Kind kind = rowSchema.isEmpty() ? Kind::Unknown : kindFromSchema(*spec, rowSchema, name);
        if (kind == Kind::Unknown) {
            kind = kindFromData(data, language, column);
        }
        if (kind == Kind::Time) {
            choice.times.append(column);
        } else if (kind == Kind::Number && !isIdentifier(name)) {
            choice.numbers.append(column);
        }
    }
    if (choice.times.isEmpty()) {
        choice.unavailable = tr("No chart: the result has no date or date-time column.");
        return choice;
    }
    if (choice.numbers.isEmpty()) {
        choice.unavailable = tr("No chart: the result has no numeric column (IDs do not count).");
        return choice;
    }
    choice.defaultX = choice.times.first();
    for (int column : std::as_const(choice.times)) {
        if (columns.at(column).name == u"date"_s) {
            choice.defaultX = column;
        }
    }
    choice.defaultY = choice.numbers.first();
    for (const QString &preferred : preferredValues) {
        if (const int column = data.columnIndex(preferred); choice.numbers.contains(column)) {
            choice.defaultY = column;
            break;
        }
    }
    return choice;
}

} // namespace Esi::Ui
