#include "core/http/pagefetcher.h"

#include "core/http/errorlimittracker.h"
#include "core/http/httpdate.h"
#include "core/http/networklanes.h"
#include "core/http/packedbody.h"
#include "core/http/ratelimittracker.h"
#include "core/http/redirectguard.h"
#include "core/http/responseguard.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <limits>

using namespace Qt::Literals::StringLiterals;

// Waiting reasons and failures below reach the explorer's run panel, so they go through
// QCoreApplication::translate; `esi` installs no translator and prints them in English.
namespace Esi::Core {

namespace {

// How much Qt may buffer ahead of handleReadyRead: with a limit its HTTP thread stops reading the socket
// while the buffer is full, so an endless body costs at most the response cap plus this.
constexpr qint64 readAheadBytes = 1024 * 1024;

bool isRetriedGatewayError(int status)
{
    return status == 502 || status == 503 || status == 504;
}

} // namespace

PageFetcher::PageFetcher(const FetchServices &services, FetchRequest request, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_request(std::move(request))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    // Retry-After, pacing and backoff are minimums; a coarse timer may fire up to 5 % early.
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &PageFetcher::sendWhenAllowed);
    m_outcome.page.language = m_request.language;
    m_outcome.page.page = m_request.page;
}

PageFetcher::~PageFetcher()
{
    abort();
}

CacheKey PageFetcher::cacheKey() const
{
    return CacheKey{RequestBuilder::url(*m_request.operation, m_request.values, m_request.context.baseUrl),
                    m_request.language, m_request.characterId, m_request.context.compatibilityDate};
}

void PageFetcher::start()
{
    // Only GETs are cached: a POST's answer depends on its body, which the key does not hold.
    const bool cacheable = m_services.cache && m_request.useCache && m_request.operation->method == u"GET";
    if (cacheable) {
        const CacheKey key = cacheKey();
        if (m_request.forceRefresh) {
            m_services.cache->remove(key);
        } else if (std::optional<CachedResponse> entry = m_services.cache->lookup(key)) {
            if (m_request.allowFreshHit && entry->isFresh(m_services.clock->now())) {
                succeed(entry->status, entry->headers, entry->body, ServedFrom::FreshHit, key.url);
                return;
            }
            if (!entry->etag.isEmpty() || !entry->lastModified.isEmpty()) {
                m_stale = std::move(entry);
            }
        }
    }
    sendWhenAllowed();
}

void PageFetcher::abort()
{
    if (m_done) {
        return;
    }
    m_done = true;
    m_timer->stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
        releaseLane();
        if (m_reservation != 0 && m_services.rateLimits) {
            // The server may already have counted it: settle with "no answer", which keeps the cost.
            m_services.rateLimits->recordResponse(m_request.operation->rateLimit, m_request.characterId, 0, {},
                                                  m_reservation);
        }
    }
    m_reservation = 0;
}

void PageFetcher::sendWhenAllowed()
{
    if (m_done) {
        return;
    }
    if (m_services.errorLimits) {
        if (const qint64 delay = m_services.errorLimits->delayBeforeSend(); delay > 0) {
            CallWait wait;
            wait.kind = CallWait::Kind::ErrorLimit;
            wait.msecs = delay;
            const ErrorLimitState state = m_services.errorLimits->state();
            wait.errorsLeft = state.remain;
            wait.errorSafetyMargin = m_services.errorLimits->safetyMargin();
            wait.circuitOpen = state.circuitOpen;
            wait.reason = QCoreApplication::translate("Esi::Core::PageFetcher", "ESI error limit");
            waitThenSend(wait);
            return;
        }
    }
    if (m_services.rateLimits) {
        const RateLimit &limit = m_request.operation->rateLimit;
        // Answers of concurrent pages come back in any order: each settles its own reservation.
        if (const qint64 delay =
                m_services.rateLimits->delayBeforeSend(limit, m_request.characterId, 2, &m_reservation);
            delay > 0) {
            waitThenSend(bucketWait(delay));
            return;
        }
    }
    send();
}

CallWait PageFetcher::bucketWait(qint64 msecs) const
{
    const RateLimit &limit = m_request.operation->rateLimit;
    CallWait wait;
    wait.kind = CallWait::Kind::RateLimit;
    wait.msecs = msecs;
    wait.group = limit.group;
    wait.limit = limit.maxTokens;
    wait.reason = QCoreApplication::translate("Esi::Core::PageFetcher", "rate limit group %1").arg(limit.group);
    if (const std::optional<RateLimitBucket> bucket =
            m_services.rateLimits->bucket(limit.group, m_request.characterId)) {
        wait.limit = bucket->limit;
        wait.remaining = std::max(0, bucket->remaining);
        if (bucket->blockedUntil.isValid() && bucket->blockedUntil > m_services.clock->now()) {
            wait.kind = CallWait::Kind::RetryAfter; // blocked since a 429
            wait.status = 429;
        }
    }
    return wait;
}

void PageFetcher::waitThenSend(CallWait wait)
{
    m_outcome.waitedMs += wait.msecs;
    wait.until = m_services.clock->now().addMSecs(wait.msecs);
    Q_EMIT waiting(wait.msecs, wait.reason);
    Q_EMIT waitingFor(wait);
    m_timer->start(int(std::min<qint64>(wait.msecs, std::numeric_limits<int>::max())));
}

CallWait PageFetcher::backoffWait(int status, const QString &reason) const
{
    CallWait wait;
    wait.kind = CallWait::Kind::Backoff;
    wait.msecs = qint64(m_request.retry.backoffMs) << (m_attempt - 1);
    wait.status = status;
    wait.reason = reason;
    return wait;
}

void PageFetcher::send()
{
    RequestContext context = m_request.context;
    if (m_stale) {
        context.ifNoneMatch = m_stale->etag;
        context.ifModifiedSince = m_stale->lastModified;
    }
    const BuiltRequest built = RequestBuilder::build(*m_request.operation, m_request.values, context);
    ++m_attempt;
    ++m_outcome.requests;
    m_lane = m_services.lanes ? m_services.lanes->acquire() : m_services.network;
    m_received.clear();
    m_reply = m_lane->sendCustomRequest(built.request, built.method, built.body);
    RedirectGuard::watch(m_reply);
    m_reply->setReadBufferSize(readAheadBytes);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &PageFetcher::handleMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &PageFetcher::handleReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &PageFetcher::handleReplyFinished);
}

void PageFetcher::handleMetaData()
{
    if (!m_reply || m_done) {
        return;
    }
    // Again now: Qt 6.4 creates the HTTP thread's side of the reply after send(), so the limit set there
    // may not have reached it; from here on the thread stops reading the socket while the buffer is full.
    m_reply->setReadBufferSize(readAheadBytes);
    bool known = false;
    const qint64 announced = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
    if (known && announced > m_request.maxResponseBytes) {
        failOversized(announced); // refused before a byte of it is read
    }
}

void PageFetcher::handleReadyRead()
{
    if (!m_reply || m_done) {
        return;
    }
    m_received += m_reply->readAll();
    if (m_received.size() > m_request.maxResponseBytes) {
        failOversized(0);
    }
}

void PageFetcher::failOversized(qint64 announcedBytes)
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const RawHeaders headers = reply->rawHeaderPairs();
    const QString host = reply->url().host();
    reply->abort();
    reply->deleteLater();
    releaseLane();
    if (m_services.errorLimits && status > 0) {
        m_services.errorLimits->recordResponse(status, headers);
    }
    if (m_services.rateLimits) {
        m_services.rateLimits->recordResponse(m_request.operation->rateLimit, m_request.characterId, status, headers,
                                              std::exchange(m_reservation, 0));
    }
    m_outcome.bytes += m_received.size();
    m_received = QByteArray(); // give the memory back now, not when the call ends
    fail(CallError::LimitExceeded, status,
         ResponseGuard::oversizeMessage(m_request.operation->operationId, host, m_request.maxResponseBytes,
                                        announcedBytes));
}

void PageFetcher::handleReplyFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply || m_done) {
        return;
    }
    reply->deleteLater();
    releaseLane();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QByteArray body = std::exchange(m_received, QByteArray());
    if (reply->isOpen()) {
        body += reply->readAll();
    }
    if (body.size() > m_request.maxResponseBytes) {
        m_received = std::move(body);
        m_reply = reply;
        failOversized(0);
        return;
    }
    m_outcome.bytes += body.size();
    const RawHeaders headers = reply->rawHeaderPairs();
    const qint64 reservation = std::exchange(m_reservation, 0);

    if (const QString refused = RedirectGuard::refusal(reply); !refused.isEmpty()) {
        if (reservation != 0 && m_services.rateLimits) {
            m_services.rateLimits->recordResponse(m_request.operation->rateLimit, m_request.characterId, 0, {},
                                                  reservation);
        }
        fail(CallError::Network, status, refused);
        return;
    }
    const QNetworkReply::NetworkError error = reply->error();
    const bool timedOut = error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError;
    const QString timeoutMessage =
        QCoreApplication::translate("Esi::Core::PageFetcher", "no complete answer from %1 within %2 s")
            .arg(reply->url().host(), QString::number(m_request.context.transferTimeoutMs / 1000.0));
    if (status <= 0) {
        if (reservation != 0 && m_services.rateLimits) {
            m_services.rateLimits->recordResponse(m_request.operation->rateLimit, m_request.characterId, 0, {},
                                                  reservation);
        }
        if (timedOut) {
            fail(CallError::Timeout, 0, timeoutMessage);
        } else {
            fail(CallError::Network, 0,
                 QCoreApplication::translate("Esi::Core::PageFetcher", "could not reach %1: %2")
                     .arg(reply->url().host(), reply->errorString()));
        }
        return;
    }
    if (m_services.errorLimits) {
        m_services.errorLimits->recordResponse(status, headers);
    }
    if (m_services.rateLimits) {
        m_services.rateLimits->recordResponse(m_request.operation->rateLimit, m_request.characterId, status, headers,
                                              reservation);
    }
    if (status < 400 && error != QNetworkReply::NoError) {
        // The status line came but the body did not (connection closed early, or the timeout hit mid-body).
        if (timedOut) {
            fail(CallError::Timeout, status, timeoutMessage);
        } else if (m_attempt < m_request.retry.maxAttempts) {
            ++m_outcome.retries;
            waitThenSend(backoffWait(
                status, QCoreApplication::translate("Esi::Core::PageFetcher", "retry after a cut-short answer")));
        } else {
            fail(CallError::Network, status,
                 QCoreApplication::translate("Esi::Core::PageFetcher", "the answer from %1 was cut short %2 times (%3)")
                     .arg(reply->url().host(), QString::number(m_attempt), reply->errorString()));
        }
        return;
    }
    const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    if (status >= 400 && !isRetriedGatewayError(status) && status != 429 && status != 420) {
        fail(CallError::Http, status, httpErrorMessage(status, body, reason));
        return;
    }
    handleAnswer(status, headers, body, reply->url());
}

void PageFetcher::handleAnswer(int status, const RawHeaders &headers, const QByteArray &body, const QUrl &url)
{
    if (status == 304) {
        ++m_outcome.notModified;
        if (!m_stale) {
            // Nothing was asked conditionally; resending would only get the same 304 again.
            fail(CallError::BadResponse, status,
                 ResponseGuard::unexpectedNotModifiedMessage(m_request.operation->operationId));
            return;
        }
        std::optional<CachedResponse> refreshed;
        if (m_stale && m_services.cache) {
            refreshed = m_services.cache->revalidated(cacheKey(), headers);
        }
        if (!refreshed) {
            // The entry vanished between lookup and answer (evicted, cleared): ask once more without validators.
            m_stale.reset();
            sendWhenAllowed();
            return;
        }
        succeed(refreshed->status, refreshed->headers, refreshed->body, ServedFrom::Revalidated, url);
        return;
    }
    if (status == 420) {
        qint64 resetSeconds = headerValue(headers, "X-ESI-Error-Limit-Reset").toLongLong();
        if (m_services.errorLimits) {
            const QDateTime resetAt = m_services.errorLimits->state().resetAt;
            if (resetAt.isValid()) {
                resetSeconds = std::max<qint64>(0, (m_services.clock->now().msecsTo(resetAt) + 999) / 1000);
            }
        }
        fail(CallError::ErrorLimited, status,
             QCoreApplication::translate(
                 "Esi::Core::PageFetcher",
                 "ESI's error limit is exhausted (HTTP 420); no request is sent until it resets in %1 s")
                 .arg(QString::number(resetSeconds)));
        return;
    }
    if (status == 429) {
        const qint64 wait = retryAfterMs(headers);
        const bool tracked = m_services.rateLimits && m_request.operation->rateLimit.isValid();
        if (m_rateLimitRetries >= m_request.retry.maxRateLimitRetries || (wait < 0 && !tracked)) {
            // The count as a plain variable: lupdate skips a translate() whose count is an expression.
            const int times = m_rateLimitRetries + 1;
            QString message;
            if (wait >= 0) {
                message = QCoreApplication::translate("Esi::Core::PageFetcher",
                                                      "rate limited by ESI (HTTP 429) %n time(s); try again later",
                                                      nullptr, times);
            } else {
                message = QCoreApplication::translate(
                    "Esi::Core::PageFetcher",
                    "rate limited by ESI (HTTP 429) %n time(s) without a Retry-After; try again later", nullptr, times);
            }
            fail(CallError::RateLimited, status, message);
            return;
        }
        ++m_rateLimitRetries;
        ++m_outcome.retries;
        // The rate tracker now blocks the bucket for Retry-After too, so the wait is not doubled.
        CallWait retryAfter;
        retryAfter.kind = CallWait::Kind::RetryAfter;
        retryAfter.msecs = std::max<qint64>(wait, 0);
        retryAfter.group = m_request.operation->rateLimit.group;
        retryAfter.status = 429;
        retryAfter.reason = u"HTTP 429 Retry-After"_s;
        waitThenSend(retryAfter);
        return;
    }
    if (isRetriedGatewayError(status)) {
        if (m_attempt >= m_request.retry.maxAttempts) {
            fail(CallError::Http, status,
                 QCoreApplication::translate("Esi::Core::PageFetcher", "%1 after %2 tries")
                     .arg(httpErrorMessage(status, QByteArray(), QString()), QString::number(m_attempt)));
            return;
        }
        ++m_outcome.retries;
        waitThenSend(backoffWait(
            status, QCoreApplication::translate("Esi::Core::PageFetcher", "retry after HTTP %1").arg(status)));
        return;
    }
    if (status >= 200 && status < 300) {
        const QString problem =
            ResponseGuard::nonJsonProblem(m_request.operation->operationId, m_request.operation->method.toLatin1(),
                                          status, headerValue(headers, "Content-Type"), body);
        if (!problem.isEmpty()) {
            fail(CallError::BadResponse, status, problem); // never cached: the next call asks again
            return;
        }
    }
    const bool cacheable = m_services.cache && m_request.useCache && m_request.operation->method == u"GET";
    if (cacheable && status >= 200 && status < 300) {
        CachedResponse response = CachedResponse::fromReply(status, headers, body, m_services.clock->now());
        response.packing = std::make_shared<PackedBody>(body); // deflated once, for the cache and the result
        m_outcome.page.packing = response.packing;
        m_services.cache->store(cacheKey(), response);
    }
    succeed(status, headers, body, ServedFrom::Network, url);
}

qint64 PageFetcher::retryAfterMs(const RawHeaders &headers) const
{
    const QByteArray value = headerValue(headers, "Retry-After").trimmed();
    if (value.isEmpty()) {
        return -1;
    }
    bool ok = false;
    const qint64 seconds = value.toLongLong(&ok);
    if (ok) {
        return std::max<qint64>(0, seconds) * 1000;
    }
    if (const std::optional<QDateTime> at = HttpDate::parse(value)) {
        return std::max<qint64>(0, m_services.clock->now().msecsTo(*at));
    }
    return -1;
}

void PageFetcher::releaseLane()
{
    if (m_lane && m_services.lanes) {
        m_services.lanes->release(m_lane);
    }
    m_lane = nullptr;
}

QString PageFetcher::httpErrorMessage(int status, const QByteArray &body, const QString &reason) const
{
    QString detail = esiErrorMessage(body);
    if (detail.isEmpty()) {
        detail = reason;
    }
    const QString prefix = QCoreApplication::translate("Esi::Core::PageFetcher", "%1 answered HTTP %2")
                               .arg(m_request.operation->operationId, QString::number(status));
    return detail.isEmpty() ? prefix
                            : QCoreApplication::translate("Esi::Core::PageFetcher", "%1: %2").arg(prefix, detail);
}

void PageFetcher::fail(CallError error, int status, const QString &message)
{
    m_outcome.error = error;
    m_outcome.httpStatus = status;
    m_outcome.message = message;
    m_done = true;
    Q_EMIT finished();
}

void PageFetcher::succeed(int status, const RawHeaders &headers, const QByteArray &body, ServedFrom servedFrom,
                          const QUrl &url)
{
    PageResult &page = m_outcome.page;
    page.status = status;
    page.headers = headers;
    page.body = body;
    page.servedFrom = servedFrom;
    page.url = url;
    for (const auto &[name, value] : headers) {
        if (name.compare("Warning", Qt::CaseInsensitive) == 0) {
            m_outcome.warnings.append(QString::fromLatin1(value));
        }
    }
    m_done = true;
    Q_EMIT finished();
}

} // namespace Esi::Core
