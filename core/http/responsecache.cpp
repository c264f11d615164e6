#include "core/http/responsecache.h"

#include "core/http/httpdate.h"
#include "core/statelocations.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QDir>
#include <QHash>
#include <QIODevice>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrlQuery>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcResponseCache, "esi.http.cache")

namespace Esi::Core {

namespace {

constexpr int schemaVersion = 1;
const QStringList ownTables = {u"responses"_s};

QByteArray serializeHeaders(const RawHeaders &headers)
{
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream.setVersion(QDataStream::Qt_6_4);
    stream << headers;
    return bytes;
}

RawHeaders deserializeHeaders(const QByteArray &bytes)
{
    RawHeaders headers;
    QDataStream stream(bytes);
    stream.setVersion(QDataStream::Qt_6_4);
    stream >> headers;
    return stream.status() == QDataStream::Ok ? headers : RawHeaders{};
}

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

QVariant timeValue(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant();
}

QDateTime timeFrom(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

void bindKey(QSqlQuery &query, const CacheKey &key)
{
    query.bindValue(u":url"_s, key.normalizedUrl());
    query.bindValue(u":language"_s, key.language);
    query.bindValue(u":character"_s, key.characterId);
    query.bindValue(u":date"_s, key.compatibilityDate);
}

const QString keyCondition =
    u"url = :url AND language = :language AND character_id = :character AND compatibility_date = :date"_s;

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
    , m_clock(clock)
    , m_maxBytes(maxBytes)
{}

QString ResponseCache::defaultDatabasePath()
{
    return StateLocations::standard().responseCache();
}

bool ResponseCache::open(QString *error)
{
    if (m_file.isOpen()) {
        return true;
    }
    return m_file.open(QCoreApplication::translate("Esi::Core::SqliteFile", "response cache"), error) &&
           ensureSchema(error);
}

bool ResponseCache::ensureSchema(QString *error)
{
    return m_file.applySchema(schemaVersion, ownTables,
                              {
                                  u"CREATE TABLE IF NOT EXISTS responses ("
                                  " url TEXT NOT NULL, language TEXT NOT NULL, character_id INTEGER NOT NULL,"
                                  " compatibility_date TEXT NOT NULL, status INTEGER NOT NULL, headers BLOB, body BLOB,"
                                  " expires_ms INTEGER, etag BLOB, last_modified BLOB, stored_ms INTEGER NOT NULL,"
                                  " size INTEGER NOT NULL, used_seq INTEGER NOT NULL,"
                                  " PRIMARY KEY (url, language, character_id, compatibility_date))"_s,
                                  u"CREATE INDEX IF NOT EXISTS responses_by_use ON responses (used_seq)"_s,
                              },
                              error);
}

std::optional<CachedResponse> ResponseCache::lookup(const CacheKey &key) const
{
    if (!m_file.isOpen()) {
        return std::nullopt;
    }
    QSqlQuery query(m_file.database());
    query.prepare(u"SELECT status, headers, body, expires_ms, etag, last_modified, stored_ms FROM responses WHERE "_s +
                  keyCondition);
    bindKey(query, key);
    if (!query.exec()) {
        qCWarning(lcResponseCache) << "cache lookup failed:" << query.lastError().text();
        return std::nullopt;
    }
    if (!query.next()) {
        return std::nullopt;
    }
    CachedResponse response;
    response.status = query.value(0).toInt();
    response.headers = deserializeHeaders(query.value(1).toByteArray());
    response.body = query.value(2).toByteArray();
    response.expires = timeFrom(query.value(3));
    response.etag = query.value(4).toByteArray();
    response.lastModified = query.value(5).toByteArray();
    response.storedAt = timeFrom(query.value(6));
    query.finish();

    // Recency for eviction: a sequence, not the clock, so order holds even within one millisecond.
    QSqlQuery touch(m_file.database());
    touch.prepare(u"UPDATE responses SET used_seq = (SELECT COALESCE(MAX(used_seq), 0) + 1 FROM responses) WHERE "_s +
                  keyCondition);
    bindKey(touch, key);
    if (!touch.exec()) {
        qCWarning(lcResponseCache) << "cache recency update failed:" << touch.lastError().text();
    }
    return response;
}

bool ResponseCache::store(const CacheKey &key, const CachedResponse &response)
{
    if (!m_file.isOpen()) {
        return false;
    }
    const qint64 size = response.body.size() + serializeHeaders(response.headers).size();
    if (!response.isStorable() || size > m_maxBytes) {
        remove(key); // whatever was kept for this key is superseded by an answer we may not keep
        return false;
    }
    if (!m_file.beginWrite()) {
        qCWarning(lcResponseCache) << "cache store could not lock the database:" << m_file.lastError();
        return false;
    }
    if (!write(key, response, size)) {
        m_file.rollback();
        return false;
    }
    evictToFit();
    return m_file.commit();
}

bool ResponseCache::write(const CacheKey &key, const CachedResponse &response, qint64 size)
{
    QSqlQuery query(m_file.database());
    query.prepare(u"INSERT OR REPLACE INTO responses (url, language, character_id, compatibility_date, status, headers,"
                  " body, expires_ms, etag, last_modified, stored_ms, size, used_seq) VALUES (:url, :language,"
                  " :character, :date, :status, :headers, :body, :expires, :etag, :lastModified, :stored, :size,"
                  " (SELECT COALESCE(MAX(used_seq), 0) + 1 FROM responses))"_s);
    bindKey(query, key);
    query.bindValue(u":status"_s, response.status);
    query.bindValue(u":headers"_s, serializeHeaders(response.headers));
    query.bindValue(u":body"_s, response.body);
    query.bindValue(u":expires"_s, timeValue(response.expires));
    query.bindValue(u":etag"_s, response.etag);
    query.bindValue(u":lastModified"_s, response.lastModified);
    query.bindValue(u":stored"_s, timeValue(response.storedAt.isValid() ? response.storedAt : m_clock.now()));
    query.bindValue(u":size"_s, size);
    if (!query.exec()) {
        qCWarning(lcResponseCache) << "cache store failed:" << query.lastError().text();
        return false;
    }
    return true;
}

void ResponseCache::evictToFit()
{
    QSqlQuery total(m_file.database());
    if (!total.exec(u"SELECT COALESCE(SUM(size), 0) FROM responses"_s) || !total.next()) {
        return;
    }
    qint64 bytes = total.value(0).toLongLong();
    total.finish();
    if (bytes <= m_maxBytes) {
        return;
    }
    QSqlQuery oldest(m_file.database());
    oldest.exec(u"SELECT rowid, size FROM responses ORDER BY used_seq ASC"_s);
    QList<qint64> victims;
    while (bytes > m_maxBytes && oldest.next()) {
        victims.append(oldest.value(0).toLongLong());
        bytes -= oldest.value(1).toLongLong();
    }
    oldest.finish();
    QSqlQuery erase(m_file.database());
    erase.prepare(u"DELETE FROM responses WHERE rowid = ?"_s);
    for (const qint64 rowid : std::as_const(victims)) {
        erase.bindValue(0, rowid);
        erase.exec();
    }
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
    if (!m_file.isOpen()) {
        return;
    }
    QSqlQuery query(m_file.database());
    query.prepare(u"DELETE FROM responses WHERE "_s + keyCondition);
    bindKey(query, key);
    if (!query.exec()) {
        qCWarning(lcResponseCache) << "cache remove failed:" << query.lastError().text();
    }
}

void ResponseCache::setMaxBytes(qint64 maxBytes)
{
    m_maxBytes = maxBytes;
    if (!m_file.isOpen() || !m_file.beginWrite()) {
        return;
    }
    evictToFit();
    m_file.commit();
}

void ResponseCache::clear()
{
    if (!m_file.isOpen()) {
        return;
    }
    QString error;
    if (!m_file.exec(u"DELETE FROM responses"_s, &error)) {
        qCWarning(lcResponseCache) << "cache clear failed:" << error;
        return;
    }
    // Give the space back to the disk; skipped quietly when another process is reading right now.
    m_file.exec(u"VACUUM"_s);
}

qint64 ResponseCache::sizeBytes() const
{
    if (!m_file.isOpen()) {
        return 0;
    }
    QSqlQuery query(m_file.database());
    if (!query.exec(u"SELECT COALESCE(SUM(size), 0) FROM responses"_s) || !query.next()) {
        return 0;
    }
    return query.value(0).toLongLong();
}

qint64 ResponseCache::entryCount() const
{
    if (!m_file.isOpen()) {
        return 0;
    }
    QSqlQuery query(m_file.database());
    if (!query.exec(u"SELECT count(*) FROM responses"_s) || !query.next()) {
        return 0;
    }
    return query.value(0).toLongLong();
}

} // namespace Esi::Core
