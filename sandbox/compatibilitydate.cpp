#include "sandbox/compatibilitydate.h"

#include "core/spec/specrepository.h"

using namespace Qt::Literals::StringLiterals;

namespace Esi::Sandbox {

QDate CompatibilityDate::today(const QDateTime &now)
{
    return now.toUTC().addSecs(-11 * 3600).date();
}

QString CompatibilityDate::problem(const QString &text, const QDateTime &now, const QString &where)
{
    if (!Core::SpecRepository::isCompatibilityDate(text)) {
        return u"Invalid "_s + where + u" '"_s + text + u"': expected a date as YYYY-MM-DD, e.g. 2025-08-26"_s;
    }
    const QDate date = QDate::fromString(text, Qt::ISODate);
    const QDate newest = today(now);
    if (date > newest) {
        return u"Invalid "_s + where + u" '"_s + text + u"': the date is in the future; the newest date today is "_s +
               newest.toString(Qt::ISODate) + u" (ESI's day starts at 11:00 UTC)"_s;
    }
    return {};
}

} // namespace Esi::Sandbox
