#include "core/http/responsecachestore.h"

#include "core/http/cachebodycodec.h"
#include "core/http/sqlitefile.h"

#include <QDataStream>
#include <QIODevice>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcResponseCache)

namespace Esi::Core {

namespace {

const QStringList ownTables = {u"responses"_s, u"bodies"_s};

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

const QString nextUse = u"(SELECT COALESCE(MAX(used_seq), 0) + 1 FROM responses)"_s;

bool run(QSqlQuery &query, const char *what)
{
    if (query.exec()) {
        return true;
    }
    qCWarning(lcResponseCache) << "cache" << what << "failed:" << query.lastError().text();
    return false;
}

// A Store with its body already compressed, so the write lock is held only for the SQL.
struct EncodedWrite
{
    const CacheWrite *write = nullptr;
    CacheBodyCodec::Encoded body;
    QByteArray headers;
    qint64 size = 0;
};

} // namespace

ResponseCacheStore::ResponseCacheStore(SqliteFile &file, const Clock &clock)
    : m_file(file)
    , m_clock(clock)
{}

bool ResponseCacheStore::ensureSchema(QString *error)
{
    return m_file.applySchema(
        schemaVersion, ownTables,
        {
            u"CREATE TABLE IF NOT EXISTS responses ("
            " url TEXT NOT NULL, language TEXT NOT NULL, character_id INTEGER NOT NULL,"
            " compatibility_date TEXT NOT NULL, status INTEGER NOT NULL, headers BLOB, expires_ms INTEGER,"
            " etag BLOB, last_modified BLOB, stored_ms INTEGER NOT NULL, size INTEGER NOT NULL,"
            " used_seq INTEGER NOT NULL, body_encoding INTEGER NOT NULL, body_bytes INTEGER NOT NULL,"
            " PRIMARY KEY (url, language, character_id, compatibility_date))"_s,
            u"CREATE TABLE IF NOT EXISTS bodies (response_id INTEGER PRIMARY KEY, body BLOB NOT NULL)"_s,
            u"CREATE INDEX IF NOT EXISTS responses_by_use ON responses (used_seq, size)"_s,
        },
        error,
        // Schema 1 kept uncompressed bodies inside the rows: its entries are dropped, not converted.
        {u"DROP TABLE IF EXISTS responses"_s});
}

ResponseCacheStore::Read ResponseCacheStore::read(const CacheKey &key) const
{
    Read result;
    QSqlQuery query(m_file.database());
    query.prepare(u"SELECT r.status, r.headers, b.body, r.expires_ms, r.etag, r.last_modified, r.stored_ms,"
                  " r.body_encoding, r.body_bytes FROM responses r LEFT JOIN bodies b ON b.response_id = r.rowid"
                  " WHERE "_s +
                  keyCondition);
    bindKey(query, key);
    if (!run(query, "lookup") || !query.next()) {
        return result;
    }
    if (query.value(2).isNull()) {
        result.damage = u"its body is missing"_s;
        return result;
    }
    QString problem;
    std::optional<QByteArray> body = CacheBodyCodec::decode(query.value(2).toByteArray(), query.value(7).toInt(),
                                                            query.value(8).toLongLong(), &problem);
    if (!body) {
        result.damage = problem;
        return result;
    }
    CachedResponse response;
    response.status = query.value(0).toInt();
    response.headers = deserializeHeaders(query.value(1).toByteArray());
    response.body = std::move(*body);
    response.expires = timeFrom(query.value(3));
    response.etag = query.value(4).toByteArray();
    response.lastModified = query.value(5).toByteArray();
    response.storedAt = timeFrom(query.value(6));
    result.response = std::move(response);
    return result;
}

bool ResponseCacheStore::apply(const QList<CacheWrite> &writes, qint64 maxBytes)
{
    QList<EncodedWrite> encoded;
    for (const CacheWrite &write : writes) {
        if (write.kind == CacheWrite::Kind::Store) {
            EncodedWrite entry{&write, CacheBodyCodec::encode(write.response.body, write.response.packing.get()),
                               serializeHeaders(write.response.headers), 0};
            entry.size = entry.body.bytes.size() + entry.headers.size();
            encoded.append(std::move(entry));
        }
    }
    if (!m_file.beginWrite()) {
        qCWarning(lcResponseCache) << "cache write could not lock the database:" << m_file.lastError();
        return false;
    }
    const QSqlDatabase db = m_file.database();
    QSqlQuery dropBody(db);
    dropBody.prepare(u"DELETE FROM bodies WHERE response_id IN (SELECT rowid FROM responses WHERE "_s + keyCondition +
                     u')');
    QSqlQuery dropRow(db);
    dropRow.prepare(u"DELETE FROM responses WHERE "_s + keyCondition);
    QSqlQuery insertRow(db);
    insertRow.prepare(u"INSERT INTO responses (url, language, character_id, compatibility_date, status, headers,"
                      " expires_ms, etag, last_modified, stored_ms, size, used_seq, body_encoding, body_bytes)"
                      " VALUES (:url, :language, :character, :date, :status, :headers, :expires, :etag,"
                      " :lastModified, :stored, :size, "_s +
                      nextUse + u", :encoding, :bytes)"_s);
    QSqlQuery insertBody(db);
    insertBody.prepare(u"INSERT INTO bodies (response_id, body) VALUES (?, ?)"_s);
    QSqlQuery touch(db);
    touch.prepare(u"UPDATE responses SET used_seq = "_s + nextUse + u" WHERE "_s + keyCondition);

    const auto remove = [&](const CacheKey &key) {
        bindKey(dropBody, key);
        bindKey(dropRow, key);
        return run(dropBody, "remove") && run(dropRow, "remove");
    };
    bool ok = true;
    qsizetype next = 0;
    for (const CacheWrite &write : writes) {
        switch (write.kind) {
        case CacheWrite::Kind::Store: {
            const EncodedWrite &entry = encoded.at(next++);
            ok = remove(write.key);
            if (!ok || entry.size > maxBytes) {
                break; // an answer that cannot be kept still supersedes the old one
            }
            const CachedResponse &response = write.response;
            bindKey(insertRow, write.key);
            insertRow.bindValue(u":status"_s, response.status);
            insertRow.bindValue(u":headers"_s, entry.headers);
            insertRow.bindValue(u":expires"_s, timeValue(response.expires));
            insertRow.bindValue(u":etag"_s, response.etag);
            insertRow.bindValue(u":lastModified"_s, response.lastModified);
            insertRow.bindValue(u":stored"_s,
                                timeValue(response.storedAt.isValid() ? response.storedAt : m_clock.now()));
            insertRow.bindValue(u":size"_s, entry.size);
            insertRow.bindValue(u":encoding"_s, entry.body.encoding);
            insertRow.bindValue(u":bytes"_s, qint64(response.body.size()));
            ok = run(insertRow, "store");
            if (ok) {
                insertBody.bindValue(0, insertRow.lastInsertId());
                insertBody.bindValue(1, entry.body.bytes);
                ok = run(insertBody, "store");
            }
            break;
        }
        case CacheWrite::Kind::Remove:
            ok = remove(write.key);
            break;
        case CacheWrite::Kind::Touch:
            bindKey(touch, write.key);
            ok = run(touch, "recency update");
            break;
        case CacheWrite::Kind::Evict:
            break;
        }
        if (!ok) {
            m_file.rollback();
            return false;
        }
    }
    evictToFit(maxBytes);
    if (!m_file.commit()) {
        qCWarning(lcResponseCache) << "cache write failed:" << m_file.lastError();
        return false;
    }
    return true;
}

void ResponseCacheStore::evictToFit(qint64 maxBytes)
{
    qint64 bytes = sizeBytes();
    if (bytes <= maxBytes) {
        return;
    }
    // Least recently used first; the index on (used_seq, size) answers this without reading any row.
    QSqlQuery oldest(m_file.database());
    oldest.exec(u"SELECT rowid, size FROM responses ORDER BY used_seq ASC"_s);
    QList<qint64> victims;
    while (bytes > maxBytes && oldest.next()) {
        victims.append(oldest.value(0).toLongLong());
        bytes -= oldest.value(1).toLongLong();
    }
    oldest.finish();
    QSqlQuery eraseBody(m_file.database());
    eraseBody.prepare(u"DELETE FROM bodies WHERE response_id = ?"_s);
    QSqlQuery eraseRow(m_file.database());
    eraseRow.prepare(u"DELETE FROM responses WHERE rowid = ?"_s);
    for (const qint64 rowid : std::as_const(victims)) {
        eraseBody.bindValue(0, rowid);
        eraseBody.exec();
        eraseRow.bindValue(0, rowid);
        eraseRow.exec();
    }
}

bool ResponseCacheStore::clear()
{
    if (!m_file.beginWrite()) {
        qCWarning(lcResponseCache) << "cache clear could not lock the database:" << m_file.lastError();
        return false;
    }
    QString error;
    if (!m_file.exec(u"DELETE FROM bodies"_s, &error) || !m_file.exec(u"DELETE FROM responses"_s, &error)) {
        m_file.rollback();
        qCWarning(lcResponseCache) << "cache clear failed:" << error;
        return false;
    }
    if (!m_file.commit()) {
        qCWarning(lcResponseCache) << "cache clear failed:" << m_file.lastError();
        return false;
    }
    // Give the space back to the disk; skipped quietly when another process is reading right now.
    m_file.exec(u"VACUUM"_s);
    return true;
}

qint64 ResponseCacheStore::sizeBytes() const
{
    QSqlQuery query(m_file.database());
    if (!query.exec(u"SELECT COALESCE(SUM(size), 0) FROM responses"_s) || !query.next()) {
        return 0;
    }
    return query.value(0).toLongLong();
}

qint64 ResponseCacheStore::entryCount() const
{
    QSqlQuery query(m_file.database());
    if (!query.exec(u"SELECT count(*) FROM responses"_s) || !query.next()) {
        return 0;
    }
    return query.value(0).toLongLong();
}

} // namespace Esi::Core
