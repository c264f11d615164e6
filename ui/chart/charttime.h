#pragma once

#include <QString>
#include <QtGlobal>
#include <optional>

namespace Esi::Ui {

// ISO 8601 dates and date-times as ESI writes them, read without QDateTime: a chart may read 300,000 of them.
class ChartTime
{
public:
    // Milliseconds since the epoch, UTC: "2026-01-05" is that day's midnight UTC; "2026-01-05T11:05:00Z" may carry
    // fractions of a second and a "+02:00" offset (none means UTC). nullopt for anything else, impossible days too.
    static std::optional<qint64> parse(QStringView text);

    // Whether `text` is a date without a time ("2026-01-05").
    static bool isDateOnly(QStringView text) { return text.size() == 10 && parse(text).has_value(); }
};

} // namespace Esi::Ui
