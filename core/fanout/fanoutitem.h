#pragma once

#include "core/http/parametervalues.h"

#include <QJsonArray>
#include <QList>
#include <QPair>
#include <QString>

namespace Esi::Core {

// One call of a fan-out: the operation's values with one value of every listed parameter filled in.
struct FanOutItem
{
    int index = 0;                          // position in the plan; rows merge in this order
    ParameterValues values;                 // everything the call sends
    QList<QPair<QString, QString>> choices; // the listed parameters and this item's value of each
    qint64 characterId = 0;                 // whose token it carries (0: public, or decided by the caller)
    QString refusal;                        // non-empty: nothing may be sent for this item, and why

    // "type_id=587", "region_id=10000002 type_id=34": names the item in errors and progress.
    QString label() const;

    // `rows` with the leading column(s) "#<parameter>" holding this item's value; a row that is not an
    // object becomes {"value": row}. The values are numbers when they read as whole numbers.
    QJsonArray labelRows(const QJsonArray &rows) const;

    // "#type_id": the leading column of a listed parameter. '#' sorts before every ESI field name (keys
    // are ordered) and is not a spreadsheet formula character.
    static QString columnName(const QString &parameter);
};

} // namespace Esi::Core
