#pragma once

// JSON for the names tests, outside Q_OBJECT sources (Qt 6.4's moc misreads raw strings with quotes and braces).

// A spec with no operations at all: no POST /universe/names to ask.
inline constexpr char specWithoutRoutes[] =
    R"({"openapi":"3.1.0","info":{"title":"t","version":"2026-07-21"},"paths":{}})";

// A killmail-like row with a nested victim, and a row without the victim.
inline constexpr char nestedRowsJson[] =
    R"([{"solar_system_id":30000142,"victim":{"character_id":2112000001,"ship_type_id":587},"killmail_id":1},)"
    R"({"solar_system_id":1035466617946,"killmail_id":2}])";
