#include "sandbox/markethistory.h"

#include "sandbox/datagenerator.h"

#include <QRandomGenerator>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Sandbox {

namespace {

void appendPrice(QByteArray &out, double price)
{
    out.append(QByteArray::number(std::round(price * 100.0) / 100.0, 'f', 2));
}

} // namespace

bool MarketHistory::handles(const QString &method, const QString &routePath)
{
    QStringView path(routePath);
    if (path.endsWith(u'/')) {
        path.chop(1); // Swagger 2.0 paths end in '/'
    }
    return method == u"GET"_s && path == u"/markets/{region_id}/history"_s;
}

QByteArray MarketHistory::json(qint64 regionId, qint64 typeId, QDate lastDay, quint64 seed)
{
    const quint64 mixed = DataGenerator::mix(DataGenerator::mix(seed, quint64(regionId)), quint64(typeId));
    QRandomGenerator random(quint32(mixed ^ (mixed >> 32)));
    // A price level between 10 ISK and 10 million ISK (log-uniform) and a daily volume that fits it.
    double average = std::pow(10.0, 1.0 + 6.0 * random.generateDouble());
    const double baseVolume = std::max(5.0, 2.0e8 / average * (0.5 + random.generateDouble()));
    QByteArray out;
    out.reserve(Days * 120);
    out.append('[');
    for (int day = 0; day < Days; ++day) {
        const QDate date = lastDay.addDays(day - (Days - 1));
        average *= 1.0 + (random.generateDouble() - 0.49) * 0.04; // a slow random walk, drifting up a little
        const double spread = 0.005 + random.generateDouble() * 0.06;
        const double highest = average * (1.0 + spread * random.generateDouble());
        const double lowest = average * (1.0 - spread * random.generateDouble());
        const auto volume = qint64(std::llround(baseVolume * (0.3 + 1.4 * random.generateDouble())));
        const qint64 orderCount = std::max<qint64>(1, std::min<qint64>(volume, volume / 40 + random.bounded(1, 200)));
        if (day > 0) {
            out.append(',');
        }
        out.append("{\"average\":");
        appendPrice(out, average);
        out.append(",\"date\":\"").append(date.toString(Qt::ISODate).toLatin1()).append("\",\"highest\":");
        appendPrice(out, std::max(highest, average));
        out.append(",\"lowest\":");
        appendPrice(out, std::min(lowest, average));
        out.append(",\"order_count\":").append(QByteArray::number(orderCount));
        out.append(",\"volume\":").append(QByteArray::number(volume)).append('}');
    }
    out.append(']');
    return out;
}

} // namespace Esi::Sandbox
