#pragma once

// Bodies for tst_pagingstrategy (kept out of the Q_OBJECT source: Qt 6.4's moc misreads raw strings).

namespace PagingStrategyBodies {

inline constexpr char cursorPageWithBefore[] = R"({"cursor": {"before": "b1", "after": "a1"}, "jobs": [1, 2]})";
inline constexpr char cursorPageWithAfter[] = R"({"cursor": {"before": "b2", "after": "a2"}, "jobs": [3]})";
inline constexpr char cursorPageEmpty[] = R"({"cursor": {"before": "b3"}, "jobs": []})";
inline constexpr char cursorPageNoCursor[] = R"({"jobs": [4]})";
inline constexpr char fromIdFirst[] = R"([{"transaction_id": 9}, {"transaction_id": 7}])";
inline constexpr char fromIdSecond[] = R"([{"transaction_id": 7}, {"transaction_id": 4}])";
inline constexpr char fromIdNothingNew[] = R"([{"transaction_id": 4}])";

} // namespace PagingStrategyBodies
