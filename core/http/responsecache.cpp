#include "core/http/responsecache.h"

#include "core/http/httpdate.h"
#include "core/http/responsecachestore.h"
#include "core/http/responsecachewriter.h"

#include <QCoreApplication>
#include <QHash>
#include <QLoggingCategory>
#include <QUrlQuery>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcResponseCache, "esi.http.cache")

namespace Esi::Core {

namespace {

// Cache-Control directives, lower-cased names; a directive without a value maps to an empty one.
QHash<QByteArray, QByteArray> cacheControl(const RawHeaders &headers)
{
    QHash<QByteArray, QByteArray> directives;
    for (const auto &[name, value] : headers) {
        if (name.compare("cache-control", Qt::CaseInsensitive) != 0) {
            continue;
        }
        for (const QByteArray &part : value.split(',')) {
            const qsizetype equals = part.indexOf('=');
            const QByteArray directive = (equals < 0 ? part : part.left(equals)).trimmed().toLower();
            const QByteArray argument = equals < 0 ? QByteArray() : part.mid(equals + 1).trimmed();
            if (!directive.isEmpty()) {
                directives.insert(directive, QByteArray(argument).replace('"', QByteArray()));
            }
        }
    }
    return directives;
}

// delta-seconds (max-age, Age). RFC 7234 1.2.1: a value too large to compute with counts as 2^31, so
// "max-age=99999999999999999" neither overflows the milliseconds below nor reads as stale.
std::optional<qint64> seconds(const QByteArray &text)
{
    constexpr qint64 largest = qint64(1) << 31;
    const QByteArray digits = text.trimmed();
    bool ok = false;
    const qint64 value = digits.toLongLong(&ok);
    if (!ok && !digits.isEmpty() &&
        std::all_of(digits.cbegin(), digits.cend(), [](char c) { return c >= '0' && c <= '9'; })) {
        return largest; // more digits than a qint64 holds
    }
    return ok && value >= 0 ? std::optional(std::min(value, largest)) : std::nullopt;
}

// Validators and transfer details describe the 200 that carried the body, so a 304 never replaces them.
bool keepsStoredValue(const QByteArray &name)
{
    for (const char *fixed :
         {"content-length", "content-encoding", "content-range", "transfer-encoding", "connection", "keep-alive"}) {
        if (name.compare(QByteArrayView(fixed), Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

RawHeaders mergedHeaders(const RawHeaders &stored, const RawHeaders &fresh)
{
    RawHeaders merged;
    for (const auto &header : stored) {
        if (keepsStoredValue(header.first) || !hasHeader(fresh, header.first)) {
            merged.append(header);
        }
    }
    for (const auto &header : fresh) {
        if (!keepsStoredValue(header.first)) {
            merged.append(header);
        }
    }
    return merged;
}

} // namespace

QString CacheKey::normalizedUrl() const
{
    QUrl normalized = url.adjusted(QUrl::RemoveFragment);
    QUrlQuery query(normalized);
    QList<QPair<QString, QString>> items = query.queryItems(QUrl::FullyEncoded);
    if (!items.isEmpty()) {
        std::stable_sort(items.begin(), items.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        query.setQueryItems(items);
        normalized.setQuery(query);
    }
    return normalized.toString(QUrl::FullyEncoded);
}

bool CachedResponse::isFresh(const QDateTime &now) const
{
    return expires.isValid() && now < expires;
}

RawHeaders CachedResponse::conditionalHeaders() const
{
    RawHeaders conditions;
    if (!etag.isEmpty()) {
        conditions.append({"If-None-Match"_ba, etag});
    }
    if (!lastModified.isEmpty()) {
        conditions.append({"If-Modified-Since"_ba, lastModified});
    }
    return conditions;
}

bool CachedResponse::isStorable() const
{
    if (noStore || status < 200 || status > 299 || status == 206) {
        return false;
    }
    return isFresh(storedAt) || !etag.isEmpty() || !lastModified.isEmpty();
}

CachedResponse CachedResponse::fromReply(int replyStatus, const RawHeaders &replyHeaders, const QByteArray &replyBody,
                                         const QDateTime &now)
{
    CachedResponse response;
    response.status = replyStatus;
    response.headers = replyHeaders;
    response.body = replyBody;
    response.storedAt = now;
    response.etag = headerValue(replyHeaders, "ETag").trimmed();
    response.lastModified = headerValue(replyHeaders, "Last-Modified").trimmed();

    const QHash<QByteArray, QByteArray> directives = cacheControl(replyHeaders);
    response.noStore = directives.contains("no-store");
    const qint64 ageMs = seconds(headerValue(replyHeaders, "Age")).value_or(0) * 1000;

    if (const auto maxAge = directives.contains("max-age") ? seconds(directives.value("max-age")) : std::nullopt) {
        response.expires = now.addMSecs(*maxAge * 1000 - ageMs);
    } else if (hasHeader(replyHeaders, "Expires")) {
        const std::optional<QDateTime> expires = HttpDate::parse(headerValue(replyHeaders, "Expires"));
        const std::optional<QDateTime> date = HttpDate::parse(headerValue(replyHeaders, "Date"));
        if (!expires) {
            response.expires = now; // RFC 7234 5.3: an invalid Expires means already expired
        } else if (date) {
            response.expires = now.addMSecs(date->msecsTo(*expires) - ageMs);
        } else {
            response.expires = *expires;
        }
    }
    if (directives.contains("no-cache")) {
        response.expires = now;
    }
    return response;
}

ResponseCache::ResponseCache(QString databasePath, const Clock &clock, qint64 maxBytes)
    : m_file(std::move(databasePath))
    , m_store(std::make_unique<ResponseCacheStore>(m_file, clock))
    , m_clock(clock)
    , m_maxBytes(maxBytes)
{}

ResponseCache::~ResponseCache()
{
    m_writer.reset(); // writes what is still queued
}

bool ResponseCache::open(QString *error)
{
    if (m_open) {
        return true;
    }
    if (!m_file.open(QCoreApplication::translate("Esi::Core::SqliteFile", "response cache"), error) ||
        !m_store->ensureSchema(error)) {
        return false;
    }
    if (m_file.path() != u":memory:"_s) {
        auto writer = std::make_unique<ResponseCacheWriter>(m_file.path(), m_clock, m_maxBytes);
        if (!writer->start(error)) {
            return false;
        }
        m_writer = std::move(writer);
    }
    m_open = true;
    return true;
}

void ResponseCache::write(const CacheWrite &write) const
{
    if (m_writer) {
        m_writer->enqueue(write);
    } else {
        m_store->apply({write}, m_maxBytes);
    }
}

std::optional<CachedResponse> ResponseCache::lookup(const CacheKey &key) const
{
    if (!m_open) {
        return std::nullopt;
    }
    std::optional<CachedResponse> found;
    if (auto queued = m_writer ? m_writer->pending(key) : std::nullopt) {
        found = std::move(*queued); // this process's own write, not in the file yet
    } else {
        ResponseCacheStore::Read read = m_store->read(key);
        if (!read.damage.isEmpty()) {
            qCWarning(lcResponseCache).noquote()
                << "cache entry for" << key.normalizedUrl() << "is unreadable and treated as a miss:" << read.damage;
            write(CacheWrite{CacheWrite::Kind::Remove, key, {}, 0, 0});
            return std::nullopt;
        }
        found = std::move(read.response);
    }
    if (found) {
        // Recency for eviction: a sequence, not the clock, so order holds even within one millisecond.
        write(CacheWrite{CacheWrite::Kind::Touch, key, {}, 0, 0});
    }
    return found;
}

bool ResponseCache::store(const CacheKey &key, const CachedResponse &response)
{
    if (!m_open) {
        return false;
    }
    const qint64 size = response.body.size();
    if (!response.isStorable() || size > m_maxBytes) {
        remove(key); // whatever was kept for this key is superseded by an answer we may not keep
        return false;
    }
    CacheWrite change{CacheWrite::Kind::Store, key, response, 0, 0};
    if (!change.response.storedAt.isValid()) {
        change.response.storedAt = m_clock.now();
    }
    write(change);
    return true;
}

std::optional<CachedResponse> ResponseCache::revalidated(const CacheKey &key, const RawHeaders &headersOf304)
{
    const std::optional<CachedResponse> stored = lookup(key);
    if (!stored) {
        return std::nullopt;
    }
    const CachedResponse refreshed = CachedResponse::fromReply(
        stored->status, mergedHeaders(stored->headers, headersOf304), stored->body, m_clock.now());
    store(key, refreshed); // a 304 saying no-store drops the entry, but this answer still gets the body
    return refreshed;
}

void ResponseCache::remove(const CacheKey &key)
{
    if (m_open) {
        write(CacheWrite{CacheWrite::Kind::Remove, key, {}, 0, 0});
    }
}

void ResponseCache::setMaxBytes(qint64 maxBytes)
{
    m_maxBytes = maxBytes;
    if (!m_open) {
        return;
    }
    if (m_writer) {
        m_writer->setMaxBytes(maxBytes);
    }
    write(CacheWrite{CacheWrite::Kind::Evict, {}, {}, 0, 0});
    flush();
}

void ResponseCache::clear()
{
    if (!m_open) {
        return;
    }
    if (m_writer) {
        m_writer->discardQueued();
    }
    m_store->clear();
}

void ResponseCache::flush() const
{
    if (m_writer) {
        m_writer->flush();
    }
}

qint64 ResponseCache::sizeBytes() const
{
    if (!m_open) {
        return 0;
    }
    flush();
    return m_store->sizeBytes();
}

qint64 ResponseCache::entryCount() const
{
    if (!m_open) {
        return 0;
    }
    flush();
    return m_store->entryCount();
}

} // namespace Esi::Core
