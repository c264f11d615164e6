#pragma once

#include "core/http/sqlitefile.h"
#include "core/result/historyentry.h"

#include <QList>
#include <optional>

namespace Esi::Core {

// Every call the explorer made, in one SQLite file: parameters, character, compatibility date,
// outcome and timings, so a call can be run again or compared with a later run. Tokens are never
// stored. Use it from the thread that opened it.
class CallHistoryStore
{
public:
    explicit CallHistoryStore(QString databasePath);

    // <AppDataLocation>/history.sqlite
    static QString defaultDatabasePath();

    bool open(QString *error);

    bool isOpen() const { return m_file.isOpen(); }

    QString databasePath() const { return m_file.path(); }

    QString lastError() const { return m_file.lastError(); }

    qint64 add(const HistoryEntry &entry);               // the new id, 0 on failure
    QList<HistoryEntry> entries(int limit = 2000) const; // newest first
    std::optional<HistoryEntry> entry(qint64 id) const;
    // X-Pages of the newest successful all-pages run of the operation, for the run estimate.
    std::optional<int> lastPageCount(const QString &operationId) const;
    bool remove(qint64 id);
    bool clear();

private:
    bool ensureSchema(QString *error);

    mutable SqliteFile m_file;
};

} // namespace Esi::Core
