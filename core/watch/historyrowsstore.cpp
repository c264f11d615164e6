#include "core/watch/historyrowsstore.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>
#include <QtEndian>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

HistoryRowsStore::HistoryRowsStore(QString databasePath)
    : m_file(std::move(databasePath))
{}

QString HistoryRowsStore::besideHistory(const QString &historyDatabase)
{
    return QFileInfo(historyDatabase).dir().filePath(u"history-rows.sqlite"_s);
}

bool HistoryRowsStore::open(QString *error)
{
    if (!m_file.open(u"history rows"_s, error)) {
        return false;
    }
    return m_file.applySchema(1, {u"history_rows"_s},
                              {u"CREATE TABLE IF NOT EXISTS history_rows (entry_id INTEGER PRIMARY KEY, "
                               "body BLOB NOT NULL, json_bytes INTEGER NOT NULL)"_s},
                              error);
}

bool HistoryRowsStore::keep(qint64 entryId, const ResultData &data)
{
    if (!isOpen() || entryId <= 0 || data.totalRowCount() > MaxRows) {
        return false;
    }
    QJsonObject languages; // {"en": [rows]}
    for (int language = 0; language < data.languageCount(); ++language) {
        languages.insert(data.languages().at(language), data.rowArray(language));
    }
    QJsonObject document{{u"languages"_s, languages}, {u"order"_s, QJsonArray::fromStringList(data.languages())}};
    const QByteArray json = QJsonDocument(document).toJson(QJsonDocument::Compact);
    if (json.size() > MaxBytes) {
        return false;
    }
    if (!m_file.beginWrite()) {
        return false;
    }
    QSqlQuery insert(m_file.database());
    insert.prepare(u"INSERT OR REPLACE INTO history_rows (entry_id, body, json_bytes) VALUES (?, ?, ?)"_s);
    insert.addBindValue(entryId);
    insert.addBindValue(qCompress(json, 1));
    insert.addBindValue(qint64(json.size()));
    QSqlQuery prune(m_file.database());
    prune.prepare(u"DELETE FROM history_rows WHERE entry_id NOT IN "
                  "(SELECT entry_id FROM history_rows ORDER BY entry_id DESC LIMIT ?)"_s);
    prune.addBindValue(MaxEntries);
    if (!insert.exec() || !prune.exec()) {
        m_file.rollback();
        return false;
    }
    return m_file.commit();
}

ResultDataPtr HistoryRowsStore::rows(qint64 entryId) const
{
    if (!isOpen()) {
        return nullptr;
    }
    QSqlQuery query(m_file.database());
    query.prepare(u"SELECT body, json_bytes FROM history_rows WHERE entry_id = ?"_s);
    query.addBindValue(entryId);
    if (!query.exec() || !query.next()) {
        return nullptr;
    }
    const QByteArray body = query.value(0).toByteArray();
    // qCompress leads with the length it will inflate to: a damaged or hostile row cannot ask for gigabytes.
    if (body.size() < 4 || qFromBigEndian<quint32>(body.constData()) > quint32(MaxBytes)) {
        return nullptr;
    }
    const QJsonObject document = QJsonDocument::fromJson(qUncompress(body)).object();
    const QJsonObject languages = document.value(u"languages"_s).toObject();
    ResultDataPtr data;
    int page = 0;
    for (const QJsonValue &name : document.value(u"order"_s).toArray()) {
        const QJsonArray rows = languages.value(name.toString()).toArray();
        data = data ? data->withChunk(ResultChunk::fromRows(name.toString(), ++page, rows))
                    : ResultData::fromRows(name.toString(), rows);
    }
    if (!document.value(u"order"_s).isArray()) {
        return nullptr; // damaged: not what keep() wrote
    }
    return data ? data : ResultData::empty();
}

bool HistoryRowsStore::remove(qint64 entryId)
{
    QSqlQuery query(m_file.database());
    query.prepare(u"DELETE FROM history_rows WHERE entry_id = ?"_s);
    query.addBindValue(entryId);
    return isOpen() && query.exec();
}

} // namespace Esi::Core
