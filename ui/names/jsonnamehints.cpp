#include "ui/names/jsonnamehints.h"

#include "core/names/idcolumns.h"
#include "core/names/rownames.h"

#include <QJsonValue>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

JsonNameHints::JsonNameHints(int keyColumn, int valueColumn, int valueRole, QObject *parent)
    : QIdentityProxyModel(parent)
    , m_keyColumn(keyColumn)
    , m_valueColumn(valueColumn)
    , m_valueRole(valueRole)
{}

void JsonNameHints::setNames(const Core::ResolvedNames &names)
{
    m_names = names;
    if (sourceModel()) {
        layoutAboutToBeChanged(); // nodes below the top level may show IDs too: repaint every one
        layoutChanged();
    }
}

void JsonNameHints::setEnabled(bool enabled)
{
    if (enabled != m_enabled) {
        m_enabled = enabled;
        layoutAboutToBeChanged();
        layoutChanged();
    }
}

bool JsonNameHints::nameOf(const QModelIndex &index, Core::ResolvedName *name) const
{
    if (!m_enabled || index.column() != m_valueColumn) {
        return false;
    }
    const QString key = index.siblingAtColumn(m_keyColumn).data(Qt::DisplayRole).toString();
    const Core::EveIdKind kind = Core::IdColumns::kindOf(key);
    const QJsonValue value = index.data(m_valueRole).value<QJsonValue>();
    if (kind == Core::EveIdKind::None || !value.isDouble()) {
        return false;
    }
    *name = Core::RowNames::describe(kind, value.toInteger(0), m_names);
    return true;
}

QVariant JsonNameHints::data(const QModelIndex &index, int role) const
{
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        Core::ResolvedName name;
        if (nameOf(index, &name)) {
            const QString text = QIdentityProxyModel::data(index, Qt::DisplayRole).toString();
            if (role == Qt::DisplayRole) {
                return name.isNamed() ? u"%1  (%2)"_s.arg(text, name.name) : text; // a format, nothing to translate
            }
            return name.isNamed() ? tr("%1 (%2, from /universe/names)").arg(name.name, name.category) : name.reason;
        }
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace Esi::Ui
