#pragma once

#include <QCborValue>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace Esi::Core {

class Spec;
struct Operation;

// What the SQLite export needs to know about names and types: identifiers that are safe to put in SQL
// whatever a spec calls its fields, the SQL type of a schema or a value, and the response schema of one row.
//
// Types: integer → INTEGER, number → REAL, boolean → INTEGER (0/1), string (date-time, enums) → TEXT;
// a field the schema does not declare takes the type of its first value.
class SqliteSchema
{
public:
    static constexpr int maxNameLength = 120; // characters of one identifier part, a hash keeps it unique

    // A name made fit for an identifier: control characters become '_', an over-long name is cut and
    // ends in a short hash of the whole name. Never empty.
    static QString cleanName(const QString &name);
    // "name" with every " doubled (and control characters as '_'): the only way a name reaches SQL text;
    // values are always bound. Pass names made by cleanName(), so that the file holds exactly them.
    static QString quoted(const QString &name);

    // INTEGER, REAL or TEXT for a scalar schema; "array" for an array; empty when the schema says nothing.
    static QString typeOf(const QJsonObject &resolvedSchema);
    static QString typeOfValue(const QCborValue &value);
    // The value as SQLite stores it: booleans 0/1, arrays and objects as compact JSON text, null as NULL.
    static QVariant bindable(const QCborValue &value);

    // The schema of one row of the operation's success response: the items of an array, the list of a
    // cursor-paged body, else the body itself; empty when the operation declares none.
    static QJsonObject rowSchema(const Spec &spec, const Operation &operation);
    // The schema under `path` (object keys) of a row schema, resolved; empty when the schema has none.
    static QJsonObject schemaAt(const Spec *spec, const QJsonObject &rowSchema, const QStringList &path);
    // A row holding every declared field (null, [] for arrays, nested objects filled likewise), so that the
    // row flattener learns the schema's columns before the first real row arrives. Depth is bounded.
    static QJsonValue skeleton(const Spec *spec, const QJsonObject &rowSchema);
};

} // namespace Esi::Core
