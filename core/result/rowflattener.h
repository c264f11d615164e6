#pragma once

#include <QCborMap>
#include <QCborValue>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QStringList>

namespace Esi::Core {

// The one way result rows become table columns and cells: the table (ResultChunk, ResultData), the CSV export
// and every later tabular export flatten through it, so a column and a cell mean the same everywhere.
//
// Rows that are objects are flattened: nested objects become dotted columns ("position.x"); arrays stay one
// cell; an empty object is a cell of its own. Rows that are not objects (a list of ids) fill a single "value"
// column of their own (an object's "value" key is another column of that name). Columns are the union of
// every row's keys in first-seen order (within one object, in QJsonObject's sorted key order), so a key that
// only shows up on the last page still gets its column. A cell shows as text() says.
//
// Feed it row by row: add() learns a row's columns, flatten() also returns the row's cells.
//
// Speed: rows of one result almost always share a handful of key layouts. Each layout seen is remembered with
// its columns, so a row costs one pass comparing keys, without building column names or hashing them.
class RowFlattener
{
public:
    struct Column
    {
        QString name;     // "position.x"; "value" for rows that are not objects
        QStringList path; // keys from the row down to the cell; empty: the row itself
    };

    struct Cell
    {
        int column = -1;
        QCborValue value; // a scalar, an array or an empty map (nested maps are flattened)
    };

    // Learns the row's columns: those not seen before are appended.
    void add(const QJsonValue &row);
    // Learns the row's columns and returns the row's cells in column order, columns the row lacks left out.
    // When two keys flatten to one name ({"a.b": 1, "a": {"b": 2}}) the cell holds the later one. The list
    // stays valid until the next call.
    const QList<Cell> &flatten(const QJsonValue &row);

    // Whether the last row flatten() took comes back whole from its cells: false when two of its keys
    // flattened to one column ({"a.b": 1, "a": {"b": 2}}), so one value was dropped.
    bool lastRowWhole() const { return m_lastRowWhole; }

    const QList<Column> &columns() const { return m_columns; }

    int columnCount() const { return int(m_columns.size()); }

    int columnIndex(QStringView name) const; // the first column of that name; -1 when absent

    // What tells columns apart: the dotted name, or the row itself for rows that are not objects. Columns of
    // two flatteners (two pages) with the same key are the same column.
    static QString columnKey(const Column &column);

    // The row's value under the column's path; undefined when the row has none.
    static QJsonValue cell(const QJsonValue &row, const Column &column);

    // What a cell shows: strings as they are, integers without exponent (in full past 2^53), arrays and
    // objects as compact JSON, null and missing values empty.
    static QString text(const QJsonValue &value);
    static QString numberText(double number);

private:
    // One key of a row layout, depth first: a leaf with its column, or a nested object whose `children`
    // keys follow.
    struct LayoutNode
    {
        QCborValue key;
        int column = -1;
        qsizetype children = 0;
    };

    struct Layout
    {
        qsizetype keys = 0; // top-level key count
        QList<LayoutNode> nodes;
        bool ascending = true; // leaf columns strictly increase in walk order: cells come out in column order
        bool whole = true;     // no two leaves share a column
    };

    const Layout &layoutFor(const QCborMap &row);
    static bool matches(const QCborMap &map, const QList<LayoutNode> &nodes, qsizetype &index);
    void learn(const QCborMap &map, const QStringList &prefix, Layout &layout, int &lastColumn);
    int columnFor(const QString &name, const QStringList &path);
    int rowColumn();
    void appendLeaves(const QCborMap &map, const QList<LayoutNode> &nodes, qsizetype &index);

    QList<Column> m_columns;
    QHash<QString, int> m_columnIndex; // by dotted name
    int m_rowColumn = -1;              // the "value" column of rows that are not objects
    bool m_lastRowWhole = true;
    QList<Layout> m_layouts;      // most recently matched first
    QList<Cell> m_cells;          // the last row's, returned by flatten()
    QList<QCborValue> m_byColumn; // rows whose layout is not ascending are gathered here first
};

} // namespace Esi::Core
