#pragma once

#include "core/export/exportwriter.h"
#include "core/export/jsontext.h"
#include "core/result/rowflattener.h"

#include <QCborValue>
#include <QStringConverter>
#include <QStringList>

namespace Esi::Core {

// RFC 4180 CSV: a header row, CRLF line ends, UTF-8 (a byte order mark only when asked, for Excel).
// Fields holding a comma, quote, CR or LF are quoted, quotes doubled.
//
// Formula injection: a spreadsheet runs a cell that starts with =, +, -, @, TAB or CR as a formula, so a
// string from the server such as "=HYPERLINK(...)" would run when the file is opened. Such string cells
// (and column names) get a leading ' which spreadsheets hide; numbers are never touched. `escapeFormulas`
// false (`esi call --csv-raw`, the export dialog's option) writes them as they came.
//
// Rows are flattened by RowFlattener, as the GUI's table shows them: nested objects become dotted
// columns ("position.x"); arrays stay in one cell as compact JSON; null is an empty cell; an empty
// object is "{}". Rows that are not objects (a list of ids) go to a single "value" column. Integers
// never get an exponent or ".0".
//
// The columns are the union of every row's keys in first-seen order, so a key that only shows up on
// the last page still gets its column. The header therefore waits for finish(): writeRows() turns each
// row into its CSV line at once and keeps the lines; finish() writes the header, then the lines,
// padding rows that lack the columns discovered after them. Holding the lines costs about the size of
// the CSV file, less than the JSON rows the caller already holds.
class CsvExportWriter final : public ExportWriter
{
public:
    struct Options
    {
        bool byteOrderMark = false;
        bool escapeFormulas = true;
    };

    CsvExportWriter();
    explicit CsvExportWriter(Options options);

    QString formatName() const override;
    QString mimeType() const override;

    QStringList columns() const; // complete once finish() has run

protected:
    void writeStart() override;
    void writePage(const QJsonArray &rows) override;
    void writeEnd() override;

private:
    void endRow(int width);
    void appendValue(const QCborValue &value);
    void appendText(QStringView text);
    void appendHeader(QByteArray &out, const QString &name) const;

    Options m_options;
    RowFlattener m_flattener;
    QByteArray m_lines;         // every row's cells, without line ends
    QList<qsizetype> m_lineEnd; // where each row ends in m_lines
    QList<int> m_lineWidth;     // how many columns each row filled
    QStringEncoder m_utf8{QStringEncoder::Utf8};
    JsonText m_json;
};

} // namespace Esi::Core
