#pragma once

#include <QCoreApplication>
#include <QString>

namespace Esi::Ui {

// Numbers, sizes and durations the way the status views, limits panel and history print them, so the
// same quantity reads the same everywhere.
class HumanFormat
{
    Q_DECLARE_TR_FUNCTIONS(HumanFormat)

public:
    static QString count(qint64 value);      // "300,000" in the user's locale
    static QString bytes(qint64 bytes);      // "812 B", "75.1 MB"
    static QString duration(qint64 msecs);   // "412 ms", "4.2 s", "3 min 05 s", "2 h 10 min"
    static QString countdown(qint64 msecs);  // "4:57", "1:02:03"; "0:00" once passed
    static QString windowText(int seconds);  // "15 min", "1 h", "30 s"
    static QString percent(double fraction); // "42 %"
};

} // namespace Esi::Ui
