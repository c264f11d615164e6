#pragma once

#include "core/result/resultdata.h"

#include <QAbstractItemModel>
#include <memory>
#include <vector>

namespace Esi::Ui {

// A result's rows as a collapsible JSON tree: key, value, type. Nodes are created only when a view
// asks for them, so 300k rows cost one small node per row the user actually scrolls past.
class JsonTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { KeyColumn, ValueColumn, TypeColumn, ColumnCount };

    enum Role {
        JsonValueRole = Qt::UserRole + 1, // the node's QJsonValue
        PathRole,                         // "[12].position.x"
    };

    explicit JsonTreeModel(QObject *parent = nullptr);
    ~JsonTreeModel() override;

    void setResult(Core::ResultDataPtr data, int language = 0);
    void clear();

    Core::ResultDataPtr result() const { return m_data; }

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
        QString key; // object member name; empty for array items
        QJsonValue value;
        std::vector<std::unique_ptr<Node>> children; // sized on first use, filled lazily
        bool childrenSized = false;
    };

    static int childCount(const Node &node);
    Node *nodeFor(const QModelIndex &index) const;
    Node *child(Node *parent, int row) const;
    QString typeName(const QJsonValue &value) const;
    QString valueText(const QJsonValue &value) const;
    QString path(const Node *node) const;

    Core::ResultDataPtr m_data;
    int m_language = 0;
    std::unique_ptr<Node> m_root; // its children are the rows
};

} // namespace Esi::Ui
