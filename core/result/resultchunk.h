#pragma once

#include "core/http/callresult.h"

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
// Columns follow the CSV export: nested objects become dotted columns ("position.x"), arrays stay one cell,
// rows that are not objects fill a single "value" column; first-seen order.
class ResultChunk
{
public:
    struct Column
    {
        QString name;     // "position.x"; "value" for rows that are not objects
        QStringList path; // keys from the row down to the cell; empty: the row itself
    };

    static std::shared_ptr<const ResultChunk> fromPage(const PageResult &page);
    static std::shared_ptr<const ResultChunk> fromRows(const QString &language, int page, const QJsonArray &rows);

    QString language() const { return m_language; }

    int page() const { return m_page; }

    qsizetype rowCount() const { return m_rowCount; }

    const QList<Column> &columns() const { return m_columns; }

    int columnIndex(const QString &name) const; // the first column of that name; -1 when none

    int columnAt(const QStringList &path) const { return m_columnIndex.value(pathKey(path), -1); }

    // Columns are told apart by path: {"value": 1} and a scalar row both show in a column named "value".
    static QString pathKey(const QStringList &path) { return path.join(QChar(0x1f)); }

    QJsonValue cell(qsizetype row, int column) const; // Undefined when missing
    QString text(qsizetype row, int column) const;    // what a table cell shows (ResultChunk::displayText)
    bool isMissing(qsizetype row, int column) const;
    // The object a row holds under `prefix` (whose leaves are columns of this chunk), rebuilt; Undefined when
    // the row has none of them.
    QJsonValue objectAt(qsizetype row, const QStringList &prefix) const;
    QJsonValue row(qsizetype row) const; // the row as it came (object keys in QJsonObject's order)

    qsizetype memoryBytes() const; // cells and text, for measuring

    // What a table cell shows: strings as they are, integers without exponent, arrays and objects as compact
    // JSON, null and missing values empty.
    static QString displayText(const QJsonValue &value);
    // The value `column` takes in `row`, walking the column's path (Undefined where it does not lead).
    static QJsonValue cellOf(const QJsonValue &row, const Column &column);

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
    QHash<QString, int> m_columnIndex; // by pathKey
    std::vector<quint64> m_cells;      // column-major: column * rows + row
    QByteArray m_text;                 // strings, big integers and compact JSON, back to back
    std::vector<quint32> m_textEnds;   // where text i ends; it starts where text i-1 ended
};

using ResultChunkPtr = std::shared_ptr<const ResultChunk>;

} // namespace Esi::Core
