#include "ui/widgets/humanformat.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

QString HumanFormat::count(qint64 value)
{
    return QLocale().toString(value);
}

QString HumanFormat::bytes(qint64 bytes)
{
    if (bytes < 1024) {
        return tr("%1 B").arg(bytes);
    }
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString HumanFormat::duration(qint64 msecs)
{
    if (msecs < 1000) {
        return tr("%1 ms").arg(qMax<qint64>(0, msecs));
    }
    if (msecs < 60 * 1000) {
        return tr("%1 s").arg(QLocale().toString(msecs / 1000.0, 'f', 1));
    }
    const qint64 seconds = msecs / 1000;
    if (seconds < 3600) {
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    }
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString HumanFormat::countdown(qint64 msecs)
{
    // Rounded up, so "0:00" appears only once the moment has really passed.
    const qint64 seconds = msecs <= 0 ? 0 : (msecs + 999) / 1000;
    if (seconds >= 3600) {
        return u"%1:%2:%3"_s.arg(seconds / 3600)
            .arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'))
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    }
    return u"%1:%2"_s.arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString HumanFormat::windowText(int seconds)
{
    if (seconds > 0 && seconds % 3600 == 0) {
        return tr("%1 h").arg(seconds / 3600);
    }
    if (seconds > 0 && seconds % 60 == 0) {
        return tr("%1 min").arg(seconds / 60);
    }
    return tr("%1 s").arg(seconds);
}

QString HumanFormat::percent(double fraction)
{
    return tr("%1 %").arg(qRound(fraction * 100.0));
}

} // namespace Esi::Ui
