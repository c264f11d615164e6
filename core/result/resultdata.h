#pragma once

#include "core/http/callresult.h"
#include "core/result/resultchunk.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QStringList>
#include <functional>
#include <iterator>
#include <memory>

namespace Esi::Core {

class ResultData;
using ResultDataPtr = std::shared_ptr<const ResultData>;

// The rows of one call, per language, with the columns a table flattens them into. The rows live in
// ResultChunks, one per page, kept compactly (see ResultChunk); a row or a cell is rebuilt when asked for.
// Immutable: a call that is still running adds pages by making a new ResultData that shares the chunks
// (withChunk), so the table, the JSON tree and export threads read one snapshot without locks or copies.
//
// Columns and cells are RowFlattener's, the one flattening the exports use too: nested objects become dotted
// columns ("position.x"), arrays stay one cell, rows that are not objects (a list of ids) fill a single
// "value" column. Columns are the union of every page's columns in first-seen order, so a key that only
// shows up on the last page still gets its column.
class ResultData
{
public:
    using Column = ResultChunk::Column;

    // The rows of one language, each rebuilt as a QJsonValue when read.
    class Rows
    {
    public:
        class Iterator
        {
        public:
            using iterator_category = std::input_iterator_tag;
            using value_type = QJsonValue;
            using difference_type = qsizetype;
            using pointer = void;
            using reference = QJsonValue;

            Iterator(const Rows *rows, qsizetype row)
                : m_rows(rows)
                , m_row(row)
            {}

            QJsonValue operator*() const { return m_rows->at(m_row); }

            Iterator &operator++()
            {
                ++m_row;
                return *this;
            }

            bool operator==(const Iterator &other) const { return m_row == other.m_row; }

        private:
            const Rows *m_rows;
            qsizetype m_row;
        };

        Rows(const ResultData *data, int language)
            : m_data(data)
            , m_language(language)
        {}

        qsizetype size() const;

        bool isEmpty() const { return size() == 0; }

        QJsonValue at(qsizetype row) const;

        Iterator begin() const { return Iterator(this, 0); }

        Iterator end() const { return Iterator(this, size()); }

        const ResultData &data() const { return *m_data; }

        int language() const { return m_language; }

    private:
        const ResultData *m_data;
        int m_language;
    };

    // Pages in the order the call delivered them (by language, then page), decoded in parallel on the global
    // thread pool; call it off the UI thread for large results.
    static ResultDataPtr fromPages(const QList<PageResult> &pages);
    static ResultDataPtr fromRows(const QString &language, const QJsonArray &rows);
    static ResultDataPtr empty();

    // A new snapshot: these rows plus `chunk`'s after the last of its language (the language is added when new).
    ResultDataPtr withChunk(const ResultChunkPtr &chunk) const;
    // A new snapshot without `language`'s rows (its pages are being fetched again); columns stay.
    ResultDataPtr withoutLanguage(const QString &language) const;

    // A new snapshot with the languages in this order (the call's, not the order their first page was decoded in).
    ResultDataPtr withLanguageOrder(const QStringList &order) const;

    // Snapshots made from one another share it: the views can tell "more of the same" from a new result.
    quint64 streamId() const { return m_streamId; }

    QStringList languages() const;

    int languageCount() const { return int(m_languages.size()); }

    int languageIndex(QStringView language) const; // -1 when absent

    Rows rows(int language) const { return Rows(this, language); }

    qsizetype rowCount(int language) const;

    qsizetype totalRowCount() const;

    const QList<Column> &columns() const { return m_columns; }

    int columnIndex(QStringView name) const;

    QJsonValue row(int language, qsizetype row) const;
    QJsonValue cell(int language, qsizetype row, int column) const; // Undefined when missing
    QString text(int language, qsizetype row, int column) const;    // displayText of the cell, without decoding

    // Calls `visit(id, i)` with the integer of `columns[i]` in every row of `language`, row by row, read from the
    // compact cells without rebuilding a row; cells that are missing or hold no integer are skipped, as is a
    // column -1.
    void visitIntegers(int language, const QList<int> &columns, const std::function<void(qint64, int)> &visit) const;

    // The rows of one language (every language when -1) as one array, for export and the JSON view.
    QJsonArray rowArray(int language) const;

    qsizetype memoryBytes() const; // of the chunks, for measuring

    static QJsonValue cell(const QJsonValue &row, const Column &column) { return ResultChunk::cellOf(row, column); }

    // What a table cell shows: strings as they are, integers without exponent, arrays and objects as
    // compact JSON, null and missing values empty.
    static QString displayText(const QJsonValue &value) { return ResultChunk::displayText(value); }

private:
    static constexpr int missingColumn = -1;  // the chunk has nothing under this column
    static constexpr int ancestorColumn = -2; // the chunk has columns below it: the cell is their object

    struct Part
    {
        ResultChunkPtr chunk;
        qsizetype end = 0;  // rows of the language up to and including this chunk
        QList<int> columns; // global column -> the chunk's column (or missingColumn, ancestorColumn)
    };

    struct Language
    {
        QString name;
        QList<Part> parts;
    };

    const Part *locate(int language, qsizetype row, qsizetype *local) const;
    void append(const ResultChunkPtr &chunk);
    int chunkColumn(const ResultChunk &chunk, const Column &column) const;
    QJsonValue partCell(const Part &part, qsizetype local, int column) const;

    QList<Language> m_languages;
    QList<Column> m_columns;
    QHash<QString, int> m_columnIndex; // by RowFlattener::columnKey
    QHash<QString, int> m_nameIndex;   // the first column of each name
    quint64 m_streamId = 0;
};

} // namespace Esi::Core
