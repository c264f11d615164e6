#pragma once

// JSON for tst_snapshotdiff, kept out of the Q_OBJECT source (Qt 6.4's moc misreads raw strings with braces).
namespace WatchSnippets {

inline constexpr char ordersBefore[] = R"([
 {"order_id": 11, "type_id": 34, "price": 5.0, "volume_remain": 100},
 {"order_id": 12, "type_id": 35, "price": 6.0, "volume_remain": 50},
 {"order_id": 13, "type_id": 36, "price": 7.0, "volume_remain": 10}
])";

inline constexpr char ordersAfter[] = R"([
 {"order_id": 12, "type_id": 35, "price": 5.5, "volume_remain": 50},
 {"order_id": 13, "type_id": 36, "price": 7.0, "volume_remain": 10},
 {"order_id": 14, "type_id": 37, "price": 9.0, "volume_remain": 1}
])";

// order_id twice (ESI can list an order on two pages while it moves): no identity column, whole rows.
inline constexpr char duplicatedOrders[] = R"([
 {"order_id": 11, "type_id": 34, "price": 5.0},
 {"order_id": 11, "type_id": 34, "price": 5.0},
 {"order_id": 12, "type_id": 35, "price": 6.0}
])";

inline constexpr char duplicatedOrdersOneGone[] = R"([
 {"order_id": 11, "type_id": 34, "price": 5.0},
 {"order_id": 12, "type_id": 35, "price": 6.0}
])";

// job_id and blueprint_id are both unique and refer to nothing named: the route (/industry/jobs) decides.
inline constexpr char jobs[] = R"([
 {"job_id": 1, "blueprint_id": 900, "facility_id": 60003760, "status": "active"},
 {"job_id": 2, "blueprint_id": 901, "facility_id": 60003760, "status": "active"}
])";

// Hostile: an id that is null, an object, a list; rows that are not objects; nested values.
inline constexpr char nullId[] = R"([{"order_id": null, "price": 1}, {"order_id": 2, "price": 1}])";
inline constexpr char objectId[] = R"([{"order_id": {"a": 1}, "price": 1}, {"order_id": [1], "price": 1}])";
inline constexpr char bareIds[] = R"([30000142, 30000144, 30000142])";
inline constexpr char bareIdsLater[] = R"([30000144, 30000145])";
inline constexpr char nestedBefore[] = R"([{"item_id": 1, "position": {"x": 1.0, "y": 2.0}, "tags": [1, 2]}])";
inline constexpr char nestedAfter[] =
    R"([{"item_id": 1, "position": {"x": 1.5, "y": 2.0}, "tags": [1, 2, 3], "extra": "new"}])";

} // namespace WatchSnippets
