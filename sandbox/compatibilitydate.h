#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace Esi::Sandbox {

// ESI's compatibility dates: YYYY-MM-DD, never in the future, where "today" rolls over at 11:00 UTC.
class CompatibilityDate
{
public:
    static QDate today(const QDateTime &now);

    // Empty when `text` is a date ESI would accept at `now`; otherwise the message of a 400 answer.
    // `where` names the source ("X-Compatibility-Date header", "compatibility_date query parameter").
    static QString problem(const QString &text, const QDateTime &now, const QString &where);
};

} // namespace Esi::Sandbox
