#include "ui/browse/schematreemodel.h"

#include "core/spec/schema.h"

#include <QFont>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

SchemaTreeModel::SchemaTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{
    m_root->fetched = true;
}

SchemaTreeModel::~SchemaTreeModel() = default;

void SchemaTreeModel::clear()
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_root->fetched = true;
    m_nodeCount = 0;
    m_spec.reset();
    endResetModel();
}

void SchemaTreeModel::setSchema(Core::SpecPtr spec, const QJsonObject &schema, const QString &rootName)
{
    beginResetModel();
    m_spec = std::move(spec);
    m_root = std::make_unique<Node>();
    m_root->fetched = true;
    m_nodeCount = 0;
    if (m_spec && !schema.isEmpty()) {
        std::unique_ptr<Node> top = makeNode(m_root.get(), rootName, schema);
        const QString refName = top->ref.section(u'/', -1);
        if (!refName.isEmpty()) {
            top->name = u"%1 (%2)"_s.arg(rootName, refName);
        }
        m_root->children.push_back(std::move(top));
    }
    endResetModel();
}

std::unique_ptr<SchemaTreeModel::Node> SchemaTreeModel::makeNode(Node *parent, const QString &name,
                                                                 const QJsonObject &schema) const
{
    ++m_nodeCount;
    auto node = std::make_unique<Node>();
    node->parent = parent;
    node->row = int(parent->children.size());
    node->name = name;
    // Follows the $ref chain of this one level; the levels below wait until the node is expanded.
    node->ref = schema.value(u"$ref"_s).toString();
    for (const Node *above = parent; above && !node->ref.isEmpty(); above = above->parent) {
        if (above->ref == node->ref) {
            node->recursive = true;
            node->fetched = true;
            node->type = tr("%1 (recursive)").arg(node->ref.section(u'/', -1));
            return node;
        }
    }
    const Core::ResolvedSchema resolved = m_spec->resolveSchema(schema);
    const Core::SchemaFacts facts = Core::SchemaFacts::of(resolved.schema);
    node->type = resolved.isValid() ? facts.summary() : resolved.error;
    node->description = facts.description.isEmpty() ? facts.title : facts.description;
    node->properties = facts.properties;
    node->requiredNames = facts.required;
    if (facts.type == u"array") {
        node->items = facts.items;
    }
    node->fetched = !node->expandable();
    return node;
}

bool SchemaTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.column() > 0) {
        return false;
    }
    const Node *node = nodeFor(parent);
    return node->fetched ? !node->children.empty() : node->expandable();
}

void SchemaTreeModel::makeChildren(Node *node) const
{
    if (node->fetched) {
        return;
    }
    node->fetched = true;
    for (auto it = node->properties.begin(); it != node->properties.end(); ++it) {
        std::unique_ptr<Node> child = makeNode(node, it.key(), it.value().toObject());
        child->required = node->requiredNames.contains(it.key());
        node->children.push_back(std::move(child));
    }
    if (!node->items.isEmpty()) {
        node->children.push_back(makeNode(node, u"[]"_s, node->items));
    }
}

SchemaTreeModel::Node *SchemaTreeModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex SchemaTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent)) {
        return {};
    }
    return createIndex(row, column, nodeFor(parent)->children.at(size_t(row)).get());
}

QModelIndex SchemaTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid()) {
        return {};
    }
    Node *parentNode = nodeFor(child)->parent;
    if (!parentNode || parentNode == m_root.get()) {
        return {};
    }
    return createIndex(parentNode->row, 0, parentNode);
}

int SchemaTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0) {
        return 0;
    }
    Node *node = nodeFor(parent);
    makeChildren(node);
    return int(node->children.size());
}

int SchemaTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant SchemaTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const Node *node = nodeFor(index);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return node->required ? node->name + u" *"_s : node->name;
        case TypeColumn:
            return node->type;
        case DescriptionColumn:
            return node->description.simplified();
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == DescriptionColumn && !node->description.isEmpty()) {
            return node->description;
        }
        if (index.column() == NameColumn && node->required) {
            return tr("Always present");
        }
        return {};
    case Qt::FontRole:
        if (index.column() == NameColumn && node->required) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case RequiredRole:
        return node->required;
    case RecursiveRole:
        return node->recursive;
    default:
        return {};
    }
}

QVariant SchemaTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Field");
    case TypeColumn:
        return tr("Type");
    case DescriptionColumn:
        return tr("Description");
    default:
        return {};
    }
}

} // namespace Esi::Ui
