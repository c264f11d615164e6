#include "core/fanout/fanoutitem.h"

#include <QJsonObject>
#include <QJsonValue>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

QString FanOutItem::label() const
{
    QStringList parts;
    parts.reserve(choices.size());
    for (const auto &[name, value] : choices) {
        parts.append(name + u'=' + value);
    }
    return parts.join(u' ');
}

QString FanOutItem::columnName(const QString &parameter)
{
    return u'#' + parameter;
}

QJsonArray FanOutItem::labelRows(const QJsonArray &rows) const
{
    QList<QPair<QString, QJsonValue>> cells;
    cells.reserve(choices.size());
    for (const auto &[name, value] : choices) {
        bool isNumber = false;
        const qint64 number = value.toLongLong(&isNumber);
        cells.append({columnName(name), isNumber ? QJsonValue(number) : QJsonValue(value)});
    }
    QJsonArray result;
    for (const QJsonValue &row : rows) {
        QJsonObject object = row.isObject() ? row.toObject() : QJsonObject{{u"value"_s, row}};
        for (const auto &[column, value] : cells) {
            object.insert(column, value);
        }
        result.append(object);
    }
    return result;
}

} // namespace Esi::Core
