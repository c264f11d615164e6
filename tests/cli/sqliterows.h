#pragma once

// Rows for tst_sqliteexportwriter, kept out of the Q_OBJECT source (Qt 6.4's moc misreads raw strings).

// GetUniverseTypesTypeId for Tritanium as ESI answers it (2026), trimmed to three dogma attributes.
inline constexpr char tritaniumRow[] = R"({"capacity":0,"description":"The main building block in space structures.",
"dogma_attributes":[{"attribute_id":161,"value":0.01},{"attribute_id":162,"value":1},{"attribute_id":4,"value":0}],
"graphic_id":22,"group_id":18,"icon_id":22,"market_group_id":1857,"mass":0,"name":"Tritanium","packaged_volume":0.01,
"portion_size":1,"published":true,"radius":1,"type_id":34,"volume":0.01})";

inline constexpr char pyeriteRow[] = R"({"capacity":0,"description":"Pyerite, \"a soft crystal-like mineral\".",
"dogma_attributes":[{"attribute_id":161,"value":0.01}],"dogma_effects":[{"effect_id":1,"is_default":false}],
"group_id":18,"mass":0,"name":"Pyerite","portion_size":1,"published":true,"type_id":35,"volume":0.01})";

// Field names a hostile spec or server could send: quotes, SQL, our own column names, case twins, control
// characters, an over-long name; values with quotes and SQL.
inline constexpr char hostileRows[] = R"([
{"a\"; DROP TABLE esi_runs; --": "x'); DROP TABLE esi_runs; --", "rowid": 7, "RUN_ID": "mine", "Name": "upper",
 "name": "lower", "tab\there": 1, "nested": {"\"q\"": [1, 2]}, "list": [{"x\"y": "z"}, {"x\"y": "w\n"}]},
{"name": "second", "late_column": 2.5}
])";
