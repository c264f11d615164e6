#pragma once

#include <QByteArray>
#include <QString>

// JSON for the tests of core/result, kept out of the Q_OBJECT source (Qt 6.4's moc misreads raw strings with braces).
namespace JsonSnippets {

// Keys in sorted order as QJsonObject keeps them; the second row's nested key sorts before a column the first
// row already made, so its cells do not come in column order.
inline const QByteArray mixedRows = R"([
    {"id": 1, "position": {"x": 1.5, "y": 2}, "tags": ["a", "b"]},
    {"a": {"z": true}, "id": 2, "extra": null, "empty": {}},
    {"id": 3, "position": {"x": 4, "y": 5}, "tags": []},
    42,
    "text"
])";

// Two keys that flatten to one column name.
inline const QByteArray clashingRows = R"([{"a": {"b": 2}, "a.b": 1}])";

// An object row with a "value" key (a scalar row's column is named "value" too).
inline const QByteArray valueKeyRows = R"([{"value": 1}])";

// ParameterValuesJson's form of region_id, order_type and a body.
inline const QString valuesText =
    QStringLiteral(R"({"body":"[30000142]","parameters":[["region_id","10000002"],["order_type","all"]]})");

// Pairs that are not two strings and a body that is not a string.
inline const QString malformedValuesText =
    QStringLiteral(R"({"parameters":[["ok","1"],["number",2],["one"],"x",["a","b","c"]],"body":5})");

} // namespace JsonSnippets
