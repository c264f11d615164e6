#pragma once

#include "core/http/callresult.h"
#include "core/result/rowflattener.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

namespace Esi::Core {

// The rows of one page, decoded once (on any thread) and kept compactly: one 8-byte cell per row and
// column instead of a QJsonObject per row (which repeats every key in every row). A cell holds a number
// as the double itself; anything else is tagged in the NaN space of a double (JSON has no NaN): null, true,
// false, missing, an empty object, or an index into one UTF-8 text block for strings, integers beyond 2^53
// and the compact JSON of arrays. Rows and the JSON view are rebuilt from the cells when asked for.
//
// Columns and cells are RowFlattener's (the one flattening, shared with the CSV export): nested objects become
// dotted columns ("position.x"), arrays stay one cell, rows that are not objects fill a single "value" column;
// first-seen order. A row holding an object where other rows hold a leaf shows the object in the leaf's column.
class ResultChunk
{
public:
    using Column = RowFlattener::Column;

    static std::shared_ptr<const ResultChunk> fromPage(const PageResult &page);
    static std::shared_ptr<const ResultChunk> fromRows(const QString &language, int page, const QJsonArray &rows);
    // fromPage without its fast path (PageScanner): always through QJsonDocument and RowFlattener; for tests.
    static std::shared_ptr<const ResultChunk> fromPageSlowly(const PageResult &page);
    bool identicalTo(const ResultChunk &other) const; // every column, cell and text byte the same; for tests

    QString language() const { return m_language; }

    int page() const { return m_page; }

    qsizetype rowCount() const { return m_rowCount; }

    const QList<Column> &columns() const { return m_columns; }

    int columnIndex(const QString &name) const; // the first column of that name; -1 when none

    // The chunk's column that is `column` (RowFlattener::columnKey); -1 when none.
    int columnOf(const Column &column) const { return m_columnIndex.value(RowFlattener::columnKey(column), -1); }

    QJsonValue cell(qsizetype row, int column) const; // Undefined when missing
    QString text(qsizetype row, int column) const;    // what a table cell shows (ResultChunk::displayText)
    bool isMissing(qsizetype row, int column) const;
    qint64 integer(qsizetype row, int column) const; // the cell's integer; 0 when it holds none
    // The object a row holds under `prefix` (whose leaves are columns of this chunk), rebuilt; Undefined when
    // the row has none of them.
    QJsonValue objectAt(qsizetype row, const QStringList &prefix) const;
    QJsonValue row(qsizetype row) const; // the row as it came (object keys in QJsonObject's order)

    qsizetype memoryBytes() const; // cells and text, for measuring

    // What a table cell shows (RowFlattener::text).
    static QString displayText(const QJsonValue &value) { return RowFlattener::text(value); }

    // The value `column` takes in `row`, walking the column's path (RowFlattener::cell).
    static QJsonValue cellOf(const QJsonValue &row, const Column &column) { return RowFlattener::cell(row, column); }

private:
    class Builder;

    quint64 rawCell(qsizetype row, int column) const
    {
        return m_cells[size_t(column) * size_t(m_rowCount) + size_t(row)];
    }

    QByteArrayView textAt(quint64 index) const;
    QJsonValue decode(quint64 cell) const;

    QString m_language;
    int m_page = 0;
    qsizetype m_rowCount = 0;
    QList<Column> m_columns;
    QHash<QString, int> m_columnIndex;     // by RowFlattener::columnKey
    std::vector<quint64> m_cells;          // column-major: column * rows + row
    QByteArray m_text;                     // strings, big integers and compact JSON, back to back
    std::vector<quint32> m_textEnds;       // where text i ends; it starts where text i-1 ended
    QHash<qsizetype, quint64> m_wholeRows; // row -> its compact JSON, for rows the cells cannot rebuild
};

using ResultChunkPtr = std::shared_ptr<const ResultChunk>;

} // namespace Esi::Core
