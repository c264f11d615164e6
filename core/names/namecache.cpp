#include "core/names/namecache.h"

#include "core/names/eveidranges.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcNameCache, "esi.names.cache")

namespace Esi::Core {

namespace {

constexpr int schemaVersion = 1;
constexpr qsizetype idsPerQuery = 400; // well under SQLite's 999 bound parameters

// Character, corporation and alliance names are the same in every language: kept once, under "".
QString storedLanguage(const ResolvedName &name, const QString &language)
{
    return name.isNamed() && !EveIdRanges::nameCanChange(name.category) ? language : u""_s; // not NULL
}

} // namespace

NameCache::NameCache(QString databasePath, const Clock &clock)
    : m_file(std::move(databasePath))
    , m_clock(clock)
{}

bool NameCache::open(QString *error)
{
    if (m_file.isOpen()) {
        return true;
    }
    return m_file.open(u"name cache"_s, error) && ensureSchema(error);
}

bool NameCache::ensureSchema(QString *error)
{
    return m_file.applySchema(schemaVersion, {u"names"_s},
                              {u"CREATE TABLE IF NOT EXISTS names (language TEXT NOT NULL, id INTEGER NOT NULL,"
                               " name TEXT, category TEXT NOT NULL, found INTEGER NOT NULL,"
                               " fetched_ms INTEGER NOT NULL, PRIMARY KEY (language, id))"_s},
                              error);
}

bool NameCache::isFresh(const QString &category, bool found, qint64 fetchedMs, qint64 nowMs)
{
    if (found && !EveIdRanges::nameCanChange(category)) {
        return true;
    }
    return nowMs - fetchedMs < RefreshAfterMs;
}

ResolvedNames NameCache::lookup(const QList<qint64> &ids, const QString &language) const
{
    return lookup(ids, language, m_clock.msecsSinceEpoch());
}

ResolvedNames NameCache::lookup(const QList<qint64> &ids, const QString &language, qint64 nowMs) const
{
    ResolvedNames result;
    if (!m_file.isOpen()) {
        return result;
    }
    for (qsizetype first = 0; first < ids.size(); first += idsPerQuery) {
        const QList<qint64> chunk = ids.mid(first, idsPerQuery);
        QString placeholders(chunk.size() * 2 - 1, u',');
        for (qsizetype i = 0; i < chunk.size(); ++i) {
            placeholders[i * 2] = u'?';
        }
        QSqlQuery query(m_file.database());
        query.setForwardOnly(true); // rows are read once: no copy of them is kept
        query.prepare(
            u"SELECT id, name, category, found, fetched_ms FROM names WHERE language IN (?, '') AND id IN ("_s +
            placeholders + u')');
        query.addBindValue(language);
        for (const qint64 id : chunk) {
            query.addBindValue(id);
        }
        if (!query.exec()) {
            qCWarning(lcNameCache) << "name cache lookup failed:" << query.lastError().text();
            return result;
        }
        while (query.next()) {
            const QString category = query.value(2).toString();
            const bool found = query.value(3).toBool();
            if (!isFresh(category, found, query.value(4).toLongLong(), nowMs)) {
                continue;
            }
            ResolvedName name;
            name.category = category;
            if (found) {
                name.name = query.value(1).toString();
            } else {
                name.status = ResolvedName::Status::NotFound;
                name.reason = QCoreApplication::translate(
                    "Esi::Core::NameCache", "ESI's /universe/names does not know this ID (it answered 404).");
            }
            result.insert(query.value(0).toLongLong(), name);
        }
    }
    return result;
}

bool NameCache::store(const ResolvedNames &names, const QString &language)
{
    return store(names, language, m_clock.msecsSinceEpoch());
}

bool NameCache::store(const ResolvedNames &names, const QString &language, qint64 nowMs)
{
    if (!m_file.isOpen() || names.isEmpty()) {
        return m_file.isOpen();
    }
    if (!m_file.beginWrite()) {
        qCWarning(lcNameCache) << "cannot lock the name cache:" << m_file.lastError();
        return false;
    }
    QSqlQuery query(m_file.database());
    query.prepare(u"INSERT OR REPLACE INTO names (language, id, name, category, found, fetched_ms)"
                  " VALUES (?, ?, ?, ?, ?, ?)"_s);
    for (auto it = names.begin(); it != names.end(); ++it) {
        const ResolvedName &name = it.value();
        if (name.status != ResolvedName::Status::Named && name.status != ResolvedName::Status::NotFound) {
            continue;
        }
        query.addBindValue(storedLanguage(name, language));
        query.addBindValue(it.key());
        query.addBindValue(name.isNamed() ? QVariant(name.name) : QVariant());
        query.addBindValue(name.category.isNull() ? u""_s : name.category);
        query.addBindValue(name.isNamed() ? 1 : 0);
        query.addBindValue(nowMs);
        if (!query.exec()) {
            qCWarning(lcNameCache) << "cannot store a name:" << query.lastError().text();
            m_file.rollback();
            return false;
        }
    }
    return m_file.commit();
}

int NameCache::size() const
{
    if (!m_file.isOpen()) {
        return 0;
    }
    QSqlQuery query(m_file.database());
    return query.exec(u"SELECT COUNT(*) FROM names"_s) && query.next() ? query.value(0).toInt() : 0;
}

} // namespace Esi::Core
