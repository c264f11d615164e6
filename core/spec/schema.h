#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <optional>

namespace Esi::Core {

class Spec;

// The facts of one (resolved) JSON schema that editors, validation and docs need, read the same way
// for OpenAPI 3.1 (`type: [T, "null"]`, `examples`) and 3.0 / Swagger 2.0 (`nullable`, `example`).
struct SchemaFacts
{
    QString type; // string, integer, number, boolean, array, object; empty when untyped
    bool nullable = false;
    QString format; // int32, int64, date-time, date, float, double, ...
    QString description;
    QString title;
    QJsonArray enumValues;
    QStringList enumDescriptions; // x-enum-descriptions, parallel to enumValues
    QJsonValue defaultValue;
    QJsonValue example;
    std::optional<double> minimum;
    std::optional<double> maximum;
    bool exclusiveMinimum = false;
    bool exclusiveMaximum = false;
    std::optional<qint64> minLength;
    std::optional<qint64> maxLength;
    std::optional<qint64> minItems;
    std::optional<qint64> maxItems;
    bool uniqueItems = false;
    QString pattern;
    QJsonObject items;      // array item schema (may hold a $ref)
    QJsonObject properties; // object properties (each may hold a $ref)
    QStringList required;   // required property names
    bool deprecated = false;

    static SchemaFacts of(const QJsonObject &schema);

    // "integer (int32) >= 1", "string enum[en, de, ...]", "array of integer, 1..1000 items"
    QString summary() const;
};

// Expands every $ref of `schema` inline, replacing a $ref already being expanded higher up by
// {"$ref": ..., "x-recursive": true}, so recursive schemas stay finite.
QJsonObject expandSchema(const Spec &spec, const QJsonObject &schema, int maxDepth = 32);

} // namespace Esi::Core
