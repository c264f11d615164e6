#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QUrlQuery>

namespace Esi::Sandbox {

// One HTTP request, copied out of QHttpServerRequest (which the server reuses for the next request on
// the same connection) so areas can answer it later.
struct SandboxRequest
{
    QString method; // upper case: GET, POST, ...
    QString path;   // percent-encoded, as sent
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    QString remoteAddress;

    QByteArray header(const QByteArray &lowerCaseName) const { return headers.value(lowerCaseName); }

    bool hasHeader(const QByteArray &lowerCaseName) const { return headers.contains(lowerCaseName); }

    bool hasQueryItem(const QString &name) const { return query.hasQueryItem(name); }

    QString queryItem(const QString &name) const { return query.queryItemValue(name, QUrl::FullyDecoded); }
};

} // namespace Esi::Sandbox
