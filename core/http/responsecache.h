#pragma once

#include "core/clock.h"
#include "core/http/rawheaders.h"
#include "core/http/sqlitefile.h"

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QUrl>
#include <memory>
#include <optional>

namespace Esi::Core {

class PackedBody;

// What makes two responses interchangeable: the same URL (query included) asked in the same
// language, as the same character (0 = public), against the same compatibility date.
struct CacheKey
{
    QUrl url;
    QString language;
    qint64 characterId = 0;
    QString compatibilityDate;

    // The URL as stored: fragment dropped, query items sorted by name (their relative order kept),
    // so `?a=1&b=2` and `?b=2&a=1` share one entry.
    QString normalizedUrl() const;

    friend bool operator==(const CacheKey &, const CacheKey &) = default;
};

struct CachedResponse
{
    int status = 200;
    RawHeaders headers;
    QByteArray body;
    QDateTime expires; // invalid: never fresh (revalidate or refetch every time)
    QByteArray etag;
    QByteArray lastModified;
    QDateTime storedAt;   // when the server last confirmed this body (stored or revalidated)
    bool noStore = false; // Cache-Control: no-store
    // The body packed once for the cache and the result's page alike (PageFetcher); null: the writer packs it.
    std::shared_ptr<PackedBody> packing;

    bool isFresh(const QDateTime &now) const; // now < expires

    // If-None-Match / If-Modified-Since for revalidating a stale entry; empty when it has no validator.
    RawHeaders conditionalHeaders() const;

    // Worth keeping: a 2xx (not 206) without no-store that is fresh or can be revalidated.
    bool isStorable() const;

    // Freshness follows RFC 7234: Cache-Control max-age wins over Expires; with a Date header the
    // lifetime is Expires - Date (and minus Age), counted from `now`, so a skewed local clock neither
    // re-asks before the server's Expires nor keeps data longer. no-cache makes it stale at once;
    // an unreadable Expires counts as already expired.
    static CachedResponse fromReply(int status, const RawHeaders &headers, const QByteArray &body,
                                    const QDateTime &now);
};

struct CacheWrite;
class ResponseCacheStore;
class ResponseCacheWriter;

// Responses on disk in one SQLite file shared by the GUI and every `esi` process (WAL, busy
// timeout), capped at `maxBytes` by evicting the least recently used entries. Bodies are stored
// compressed (CacheBodyCodec).
//
// Reads happen on the caller's connection; every change (store, remove, the recency of a hit) is queued
// to a ResponseCacheWriter thread that writes it in batched transactions, so the caller never waits for
// the disk. The caller sees its own queued changes at once; other processes once they are written
// (flush() forces that). The destructor writes what is still queued. Use it from the thread that opened
// it. A ":memory:" database (fuzzing) writes synchronously on the caller's connection.
class ResponseCache
{
public:
    ResponseCache(QString databasePath, const Clock &clock, qint64 maxBytes = 512LL * 1024 * 1024);
    ~ResponseCache();

    ResponseCache(const ResponseCache &) = delete;
    ResponseCache &operator=(const ResponseCache &) = delete;

    // Creates the file and its folder when missing. On failure (unwritable folder, a file that is
    // not a SQLite database, a newer schema) the message says what and where; an existing file is
    // never modified or renamed by a failed open. A file of schema 1 (uncompressed) is emptied.
    bool open(QString *error);

    bool isOpen() const { return m_open; }

    QString databasePath() const { return m_file.path(); }

    qint64 maxBytes() const { return m_maxBytes; }

    // A new cap applies at once: the least recently used entries go until the rest fits.
    void setMaxBytes(qint64 maxBytes);

    // A damaged entry (a body that does not decompress, a missing body) is logged, dropped and
    // reported as a miss.
    std::optional<CachedResponse> lookup(const CacheKey &key) const;

    // False when not stored: not storable (no-store, non-2xx, nothing to reuse), or larger than the
    // whole cap (uncompressed). True means queued: a database error later is only logged.
    bool store(const CacheKey &key, const CachedResponse &response);

    // A 304 answered the conditional request: the 304's headers replace the stored ones of the same
    // name, expiry and validators are recomputed, and the stored body is returned. nullopt when the
    // entry is gone (evicted or cleared meanwhile): the caller must fetch again without validators.
    std::optional<CachedResponse> revalidated(const CacheKey &key, const RawHeaders &headersOf304);

    void remove(const CacheKey &key);
    void clear();
    qint64 sizeBytes() const; // headers + stored (compressed) bodies, once queued writes are done
    qint64 entryCount() const;

    // Returns once every change queued so far is in the file, for other processes to see.
    void flush() const;

    QString lastError() const { return m_file.lastError(); }

private:
    void write(const CacheWrite &write) const;

    mutable SqliteFile m_file;
    std::unique_ptr<ResponseCacheStore> m_store;
    std::unique_ptr<ResponseCacheWriter> m_writer; // null for ":memory:"
    const Clock &m_clock;
    qint64 m_maxBytes;
    bool m_open = false;
};

} // namespace Esi::Core

Q_DECLARE_METATYPE(Esi::Core::CacheKey)
Q_DECLARE_METATYPE(Esi::Core::CachedResponse)
