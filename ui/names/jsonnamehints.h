#pragma once

#include "core/names/resolvedname.h"

#include <QIdentityProxyModel>

namespace Esi::Ui {

// The JSON tree with names as hints: the value of a member whose key says it holds an EVE ID (type_id,
// location_id, ...) shows its name after it ("34  (Tritanium)") and says more in its tooltip, or why there is
// no name. Everything else, and every role but display and tooltip, is the source's.
class JsonNameHints : public QIdentityProxyModel
{
    Q_OBJECT

public:
    // The source's key and value columns, and the role that gives a node's QJsonValue.
    JsonNameHints(int keyColumn, int valueColumn, int valueRole, QObject *parent = nullptr);

    void setNames(const Core::ResolvedNames &names);

    void setEnabled(bool enabled);

    bool isEnabled() const { return m_enabled; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    bool nameOf(const QModelIndex &index, Core::ResolvedName *name) const;

    int m_keyColumn;
    int m_valueColumn;
    int m_valueRole;
    bool m_enabled = true;
    Core::ResolvedNames m_names;
};

} // namespace Esi::Ui
