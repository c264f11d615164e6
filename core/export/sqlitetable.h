#pragma once

#include "core/result/rowflattener.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <memory>
#include <vector>

namespace Esi::Core {

class Spec;

// One table of a SQLite export: the operation's rows, or (a child table `<parent>_<field>`) the items of one
// array field of those rows. Columns are RowFlattener's, so a column means what it means in the table and the
// CSV export: nested objects flatten to "a.b" columns. Array fields become child tables with `parent_rowid`
// (a foreign key to the parent's rowid) and `item_index`; their items flatten the same way, arrays in them
// going one level deeper (at most `maxDepth`, below which an array is kept as JSON text).
//
// Every table has `rowid INTEGER PRIMARY KEY` and `run_id` (a foreign key to esi_runs). A data field named
// like one of these (or like an earlier column but for case, which SQLite does not tell apart) gets a '_' suffix
// (then "_2", "_3"... while taken). A table already in the file is appended to: columns this run adds are added with
// ALTER TABLE ADD COLUMN, columns the file has and this run lacks stay NULL, and a column whose type differs
// from this run's is refused with an error.
class SqliteTable
{
    Q_DECLARE_TR_FUNCTIONS(Esi::Core::SqliteTable)

public:
    static constexpr int maxDepth = 3;      // child tables below the operation's table
    static constexpr int maxColumns = 1500; // SQLite's default limit is 2000

    // `parent`: the table whose array field this one holds; null for the operation's table.
    SqliteTable(QSqlDatabase database, QString name, const Spec *spec, QJsonObject rowSchema,
                const SqliteTable *parent = nullptr);
    ~SqliteTable();

    SqliteTable(const SqliteTable &) = delete;
    SqliteTable &operator=(const SqliteTable &) = delete;

    QString name() const { return m_name; }

    // Creates the table (with the schema's columns) or checks the one in the file.
    bool prepare(QString *error);
    // Inserts one row (and its arrays' items in child tables); `parentRowid` < 0 for the operation's table.
    bool insert(const QJsonValue &row, qint64 runId, qint64 parentRowid, qint64 itemIndex, QString *error);

    QStringList dataColumns() const { return m_sqlColumns; }

private:
    struct Target
    {
        int sqlColumn = -1;           // index into m_sqlColumns; -1 for a child table
        SqliteTable *child = nullptr; // the array field's table
    };

    bool isChild() const { return m_depth > 0; }

    bool learnColumns(QString *error);
    bool addTarget(const RowFlattener::Column &column, const QCborValue *value, QString *error);
    QString uniqueName(const QString &name);
    bool exec(const QString &statement, QString *error);
    bool prepareInsert(QString *error);

    QSqlDatabase m_database;
    QString m_name;
    QString m_parentName;
    const Spec *m_spec;
    QJsonObject m_rowSchema;
    int m_depth;
    bool m_exists = false;
    QHash<QString, QString> m_fileColumns; // lower-case name -> declared type, of the table in the file
    QHash<QString, QString> m_taken;       // lower-case name -> name, of this run's columns
    RowFlattener m_flattener;
    QList<Target> m_targets; // by flattener column
    QStringList m_sqlColumns;
    std::vector<std::unique_ptr<SqliteTable>> m_children;
    QSqlQuery m_insert;
    bool m_insertReady = false;
};

} // namespace Esi::Core
