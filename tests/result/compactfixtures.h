#pragma once

// JSON for tst_compactresult, kept out of the Q_OBJECT source (Qt 6.4's moc misreads raw strings).
#include <QByteArray>

namespace CompactFixtures {

// Every kind of cell: numbers (fractions, negatives, an id past 2^53), text with quotes and non-ASCII,
// booleans, null, an empty object, arrays, nested objects two deep, and keys that come and go.
inline const QByteArray mixedRows = R"([
  {"id": 1, "name": "Tritanium \"ore\"", "price": 4.25, "flag": true, "owner": null, "meta": {},
   "position": {"x": 1.5, "y": -2, "deep": {"z": 7}}, "tags": ["ore", "mineral"]},
  {"id": 9007199254740993, "name": "Ж Pyerite", "price": -0.5, "flag": false, "owner": 3,
   "position": {"x": 3}, "tags": [], "late": "only here"},
  {"id": 3, "name": "", "meta": {"note": "now an object"}, "position": 12}
])";

// The same key holds a number in one page and an object in the next (and the reverse).
inline const QByteArray leafPage = R"([{"a": 1, "b": 5}])";
inline const QByteArray objectPage = R"([{"a": 2, "b": {"c": 6, "d": [1, 2]}}])";

// Scalars mixed with objects.
inline const QByteArray scalarsAndObjects = R"([587, "text", {"value": 1, "k": 2}, null])";

// A page of market orders as ESI sends them (12 fields), order ids numbered by page and row.
inline QByteArray ordersPage(int number, int rows)
{
    QByteArray json("[");
    for (int row = 0; row < rows; ++row) {
        if (row > 0) {
            json.append(',');
        }
        json.append(R"({"duration":90,"is_buy_order":false,"issued":"2026-12-01T11:22:33Z","location_id":)")
            .append(QByteArray::number(60003760 + row % 7))
            .append(R"(,"min_volume":1,"order_id":)")
            .append(QByteArray::number(6900000000LL + number * 1000 + row))
            .append(R"(,"price":)")
            .append(QByteArray::number(1000.25 + row))
            .append(R"(,"range":"region","system_id":30000142,"type_id":)")
            .append(QByteArray::number(34 + row))
            .append(R"(,"volume_remain":)")
            .append(QByteArray::number(row * 3))
            .append(R"(,"volume_total":5000})");
    }
    json.append(']');
    return json;
}

} // namespace CompactFixtures
