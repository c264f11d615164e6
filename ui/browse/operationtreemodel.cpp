#include "ui/browse/operationtreemodel.h"

#include <QColor>
#include <QFont>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

namespace {

// Mid-tone colours that read on light and dark backgrounds alike.
QColor methodColor(const QString &method)
{
    if (method == u"GET") {
        return QColor(0x2b, 0x7b, 0xd6);
    }
    if (method == u"POST") {
        return QColor(0x2e, 0x9d, 0x4f);
    }
    if (method == u"PUT") {
        return QColor(0xc7, 0x7c, 0x02);
    }
    if (method == u"DELETE") {
        return QColor(0xd0, 0x39, 0x3e);
    }
    return {};
}

} // namespace

OperationTreeModel::OperationTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void OperationTreeModel::setSpec(Core::SpecPtr spec)
{
    beginResetModel();
    m_spec = std::move(spec);
    m_tags.clear();
    m_positions.clear();
    if (m_spec) {
        m_positions.resize(m_spec->operations().size());
        const QStringList tags = m_spec->tags();
        for (const QString &tag : tags) {
            TagNode node{tag, m_spec->operationsForTag(tag)};
            for (qsizetype row = 0; row < node.operations.size(); ++row) {
                m_positions[node.operations.at(row)] = {int(m_tags.size()), int(row)};
            }
            m_tags.append(std::move(node));
        }
    }
    endResetModel();
}

QList<int> OperationTreeModel::operationsOfTag(int tagRow) const
{
    return tagRow >= 0 && tagRow < m_tags.size() ? m_tags.at(tagRow).operations : QList<int>();
}

QModelIndex OperationTreeModel::indexForOperation(int operationIndex, int column) const
{
    if (operationIndex < 0 || operationIndex >= m_positions.size() || column < 0 || column >= ColumnCount) {
        return {};
    }
    const Position position = m_positions.at(operationIndex);
    if (position.tagRow < 0) {
        return {};
    }
    return createIndex(position.row, column, quintptr(position.tagRow) + 1);
}

QModelIndex OperationTreeModel::indexForOperationId(QStringView operationId, int column) const
{
    return m_spec ? indexForOperation(m_spec->indexOf(operationId), column) : QModelIndex();
}

const Core::Operation *OperationTreeModel::operation(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || isTag(index)) {
        return nullptr;
    }
    const int operationIndex = m_tags.at(int(index.internalId() - 1)).operations.at(index.row());
    return &m_spec->operations().at(operationIndex);
}

QModelIndex OperationTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount) {
        return {};
    }
    if (!parent.isValid()) {
        return row < m_tags.size() ? createIndex(row, column, tagRowId) : QModelIndex();
    }
    if (parent.model() != this || !isTag(parent) || parent.column() != 0 || parent.row() >= m_tags.size()) {
        return {};
    }
    if (row >= m_tags.at(parent.row()).operations.size()) {
        return {};
    }
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex OperationTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || isTag(child)) {
        return {};
    }
    return createIndex(int(child.internalId() - 1), 0, tagRowId);
}

int OperationTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid()) {
        return int(m_tags.size());
    }
    // Only the first column has children, as QTreeView expects.
    if (parent.column() != 0 || !isTag(parent)) {
        return 0;
    }
    return int(m_tags.at(parent.row()).operations.size());
}

int OperationTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant OperationTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    if (isTag(index)) {
        return tagData(m_tags.at(index.row()), index.column(), role);
    }
    const int operationIndex = m_tags.at(int(index.internalId() - 1)).operations.at(index.row());
    return operationData(m_spec->operations().at(operationIndex), operationIndex, index.column(), role);
}

QVariant OperationTreeModel::tagData(const TagNode &tag, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return column == OperationColumn ? QVariant(tag.name) : QVariant();
    case Qt::ToolTipRole:
        return tag.operations.size() == 1 ? tr("1 operation tagged %1").arg(tag.name)
                                          : tr("%1 operations tagged %2").arg(tag.operations.size()).arg(tag.name);
    case Qt::FontRole:
        if (column == OperationColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case NodeKindRole:
        return int(NodeKind::Tag);
    case OperationIndexRole:
        return -1;
    case TagRole:
        return tag.name;
    case OperationCountRole:
        return int(tag.operations.size());
    default:
        return {};
    }
}

QVariant OperationTreeModel::operationData(const Core::Operation &operation, int operationIndex, int column,
                                           int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (column) {
        case OperationColumn:
            return operation.operationId;
        case MethodColumn:
            return operation.method;
        case PathColumn:
            return operation.path;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return toolTip(operation);
    case Qt::AccessibleDescriptionRole:
        return accessibleDescription(operation);
    case Qt::ForegroundRole:
        if (column == MethodColumn) {
            return methodColor(operation.method);
        }
        return {};
    case Qt::FontRole: {
        if (column != MethodColumn && !operation.deprecated) {
            return {};
        }
        QFont font;
        font.setBold(column == MethodColumn);
        font.setStrikeOut(operation.deprecated && column == OperationColumn);
        return font;
    }
    case NodeKindRole:
        return int(NodeKind::Operation);
    case OperationIndexRole:
        return operationIndex;
    case OperationIdRole:
        return operation.operationId;
    case TagRole:
        return operation.tag;
    case MethodRole:
        return operation.method;
    case PathRole:
        return operation.path;
    case AuthedRole:
        return operation.authed;
    case ScopesRole:
        return operation.scopes;
    case PagingRole:
        return Core::pagingName(operation.paging);
    case LocalizedRole:
        return operation.localized;
    case RequiredRolesRole:
        return operation.requiredRoles;
    case DeprecatedRole:
        return operation.deprecated;
    case RateLimitGroupRole:
        return operation.rateLimit.group;
    default:
        return {};
    }
}

QString OperationTreeModel::toolTip(const Core::Operation &operation) const
{
    QStringList lines;
    lines << u"<b>"_s + operation.operationId.toHtmlEscaped() + u"</b>"_s;
    lines << operation.method.toHtmlEscaped() + u' ' + operation.path.toHtmlEscaped();
    if (!operation.summary.isEmpty()) {
        lines << operation.summary.toHtmlEscaped();
    }
    if (operation.authed) {
        lines << tr("Requires scope: %1").arg(operation.scopes.join(u", "_s).toHtmlEscaped());
    } else {
        lines << tr("Public: no sign-in needed");
    }
    if (!operation.requiredRoles.isEmpty()) {
        lines << tr("Required roles (any of): %1").arg(operation.requiredRoles.join(u", "_s).toHtmlEscaped());
    }
    if (operation.paging != Core::PagingStyle::None) {
        lines << tr("Paging: %1").arg(Core::pagingName(operation.paging));
    }
    if (operation.localized) {
        lines << tr("Localized: answers in the requested language");
    }
    if (operation.rateLimit.isValid()) {
        lines << tr("Rate limit group: %1").arg(operation.rateLimit.group.toHtmlEscaped());
    }
    if (operation.deprecated) {
        lines << tr("Deprecated");
    }
    return lines.join(u"<br>"_s);
}

QString OperationTreeModel::accessibleDescription(const Core::Operation &operation) const
{
    QStringList facts;
    facts << (operation.authed ? tr("requires sign-in") : tr("public"));
    if (operation.paging != Core::PagingStyle::None) {
        facts << tr("paged by %1").arg(Core::pagingName(operation.paging));
    }
    if (operation.localized) {
        facts << tr("localized");
    }
    if (!operation.requiredRoles.isEmpty()) {
        facts << tr("requires corporation roles");
    }
    if (operation.deprecated) {
        facts << tr("deprecated");
    }
    return operation.summary.isEmpty() ? facts.join(u", "_s) : operation.summary + u"; "_s + facts.join(u", "_s);
}

QVariant OperationTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case OperationColumn:
        return tr("Operation");
    case MethodColumn:
        return tr("Method");
    case PathColumn:
        return tr("Path");
    default:
        return {};
    }
}

Qt::ItemFlags OperationTreeModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return Qt::NoItemFlags;
    }
    if (isTag(index)) {
        return Qt::ItemIsEnabled;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> OperationTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(NodeKindRole, "nodeKind");
    names.insert(OperationIndexRole, "operationIndex");
    names.insert(OperationIdRole, "operationId");
    names.insert(TagRole, "tag");
    names.insert(MethodRole, "method");
    names.insert(PathRole, "path");
    names.insert(AuthedRole, "authed");
    names.insert(ScopesRole, "scopes");
    names.insert(PagingRole, "paging");
    names.insert(LocalizedRole, "localized");
    names.insert(RequiredRolesRole, "requiredRoles");
    names.insert(DeprecatedRole, "deprecated");
    names.insert(RateLimitGroupRole, "rateLimitGroup");
    names.insert(OperationCountRole, "operationCount");
    return names;
}

} // namespace Esi::Ui
