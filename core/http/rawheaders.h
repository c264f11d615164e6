#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace Esi::Core {

// Response headers as received (Qt 6.4 has no QHttpHeaders): name/value pairs in arrival order.
using RawHeaders = QList<QPair<QByteArray, QByteArray>>;

// Value of the first header named `name` (case-insensitive); empty when absent.
inline QByteArray headerValue(const RawHeaders &headers, QByteArrayView name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

inline bool hasHeader(const RawHeaders &headers, QByteArrayView name)
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

} // namespace Esi::Core
