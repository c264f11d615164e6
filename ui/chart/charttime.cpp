#include "ui/chart/charttime.h"

namespace Esi::Ui {

namespace {

// Reads `count` ASCII digits at `at`; -1 when one of them is not a digit.
int digits(QStringView text, qsizetype at, int count)
{
    if (at + count > text.size()) {
        return -1;
    }
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = text.at(at + i).unicode();
        if (c < u'0' || c > u'9') {
            return -1;
        }
        value = value * 10 + int(c - u'0');
    }
    return value;
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
qint64 daysFromCivil(int year, int month, int day)
{
    year -= month <= 2 ? 1 : 0;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const qint64 yearOfEra = year - era * 400;
    const qint64 dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const qint64 dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

int daysInMonth(int year, int month)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

} // namespace

std::optional<qint64> ChartTime::parse(QStringView text)
{
    const int year = digits(text, 0, 4);
    const int month = digits(text, 5, 2);
    const int day = digits(text, 8, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || text.at(4) != u'-' || text.at(7) != u'-' ||
        day > daysInMonth(year, month)) {
        return std::nullopt;
    }
    qint64 msecs = daysFromCivil(year, month, day) * 86400000LL;
    if (text.size() == 10) {
        return msecs;
    }
    const char16_t separator = text.at(10).unicode();
    const int hour = digits(text, 11, 2);
    const int minute = digits(text, 14, 2);
    if ((separator != u'T' && separator != u't' && separator != u' ') || hour < 0 || hour > 23 || minute < 0 ||
        minute > 59 || text.size() < 16 || text.at(13) != u':') {
        return std::nullopt;
    }
    msecs += (hour * 3600LL + minute * 60LL) * 1000LL;
    qsizetype at = 16;
    if (at < text.size() && text.at(at) == u':') {
        const int second = digits(text, at + 1, 2);
        if (second < 0 || second > 60) {
            return std::nullopt;
        }
        msecs += second * 1000LL;
        at += 3;
        if (at < text.size() && text.at(at) == u'.') {
            ++at;
            const qsizetype start = at;
            int millis = 0;
            while (at < text.size() && text.at(at).isDigit()) {
                if (at - start < 3) {
                    millis = millis * 10 + int(text.at(at).unicode() - u'0');
                }
                ++at;
            }
            if (at == start) {
                return std::nullopt;
            }
            for (qsizetype scale = at - start; scale < 3; ++scale) {
                millis *= 10;
            }
            msecs += millis;
        }
    }
    if (at == text.size()) {
        return msecs; // no zone: ESI means UTC
    }
    const char16_t zone = text.at(at).unicode();
    if ((zone == u'Z' || zone == u'z') && at + 1 == text.size()) {
        return msecs;
    }
    if (zone != u'+' && zone != u'-') {
        return std::nullopt;
    }
    const int offsetHours = digits(text, at + 1, 2);
    const bool colon = at + 3 < text.size() && text.at(at + 3) == u':';
    const int offsetMinutes = digits(text, at + (colon ? 4 : 3), 2);
    if (offsetHours < 0 || offsetHours > 23 || offsetMinutes < 0 || offsetMinutes > 59 ||
        at + (colon ? 6 : 5) != text.size()) {
        return std::nullopt;
    }
    const qint64 offset = (offsetHours * 60LL + offsetMinutes) * 60000LL;
    return zone == u'+' ? msecs - offset : msecs + offset;
}

} // namespace Esi::Ui
