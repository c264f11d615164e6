#pragma once

#include "core/spec/spec.h"

#include <QAbstractItemModel>
#include <memory>
#include <vector>

namespace Esi::Ui {

// A schema (an operation's response or request body) as a collapsible tree: each property with its
// type, constraints and description; array items under "[]"; a $ref that loops back on itself is
// shown once and marked recursive instead of nesting forever. A node's children are made when its rows
// are first asked for (a view asks when the node is expanded; hasChildren answers without making them),
// $refs resolved one level at a time, so a spec whose schemas fan out (twenty $refs per level, ten
// levels) costs no more than what the user opens.
class SchemaTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, TypeColumn, DescriptionColumn, ColumnCount };

    enum Role { RequiredRole = Qt::UserRole + 1, RecursiveRole };

    explicit SchemaTreeModel(QObject *parent = nullptr);
    ~SchemaTreeModel() override;

    // `rootName` labels the top node ("200 response", "request body"); an empty schema clears the model.
    // The model keeps `spec` to resolve deeper levels on demand.
    void setSchema(Core::SpecPtr spec, const QJsonObject &schema, const QString &rootName);
    void clear();

    int nodeCount() const { return m_nodeCount; } // nodes made so far

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
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
        QString ref; // the $ref this node's schema came through, for recursion checks
        bool required = false;
        bool recursive = false;
        bool fetched = false;
        QJsonObject properties; // of the resolved schema, each maybe a $ref; made into children on fetch
        QStringList requiredNames;
        QJsonObject items; // array item schema, maybe a $ref
        std::vector<std::unique_ptr<Node>> children;

        bool expandable() const { return !recursive && (!properties.isEmpty() || !items.isEmpty()); }
    };

    std::unique_ptr<Node> makeNode(Node *parent, const QString &name, const QJsonObject &schema) const;
    void makeChildren(Node *node) const; // once per node; the model's content does not change, it is only computed late
    Node *nodeFor(const QModelIndex &index) const;

    Core::SpecPtr m_spec;
    std::unique_ptr<Node> m_root; // invisible; its one child is the schema itself
    mutable int m_nodeCount = 0;
};

} // namespace Esi::Ui
