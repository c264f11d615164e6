#include "ui/result/jsontreemodel.h"

#include <QFont>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

JsonTreeModel::JsonTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{}

JsonTreeModel::~JsonTreeModel() = default;

void JsonTreeModel::setResult(Core::ResultDataPtr data, int language)
{
    beginResetModel();
    m_data = std::move(data);
    m_language = language;
    m_root = std::make_unique<Node>();
    endResetModel();
}

void JsonTreeModel::clear()
{
    setResult(nullptr);
}

int JsonTreeModel::childCount(const Node &node)
{
    if (node.value.isArray()) {
        return int(node.value.toArray().size());
    }
    if (node.value.isObject()) {
        return int(node.value.toObject().size());
    }
    return 0;
}

JsonTreeModel::Node *JsonTreeModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

JsonTreeModel::Node *JsonTreeModel::child(Node *parent, int row) const
{
    if (!parent->childrenSized) {
        const int count = parent == m_root.get() ? int(m_data->rowCount(m_language)) : childCount(*parent);
        parent->children.resize(size_t(count));
        parent->childrenSized = true;
    }
    std::unique_ptr<Node> &slot = parent->children[size_t(row)];
    if (!slot) {
        slot = std::make_unique<Node>();
        slot->parent = parent;
        slot->row = row;
        if (parent == m_root.get()) {
            slot->value = m_data->rows(m_language).at(row);
        } else if (parent->value.isArray()) {
            slot->value = parent->value.toArray().at(row);
        } else {
            const QJsonObject object = parent->value.toObject();
            const auto it = object.begin() + row;
            slot->key = it.key();
            slot->value = it.value();
        }
    }
    return slot.get();
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent)) {
        return {};
    }
    return createIndex(row, column, child(nodeFor(parent), row));
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid()) {
        return {};
    }
    const Node *node = static_cast<Node *>(child.internalPointer());
    Node *parentNode = node->parent;
    if (!parentNode || parentNode == m_root.get()) {
        return {};
    }
    return createIndex(parentNode->row, 0, parentNode);
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0) {
        return 0;
    }
    if (!parent.isValid()) {
        return m_data ? int(m_data->rowCount(m_language)) : 0;
    }
    return childCount(*nodeFor(parent));
}

int JsonTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool JsonTreeModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QString JsonTreeModel::typeName(const QJsonValue &value) const
{
    switch (value.type()) {
    case QJsonValue::Null:
        return tr("null");
    case QJsonValue::Bool:
        return tr("boolean");
    case QJsonValue::Double:
        return tr("number");
    case QJsonValue::String:
        return tr("string");
    case QJsonValue::Array:
        return tr("array");
    case QJsonValue::Object:
        return tr("object");
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

QString JsonTreeModel::valueText(const QJsonValue &value) const
{
    if (value.isArray()) {
        const qsizetype size = value.toArray().size();
        return size == 1 ? tr("[1 item]") : tr("[%1 items]").arg(size);
    }
    if (value.isObject()) {
        const qsizetype size = value.toObject().size();
        return size == 1 ? tr("{1 field}") : tr("{%1 fields}").arg(size);
    }
    if (value.isNull()) {
        return u"null"_s;
    }
    if (value.isString()) {
        return u'"' + value.toString() + u'"';
    }
    return Core::ResultData::displayText(value);
}

QString JsonTreeModel::path(const Node *node) const
{
    QString text;
    for (; node && node != m_root.get(); node = node->parent) {
        text.prepend(node->key.isEmpty() ? QString(u'[' + QString::number(node->row) + u']')
                                         : QString(u'.' + node->key));
    }
    return text;
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const Node *node = nodeFor(index);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KeyColumn:
            return node->key.isEmpty() ? QString(u'[' + QString::number(node->row) + u']') : node->key;
        case ValueColumn:
            return valueText(node->value);
        case TypeColumn:
            return typeName(node->value);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return path(node);
    case Qt::FontRole:
        if (index.column() == KeyColumn && node->key.isEmpty()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case JsonValueRole:
        return QVariant::fromValue(node->value);
    case PathRole:
        return path(node);
    default:
        return {};
    }
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case ValueColumn:
        return tr("Value");
    case TypeColumn:
        return tr("Type");
    default:
        return {};
    }
}

} // namespace Esi::Ui
