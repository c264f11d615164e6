#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <vector>

namespace Esi::Core {

// A strict single-pass reader for the page shape ESI nearly always sends: a JSON array of flat objects whose
// values are ASCII strings without escapes, numbers, true, false or null. It reads the body bytes straight into
// rows of cells, as QJsonDocument::fromJson followed by RowFlattener would, without building a QJsonObject per
// row. Anything else (nested objects or arrays, escapes, non-ASCII or control bytes, duplicate keys, rows that
// are not objects, numbers outside what it is sure to read as Qt does, any syntax error) is declined: scan()
// returns false and the caller takes the general path, which stays the reference (tst_pagescanner and
// fuzz_pagescanner compare both on every input the scanner accepts).
//
// Columns are RowFlattener's: first-seen order, each object's keys in QJsonObject's (sorted, bytewise for
// ASCII) order. Each row's values come in column order. Numbers are read as Qt does: a literal without '.'
// or exponent that fits qint64 is an integer; any other finite literal is a double (correctly rounded),
// which becomes an integer when it is integral and fits qint64.
class PageScanner
{
public:
    enum class Kind : quint8 { Null, False, True, Integer, Double, String };

    struct Value
    {
        int column = -1;
        Kind kind = Kind::Null;
        qint64 integer = 0;  // Kind::Integer
        double number = 0;   // Kind::Double
        qsizetype start = 0; // Kind::String: the text's bytes in the body
        qsizetype size = 0;
    };

    // Reads `body`; false when it is not the common shape (nothing of it is to be used then).
    bool scan(QByteArrayView body);

    const QList<QByteArray> &columns() const { return m_columns; }

    qsizetype rowCount() const { return qsizetype(m_rowEnds.size()); }

    // Row `row`'s values are values()[rowStart(row) .. rowEnd(row)), in column order.
    const std::vector<Value> &values() const { return m_values; }

    size_t rowStart(qsizetype row) const { return row == 0 ? 0 : m_rowEnds[size_t(row - 1)]; }

    size_t rowEnd(qsizetype row) const { return m_rowEnds[size_t(row)]; }

private:
    // The keys of the last row layout in the order they came, with their columns and the order that sorts the
    // row's values by column.
    struct Layout
    {
        std::vector<QByteArrayView> keys;
        std::vector<int> columns;
        std::vector<int> order; // positions (in key order) by increasing column
    };

    bool scanObject();
    bool scanString(QByteArrayView &text);
    bool scanNumber(Value &value);
    bool scanLiteral(QByteArrayView word);
    bool learnLayout();
    void skipSpace();

    QByteArrayView m_body;
    qsizetype m_at = 0;
    QList<QByteArray> m_columns;
    QHash<QByteArray, int> m_columnIndex;
    std::vector<Value> m_values;
    std::vector<size_t> m_rowEnds;
    std::vector<QByteArrayView> m_rowKeys; // the current row's keys, in the order they came
    std::vector<Value> m_rowValues;
    Layout m_layout;
};

} // namespace Esi::Core
