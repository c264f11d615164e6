#include "core/http/responselimits.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

std::optional<qint64> ResponseLimits::parseByteSize(const QString &text)
{
    static const QRegularExpression pattern(u"^\\s*(\\d{1,12})\\s*([kmgt]?)(?:i?b)?\\s*$"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    const qint64 number = match.captured(1).toLongLong();
    const QString unit = match.captured(2).toLower();
    int shift = 0;
    if (unit == u"k") {
        shift = 10;
    } else if (unit == u"m") {
        shift = 20;
    } else if (unit == u"g") {
        shift = 30;
    } else if (unit == u"t") {
        shift = 40;
    }
    // 12 digits times 2^40 would overflow: compare before shifting.
    if (number <= 0 || number > (maxMaxResponseBytes >> shift)) {
        return std::nullopt;
    }
    return number << shift;
}

QString ResponseLimits::formatBytes(qint64 bytes)
{
    const struct
    {
        int shift;
        const char16_t *name;
    } units[] = {{30, u"GiB"}, {20, u"MiB"}, {10, u"KiB"}};

    for (const auto &unit : units) {
        const qint64 size = qint64(1) << unit.shift;
        if (bytes >= size && bytes % size == 0) {
            return u"%1 %2"_s.arg(QString::number(bytes / size), QString::fromUtf16(unit.name));
        }
    }
    if (bytes >= (qint64(1) << 20)) {
        return u"%1 MiB"_s.arg(QString::number(double(bytes) / double(qint64(1) << 20), 'f', 1));
    }
    return u"%1 bytes"_s.arg(QString::number(bytes));
}

} // namespace Esi::Core
