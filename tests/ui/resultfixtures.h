#pragma once

// JSON snippets for the result tests, kept out of Q_OBJECT sources: Qt 6.4's moc misreads raw string
// literals with quotes and braces.
#include <QByteArray>

namespace ResultFixtures {

// Two rows with nested objects, an array, a null and a key only the second row has.
inline const QByteArray nestedRows = R"([
  {"id": 1, "name": "Tritanium", "position": {"x": 1.5, "y": -2}, "tags": ["ore", "mineral"], "owner": null},
  {"id": 1000000000000, "name": "Pyerite", "position": {"x": 3, "y": 4}, "tags": [], "owner": null, "late": true}
])";

// A list of ids, as /universe/types answers.
inline const QByteArray scalarRows = R"([587, 588, 589])";

// Rows for sorting: numbers, text, a missing value and a row without the column at all.
inline const QByteArray sortRows = R"([
  {"n": 10, "s": "banana"},
  {"n": 2, "s": "Apple"},
  {"n": null, "s": "cherry"},
  {"s": "apple"},
  {"n": 33, "s": "date"}
])";

// A cursor-paged body as ESI wraps it.
inline const QByteArray cursorPage =
    R"({"cursor": {"before": "AAA", "after": "BBB"}, "projects": [{"id": 7}, {"id": 8}]})";

// Two pages for the CSV export: a nested field with a comma and quotes, then a late array column.
inline const QByteArray csvPage1 = R"([{"a": 1, "b": {"c": "x, \"y\""}}])";
inline const QByteArray csvPage2 = R"([{"a": 2, "d": [1, 2]}])";

} // namespace ResultFixtures
