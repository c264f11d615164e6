#pragma once

#include "core/spec/spec.h"

#include <QAbstractItemModel>

namespace Esi::Ui {

// The operations of a spec as a two-level tree: tags (in document order), each holding its operations.
// Every fact the explorer shows as a badge is also a data role, so views, delegates and tests read the
// same values.
class OperationTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { OperationColumn, MethodColumn, PathColumn, ColumnCount };

    enum class NodeKind { Tag, Operation };

    enum Role {
        NodeKindRole = Qt::UserRole + 1, // NodeKind as int
        OperationIndexRole,              // index into Spec::operations(); -1 on tag rows
        OperationIdRole,
        TagRole,
        MethodRole,
        PathRole,
        AuthedRole,         // bool
        ScopesRole,         // QStringList
        PagingRole,         // "none", "page", "cursor", "from_id"
        LocalizedRole,      // bool
        RequiredRolesRole,  // QStringList
        DeprecatedRole,     // bool
        RateLimitGroupRole, // empty when the route has no bucket
        OperationCountRole, // tag rows: operations under the tag
    };

    explicit OperationTreeModel(QObject *parent = nullptr);

    void setSpec(Core::SpecPtr spec);

    Core::SpecPtr spec() const { return m_spec; }

    int tagCount() const { return int(m_tags.size()); }

    QList<int> operationsOfTag(int tagRow) const; // indexes into Spec::operations()
    QModelIndex indexForOperation(int operationIndex, int column = OperationColumn) const;
    QModelIndex indexForOperationId(QStringView operationId, int column = OperationColumn) const;
    const Core::Operation *operation(const QModelIndex &index) const; // nullptr on tag rows

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct TagNode
    {
        QString name;
        QList<int> operations;
    };

    // Operation rows carry their tag row + 1 as internal id; tag rows carry 0.
    static constexpr quintptr tagRowId = 0;

    bool isTag(const QModelIndex &index) const { return index.internalId() == tagRowId; }

    QVariant tagData(const TagNode &tag, int column, int role) const;
    QVariant operationData(const Core::Operation &operation, int operationIndex, int column, int role) const;
    QString toolTip(const Core::Operation &operation) const;
    QString accessibleDescription(const Core::Operation &operation) const;

    Core::SpecPtr m_spec;
    QList<TagNode> m_tags;

    struct Position
    {
        int tagRow = -1;
        int row = -1;
    };

    QList<Position> m_positions; // by operation index, for selecting an operation by id
};

} // namespace Esi::Ui
