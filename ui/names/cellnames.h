#pragma once

#include "core/names/eveidkind.h"
#include "core/names/resolvedname.h"

#include <QHash>
#include <QJsonValue>
#include <memory>

namespace Esi::Ui {

// The names a table's own sort and filter see for its ID columns: which source columns hold IDs of which kind,
// and the names known when it was made. Immutable, so worker threads read it while the UI learns more names
// (ResolvedNames is implicitly shared: the namer's copy detaches, this one stays).
class CellNames
{
public:
    CellNames(QHash<int, Core::EveIdKind> columns, Core::ResolvedNames names);

    bool holdsIds(int column) const { return m_columns.contains(column); }

    // The name of the ID in `value`, a cell of source column `column`; empty when it has none (yet).
    QString nameOf(int column, const QJsonValue &value) const;

private:
    QHash<int, Core::EveIdKind> m_columns;
    Core::ResolvedNames m_names;
};

using CellNamesPtr = std::shared_ptr<const CellNames>;

} // namespace Esi::Ui
