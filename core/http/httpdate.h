#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <optional>

namespace Esi::Core {

// HTTP dates (RFC 7231 section 7.1.1.1) as used by Expires, Last-Modified, Date and Retry-After.
class HttpDate
{
public:
    // Accepts IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT"), the obsolete RFC 850 form
    // ("Sunday, 06-Nov-94 08:49:37 GMT") and asctime ("Sun Nov  6 08:49:37 1994"). The zone may be
    // GMT, UTC, UT, Z, a numeric offset (+0200) or missing (read as UTC); the weekday is optional.
    // Returns a UTC time, or nullopt for anything else.
    static std::optional<QDateTime> parse(QByteArrayView text);

    // IMF-fixdate, the only form a sender should produce.
    static QByteArray format(const QDateTime &time);
};

} // namespace Esi::Core
