#pragma once

#include "core/spec/spec.h"

#include <QAbstractItemModel>
#include <memory>
#include <vector>

namespace Esi::Ui {

// A schema (an operation's response or request body) as a collapsible tree: each property with its
// type, constraints and description; array items under "[]"; a $ref that loops back on itself is
// shown once and marked recursive instead of nesting forever.
class SchemaTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, TypeColumn, DescriptionColumn, ColumnCount };

    enum Role { RequiredRole = Qt::UserRole + 1, RecursiveRole };

    explicit SchemaTreeModel(QObject *parent = nullptr);
    ~SchemaTreeModel() override;

    // `rootName` labels the top node ("200 response", "request body"); an empty schema clears the model.
    void setSchema(const Core::Spec &spec, const QJsonObject &schema, const QString &rootName);
    void clear();

    int nodeCount() const { return m_nodeCount; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        Node *parent = nullptr;
        int row = 0;
        QString name;
        QString type;
        QString description;
        bool required = false;
        bool recursive = false;
        std::vector<std::unique_ptr<Node>> children;
    };

    void build(Node *node, const QJsonObject &schema, int depth);
    Node *nodeFor(const QModelIndex &index) const;

    std::unique_ptr<Node> m_root; // invisible; its one child is the schema itself
    int m_nodeCount = 0;
};

} // namespace Esi::Ui
