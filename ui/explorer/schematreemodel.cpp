#include "ui/explorer/schematreemodel.h"

#include "core/spec/schema.h"

#include <QFont>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

namespace {

constexpr int maxDepth = 24;    // expandSchema already stops recursion; this bounds pathological nesting
constexpr int maxNodes = 20000; // no ESI schema comes close

} // namespace

SchemaTreeModel::SchemaTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{}

SchemaTreeModel::~SchemaTreeModel() = default;

void SchemaTreeModel::clear()
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_nodeCount = 0;
    endResetModel();
}

void SchemaTreeModel::setSchema(const Core::Spec &spec, const QJsonObject &schema, const QString &rootName)
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_nodeCount = 0;
    if (!schema.isEmpty()) {
        const Core::ResolvedSchema resolved = spec.resolveSchema(schema);
        auto top = std::make_unique<Node>();
        top->parent = m_root.get();
        top->name = resolved.refName.isEmpty() ? rootName : u"%1 (%2)"_s.arg(rootName, resolved.refName);
        build(top.get(), Core::expandSchema(spec, schema), 0);
        m_root->children.push_back(std::move(top));
    }
    endResetModel();
}

void SchemaTreeModel::build(Node *node, const QJsonObject &schema, int depth)
{
    ++m_nodeCount;
    if (schema.value(u"x-recursive"_s).toBool()) {
        node->recursive = true;
        node->type = tr("%1 (recursive)").arg(schema.value(u"$ref"_s).toString().section(u'/', -1));
        return;
    }
    const Core::SchemaFacts facts = Core::SchemaFacts::of(schema);
    node->type = facts.summary();
    if (node->description.isEmpty()) {
        node->description = facts.description.isEmpty() ? facts.title : facts.description;
    }
    if (depth >= maxDepth || m_nodeCount >= maxNodes) {
        return;
    }
    if (!facts.properties.isEmpty()) {
        for (auto it = facts.properties.begin(); it != facts.properties.end(); ++it) {
            auto child = std::make_unique<Node>();
            child->parent = node;
            child->row = int(node->children.size());
            child->name = it.key();
            child->required = facts.required.contains(it.key());
            Node *raw = child.get();
            node->children.push_back(std::move(child));
            build(raw, it.value().toObject(), depth + 1);
        }
    }
    if (facts.type == u"array" && !facts.items.isEmpty()) {
        auto child = std::make_unique<Node>();
        child->parent = node;
        child->row = int(node->children.size());
        child->name = u"[]"_s;
        Node *raw = child.get();
        node->children.push_back(std::move(child));
        build(raw, facts.items, depth + 1);
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
    return int(nodeFor(parent)->children.size());
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
