#include "core/result/rowflattener.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cmath>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

namespace {

// Rows of one result rarely have more layouts than this (optional keys); past it, the least recently used
// layout is forgotten and relearned when it comes back.
constexpr qsizetype maxLayouts = 16;
constexpr double exactIntegerLimit = 9007199254740992.0; // 2^53: doubles hold every integer below it

} // namespace

void RowFlattener::add(const QJsonValue &row)
{
    if (!row.isObject()) {
        rowColumn();
        return;
    }
    // Shares the object's storage; QCborMap can compare keys without making QStrings.
    layoutFor(QCborMap::fromJsonObject(row.toObject()));
}

const QList<RowFlattener::Cell> &RowFlattener::flatten(const QJsonValue &row)
{
    m_cells.clear();
    m_lastRowWhole = true;
    if (!row.isObject()) {
        m_cells.append(Cell{rowColumn(), QCborValue::fromJsonValue(row)});
        return m_cells;
    }
    const QCborMap map = QCborMap::fromJsonObject(row.toObject());
    const Layout &layout = layoutFor(map);
    m_lastRowWhole = layout.whole;
    qsizetype index = 0;
    if (layout.ascending) {
        appendLeaves(map, layout.nodes, index);
        return m_cells;
    }
    // Keys in an order that differs from the columns (a key of a nested object came first elsewhere):
    // gather the cells by column, then hand them out in column order.
    m_byColumn.resize(m_columns.size());
    int width = 0;
    const auto gather = [&](const auto &self, const QCborMap &object) -> void {
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const LayoutNode &node = layout.nodes.at(index++);
            if (node.column < 0) {
                self(self, it.value().toMap());
            } else {
                m_byColumn[node.column] = it.value();
                width = std::max(width, node.column + 1);
            }
        }
    };
    gather(gather, map);
    for (int column = 0; column < width; ++column) {
        QCborValue value = std::exchange(m_byColumn[column], QCborValue());
        if (!value.isUndefined()) {
            m_cells.append(Cell{column, std::move(value)});
        }
    }
    return m_cells;
}

int RowFlattener::columnIndex(QStringView name) const
{
    const int named = m_columnIndex.value(name.toString(), -1);
    if (m_rowColumn >= 0 && name == u"value" && (named < 0 || m_rowColumn < named)) {
        return m_rowColumn;
    }
    return named;
}

QString RowFlattener::columnKey(const Column &column)
{
    return column.path.isEmpty() ? QString() : u'.' + column.name; // no name key is empty
}

QJsonValue RowFlattener::cell(const QJsonValue &row, const Column &column)
{
    QJsonValue value = row;
    for (const QString &key : column.path) {
        if (!value.isObject()) {
            return QJsonValue(QJsonValue::Undefined);
        }
        value = value.toObject().value(key);
    }
    if (column.path.isEmpty() && row.isObject()) {
        return QJsonValue(QJsonValue::Undefined); // the "value" column of a result that mixes objects and scalars
    }
    return value;
}

QString RowFlattener::numberText(double number)
{
    // ESI ids reach 2^53 territory; print integers in full, never as 1.0e+12.
    if (std::trunc(number) == number && std::fabs(number) < exactIntegerLimit) {
        return QString::number(qint64(number));
    }
    return QString::number(number, 'g', 15);
}

QString RowFlattener::text(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        // Integers past 2^53 (a double cannot hold them) in full, as they came.
        if (std::fabs(value.toDouble()) >= exactIntegerLimit) {
            if (const qint64 integer = value.toInteger(0); integer != 0) {
                return QString::number(integer);
            }
        }
        return numberText(value.toDouble());
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    }
    return {};
}

int RowFlattener::rowColumn()
{
    if (m_rowColumn < 0) {
        m_rowColumn = int(m_columns.size());
        m_columns.append(Column{u"value"_s, {}});
    }
    return m_rowColumn;
}

int RowFlattener::columnFor(const QString &name, const QStringList &path)
{
    const auto found = m_columnIndex.constFind(name);
    if (found != m_columnIndex.constEnd()) {
        return found.value();
    }
    const int column = int(m_columns.size());
    m_columnIndex.insert(name, column);
    m_columns.append(Column{name, path});
    return column;
}

const RowFlattener::Layout &RowFlattener::layoutFor(const QCborMap &row)
{
    for (qsizetype i = 0; i < m_layouts.size(); ++i) {
        qsizetype index = 0;
        if (m_layouts.at(i).keys == row.size() && matches(row, m_layouts.at(i).nodes, index)) {
            if (i > 0) {
                m_layouts.move(i, 0);
            }
            return m_layouts.at(0);
        }
    }
    Layout layout;
    layout.keys = row.size();
    int lastColumn = -1;
    learn(row, QStringList(), layout, lastColumn);
    if (m_layouts.size() == maxLayouts) {
        m_layouts.removeLast();
    }
    m_layouts.prepend(std::move(layout));
    return m_layouts.at(0);
}

bool RowFlattener::matches(const QCborMap &map, const QList<LayoutNode> &nodes, qsizetype &index)
{
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        if (index >= nodes.size()) {
            return false;
        }
        const LayoutNode &node = nodes.at(index++);
        if (!(it.key() == node.key)) {
            return false;
        }
        const QCborValueConstRef value = it.value();
        if (value.isMap()) {
            const QCborMap child = value.toMap();
            if (!child.isEmpty()) {
                if (node.column >= 0 || node.children != child.size() || !matches(child, nodes, index)) {
                    return false;
                }
                continue;
            }
        }
        if (node.column < 0) {
            return false;
        }
    }
    return true;
}

void RowFlattener::learn(const QCborMap &map, const QStringList &prefix, Layout &layout, int &lastColumn)
{
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        const QString key = it.key().toString();
        QStringList path = prefix;
        path.append(key);
        LayoutNode node;
        node.key = QCborValue(key); // its own copy: a layout must not keep a row's storage alive
        const QCborValueConstRef value = it.value();
        const QCborMap child = value.isMap() ? value.toMap() : QCborMap();
        if (!child.isEmpty()) {
            node.children = child.size();
            layout.nodes.append(node);
            learn(child, path, layout, lastColumn);
            continue;
        }
        node.column = columnFor(path.join(u'.'), path);
        layout.whole =
            layout.whole && std::none_of(layout.nodes.cbegin(), layout.nodes.cend(),
                                         [&node](const LayoutNode &other) { return other.column == node.column; });
        layout.ascending = layout.ascending && node.column > lastColumn;
        lastColumn = node.column;
        layout.nodes.append(node);
    }
}

void RowFlattener::appendLeaves(const QCborMap &map, const QList<LayoutNode> &nodes, qsizetype &index)
{
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        const LayoutNode &node = nodes.at(index++);
        if (node.column < 0) {
            appendLeaves(it.value().toMap(), nodes, index);
            continue;
        }
        m_cells.append(Cell{node.column, it.value()});
    }
}

} // namespace Esi::Core
