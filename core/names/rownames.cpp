#include "core/names/rownames.h"

#include "core/names/eveidranges.h"

#include <QCoreApplication>

namespace Esi::Core {

namespace {

QJsonValue valueAt(const QJsonObject &row, const QStringList &path)
{
    QJsonObject object = row;
    for (qsizetype i = 0; i + 1 < path.size(); ++i) {
        object = object.value(path.at(i)).toObject();
    }
    return object.value(path.constLast());
}

qint64 integerAt(const QJsonObject &row, const QStringList &path)
{
    const QJsonValue value = valueAt(row, path);
    return value.isDouble() ? value.toInteger(0) : 0;
}

void insertAt(QJsonObject &object, const QStringList &path, qsizetype index, const QString &key,
              const QJsonValue &value)
{
    if (index + 1 == path.size()) {
        object.insert(key, value);
        return;
    }
    QJsonObject child = object.value(path.at(index)).toObject();
    insertAt(child, path, index + 1, key, value);
    object.insert(path.at(index), child);
}

} // namespace

RowNames::RowNames(QList<IdColumn> columns)
    : m_columns(std::move(columns))
{
    for (const IdColumn &column : std::as_const(m_columns)) {
        m_paths.append(column.path.split(u'.'));
    }
}

void RowNames::collectIds(const QJsonObject &row, QList<qint64> &ids, QSet<qint64> &seen) const
{
    for (qsizetype c = 0; c < m_columns.size(); ++c) {
        const qint64 id = integerAt(row, m_paths.at(c));
        if (id > 0 && !seen.contains(id) && EveIdRanges::isNameable(m_columns.at(c).kind, id)) {
            seen.insert(id);
            ids.append(id);
        }
    }
}

void RowNames::collectIds(const QJsonArray &rows, QList<qint64> &ids, QSet<qint64> &seen) const
{
    for (const QJsonValue &row : rows) {
        if (row.isObject()) {
            collectIds(row.toObject(), ids, seen);
        }
    }
}

void RowNames::collectIds(const QList<QJsonValue> &rows, QList<qint64> &ids, QSet<qint64> &seen) const
{
    for (const QJsonValue &row : rows) {
        if (row.isObject()) {
            collectIds(row.toObject(), ids, seen);
        }
    }
}

QJsonObject RowNames::withNames(const QJsonObject &row, const ResolvedNames &names) const
{
    QJsonObject result = row;
    for (qsizetype c = 0; c < m_columns.size(); ++c) {
        const QStringList &path = m_paths.at(c);
        const QJsonValue value = valueAt(row, path);
        if (value.isUndefined()) {
            continue; // a row without the column gets no name for it either
        }
        const qint64 id = value.isDouble() ? value.toInteger(0) : 0;
        const auto it = id > 0 ? names.constFind(id) : names.constEnd();
        const bool named = it != names.constEnd() && it->isNamed() && EveIdRanges::isNameable(m_columns.at(c).kind, id);
        insertAt(result, path, 0, m_columns.at(c).nameColumn.section(u'.', -1),
                 named ? QJsonValue(it->name) : QJsonValue(QJsonValue::Null));
    }
    return result;
}

QJsonArray RowNames::withNames(const QJsonArray &rows, const ResolvedNames &names) const
{
    if (m_columns.isEmpty()) {
        return rows;
    }
    QJsonArray result;
    for (const QJsonValue &row : rows) {
        result.append(row.isObject() ? QJsonValue(withNames(row.toObject(), names)) : row);
    }
    return result;
}

ResolvedName RowNames::describe(EveIdKind kind, qint64 id, const ResolvedNames &names)
{
    QString reason;
    if (!EveIdRanges::isNameable(kind, id, &reason)) {
        return {ResolvedName::Status::Unnameable, {}, {}, reason};
    }
    if (const auto it = names.constFind(id); it != names.constEnd()) {
        return *it;
    }
    return {ResolvedName::Status::Failed, {}, {}, QCoreApplication::translate("Esi::Core::RowNames", "Not asked yet.")};
}

qint64 RowNames::idAt(const QJsonObject &row, const QString &path)
{
    return integerAt(row, path.split(u'.'));
}

} // namespace Esi::Core
