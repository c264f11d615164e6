#include "core/export/sqlitetable.h"

#include "core/export/sqliteschema.h"
#include "core/spec/schema.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QSqlError>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

SqliteTable::SqliteTable(QSqlDatabase database, QString name, const Spec *spec, QJsonObject rowSchema,
                         const SqliteTable *parent)
    : m_database(std::move(database))
    , m_name(std::move(name))
    , m_parentName(parent ? parent->name() : QString())
    , m_spec(spec)
    , m_rowSchema(std::move(rowSchema))
    , m_depth(parent ? parent->m_depth + 1 : 0)
{}

SqliteTable::~SqliteTable() = default;

bool SqliteTable::exec(const QString &statement, QString *error)
{
    QSqlQuery query(m_database);
    if (!query.exec(statement)) {
        *error = tr("SQLite refused to change table %1: %2").arg(m_name, query.lastError().text());
        return false;
    }
    return true;
}

bool SqliteTable::prepare(QString *error)
{
    QStringList reserved{u"rowid"_s, u"run_id"_s};
    if (isChild()) {
        reserved << u"parent_rowid"_s << u"item_index"_s;
    }
    for (const QString &name : std::as_const(reserved)) {
        m_taken.insert(name, name);
    }
    QSqlQuery info(m_database);
    if (!info.exec(u"PRAGMA table_info("_s + SqliteSchema::quoted(m_name) + u')')) {
        *error = tr("Cannot read table %1: %2").arg(m_name, info.lastError().text());
        return false;
    }
    while (info.next()) {
        m_fileColumns.insert(info.value(1).toString().toLower(), info.value(2).toString().toUpper());
    }
    m_exists = !m_fileColumns.isEmpty();
    if (m_exists) {
        for (const QString &name : std::as_const(reserved)) {
            if (!m_fileColumns.contains(name)) {
                *error = tr("The file already has a table %1 without a %2 column, so it was not written by an ESI "
                            "Studio export; export into another file.")
                             .arg(m_name, name);
                return false;
            }
        }
    } else {
        const QString runs = u"run_id INTEGER NOT NULL REFERENCES esi_runs(run_id)"_s;
        const QString create =
            isChild() ? u"CREATE TABLE %1 (rowid INTEGER PRIMARY KEY, %2, parent_rowid INTEGER NOT NULL REFERENCES "
                        u"%3(rowid), "
                        "item_index INTEGER NOT NULL)"_s.arg(SqliteSchema::quoted(m_name), runs,
                                                             SqliteSchema::quoted(m_parentName))
                      : u"CREATE TABLE %1 (rowid INTEGER PRIMARY KEY, %2)"_s.arg(SqliteSchema::quoted(m_name), runs);
        const QString index = isChild() ? u"parent_rowid"_s : u"run_id"_s;
        if (!exec(create, error) ||
            !exec(u"CREATE INDEX %1 ON %2(%3)"_s.arg(SqliteSchema::quoted(m_name + u"_by_"_s + index),
                                                     SqliteSchema::quoted(m_name), index),
                  error)) {
            return false;
        }
    }
    const QJsonValue skeleton = SqliteSchema::skeleton(m_spec, m_rowSchema);
    if (!skeleton.isUndefined()) {
        m_flattener.add(skeleton);
    }
    return learnColumns(error);
}

bool SqliteTable::learnColumns(QString *error)
{
    const QList<RowFlattener::Column> &columns = m_flattener.columns();
    while (m_targets.size() < columns.size()) {
        if (!addTarget(columns.at(m_targets.size()), nullptr, error)) {
            return false;
        }
    }
    return true;
}

QString SqliteTable::uniqueName(const QString &name)
{
    QString candidate = name;
    if (m_taken.contains(candidate.toLower())) {
        candidate = name + u'_';
    }
    for (int n = 2; m_taken.contains(candidate.toLower()); ++n) {
        candidate = name + u'_' + QString::number(n);
    }
    m_taken.insert(candidate.toLower(), candidate);
    return candidate;
}

bool SqliteTable::addTarget(const RowFlattener::Column &column, const QCborValue *value, QString *error)
{
    const QJsonObject schema = SqliteSchema::schemaAt(m_spec, m_rowSchema, column.path);
    QString type = SqliteSchema::typeOf(schema);
    if (type.isEmpty() && value) {
        type = SqliteSchema::typeOfValue(*value);
    }
    if (type == u"array" && m_depth < maxDepth) {
        const QString childName = m_name + u'_' + SqliteSchema::cleanName(column.name);
        const QJsonObject items = SqliteSchema::schemaAt(m_spec, SchemaFacts::of(schema).items, {});
        auto child = std::make_unique<SqliteTable>(m_database, childName, m_spec, items, this);
        if (!child->prepare(error)) {
            return false;
        }
        m_targets.append(Target{-1, child.get()});
        m_children.push_back(std::move(child));
        return true;
    }
    if (type == u"array") {
        type = u"TEXT"_s; // deeper than maxDepth: the array's JSON text
    }
    if (m_sqlColumns.size() >= maxColumns) {
        *error = tr("Table %1 would get more than %2 columns; SQLite cannot hold them. Export as CSV or JSON instead.")
                     .arg(m_name)
                     .arg(maxColumns);
        return false;
    }
    const QString name = uniqueName(SqliteSchema::cleanName(column.name));
    m_targets.append(Target{int(m_sqlColumns.size()), nullptr});
    m_sqlColumns.append(name);
    m_insertReady = false;
    const auto inFile = m_fileColumns.constFind(name.toLower());
    if (inFile == m_fileColumns.constEnd()) {
        m_fileColumns.insert(name.toLower(), type);
        return exec(
            u"ALTER TABLE %1 ADD COLUMN %2 %3"_s.arg(SqliteSchema::quoted(m_name), SqliteSchema::quoted(name), type),
            error);
    }
    if (!type.isEmpty() && !inFile->isEmpty() && inFile->compare(type, Qt::CaseInsensitive) != 0) {
        *error = tr("Column %1 of table %2 is %3 in the file, but %4 in this result; export into a new file.")
                     .arg(name, m_name, *inFile, type);
        return false;
    }
    return true;
}

bool SqliteTable::prepareInsert(QString *error)
{
    QStringList names{u"run_id"_s};
    if (isChild()) {
        names << u"parent_rowid"_s << u"item_index"_s;
    }
    for (const QString &name : std::as_const(m_sqlColumns)) {
        names.append(SqliteSchema::quoted(name));
    }
    const QStringList marks(names.size(), u"?"_s);
    m_insert = QSqlQuery(m_database);
    if (!m_insert.prepare(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(SqliteSchema::quoted(m_name), names.join(u", "_s),
                                                                   marks.join(u", "_s)))) {
        *error = tr("Cannot write to table %1: %2").arg(m_name, m_insert.lastError().text());
        return false;
    }
    m_insertReady = true;
    return true;
}

bool SqliteTable::insert(const QJsonValue &row, qint64 runId, qint64 parentRowid, qint64 itemIndex, QString *error)
{
    const QList<RowFlattener::Cell> cells = m_flattener.flatten(row);
    for (const RowFlattener::Cell &cell : cells) {
        if (cell.column >= m_targets.size()) {
            // New columns come in order; give each the type of its first value.
            while (m_targets.size() < cell.column) {
                if (!addTarget(m_flattener.columns().at(m_targets.size()), nullptr, error)) {
                    return false;
                }
            }
            if (!addTarget(m_flattener.columns().at(cell.column), &cell.value, error)) {
                return false;
            }
        }
    }
    if (!learnColumns(error) || (!m_insertReady && !prepareInsert(error))) {
        return false;
    }
    QVariantList values(m_sqlColumns.size(), QVariant(QMetaType::fromType<QString>()));
    QList<std::pair<SqliteTable *, QCborValue>> arrays;
    for (const RowFlattener::Cell &cell : cells) {
        const Target &target = m_targets.at(cell.column);
        if (target.child) {
            arrays.append({target.child, cell.value});
        } else {
            values[target.sqlColumn] = SqliteSchema::bindable(cell.value);
        }
    }
    m_insert.addBindValue(runId);
    if (isChild()) {
        m_insert.addBindValue(parentRowid);
        m_insert.addBindValue(itemIndex);
    }
    for (const QVariant &value : std::as_const(values)) {
        m_insert.addBindValue(value);
    }
    if (!m_insert.exec()) {
        *error = tr("Cannot write a row to table %1: %2").arg(m_name, m_insert.lastError().text());
        return false;
    }
    const qint64 rowid = m_insert.lastInsertId().toLongLong();
    for (const auto &[child, value] : std::as_const(arrays)) {
        if (value.isNull() || value.isUndefined()) {
            continue;
        }
        if (!value.isArray()) { // the schema said array, the server sent something else: keep it as one item
            if (!child->insert(value.toJsonValue(), runId, rowid, 0, error)) {
                return false;
            }
            continue;
        }
        const QCborArray items = value.toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (!child->insert(items.at(i).toJsonValue(), runId, rowid, i, error)) {
                return false;
            }
        }
    }
    return true;
}

} // namespace Esi::Core
