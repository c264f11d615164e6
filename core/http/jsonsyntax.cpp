#include "core/http/jsonsyntax.h"

namespace Esi::Core {

namespace {

constexpr int maxDepth = 64;

class Checker
{
public:
    explicit Checker(QByteArrayView text)
        : m_text(text)
    {}

    bool document()
    {
        if (!value(0)) {
            return false;
        }
        space();
        return m_pos == m_text.size();
    }

private:
    bool at(char c) const { return m_pos < m_text.size() && m_text[m_pos] == c; }

    bool digit() const { return m_pos < m_text.size() && m_text[m_pos] >= '0' && m_text[m_pos] <= '9'; }

    void space()
    {
        while (m_pos < m_text.size() &&
               (m_text[m_pos] == ' ' || m_text[m_pos] == '\n' || m_text[m_pos] == '\r' || m_text[m_pos] == '\t')) {
            ++m_pos;
        }
    }

    bool word(QByteArrayView literal)
    {
        if (!m_text.sliced(m_pos).startsWith(literal)) {
            return false;
        }
        m_pos += literal.size();
        return true;
    }

    bool value(int depth)
    {
        space();
        if (m_pos >= m_text.size() || depth > maxDepth) {
            return false;
        }
        switch (m_text[m_pos]) {
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
        while (m_pos < m_text.size()) {
            const auto c = static_cast<unsigned char>(m_text[m_pos++]);
            if (c == '"') {
                return true;
            }
            if (c < 0x20 || c >= 0x80) {
                return false; // a control character is invalid; non-ASCII is for QJsonDocument to judge
            }
            if (c == '\\') {
                if (m_pos >= m_text.size()) {
                    return false;
                }
                const char escaped = m_text[m_pos++];
                if (escaped != '"' && escaped != '\\' && escaped != '/' && escaped != 'b' && escaped != 'f' &&
                    escaped != 'n' && escaped != 'r' && escaped != 't') {
                    return false; // \u (surrogates) and anything else: QJsonDocument decides
                }
            }
        }
        return false;
    }

    bool number()
    {
        if (at('-')) {
            ++m_pos;
        }
        if (at('0')) {
            ++m_pos;
        } else if (digit()) {
            while (digit()) {
                ++m_pos;
            }
        } else {
            return false;
        }
        if (at('.')) {
            ++m_pos;
            if (!digit()) {
                return false;
            }
            while (digit()) {
                ++m_pos;
            }
        }
        return !at('e') && !at('E') && !digit(); // exponents (overflow) are for QJsonDocument to judge
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

    QByteArrayView m_text;
    qsizetype m_pos = 0;
};

} // namespace

bool JsonSyntax::isCertainlyValid(QByteArrayView text)
{
    return Checker(text).document();
}

} // namespace Esi::Core
