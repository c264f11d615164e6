#include "core/export/csvexportwriter.h"

#include "core/export/jsontext.h"

#include <QJsonObject>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

namespace {

bool needsQuotes(QByteArrayView text)
{
    return std::any_of(text.begin(), text.end(), [](char c) { return c == ',' || c == '"' || c == '\r' || c == '\n'; });
}

void appendQuoted(QByteArray &out, QByteArrayView text)
{
    out += '"';
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == '"') {
            out += text.sliced(start, i + 1 - start); // up to and including this quote...
            out += '"';                               // ...which is then doubled
            start = i + 1;
        }
    }
    out += text.sliced(start);
    out += '"';
}

void appendField(QByteArray &out, QByteArrayView text)
{
    if (needsQuotes(text)) {
        appendQuoted(out, text);
    } else {
        out += text;
    }
}

// What spreadsheets read as the start of a formula (OWASP's list for CSV injection).
bool startsLikeFormula(QStringView text)
{
    if (text.isEmpty()) {
        return false;
    }
    const QChar first = text.front();
    return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r';
}

// Cells are written without a comma before the first column, with one before every other.
void appendSeparators(QByteArray &out, int from, int to)
{
    for (int column = from; column < to; ++column) {
        if (column > 0) {
            out += ',';
        }
    }
}

} // namespace

CsvExportWriter::CsvExportWriter()
    : CsvExportWriter(Options{})
{}

CsvExportWriter::CsvExportWriter(Options options)
    : m_options(options)
{}

QString CsvExportWriter::formatName() const
{
    return u"csv"_s;
}

QString CsvExportWriter::mimeType() const
{
    return u"text/csv"_s;
}

QStringList CsvExportWriter::columns() const
{
    QStringList names;
    for (const RowFlattener::Column &column : m_flattener.columns()) {
        names.append(column.name);
    }
    return names;
}

void CsvExportWriter::writeStart()
{
    m_flattener = RowFlattener();
    m_lines.clear();
    m_lineEnd.clear();
    m_lineWidth.clear();
}

void CsvExportWriter::writePage(const QJsonArray &rows)
{
    for (const QJsonValue &row : rows) {
        // Cells come in column order; the columns a row lacks stay empty.
        int nextColumn = 0;
        for (const RowFlattener::Cell &cell : m_flattener.flatten(row)) {
            appendSeparators(m_lines, nextColumn, cell.column + 1);
            appendValue(cell.value);
            nextColumn = cell.column + 1;
        }
        endRow(nextColumn);
    }
}

void CsvExportWriter::endRow(int width)
{
    m_lineEnd.append(m_lines.size());
    m_lineWidth.append(width);
}

void CsvExportWriter::appendValue(const QCborValue &value)
{
    switch (value.type()) {
    case QCborValue::Integer:
        JsonText::appendNumber(m_lines, value.toInteger());
        return;
    case QCborValue::Double:
        JsonText::appendNumber(m_lines, value.toDouble());
        return;
    case QCborValue::String:
        appendText(value.toString());
        return;
    case QCborValue::True:
        m_lines += "true";
        return;
    case QCborValue::False:
        m_lines += "false";
        return;
    case QCborValue::Null:
    case QCborValue::Undefined:
        return;
    default: { // arrays, and empty objects (nested ones were flattened)
        QByteArray json;
        m_json.append(json, value);
        appendField(m_lines, json);
        return;
    }
    }
}

void CsvExportWriter::appendText(QStringView text)
{
    // Encode straight into the line buffer; only the rare field that needs quotes takes a detour.
    const qsizetype start = m_lines.size();
    if (m_options.escapeFormulas && startsLikeFormula(text)) {
        m_lines += '\'';
    }
    const qsizetype textStart = m_lines.size();
    m_lines.resize(textStart + m_utf8.requiredSpace(text.size()));
    const char *end = m_utf8.appendToBuffer(m_lines.data() + textStart, text);
    m_lines.resize(end - m_lines.constData());
    const QByteArrayView written(m_lines.constData() + start, m_lines.size() - start);
    if (needsQuotes(written)) {
        const QByteArray field = written.toByteArray();
        m_lines.resize(start);
        appendQuoted(m_lines, field);
    }
}

void CsvExportWriter::appendHeader(QByteArray &out, const QString &name) const
{
    // Column names are the server's keys: as hostile as its values.
    const bool escape = m_options.escapeFormulas && startsLikeFormula(name);
    appendField(out, escape ? "'" + name.toUtf8() : name.toUtf8());
}

void CsvExportWriter::writeEnd()
{
    QByteArray &out = buffer();
    if (m_options.byteOrderMark) {
        out += "\xEF\xBB\xBF";
    }
    const QList<RowFlattener::Column> &columns = m_flattener.columns();
    if (columns.isEmpty()) {
        return; // no rows (or only empty objects): an empty file rather than a header naming nothing
    }
    for (qsizetype column = 0; column < columns.size(); ++column) {
        if (column > 0) {
            out += ',';
        }
        appendHeader(out, columns.at(column).name);
    }
    out += "\r\n";
    const int columnCount = m_flattener.columnCount();
    qsizetype start = 0;
    for (qsizetype row = 0; row < m_lineEnd.size(); ++row) {
        out += QByteArrayView(m_lines.constData() + start, m_lineEnd.at(row) - start);
        appendSeparators(out, m_lineWidth.at(row), columnCount); // columns first seen after this row
        out += "\r\n";
        start = m_lineEnd.at(row);
        flushIfFull();
        if (hasError()) {
            return;
        }
    }
    m_lines.clear();
    m_lineEnd.clear();
    m_lineWidth.clear();
}

} // namespace Esi::Core
