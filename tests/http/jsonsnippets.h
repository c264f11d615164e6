#pragma once

#include <QByteArray>
#include <QList>

// JSON texts for tst_jsonsyntax and tst_jsonrowtext (kept out of Q_OBJECT sources, see CONTRIBUTING.md).
namespace JsonSnippets {

// Valid JSON the quick paths handle themselves.
inline const QList<QByteArray> plain = {
    R"([])",
    R"({})",
    R"(42)",
    R"("text")",
    R"(-0.5)",
    R"([{"a":1,"b":[true,false,null],"c":{"d":"e"}}])",
    R"( [ {"duration" : 90, "price" : 12.30, "range":"region"} , {"x":-7} ] )",
    R"(["tab\tquote\"slash\/back\\"])",
};

// Valid JSON whose text the quick paths cannot vouch for (non-ASCII, \u escapes, exponents, deep nesting):
// QJsonDocument decides.
inline const QList<QByteArray> delegatedText = {
    R"(["Jita \u00e9"])",
    R"(["Amarr – Emperor"])",
    R"([1e5, 2.5E-3])",
    QByteArray(100, '[') + QByteArray(100, ']'),
};

// Valid JSON whose rows JsonRowText hands to QJsonDocument (unsorted or repeated keys, integers beyond 2^53).
inline const QList<QByteArray> delegatedRows = {
    R"([{"b":1,"a":2}])",
    R"([{"a":1,"a":2}])",
    R"([12345678901234567890, 9007199254740993, -0])",
};

// Not JSON at all.
inline const QList<QByteArray> invalid = {
    R"()", R"([1,])", R"({"a":1,})", R"([01])", R"([-])", R"(["unterminated)", R"({"a" 1})", R"([1] [2])", R"(nul)",
};

} // namespace JsonSnippets
