#pragma once

#include "core/names/eveidkind.h"
#include "core/spec/spec.h"

#include <QList>
#include <QString>

namespace Esi::Core {

// One column of a result that holds EVE entity IDs: `path` as the flattened column is named ("type_id",
// "victim.character_id"), its kind, and the column its names go to ("type_name", "victim.character_name").
struct IdColumn
{
    QString path;
    EveIdKind kind = EveIdKind::None;
    QString nameColumn;

    friend bool operator==(const IdColumn &, const IdColumn &) = default;
};

// Which columns of a result hold IDs that have names, read from the spec: the integer properties of the
// rows of an operation's success response whose names say what they hold (type_id, location_id,
// *_character_id, ...). Nested objects count with dotted paths, as the table and CSV flatten them.
class IdColumns
{
public:
    // The kind a property or parameter name holds; the last dotted segment decides. None for anything else.
    static EveIdKind kindOf(QStringView name);

    // type_id -> type_name, issuer_corporation_id -> issuer_corporation_name, a.b_id -> a.b_name.
    static QString nameColumnOf(const QString &column);

    // The ID columns of the rows `operation` answers with (array items, a cursor page's list, or the body).
    static QList<IdColumn> ofOperation(const Spec &spec, const Operation &operation);

    // The ID columns among the flattened column names of a table (for results without a spec schema).
    static QList<IdColumn> ofColumnNames(const QStringList &columns);
};

} // namespace Esi::Core
