#pragma once

#include "core/result/resultdata.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Esi::Core {

class Spec;
struct Operation;

// What makes a row of a result "the same row" in a later snapshot: one identity column (order_id, job_id: the
// operation's only `*_id` column that is unique in the data), else the whole row.
struct RowIdentity
{
    QString column; // the identity column's name; empty: the whole row is its own identity
    QString reason; // why, for the user ("order_id is unique in every snapshot")

    bool isWholeRow() const { return column.isEmpty(); }

    // The top-level `*_id` properties of the operation's rows, from the response schema (array items, a cursor
    // page's list or the body), in schema order. Empty without a spec or operation.
    static QStringList idColumnsOfOperation(const Spec &spec, const Operation &operation);

    // Decides the identity for these snapshots: `candidates` (from the spec; when empty, the `*_id` columns of
    // the data) must hold a value in every row that is unique within each snapshot. Of several unique ones, the
    // column that refers to no other entity (order_id, not type_id) wins; if still several, the one named after
    // the route's last segment (/industry/jobs: job_id); else the whole row.
    static RowIdentity detect(const QStringList &candidates, const QString &routePath,
                              const QList<ResultDataPtr> &snapshots);

    // True when `column` holds a non-empty value in every row of `data`, no two rows alike (per language).
    static bool isUniqueIn(const ResultData &data, const QString &column);

    // The key of one row: the language (when the result has several) and the identity column's text or the whole
    // row's compact JSON (object keys sorted).
    QString keyOf(const ResultData &data, int language, qsizetype row, int columnIndex) const;
};

} // namespace Esi::Core
