#include "core/result/callhistorystore.h"

#include "core/result/parametervaluesjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

namespace {

constexpr int schemaVersion = 1;

const QString columns = u"id, started_ms, finished_ms, operation_id, method, path, compatibility_date, server, "
                        "parameters, mode, language, all_languages, character_id, character_name, ok, outcome, "
                        "http_status, message, pages, row_count, requests, from_cache, not_modified, bytes, "
                        "elapsed_ms, etag, last_modified, x_pages, body_hash"_s;

// The parameters, and a fan-out's lists beside them ({"lists": [...], "allCharacters": true}): one column,
// so entries written before fan-out read as they were.
QString valuesToJson(const HistoryEntry &entry)
{
    QJsonObject object = ParameterValuesJson::toJson(entry.values);
    if (!entry.fanOutLists.isEmpty()) {
        object.insert(u"lists"_s, entry.fanOutLists);
        object.insert(u"allCharacters"_s, entry.allCharacters);
        object.insert(u"failed"_s, entry.fanOutFailed);
    }
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

void readValues(const QString &text, HistoryEntry &entry)
{
    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
    entry.fanOutLists = object.value(u"lists"_s).toArray();
    entry.allCharacters = object.value(u"allCharacters"_s).toBool();
    entry.fanOutFailed = object.value(u"failed"_s).toInt();
    entry.values = ParameterValuesJson::fromJson(object);
}

HistoryEntry readEntry(const QSqlQuery &query)
{
    HistoryEntry entry;
    int column = 0;
    entry.id = query.value(column++).toLongLong();
    entry.startedAt = QDateTime::fromMSecsSinceEpoch(query.value(column++).toLongLong(), Qt::UTC);
    entry.finishedAt = QDateTime::fromMSecsSinceEpoch(query.value(column++).toLongLong(), Qt::UTC);
    entry.operationId = query.value(column++).toString();
    entry.method = query.value(column++).toString();
    entry.path = query.value(column++).toString();
    entry.compatibilityDate = query.value(column++).toString();
    entry.server = query.value(column++).toString();
    readValues(query.value(column++).toString(), entry);
    entry.options.mode = query.value(column++).toInt() == 1 ? CallMode::AllPages : CallMode::SinglePage;
    entry.options.language = query.value(column++).toString();
    entry.options.allLanguages = query.value(column++).toBool();
    entry.options.characterId = query.value(column++).toLongLong();
    entry.characterName = query.value(column++).toString();
    entry.ok = query.value(column++).toBool();
    entry.outcome = query.value(column++).toString();
    entry.httpStatus = query.value(column++).toInt();
    entry.message = query.value(column++).toString();
    entry.pages = query.value(column++).toInt();
    entry.rows = query.value(column++).toLongLong();
    entry.requests = query.value(column++).toInt();
    entry.fromCache = query.value(column++).toInt();
    entry.notModified = query.value(column++).toInt();
    entry.bytes = query.value(column++).toLongLong();
    entry.elapsedMs = query.value(column++).toLongLong();
    entry.etag = query.value(column++).toString();
    entry.lastModified = query.value(column++).toString();
    entry.xPages = query.value(column++).toInt();
    entry.bodyHash = query.value(column++).toByteArray();
    return entry;
}

} // namespace

CallHistoryStore::CallHistoryStore(QString databasePath)
    : m_file(std::move(databasePath))
{}

bool CallHistoryStore::open(QString *error)
{
    if (!m_file.open(u"call history"_s, error)) {
        return false;
    }
    return ensureSchema(error);
}

bool CallHistoryStore::ensureSchema(QString *error)
{
    QSqlQuery version(m_file.database());
    if (!version.exec(u"PRAGMA user_version"_s) || !version.next()) {
        *error = QCoreApplication::translate("Esi::Ui::CallHistoryStore", "Cannot read the call history %1: %2")
                     .arg(m_file.path(), version.lastError().text());
        return false;
    }
    const int existing = version.value(0).toInt();
    if (existing > schemaVersion) {
        *error = u"The call history %1 was written by a newer ESI Studio (schema %2, this one knows %3); "
                 "update ESI Studio or move the file away."_s.arg(m_file.path())
                     .arg(existing)
                     .arg(schemaVersion);
        return false;
    }
    if (existing == schemaVersion) {
        return true;
    }
    const QString create =
        u"CREATE TABLE IF NOT EXISTS calls (id INTEGER PRIMARY KEY AUTOINCREMENT, started_ms INTEGER NOT NULL, "
        "finished_ms INTEGER NOT NULL, operation_id TEXT NOT NULL, method TEXT, path TEXT, compatibility_date TEXT, "
        "server TEXT, parameters TEXT, mode INTEGER, language TEXT, all_languages INTEGER, character_id INTEGER, "
        "character_name TEXT, ok INTEGER, outcome TEXT, http_status INTEGER, message TEXT, pages INTEGER, "
        "row_count INTEGER, requests INTEGER, from_cache INTEGER, not_modified INTEGER, bytes INTEGER, "
        "elapsed_ms INTEGER, etag TEXT, last_modified TEXT, x_pages INTEGER, body_hash BLOB)"_s;
    QString problem;
    if (!m_file.exec(create, &problem) ||
        !m_file.exec(u"CREATE INDEX IF NOT EXISTS calls_operation ON calls (operation_id, started_ms)"_s, &problem) ||
        !m_file.exec(u"PRAGMA user_version = %1"_s.arg(schemaVersion), &problem)) {
        *error = QCoreApplication::translate("Esi::Ui::CallHistoryStore", "Cannot prepare the call history %1: %2")
                     .arg(m_file.path(), problem);
        return false;
    }
    return true;
}

qint64 CallHistoryStore::add(const HistoryEntry &entry)
{
    if (!m_file.isOpen()) {
        return 0;
    }
    QSqlQuery query(m_file.database());
    query.prepare(u"INSERT INTO calls (started_ms, finished_ms, operation_id, method, path, compatibility_date, "
                  "server, parameters, mode, language, all_languages, character_id, character_name, ok, outcome, "
                  "http_status, message, pages, row_count, requests, from_cache, not_modified, bytes, elapsed_ms, "
                  "etag, last_modified, x_pages, body_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                  "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(entry.startedAt.toMSecsSinceEpoch());
    query.addBindValue(entry.finishedAt.toMSecsSinceEpoch());
    query.addBindValue(entry.operationId);
    query.addBindValue(entry.method);
    query.addBindValue(entry.path);
    query.addBindValue(entry.compatibilityDate);
    query.addBindValue(entry.server);
    query.addBindValue(valuesToJson(entry));
    query.addBindValue(entry.options.mode == CallMode::AllPages ? 1 : 0);
    query.addBindValue(entry.options.language);
    query.addBindValue(entry.options.allLanguages ? 1 : 0);
    query.addBindValue(entry.options.characterId);
    query.addBindValue(entry.characterName);
    query.addBindValue(entry.ok ? 1 : 0);
    query.addBindValue(entry.outcome);
    query.addBindValue(entry.httpStatus);
    query.addBindValue(entry.message);
    query.addBindValue(entry.pages);
    query.addBindValue(entry.rows);
    query.addBindValue(entry.requests);
    query.addBindValue(entry.fromCache);
    query.addBindValue(entry.notModified);
    query.addBindValue(entry.bytes);
    query.addBindValue(entry.elapsedMs);
    query.addBindValue(entry.etag);
    query.addBindValue(entry.lastModified);
    query.addBindValue(entry.xPages);
    query.addBindValue(entry.bodyHash);
    if (!query.exec()) {
        return 0;
    }
    return query.lastInsertId().toLongLong();
}

QList<HistoryEntry> CallHistoryStore::entries(int limit) const
{
    QList<HistoryEntry> result;
    if (!m_file.isOpen()) {
        return result;
    }
    QSqlQuery query(m_file.database());
    query.prepare(u"SELECT "_s + columns + u" FROM calls ORDER BY id DESC LIMIT ?"_s);
    query.addBindValue(limit);
    if (query.exec()) {
        while (query.next()) {
            result.append(readEntry(query));
        }
    }
    return result;
}

std::optional<HistoryEntry> CallHistoryStore::entry(qint64 id) const
{
    if (!m_file.isOpen()) {
        return std::nullopt;
    }
    QSqlQuery query(m_file.database());
    query.prepare(u"SELECT "_s + columns + u" FROM calls WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec() || !query.next()) {
        return std::nullopt;
    }
    return readEntry(query);
}

std::optional<int> CallHistoryStore::lastPageCount(const QString &operationId) const
{
    if (!m_file.isOpen()) {
        return std::nullopt;
    }
    QSqlQuery query(m_file.database());
    query.prepare(u"SELECT x_pages FROM calls WHERE operation_id = ? AND ok = 1 AND x_pages > 0 "
                  "ORDER BY id DESC LIMIT 1"_s);
    query.addBindValue(operationId);
    if (!query.exec() || !query.next()) {
        return std::nullopt;
    }
    return query.value(0).toInt();
}

bool CallHistoryStore::remove(qint64 id)
{
    if (!m_file.isOpen()) {
        return false;
    }
    QSqlQuery query(m_file.database());
    query.prepare(u"DELETE FROM calls WHERE id = ?"_s);
    query.addBindValue(id);
    return query.exec();
}

bool CallHistoryStore::clear()
{
    return m_file.isOpen() && m_file.exec(u"DELETE FROM calls"_s);
}

} // namespace Esi::Core
