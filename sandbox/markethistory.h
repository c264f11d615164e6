#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>

namespace Esi::Sandbox {

// GET /markets/{region_id}/history as ESI answers it: one entry per day, oldest first, for the 400 days up to
// `lastDay`: {date, average, highest, lowest, order_count, volume} with lowest <= average <= highest, prices in
// ISK with two decimals and a price level and trade volume that wander from day to day. The same region, type,
// day and seed give the same bytes, so a chart drawn from it is reproducible.
class MarketHistory
{
public:
    static constexpr int Days = 400;

    static bool handles(const QString &method, const QString &routePath);

    static QByteArray json(qint64 regionId, qint64 typeId, QDate lastDay, quint64 seed);
};

} // namespace Esi::Sandbox
