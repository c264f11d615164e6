#pragma once

// JSON for the names tests, outside Q_OBJECT sources (Qt 6.4's moc misreads raw strings with quotes and braces).

// A spec with no operations at all: no POST /universe/names to ask.
inline constexpr char specWithoutRoutes[] =
    R"({"openapi":"3.1.0","info":{"title":"t","version":"2026-07-21"},"paths":{}})";
