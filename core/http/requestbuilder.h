#pragma once

#include "core/http/parametervalues.h"
#include "core/http/useragent.h"
#include "core/spec/operation.h"

#include <QByteArray>
#include <QNetworkRequest>
#include <QUrl>

namespace Esi::Core {

// Everything about one request that does not come from the operation's parameters.
struct RequestContext
{
    QUrl baseUrl;              // "https://esi.evetech.net" (a path prefix is kept)
    UserAgent userAgent;       // sent on every request
    QString compatibilityDate; // the spec's date; X-Compatibility-Date
    QString tenant = QStringLiteral("tranquility");
    QString language = QStringLiteral("en"); // Accept-Language; empty sends none
    QString accessToken;                     // Authorization: Bearer, for authed operations
    QByteArray ifNoneMatch;                  // from the cached entry's ETag
    QByteArray ifModifiedSince;              // from the cached entry's Last-Modified
    int transferTimeoutMs = 30000;
};

struct BuiltRequest
{
    QNetworkRequest request;
    QByteArray method; // GET, POST, PUT, DELETE
    QByteArray body;   // JSON, empty when the operation takes none
};

// Turns a validated operation + values into the request ESI expects: path parameters percent-encoded
// into the path, query parameters in spec order (arrays comma-separated), the JSON body, and the headers
// every ESI request carries.
class RequestBuilder
{
public:
    static BuiltRequest build(const Operation &operation, const ParameterValues &values, const RequestContext &context);

    // Base URL + path + query: also the cache key's URL, so equal calls map to equal keys.
    static QUrl url(const Operation &operation, const ParameterValues &values, const QUrl &baseUrl);

    // What a parameter's value looks like on the wire: arrays become "a,b,c", scalars stay as typed.
    static QString wireValue(const QString &text);
};

} // namespace Esi::Core
