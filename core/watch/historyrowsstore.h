#pragma once

#include "core/http/sqlitefile.h"
#include "core/result/resultdata.h"

#include <QString>

namespace Esi::Core {

// The rows of recent history entries, so two calls of one operation can be compared row by row (SnapshotDiff),
// not only by a hash of their bodies. A SQLite file of its own beside the call history (history-rows.sqlite):
// compact JSON per language, zlib-compressed, only for results of at most MaxRows rows and MaxBytes of JSON, and
// only for the newest MaxEntries entries. Use it from the thread that opened it.
class HistoryRowsStore
{
public:
    static constexpr qsizetype MaxRows = 10000;
    static constexpr qsizetype MaxBytes = 16 * 1024 * 1024;
    static constexpr int MaxEntries = 100;

    explicit HistoryRowsStore(QString databasePath);

    // history-rows.sqlite in the folder of `historyDatabase`.
    static QString besideHistory(const QString &historyDatabase);

    bool open(QString *error);

    bool isOpen() const { return m_file.isOpen(); }

    // Keeps the rows of entry `entryId`; false (and nothing kept) for too large a result or a write error.
    bool keep(qint64 entryId, const ResultData &data);

    // The rows kept for `entryId`; null when none are (never kept, pruned, too large, or unreadable).
    ResultDataPtr rows(qint64 entryId) const;

    bool remove(qint64 entryId);

private:
    mutable SqliteFile m_file;
};

} // namespace Esi::Core
