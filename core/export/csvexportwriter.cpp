#include "core/export/csvexportwriter.h"

#include "core/export/jsontext.h"

#include <QJsonObject>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

namespace {

// Rows of one result rarely have more layouts than this (optional keys); past it, the least
// recently used layout is forgotten and relearned when it comes back.
constexpr qsizetype maxLayouts = 16;

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

void CsvExportWriter::writeStart()
{
    m_columns.clear();
    m_columnIndex.clear();
    m_layouts.clear();
    m_lines.clear();
    m_lineEnd.clear();
    m_lineWidth.clear();
    m_cells.clear();
}

int CsvExportWriter::columnFor(const QString &name)
{
    const auto found = m_columnIndex.constFind(name);
    if (found != m_columnIndex.constEnd()) {
        return found.value();
    }
    const int column = int(m_columns.size());
    m_columnIndex.insert(name, column);
    m_columns.append(name);
    return column;
}

void CsvExportWriter::writePage(const QJsonArray &rows)
{
    for (const QJsonValue &row : rows) {
        if (row.isObject()) {
            // Shares the object's storage; QCborMap can compare keys without making QStrings.
            const QCborMap map = QCborMap::fromJsonObject(row.toObject());
            appendObjectRow(map, layoutFor(map));
        } else {
            appendScalarRow(QCborValue::fromJsonValue(row));
        }
    }
}

const CsvExportWriter::Layout &CsvExportWriter::layoutFor(const QCborMap &row)
{
    for (qsizetype i = 0; i < m_layouts.size(); ++i) {
        qsizetype index = 0;
        if (m_layouts.at(i).keys == row.size() && matches(row, m_layouts.at(i).nodes, index)) {
            if (i > 0) {
                m_layouts.move(i, 0);
            }
            return m_layouts.at(0);
        }
    }
    Layout layout;
    layout.keys = row.size();
    int lastColumn = -1;
    learn(row, QString(), layout, lastColumn);
    if (m_layouts.size() == maxLayouts) {
        m_layouts.removeLast();
    }
    m_layouts.prepend(std::move(layout));
    return m_layouts.at(0);
}

bool CsvExportWriter::matches(const QCborMap &map, const QList<LayoutNode> &nodes, qsizetype &index)
{
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        if (index >= nodes.size()) {
            return false;
        }
        const LayoutNode &node = nodes.at(index++);
        if (!(it.key() == node.key)) {
            return false;
        }
        const QCborValueConstRef value = it.value();
        if (value.isMap()) {
            const QCborMap child = value.toMap();
            if (!child.isEmpty()) {
                if (node.column >= 0 || node.children != child.size() || !matches(child, nodes, index)) {
                    return false;
                }
                continue;
            }
        }
        if (node.column < 0) {
            return false;
        }
    }
    return true;
}

void CsvExportWriter::learn(const QCborMap &map, const QString &prefix, Layout &layout, int &lastColumn)
{
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        const QString key = it.key().toString();
        const QString name = prefix.isEmpty() ? key : prefix + u'.' + key;
        LayoutNode node;
        node.key = QCborValue(key); // its own copy: a layout must not keep a row's storage alive
        const QCborValueConstRef value = it.value();
        const QCborMap child = value.isMap() ? value.toMap() : QCborMap();
        if (!child.isEmpty()) {
            node.children = child.size();
            layout.nodes.append(node);
            learn(child, name, layout, lastColumn);
            continue;
        }
        node.column = columnFor(name);
        layout.ascending = layout.ascending && node.column > lastColumn;
        lastColumn = node.column;
        layout.nodes.append(node);
    }
}

void CsvExportWriter::appendObjectRow(const QCborMap &row, const Layout &layout)
{
    qsizetype index = 0;
    if (layout.ascending) {
        int nextColumn = 0;
        appendLeaves(row, layout.nodes, index, nextColumn);
        endRow(nextColumn);
        return;
    }
    // Keys in an order that differs from the columns (a key of a nested object came first elsewhere):
    // gather the cells, then write them in column order.
    m_cells.resize(m_columns.size());
    int width = 0;
    const auto gather = [&](const auto &self, const QCborMap &map) -> void {
        for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
            const LayoutNode &node = layout.nodes.at(index++);
            if (node.column < 0) {
                self(self, it.value().toMap());
            } else {
                m_cells[node.column] = it.value();
                width = std::max(width, node.column + 1);
            }
        }
    };
    gather(gather, row);
    for (int column = 0; column < width; ++column) {
        appendSeparators(m_lines, column, column + 1);
        appendValue(std::exchange(m_cells[column], QCborValue()));
    }
    endRow(width);
}

void CsvExportWriter::appendLeaves(const QCborMap &map, const QList<LayoutNode> &nodes, qsizetype &index,
                                   int &nextColumn)
{
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        const LayoutNode &node = nodes.at(index++);
        if (node.column < 0) {
            appendLeaves(it.value().toMap(), nodes, index, nextColumn);
            continue;
        }
        appendSeparators(m_lines, nextColumn, node.column + 1);
        appendValue(it.value());
        nextColumn = node.column + 1;
    }
}

void CsvExportWriter::appendScalarRow(const QCborValue &row)
{
    const int column = columnFor(u"value"_s);
    appendSeparators(m_lines, 0, column + 1);
    appendValue(row);
    endRow(column + 1);
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
    if (m_columns.isEmpty()) {
        return; // no rows (or only empty objects): an empty file rather than a header naming nothing
    }
    for (qsizetype column = 0; column < m_columns.size(); ++column) {
        if (column > 0) {
            out += ',';
        }
        appendHeader(out, m_columns.at(column));
    }
    out += "\r\n";
    const int columns = int(m_columns.size());
    qsizetype start = 0;
    for (qsizetype row = 0; row < m_lineEnd.size(); ++row) {
        out += QByteArrayView(m_lines.constData() + start, m_lineEnd.at(row) - start);
        appendSeparators(out, m_lineWidth.at(row), columns); // columns first seen after this row
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
