#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QPair>

namespace Esi::Sandbox {

// An answer as an area produces it; the server adds latency and transport faults when writing it.
struct SandboxResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers; // in the order they are written
    QByteArray body;

    // `value` serialised compactly (scalars too), with Content-Type application/json.
    static SandboxResponse json(int status, const QJsonValue &value);
    // ESI's error shape: {"error": message}.
    static SandboxResponse error(int status, const QString &message);

    QByteArray header(QByteArrayView name) const;                    // case-insensitive; empty when absent
    void setHeader(const QByteArray &name, const QByteArray &value); // replaces every header of that name
    void removeHeader(QByteArrayView name);

    // Serialises any JSON value; QJsonDocument alone cannot hold a bare number or string.
    static QByteArray toJson(const QJsonValue &value);
    // IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT") for Date, Expires and Last-Modified.
    static QByteArray httpDate(const QDateTime &time);
};

} // namespace Esi::Sandbox
