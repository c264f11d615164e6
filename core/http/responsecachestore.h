#pragma once

#include "core/http/responsecache.h"

#include <QList>

namespace Esi::Core {

class SqliteFile;

// One change for the response cache file, queued by ResponseCache and written by ResponseCacheStore.
struct CacheWrite
{
    enum class Kind {
        Store,  // insert or replace `response` under `key`
        Remove, // drop the entry of `key`
        Touch,  // `key` was used: it becomes the most recently used entry
        Evict,  // nothing but the cap check every batch ends with
    };
    Kind kind = Kind::Store;
    CacheKey key;
    CachedResponse response;
    quint64 sequence = 0;   // the pending entry this write settles (ResponseCacheWriter)
    qint64 queuedBytes = 0; // what it holds in memory while queued
};

// The SQL of the response cache on one connection: schema, reading an entry, and writing a batch of
// changes in one transaction. Rows are small (metadata, recency, sizes); bodies live in their own table,
// compressed by CacheBodyCodec, so recency updates and the size sum never touch a body's pages.
class ResponseCacheStore
{
public:
    static constexpr int schemaVersion = 2;

    ResponseCacheStore(SqliteFile &file, const Clock &clock);

    // Creates or upgrades the tables (schema 1, uncompressed bodies in the row, is dropped: it is a cache).
    bool ensureSchema(QString *error);

    struct Read
    {
        std::optional<CachedResponse> response;
        QString damage; // non-empty: an entry exists but cannot be read (why); treat it as a miss
    };

    Read read(const CacheKey &key) const;

    // Compresses bodies first, then writes every change, then evicts the least recently used entries
    // until the rest fits `maxBytes`, all in one write transaction. False (rolled back) on a database error.
    bool apply(const QList<CacheWrite> &writes, qint64 maxBytes);

    bool clear();
    qint64 sizeBytes() const;
    qint64 entryCount() const;

private:
    void evictToFit(qint64 maxBytes);

    SqliteFile &m_file;
    const Clock &m_clock;
};

} // namespace Esi::Core
