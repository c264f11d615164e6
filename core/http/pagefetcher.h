#pragma once

#include "core/clock.h"
#include "core/http/callresult.h"
#include "core/http/callwait.h"
#include "core/http/parametervalues.h"
#include "core/http/requestbuilder.h"
#include "core/http/responsecache.h"
#include "core/http/responselimits.h"

#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace Esi::Core {

class ErrorLimitTracker;
class NetworkLanes;
class RateLimitTracker;

// What every fetch of a client shares. Only `network` and `clock` are required; EsiClient adds lanes.
struct FetchServices
{
    QNetworkAccessManager *network = nullptr;
    NetworkLanes *lanes = nullptr; // spreads HTTP/1.1 requests beyond 6 per host over more managers
    const Clock *clock = nullptr;
    ResponseCache *cache = nullptr;
    RateLimitTracker *rateLimits = nullptr;
    ErrorLimitTracker *errorLimits = nullptr;
};

struct RetryPolicy
{
    int maxAttempts = 3;         // tries for 502/503/504 (django-esi's 3), never for other statuses
    int backoffMs = 1000;        // wait before the 2nd try; doubled for each further one
    int maxRateLimitRetries = 3; // times a 429 is retried after its Retry-After
    int maxSnapshotAttempts = 3; // fetches of a paged result while Last-Modified keeps changing
};

struct FetchRequest
{
    const Operation *operation = nullptr;
    ParameterValues values;
    RequestContext context; // without cache validators: the fetcher adds them
    qint64 characterId = 0;
    QString language;
    int page = 1;
    bool useCache = true;
    bool allowFreshHit = true; // false after a snapshot changed: revalidate instead of trusting Expires
    bool forceRefresh = false;
    RetryPolicy retry;
    qint64 maxResponseBytes = ResponseLimits::defaultMaxResponseBytes; // aborted while downloading past it
};

struct FetchOutcome
{
    CallError error = CallError::None;
    int httpStatus = 0;
    QString message;
    PageResult page;
    QStringList warnings; // Warning header values
    int requests = 0;
    int retries = 0;
    int notModified = 0; // 304 answers
    qint64 bytes = 0;
    qint64 waitedMs = 0;
};

// One page of one call, from cache lookup to the final answer: a fresh cache entry answers without a
// request; a stale one becomes a conditional request. Before each send the error-limit and rate-limit
// trackers are asked (and waited for with a timer, never by blocking); every answer is recorded with
// them. 502/503/504 are retried with backoff, a 429 after its Retry-After; nothing else is retried.
class PageFetcher : public QObject
{
    Q_OBJECT

public:
    PageFetcher(const FetchServices &services, FetchRequest request, QObject *parent = nullptr);
    ~PageFetcher() override;

    void start();
    void abort(); // stops at once; `finished` is not emitted afterwards

    bool isDone() const { return m_done; }

    const FetchRequest &request() const { return m_request; }

    const FetchOutcome &outcome() const { return m_outcome; }

Q_SIGNALS:
    void finished();
    void waiting(qint64 msecs, const QString &reason);
    void waitingFor(const Esi::Core::CallWait &wait); // the same wait with its facts

private:
    CacheKey cacheKey() const;
    void sendWhenAllowed();
    void send();
    void handleReplyFinished();
    void handleMetaData();
    void handleReadyRead();
    void failOversized(qint64 announcedBytes);
    void handleAnswer(int status, const RawHeaders &headers, const QByteArray &body, const QUrl &url);
    void waitThenSend(CallWait wait);
    CallWait bucketWait(qint64 msecs) const;
    CallWait backoffWait(int status, const QString &reason) const;
    void fail(CallError error, int status, const QString &message);
    void succeed(int status, const RawHeaders &headers, const QByteArray &body, ServedFrom servedFrom, const QUrl &url);
    qint64 retryAfterMs(const RawHeaders &headers) const;
    void releaseLane();
    QString httpErrorMessage(int status, const QByteArray &body, const QString &reason) const;

    FetchServices m_services;
    FetchRequest m_request;
    FetchOutcome m_outcome;
    std::optional<CachedResponse> m_stale; // entry being revalidated
    QPointer<QNetworkReply> m_reply;
    QNetworkAccessManager *m_lane = nullptr; // the manager m_reply runs on, while it runs
    QTimer *m_timer = nullptr;
    int m_attempt = 0; // sends for 5xx retry counting
    int m_rateLimitRetries = 0;
    qint64 m_reservation = 0; // the rate-limit reservation of the request in flight; 0: none
    QByteArray m_received;    // the body read so far, capped at request.maxResponseBytes
    bool m_done = false;
};

} // namespace Esi::Core
