#include "core/http/jsonsyntax.h"

#include <array>

namespace Esi::Core {

namespace {

constexpr int maxDepth = 64;

// What a byte may be for the checker: one table look-up per byte instead of a chain of comparisons.
enum ByteClass : unsigned char {
    Other = 0,
    Plain = 1,  // stands for itself inside a string: printable ASCII but '"' and '\\'
    Space = 2,  // JSON whitespace
    Escape = 4, // may follow a backslash: " \ / b f n r t (\u is left to QJsonDocument)
    Digit = 8,
};

constexpr std::array<unsigned char, 256> byteClasses = [] {
    std::array<unsigned char, 256> classes{};
    for (int c = 0x20; c < 0x80; ++c) {
        classes[c] = c == '"' || c == '\\' ? Other : Plain;
    }
    for (const char c : {' ', '\n', '\r', '\t'}) {
        classes[static_cast<unsigned char>(c)] |= Space;
    }
    for (const char c : {'"', '\\', '/', 'b', 'f', 'n', 'r', 't'}) {
        classes[static_cast<unsigned char>(c)] |= Escape;
    }
    for (char c = '0'; c <= '9'; ++c) {
        classes[static_cast<unsigned char>(c)] |= Digit;
    }
    return classes;
}();

class Checker
{
public:
    explicit Checker(QByteArrayView text)
        : m_pos(text.data())
        , m_end(text.data() + text.size())
    {}

    bool document()
    {
        if (!value(0)) {
            return false;
        }
        space();
        return m_pos == m_end;
    }

private:
    bool is(unsigned char byteClass) const
    {
        return m_pos < m_end && (byteClasses[static_cast<unsigned char>(*m_pos)] & byteClass) != 0;
    }

    bool at(char c) const { return m_pos < m_end && *m_pos == c; }

    void space()
    {
        while (is(Space)) {
            ++m_pos;
        }
    }

    bool word(QByteArrayView literal)
    {
        if (!QByteArrayView(m_pos, m_end - m_pos).startsWith(literal)) {
            return false;
        }
        m_pos += literal.size();
        return true;
    }

    bool value(int depth)
    {
        space();
        if (m_pos >= m_end || depth > maxDepth) {
            return false;
        }
        switch (*m_pos) {
        case '{':
            return object(depth);
        case '[':
            return array(depth);
        case '"':
            return string();
        case 't':
            return word("true");
        case 'f':
            return word("false");
        case 'n':
            return word("null");
        default:
            return number();
        }
    }

    bool string()
    {
        ++m_pos;
        for (;;) {
            while (is(Plain)) {
                ++m_pos;
            }
            if (m_pos >= m_end) {
                return false;
            }
            const char c = *m_pos++;
            if (c == '"') {
                return true;
            }
            // A control character is invalid; non-ASCII is for QJsonDocument to judge.
            if (c != '\\' || !is(Escape)) {
                return false; // \u (surrogates) and anything else: QJsonDocument decides
            }
            ++m_pos;
        }
    }

    void digits()
    {
        while (is(Digit)) {
            ++m_pos;
        }
    }

    bool number()
    {
        if (at('-')) {
            ++m_pos;
        }
        if (at('0')) {
            ++m_pos;
        } else if (is(Digit)) {
            digits();
        } else {
            return false;
        }
        if (at('.')) {
            ++m_pos;
            if (!is(Digit)) {
                return false;
            }
            digits();
        }
        return !at('e') && !at('E') && !is(Digit); // exponents (overflow) are for QJsonDocument to judge
    }

    bool array(int depth)
    {
        ++m_pos;
        space();
        if (at(']')) {
            ++m_pos;
            return true;
        }
        for (;;) {
            if (!value(depth + 1)) {
                return false;
            }
            space();
            if (at(']')) {
                ++m_pos;
                return true;
            }
            if (!at(',')) {
                return false;
            }
            ++m_pos;
        }
    }

    bool object(int depth)
    {
        ++m_pos;
        space();
        if (at('}')) {
            ++m_pos;
            return true;
        }
        for (;;) {
            space();
            if (!at('"') || !string()) {
                return false;
            }
            space();
            if (!at(':')) {
                return false;
            }
            ++m_pos;
            if (!value(depth + 1)) {
                return false;
            }
            space();
            if (at('}')) {
                ++m_pos;
                return true;
            }
            if (!at(',')) {
                return false;
            }
            ++m_pos;
        }
    }

    const char *m_pos;
    const char *m_end;
};

} // namespace

bool JsonSyntax::isCertainlyValid(QByteArrayView text)
{
    return Checker(text).document();
}

} // namespace Esi::Core
