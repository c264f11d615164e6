#pragma once

#include "core/names/idcolumns.h"
#include "core/names/resolvedname.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>

namespace Esi::Core {

// The ID columns of one result applied to its rows: which IDs to ask for, and the rows with a
// `<column>_name` next to every ID column (type_id -> type_name), as `esi call --names` and the exports write
// them. A name that is not known is null, so every row with the ID column has the name column too.
class RowNames
{
public:
    explicit RowNames(QList<IdColumn> columns);

    const QList<IdColumn> &columns() const { return m_columns; }

    bool isEmpty() const { return m_columns.isEmpty(); }

    // Adds the IDs of `rows` worth asking (EveIdRanges::isNameable) to `ids`, each once, in first-seen order.
    void collectIds(const QJsonArray &rows, QList<qint64> &ids, QSet<qint64> &seen) const;
    void collectIds(const QList<QJsonValue> &rows, QList<qint64> &ids, QSet<qint64> &seen) const;
    void collectIds(const QJsonObject &row, QList<qint64> &ids, QSet<qint64> &seen) const;

    QJsonObject withNames(const QJsonObject &row, const ResolvedNames &names) const;
    QJsonArray withNames(const QJsonArray &rows, const ResolvedNames &names) const;

    // What is known about `id` in a column of `kind`: the resolved entry, Unnameable with the reason when it
    // is never asked, Failed ("not asked yet") when it is nameable but unknown.
    static ResolvedName describe(EveIdKind kind, qint64 id, const ResolvedNames &names);

    // The integer at a dotted `path` of `row`; 0 when there is none.
    static qint64 idAt(const QJsonObject &row, const QString &path);

private:
    QList<IdColumn> m_columns;
    QList<QStringList> m_paths; // each column's path, split at dots
};

} // namespace Esi::Core
