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

// A schema with every $ref inlined, or why it could not be: expansion is bounded so a small spec whose
// schemas reference each other in a wide fan (20 $refs per level, 10 levels: 20^10 leaves from 9 KB) stops
// with an error instead of exhausting memory.
struct SchemaExpansion
{
    QJsonObject schema; // empty when `error` is set
    QString error;      // what ran over, where (the $ref path) and how to go on; empty on success
    qint64 nodes = 0;   // JSON objects and arrays in `schema`, counting shared subtrees each time

    bool isValid() const { return error.isEmpty(); }
};

// More than any real ESI schema needs (the largest of the 2026 specs has a few hundred).
inline constexpr qint64 DefaultExpansionNodes = 50000;

// Inlines every $ref of `schema`. A $ref already being expanded higher up becomes
// {"$ref": ..., "x-recursive": true}, so recursive schemas stay finite; one that points nowhere becomes
// {"$ref": ..., "x-unresolved": true}. Each $ref is expanded once and shared (memoized) wherever it recurs,
// and the result may hold at most `nodeBudget` nodes. Prefer resolving $refs on the fly
// (Spec::resolveSchema) where a value is walked: only diffs need whole schemas.
SchemaExpansion expandSchema(const Spec &spec, const QJsonObject &schema, qint64 nodeBudget = DefaultExpansionNodes);

} // namespace Esi::Core
