#include "core/result/pagescanner.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <string_view>

namespace Esi::Core {

namespace {

// Longer number literals are declined: correctly rounded either way, but not worth being sure of.
constexpr qsizetype maxNumberLength = 40;
constexpr double int64Limit = 9223372036854775808.0; // 2^63

std::string_view viewOf(QByteArrayView bytes)
{
    return {bytes.data(), size_t(bytes.size())};
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

} // namespace

bool PageScanner::scan(QByteArrayView body)
{
    m_body = body;
    m_at = 0;
    m_columns.clear();
    m_columnIndex.clear();
    m_values.clear();
    m_rowEnds.clear();
    m_layout = Layout();
    skipSpace();
    if (m_at >= m_body.size() || m_body[m_at] != '[') {
        return false;
    }
    ++m_at;
    skipSpace();
    if (m_at < m_body.size() && m_body[m_at] == '{') {
        m_values.reserve(size_t(body.size() / 16)); // an array of objects: a value takes > 16 bytes in ESI pages
    }
    if (m_at < m_body.size() && m_body[m_at] == ']') {
        ++m_at;
    } else {
        for (;;) {
            if (!scanObject()) {
                return false;
            }
            skipSpace();
            if (m_at >= m_body.size()) {
                return false;
            }
            const char c = m_body[m_at++];
            if (c == ']') {
                break;
            }
            if (c != ',') {
                return false;
            }
            skipSpace();
        }
    }
    skipSpace();
    return m_at == m_body.size();
}

bool PageScanner::scanObject()
{
    if (m_at >= m_body.size() || m_body[m_at] != '{') {
        return false;
    }
    ++m_at;
    m_rowKeys.clear();
    m_rowValues.clear();
    skipSpace();
    if (m_at < m_body.size() && m_body[m_at] == '}') {
        ++m_at;
    } else {
        for (;;) {
            QByteArrayView key;
            if (!scanString(key)) {
                return false;
            }
            skipSpace();
            if (m_at >= m_body.size() || m_body[m_at] != ':') {
                return false;
            }
            ++m_at;
            skipSpace();
            if (m_at >= m_body.size()) {
                return false;
            }
            Value value;
            bool read = false;
            switch (m_body[m_at]) {
            case '"': {
                QByteArrayView text;
                read = scanString(text);
                value.kind = Kind::String;
                value.start = text.data() - m_body.data();
                value.size = text.size();
                break;
            }
            case 't':
                read = scanLiteral("true");
                value.kind = Kind::True;
                break;
            case 'f':
                read = scanLiteral("false");
                value.kind = Kind::False;
                break;
            case 'n':
                read = scanLiteral("null");
                value.kind = Kind::Null;
                break;
            default:
                read = scanNumber(value);
                break;
            }
            if (!read) {
                return false;
            }
            m_rowKeys.push_back(key);
            m_rowValues.push_back(value);
            skipSpace();
            if (m_at >= m_body.size()) {
                return false;
            }
            const char c = m_body[m_at++];
            if (c == '}') {
                break;
            }
            if (c != ',') {
                return false;
            }
            skipSpace();
        }
    }
    if (!learnLayout()) {
        return false;
    }
    for (const int position : m_layout.order) {
        Value value = m_rowValues[size_t(position)];
        value.column = m_layout.columns[size_t(position)];
        m_values.push_back(value);
    }
    m_rowEnds.push_back(m_values.size());
    return true;
}

bool PageScanner::learnLayout()
{
    if (m_rowKeys.size() == m_layout.keys.size() &&
        std::equal(m_rowKeys.begin(), m_rowKeys.end(), m_layout.keys.begin(),
                   [](QByteArrayView a, QByteArrayView b) { return viewOf(a) == viewOf(b); })) {
        return true; // the usual case: the same keys in the same order as the row before
    }
    const int count = int(m_rowKeys.size());
    std::vector<int> sorted(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i) {
        sorted[size_t(i)] = i;
    }
    // QJsonObject keeps its keys sorted; for ASCII keys that is byte order.
    std::sort(sorted.begin(), sorted.end(),
              [this](int a, int b) { return viewOf(m_rowKeys[size_t(a)]) < viewOf(m_rowKeys[size_t(b)]); });
    for (int i = 1; i < count; ++i) {
        if (viewOf(m_rowKeys[size_t(sorted[size_t(i - 1)])]) == viewOf(m_rowKeys[size_t(sorted[size_t(i)])])) {
            return false; // a duplicate key: QJsonDocument keeps one of them; leave that to it
        }
    }
    m_layout.keys = m_rowKeys;
    m_layout.columns.assign(size_t(count), -1);
    for (const int position : sorted) {
        const QByteArray key = m_rowKeys[size_t(position)].toByteArray();
        auto found = m_columnIndex.constFind(key);
        if (found == m_columnIndex.constEnd()) {
            found = m_columnIndex.insert(key, int(m_columns.size()));
            m_columns.append(key);
        }
        m_layout.columns[size_t(position)] = found.value();
    }
    m_layout.order = sorted;
    std::sort(m_layout.order.begin(), m_layout.order.end(),
              [this](int a, int b) { return m_layout.columns[size_t(a)] < m_layout.columns[size_t(b)]; });
    return true;
}

bool PageScanner::scanString(QByteArrayView &text)
{
    if (m_at >= m_body.size() || m_body[m_at] != '"') {
        return false;
    }
    const qsizetype start = ++m_at;
    const qsizetype size = m_body.size();
    const char *data = m_body.data();
    while (m_at < size) {
        const unsigned char c = static_cast<unsigned char>(data[m_at]);
        if (c == '"') {
            text = QByteArrayView(data + start, m_at - start);
            ++m_at;
            return true;
        }
        if (c < 0x20 || c >= 0x80 || c == '\\') {
            return false; // control bytes, UTF-8 and escapes: the general path
        }
        ++m_at;
    }
    return false;
}

bool PageScanner::scanLiteral(QByteArrayView word)
{
    if (m_body.size() - m_at < word.size() || m_body.sliced(m_at, word.size()) != word) {
        return false;
    }
    m_at += word.size();
    return true;
}

bool PageScanner::scanNumber(Value &value)
{
    const qsizetype start = m_at;
    const qsizetype size = m_body.size();
    const char *data = m_body.data();
    const auto digits = [&] {
        const qsizetype first = m_at;
        while (m_at < size && isDigit(data[m_at])) {
            ++m_at;
        }
        return m_at > first;
    };
    if (m_at < size && data[m_at] == '-') {
        ++m_at;
    }
    if (m_at < size && data[m_at] == '0') {
        ++m_at; // no leading zeros: "01" fails at the caller's separator check
    } else if (!digits()) {
        return false;
    }
    bool integral = true;
    if (m_at < size && data[m_at] == '.') {
        ++m_at;
        integral = false;
        if (!digits()) {
            return false;
        }
    }
    if (m_at < size && (data[m_at] == 'e' || data[m_at] == 'E')) {
        ++m_at;
        integral = false;
        if (m_at < size && (data[m_at] == '+' || data[m_at] == '-')) {
            ++m_at;
        }
        if (!digits()) {
            return false;
        }
    }
    if (m_at - start > maxNumberLength) {
        return false;
    }
    const char *first = data + start;
    const char *last = data + m_at;
    if (integral) {
        qint64 integer = 0;
        const auto [end, error] = std::from_chars(first, last, integer);
        if (error != std::errc() || end != last) {
            return false; // beyond qint64: Qt reads a double; rare, left to it
        }
        value.kind = Kind::Integer;
        value.integer = integer;
        return true;
    }
    double number = 0;
    const auto [end, error] = std::from_chars(first, last, number);
    if (error != std::errc() || end != last || !std::isfinite(number)) {
        return false; // overflow and underflow: Qt rejects or rounds; the general path decides
    }
    // QJsonDocument stores an integral double that fits qint64 as that integer (-0.0 becomes 0).
    if (std::trunc(number) == number && number > -int64Limit && number < int64Limit) {
        value.kind = Kind::Integer;
        value.integer = qint64(number);
        return true;
    }
    if (number == -int64Limit) {
        return false; // the one edge where Qt's choice is not obvious
    }
    value.kind = Kind::Double;
    value.number = number;
    return true;
}

void PageScanner::skipSpace()
{
    const qsizetype size = m_body.size();
    while (m_at < size) {
        const char c = m_body[m_at];
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
            return;
        }
        ++m_at;
    }
}

} // namespace Esi::Core
