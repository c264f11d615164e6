#include "core/export/jsontext.h"

#include <QCborArray>
#include <QCborMap>
#include <algorithm>
#include <charconv>
#include <cmath>

namespace Esi::Core {

namespace {

bool needsEscape(char c)
{
    return c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20;
}

void appendEscaped(QByteArray &out, QByteArrayView utf8)
{
    static constexpr char hex[] = "0123456789abcdef";
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                const char escape[] = {'\\', 'u', '0', '0', hex[(c >> 4) & 0xf], hex[c & 0xf]};
                out.append(escape, sizeof escape);
            } else {
                out += c;
            }
        }
    }
}

} // namespace

void JsonText::append(QByteArray &out, const QJsonValue &value)
{
    append(out, QCborValue::fromJsonValue(value));
}

void JsonText::append(QByteArray &out, const QCborValue &value)
{
    switch (value.type()) {
    case QCborValue::Integer:
        appendNumber(out, value.toInteger());
        return;
    case QCborValue::Double:
        appendNumber(out, value.toDouble());
        return;
    case QCborValue::String:
        appendString(out, value.toString());
        return;
    case QCborValue::True:
        out += "true";
        return;
    case QCborValue::False:
        out += "false";
        return;
    case QCborValue::Map: {
        const QCborMap map = value.toMap();
        out += '{';
        bool first = true;
        for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
            if (!first) {
                out += ',';
            }
            first = false;
            appendString(out, it.key().toString());
            out += ':';
            append(out, it.value());
        }
        out += '}';
        return;
    }
    case QCborValue::Array: {
        const QCborArray array = value.toArray();
        out += '[';
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0) {
                out += ',';
            }
            append(out, array.at(i));
        }
        out += ']';
        return;
    }
    default: // null, undefined, and nothing else JSON can hold
        out += "null";
        return;
    }
}

void JsonText::appendNumber(QByteArray &out, qint64 value)
{
    char digits[24];
    const auto result = std::to_chars(digits, digits + sizeof digits, value);
    out.append(digits, result.ptr - digits);
}

void JsonText::appendNumber(QByteArray &out, double value)
{
    if (!std::isfinite(value)) {
        out += "null"; // JSON has no NaN or infinity; QJsonDocument writes null too
        return;
    }
    char digits[32];
    // Integral values (ids that went through a double) without exponent; others as the shortest
    // text that reads back to the same double.
    const bool integral = std::trunc(value) == value && std::abs(value) < 1e21;
    const auto result = integral ? std::to_chars(digits, digits + sizeof digits, value, std::chars_format::fixed)
                                 : std::to_chars(digits, digits + sizeof digits, value);
    out.append(digits, result.ptr - digits);
}

void JsonText::appendString(QByteArray &out, QStringView text)
{
    out += '"';
    // Encode straight into the output; only text holding quotes, backslashes or controls is redone.
    const qsizetype start = out.size();
    out.resize(start + m_utf8.requiredSpace(text.size()));
    const char *end = m_utf8.appendToBuffer(out.data() + start, text);
    out.resize(end - out.constData());
    const QByteArrayView written(out.constData() + start, out.size() - start);
    if (std::any_of(written.begin(), written.end(), needsEscape)) {
        const QByteArray raw = written.toByteArray();
        out.resize(start);
        appendEscaped(out, raw);
    }
    out += '"';
}

} // namespace Esi::Core
