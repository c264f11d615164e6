#include "ui/names/cellnames.h"

#include "core/names/eveidranges.h"

namespace Esi::Ui {

CellNames::CellNames(QHash<int, Core::EveIdKind> columns, Core::ResolvedNames names)
    : m_columns(std::move(columns))
    , m_names(std::move(names))
{}

QString CellNames::nameOf(int column, const QJsonValue &value) const
{
    const auto kind = m_columns.constFind(column);
    if (kind == m_columns.constEnd() || !value.isDouble()) {
        return {};
    }
    const qint64 id = value.toInteger(0);
    const auto name = id > 0 ? m_names.constFind(id) : m_names.constEnd();
    if (name == m_names.constEnd() || !name->isNamed() || !Core::EveIdRanges::isNameable(*kind, id)) {
        return {};
    }
    return name->name;
}

} // namespace Esi::Ui
