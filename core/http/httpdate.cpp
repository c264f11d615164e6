#include "core/http/httpdate.h"

#include <QList>
#include <QLocale>
#include <array>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

namespace {

constexpr std::array<const char *, 12> months = {"jan", "feb", "mar", "apr", "may", "jun",
                                                 "jul", "aug", "sep", "oct", "nov", "dec"};
constexpr std::array<const char *, 7> weekdays = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
constexpr std::array<const char *, 7> longWeekdays = {"monday", "tuesday",  "wednesday", "thursday",
                                                      "friday", "saturday", "sunday"};

bool isWeekday(QByteArrayView token)
{
    for (std::size_t i = 0; i < weekdays.size(); ++i) {
        if (token.compare(QByteArrayView(weekdays[i]), Qt::CaseInsensitive) == 0 ||
            token.compare(QByteArrayView(longWeekdays[i]), Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

int monthNumber(QByteArrayView token)
{
    for (std::size_t i = 0; i < months.size(); ++i) {
        if (token.compare(QByteArrayView(months[i]), Qt::CaseInsensitive) == 0) {
            return int(i) + 1;
        }
    }
    return 0;
}

// Digits only (no sign, no spaces), at most `maxDigits` of them; -1 otherwise.
int number(QByteArrayView token, int maxDigits)
{
    if (token.isEmpty() || token.size() > maxDigits) {
        return -1;
    }
    int value = 0;
    for (const char c : token) {
        if (c < '0' || c > '9') {
            return -1;
        }
        value = value * 10 + (c - '0');
    }
    return value;
}

std::optional<QTime> timeOfDay(QByteArrayView token)
{
    const QList<QByteArray> parts = token.toByteArray().split(':');
    if (parts.size() != 3 || parts[0].size() != 2 || parts[1].size() != 2 || parts[2].size() != 2) {
        return std::nullopt;
    }
    const QTime time(number(parts[0], 2), number(parts[1], 2), number(parts[2], 2));
    return time.isValid() ? std::optional(time) : std::nullopt;
}

// Seconds east of UTC for a zone token; nullopt when it is not a zone.
std::optional<int> zoneOffset(QByteArrayView token)
{
    for (const char *name : {"GMT", "UTC", "UT", "Z"}) {
        if (token.compare(QByteArrayView(name), Qt::CaseInsensitive) == 0) {
            return 0;
        }
    }
    if (token.size() == 5 && (token[0] == '+' || token[0] == '-')) {
        const int hours = number(token.sliced(1, 2), 2);
        const int minutes = number(token.sliced(3, 2), 2);
        if (hours < 0 || minutes < 0 || hours > 23 || minutes > 59) {
            return std::nullopt;
        }
        const int seconds = hours * 3600 + minutes * 60;
        return token[0] == '-' ? -seconds : seconds;
    }
    return std::nullopt;
}

int fullYear(QByteArrayView token)
{
    const int year = number(token, 4);
    if (token.size() == 4) {
        return year;
    }
    if (token.size() == 2 && year >= 0) {
        // RFC 7231: a two-digit year more than 50 years ahead means the past century.
        return year < 70 ? 2000 + year : 1900 + year;
    }
    return -1;
}

} // namespace

std::optional<QDateTime> HttpDate::parse(QByteArrayView text)
{
    QByteArray normalized = text.toByteArray();
    normalized.replace(',', ' ');
    QList<QByteArray> tokens = normalized.simplified().split(' ');
    if (!tokens.isEmpty() && isWeekday(tokens.front())) {
        tokens.removeFirst();
    }
    int offsetSeconds = 0;
    if (!tokens.isEmpty()) {
        if (const std::optional<int> offset = zoneOffset(tokens.back())) {
            offsetSeconds = *offset;
            tokens.removeLast();
        }
    }

    int day = -1;
    int month = 0;
    int year = -1;
    std::optional<QTime> time;
    if (tokens.size() == 2 && tokens[0].count('-') == 2) {
        // RFC 850: 06-Nov-94 08:49:37
        const QList<QByteArray> date = tokens[0].split('-');
        day = number(date[0], 2);
        month = monthNumber(date[1]);
        year = fullYear(date[2]);
        time = timeOfDay(tokens[1]);
    } else if (tokens.size() == 4 && monthNumber(tokens[0]) > 0) {
        // asctime: Nov 6 08:49:37 1994
        month = monthNumber(tokens[0]);
        day = number(tokens[1], 2);
        time = timeOfDay(tokens[2]);
        year = tokens[3].size() == 4 ? fullYear(tokens[3]) : -1;
    } else if (tokens.size() == 4) {
        // IMF-fixdate: 06 Nov 1994 08:49:37
        day = number(tokens[0], 2);
        month = monthNumber(tokens[1]);
        year = tokens[2].size() == 4 ? fullYear(tokens[2]) : -1;
        time = timeOfDay(tokens[3]);
    } else {
        return std::nullopt;
    }
    const QDate date(year, month, day);
    if (!date.isValid() || !time || year < 0 || day < 1 || month < 1) {
        return std::nullopt;
    }
    return QDateTime(date, *time, Qt::UTC).addSecs(-offsetSeconds);
}

QByteArray HttpDate::format(const QDateTime &time)
{
    return QLocale::c().toString(time.toUTC(), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1();
}

} // namespace Esi::Core
