#pragma once

// Two market orders: one in a station, one in a structure (outside Q_OBJECT sources for Qt 6.4's moc).
inline constexpr char ordersJson[] =
    R"([{"order_id":1,"type_id":34,"location_id":60003760,"system_id":30000142,"price":5.5},)"
    R"({"order_id":2,"type_id":35,"location_id":1035466617946,"system_id":30000144,"price":6}])";
