#pragma once

#include "core/clock.h"
#include "core/http/sqlitefile.h"
#include "core/names/resolvedname.h"

#include <QList>
#include <QString>

namespace Esi::Core {

// Names of EVE IDs in a SQLite file that the GUI and every `esi` process share (`<cache>/names.sqlite`), so
// a second run asks ESI nothing it already knows. Types, systems, stations, regions and factions never
// change their names and are kept for good; character, corporation and alliance names (renames, closures)
// and IDs ESI could not name are asked again once they are older than a week. Type and place names depend
// on the language asked; character, corporation and alliance names are the same in every language and are
// shared by all of them. Use it from the thread that opened it (NameCacheThread runs one on a thread of its own).
class NameCache
{
public:
    static constexpr qint64 RefreshAfterMs = 7LL * 24 * 60 * 60 * 1000;

    NameCache(QString databasePath, const Clock &clock);

    // Same failure rules as the response cache: a clear message, an existing foreign file never modified.
    bool open(QString *error);

    bool isOpen() const { return m_file.isOpen(); }

    QString databasePath() const { return m_file.path(); }

    // What is known and still fresh about `ids` in `language`: Named or NotFound entries; others are absent.
    ResolvedNames lookup(const QList<qint64> &ids, const QString &language) const;
    ResolvedNames lookup(const QList<qint64> &ids, const QString &language, qint64 nowMs) const; // "fresh" at nowMs

    // Keeps Named and NotFound entries (others are ignored), stamped with the clock's time (or `nowMs`), in one
    // write transaction.
    bool store(const ResolvedNames &names, const QString &language);
    bool store(const ResolvedNames &names, const QString &language, qint64 nowMs);

    int size() const; // entries, fresh or not

private:
    bool ensureSchema(QString *error);
    static bool isFresh(const QString &category, bool found, qint64 fetchedMs, qint64 nowMs);

    mutable SqliteFile m_file;
    const Clock &m_clock;
};

} // namespace Esi::Core
