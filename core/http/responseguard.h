#pragma once

#include "core/http/callresult.h"
#include "core/http/responselimits.h"

#include <QByteArrayView>
#include <QString>

namespace Esi::Core {

// What a page count header or a body must look like before the engine trusts it. Every message quotes
// what came (the header as sent, the first bytes of the body) and, for limits, says how to raise them.
class ResponseGuard
{
public:
    struct PageCount
    {
        int pages = 1;                     // valid when error is None
        CallError error = CallError::None; // BadResponse (not a page count) or LimitExceeded (above the cap)
        QString message;
    };

    // X-Pages of page 1: absent means 1 page; otherwise a whole number from 1 to `maxPages`. "-5", "0",
    // "1e9", "3.0", "99999999999" are refused, as is anything above the cap.
    static PageCount pageCount(QByteArrayView header, int maxPages);

    // Empty when a 2xx body is JSON: by Content-Type (absent, application/json or +json) and by parse.
    // An empty body is fine only for 204 and for operations other than GET.
    static QString nonJsonProblem(const QString &operationId, const QByteArray &method, int status,
                                  const QByteArray &contentType, const QByteArray &body);

    // The body or header promised more than `maxBytes`: what limit it was, and how to raise it.
    static QString oversizeMessage(const QString &operationId, const QString &host, qint64 maxBytes,
                                   qint64 announcedBytes);

    // A 304 to a request that had no validators: nothing is cached to revalidate.
    static QString unexpectedNotModifiedMessage(const QString &operationId);

    // More cursor or from_id steps than the page cap allows.
    static QString tooManyStepsMessage(int maxPages);

    // The first `maxBytes` of `body` as one printable line: control bytes and invalid UTF-8 become '?',
    // quoted, with "..." when cut.
    static QString preview(QByteArrayView body, int maxBytes = 160);

    // The same without the quotes.
    static QString printable(QByteArrayView bytes, int maxBytes);
};

} // namespace Esi::Core
