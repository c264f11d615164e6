#include "core/export/jsonrowtext.h"

#include "core/export/jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <charconv>

namespace Esi::Core {

namespace {

constexpr int maxDepth = 64;
constexpr qsizetype maxCopiedIntegerDigits = 15; // below 2^53: the same digits as integer or as double

// One pass over the text. Validates the JSON grammar; `canonical` turns false (and stays false) when the
// item holds something only QJsonDocument may decide about.
class Scanner
{
public:
    Scanner(QByteArrayView text, QByteArray &out)
        : m_text(text)
        , m_out(out)
    {}

    qsizetype position() const { return m_pos; }

    // Output is the input copied in runs: a run ends only where the text differs from what JsonText writes
    // (whitespace left out, a number rewritten), so a compact row costs one copy.
    void beginItem()
    {
        m_inItem = true;
        m_runStart = m_pos;
    }

    void endItem()
    {
        flushRun(m_pos);
        m_inItem = false;
    }

    void skipSpace()
    {
        const qsizetype from = m_pos;
        while (m_pos < m_text.size() &&
               (m_text[m_pos] == ' ' || m_text[m_pos] == '\n' || m_text[m_pos] == '\r' || m_text[m_pos] == '\t')) {
            ++m_pos;
        }
        if (m_inItem && m_pos > from) {
            flushRun(from);
            m_runStart = m_pos;
        }
    }

    bool peek(char c) const { return m_pos < m_text.size() && m_text[m_pos] == c; }

    bool atEnd() const { return m_pos >= m_text.size(); }

    void advance() { ++m_pos; }

    // A value; false on a grammar error.
    bool value(int depth, bool &canonical)
    {
        skipSpace();
        if (atEnd()) {
            return false;
        }
        if (depth > maxDepth) {
            return false;
        }
        switch (m_text[m_pos]) {
        case '{':
            return object(depth, canonical);
        case '[':
            return array(depth, canonical);
        case '"': {
            QByteArrayView ignored;
            return string(canonical, ignored);
        }
        case 't':
            return literal("true");
        case 'f':
            return literal("false");
        case 'n':
            return literal("null");
        default:
            return number(canonical);
        }
    }

private:
    void flushRun(qsizetype upTo)
    {
        if (upTo > m_runStart) {
            m_out.append(m_text.data() + m_runStart, upTo - m_runStart);
        }
        m_runStart = upTo;
    }

    bool literal(QByteArrayView word)
    {
        if (m_text.sliced(m_pos).startsWith(word)) {
            m_pos += word.size();
            return true;
        }
        return false;
    }

    bool string(bool &canonical, QByteArrayView &content)
    {
        const qsizetype start = ++m_pos;
        while (m_pos < m_text.size()) {
            const auto c = static_cast<unsigned char>(m_text[m_pos]);
            if (c == '"') {
                content = m_text.sliced(start, m_pos - start);
                ++m_pos;
                return true;
            }
            if (c < 0x20) {
                return false; // not JSON
            }
            if (c == '\\') {
                canonical = false; // an escape may be written differently: QJsonDocument decides
                if (++m_pos >= m_text.size()) {
                    return false;
                }
            } else if (c >= 0x80) {
                canonical = false; // UTF-8 validity and its re-encoding: QJsonDocument decides
            }
            ++m_pos;
        }
        return false;
    }

    bool number(bool &canonical)
    {
        const qsizetype start = m_pos;
        const auto digitsFrom = [&](qsizetype from) {
            qsizetype at = from;
            while (at < m_text.size() && m_text[at] >= '0' && m_text[at] <= '9') {
                ++at;
            }
            return at;
        };
        if (peek('-')) {
            ++m_pos;
        }
        const qsizetype intStart = m_pos;
        m_pos = digitsFrom(m_pos);
        const qsizetype intDigits = m_pos - intStart;
        if (intDigits == 0 || (intDigits > 1 && m_text[intStart] == '0')) {
            return false;
        }
        bool integer = true;
        if (peek('.')) {
            integer = false;
            const qsizetype fraction = ++m_pos;
            m_pos = digitsFrom(m_pos);
            if (m_pos == fraction) {
                return false;
            }
        }
        if (peek('e') || peek('E')) {
            integer = false;
            ++m_pos;
            if (peek('+') || peek('-')) {
                ++m_pos;
            }
            const qsizetype exponent = m_pos;
            m_pos = digitsFrom(m_pos);
            if (m_pos == exponent) {
                return false;
            }
        }
        const QByteArrayView token = m_text.sliced(start, m_pos - start);
        if (integer) {
            if (intDigits > maxCopiedIntegerDigits || token == "-0") {
                canonical = false;
            }
            return true;
        }
        double parsed = 0;
        const auto result = std::from_chars(token.data(), token.data() + token.size(), parsed);
        if (result.ec != std::errc() || result.ptr != token.data() + token.size()) {
            canonical = false; // out of range: QJsonDocument decides
            return true;
        }
        m_number.resize(0);
        JsonText::appendNumber(m_number, parsed);
        if (QByteArrayView(m_number) != token) {
            flushRun(start); // "12.30" is written "12.3", "1.0" is "1"
            m_out += m_number;
            m_runStart = m_pos;
        }
        return true;
    }

    bool array(int depth, bool &canonical)
    {
        ++m_pos;
        skipSpace();
        if (peek(']')) {
            ++m_pos;
            return true;
        }
        for (;;) {
            if (!value(depth + 1, canonical)) {
                return false;
            }
            skipSpace();
            if (peek(']')) {
                ++m_pos;
                return true;
            }
            if (!peek(',')) {
                return false;
            }
            ++m_pos;
        }
    }

    bool object(int depth, bool &canonical)
    {
        ++m_pos;
        skipSpace();
        if (peek('}')) {
            ++m_pos;
            return true;
        }
        QByteArrayView previous;
        for (bool first = true;; first = false) {
            skipSpace();
            if (!peek('"')) {
                return false;
            }
            QByteArrayView key;
            if (!string(canonical, key)) {
                return false;
            }
            // QJsonObject keeps keys sorted and unique; plain ASCII keys compare the same as bytes.
            if (!first && !(previous < key)) {
                canonical = false;
            }
            previous = key;
            skipSpace();
            if (!peek(':')) {
                return false;
            }
            ++m_pos;
            if (!value(depth + 1, canonical)) {
                return false;
            }
            skipSpace();
            if (peek('}')) {
                ++m_pos;
                return true;
            }
            if (!peek(',')) {
                return false;
            }
            ++m_pos;
        }
    }

    QByteArrayView m_text;
    qsizetype m_pos = 0;
    QByteArray &m_out;
    QByteArray m_number;
    qsizetype m_runStart = 0;
    bool m_inItem = false;
};

} // namespace

std::optional<JsonRowText::Rows> JsonRowText::items(QByteArrayView arrayText)
{
    Rows rows;
    rows.text.reserve(arrayText.size());
    Scanner scanner(arrayText, rows.text);
    scanner.skipSpace();
    if (!scanner.peek('[')) {
        return std::nullopt;
    }
    scanner.advance();
    scanner.skipSpace();
    if (scanner.peek(']')) {
        scanner.advance();
    } else {
        for (;;) {
            scanner.skipSpace();
            const qsizetype itemStart = scanner.position();
            const qsizetype textStart = rows.text.size();
            bool canonical = true;
            scanner.beginItem();
            if (!scanner.value(1, canonical)) {
                return std::nullopt;
            }
            scanner.endItem();
            if (canonical) {
                rows.others.append(QByteArrayView());
            } else {
                rows.text.truncate(textStart);
                rows.others.append(arrayText.sliced(itemStart, scanner.position() - itemStart));
            }
            rows.ends.append(rows.text.size());
            scanner.skipSpace();
            if (scanner.peek(']')) {
                scanner.advance();
                break;
            }
            if (!scanner.peek(',')) {
                return std::nullopt;
            }
            scanner.advance();
        }
    }
    scanner.skipSpace();
    if (!scanner.atEnd()) {
        return std::nullopt;
    }
    return rows;
}

QJsonValue JsonRowText::parse(QByteArrayView item)
{
    QByteArray wrapped;
    wrapped.reserve(item.size() + 2);
    wrapped += '[';
    wrapped += item;
    wrapped += ']';
    return QJsonDocument::fromJson(wrapped).array().at(0);
}

} // namespace Esi::Core
