#pragma once

#include "core/http/parametervalidator.h"
#include "core/http/rawheaders.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <memory>

namespace Esi::Core {

class PackedBody;

// How a page got to the caller, so the GUI can show fresh hit / revalidated / miss.
enum class ServedFrom {
    Network,     // 200 from ESI (nothing cached, or the cached entry had changed)
    FreshHit,    // answered from the cache before its Expires: no request at all
    Revalidated, // a conditional request got 304: the stored body was reused
};

QString servedFromName(ServedFrom servedFrom); // "network", "cache", "revalidated"

struct PageResult
{
    QString language; // Accept-Language it was asked in
    int page = 1;     // position in the result: the page number, or the n-th cursor/from_id step
    int status = 0;   // HTTP status of the answer (the stored one for cache hits)
    RawHeaders headers;
    QByteArray body; // as received; empty while the page is kept packed
    ServedFrom servedFrom = ServedFrom::Network;
    QUrl url;
    // A result kept for the views may hold the body packed instead (packBody: zlib, 6-10x smaller for JSON);
    // bytes() gives the exact body either way. Pages of `esi` and of the paging strategies are never packed.
    QByteArray packed;
    // The body packed once for the cache and this page alike (PageFetcher, when the answer is cached).
    std::shared_ptr<PackedBody> packing;

    bool isPacked() const { return !packed.isEmpty(); }

    QByteArray bytes() const;   // the body as received, inflated when kept packed
    qsizetype bodySize() const; // bytes().size() without inflating
    // Keeps the page packed when `body` is exactly its body (a copy of it, as handed out) and `packed` is
    // packBody(body); false (and nothing changes) otherwise.
    bool keepPacked(const QByteArray &received, const QByteArray &packedBody);
};

// `body` packed for keeping (qCompress, zlib level 1: ~300 MB/s); empty when packing would not shrink it.
QByteArray packBody(const QByteArray &body);
// The body length qCompress wrote in front of `packed` (its first 4 bytes, big-endian), as stated, unchecked;
// -1 when `packed` is shorter than that.
qint64 packedBodySize(const QByteArray &packed);

enum class CallError {
    None,
    InvalidInput,  // unknown operation or invalid parameters: see CallResult::issues
    NotAuthorized, // an authed operation without a character or a usable token
    Http,          // ESI answered with an error status (message from its {"error": ...} body)
    RateLimited,   // 429s kept coming after Retry-After
    ErrorLimited,  // 420: ESI's error limit is exhausted; nothing is sent until it resets
    Network,       // no HTTP answer (refused, DNS, TLS, ...)
    Timeout,       // no complete answer within the transfer timeout
    Cancelled,
    LimitExceeded, // more pages or a larger body than ResponseLimits allow; the message says how to raise them
    BadResponse,   // an answer that is not what ESI sends: a non-JSON 2xx, a broken X-Pages, a 304 to nothing
};

QString callErrorName(CallError error);

// Counted per call; `bytes` is what came over the network (cache hits add nothing).
struct CallStatistics
{
    int requests = 0;    // HTTP requests sent, retries included
    int pages = 0;       // pages delivered
    int fromCache = 0;   // fresh hits: no request sent
    int notModified = 0; // 304 answers
    int retries = 0;     // repeated requests after 502/503/504 or 429
    qint64 bytes = 0;
    qint64 elapsedMs = 0;
    qint64 waitedMs = 0; // time spent holding requests back for rate/error limits or backoff

    friend bool operator==(const CallStatistics &, const CallStatistics &) = default;
};

struct CallResult
{
    CallError error = CallError::None;
    int httpStatus = 0; // of the failing response, when there was one
    QString message;    // what went wrong, worded for the user
    QList<ValidationIssue> issues;
    QList<PageResult> pages;   // by language (as requested), then page
    QStringList warnings;      // Warning: 199/299 headers and snapshot notes, each once
    int snapshotRefetches = 0; // times the pages were refetched because Last-Modified changed mid-fetch
    bool consistent = true;    // false when Last-Modified still differed after the last refetch
    CallStatistics statistics;

    bool isOk() const { return error == CallError::None; }

    QStringList languages() const; // in page order

    // django-esi's headers: result() gives the first requested page's, results() the last page's.
    RawHeaders firstHeaders() const { return pages.isEmpty() ? RawHeaders() : pages.constFirst().headers; }

    RawHeaders lastHeaders() const { return pages.isEmpty() ? RawHeaders() : pages.constLast().headers; }

    // Every row of `language` (all languages when empty) in page order: array bodies are concatenated,
    // a cursor page's list property is unwrapped, any other body counts as one row.
    QJsonArray rows(const QString &language = QString()) const;

    // PageResult::keepPacked on the page `page` of `language`; false when no such page holds `received`.
    bool keepPacked(const QString &language, int page, const QByteArray &received, const QByteArray &packedBody);
};

// The rows of one page: an array body's items, a cursor page's list, any other body as one row.
QJsonArray pageRows(const PageResult &page);

// `{"error": "Type not found"}` -> "Type not found"; empty when the body holds no ESI error.
QString esiErrorMessage(const QByteArray &body);

// The list inside a cursor-paged body ({"cursor": {...}, "<name>": [...]}); empty name when none.
QString cursorListProperty(const QJsonObject &body);

} // namespace Esi::Core

Q_DECLARE_METATYPE(Esi::Core::PageResult)
