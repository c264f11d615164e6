#pragma once

#include "core/export/exportrun.h"
#include "core/export/exportwriter.h"

#include <QCoreApplication>
#include <QTemporaryFile>
#include <memory>

namespace Esi::Core {

class SqliteFile;
class SqliteTable;

// Keeps a result in a SQLite database that grows into a history of runs (`esi call --format sqlite --out F.db`,
// the export dialog's SQLite format):
//   esi_runs(run_id, operation, table_name, parameters, compatibility_date, server, languages, fetched_at,
//            etag, last_modified, pages, rows, written_at, generator): one row per export;
//   <OperationId>(rowid, run_id, columns...): the rows, flattened like the table and CSV (SqliteTable);
//   <OperationId>_<field>(rowid, run_id, parent_rowid, item_index, columns...): the items of an array field.
// Exporting into a file that has these tables appends a run; a column new in this run is added
// (ALTER TABLE ADD COLUMN), a column whose type changed is refused, and a file that is not SQLite, or whose
// tables lack run_id, is refused and left as it was.
//
// Never half-written: the device must be a file (a QSaveFile, whose fileName() is the target). The export is
// made in a private temporary copy of the target beside it, in one transaction, and only when that committed is
// the copy handed to the device, which replaces the target when the caller commits it. Names from the spec only
// reach SQL quoted (SqliteSchema::quoted); every value is bound.
class SqliteExportWriter final : public ExportWriter
{
    Q_DECLARE_TR_FUNCTIONS(Esi::Core::SqliteExportWriter)

public:
    // `run` may be updated by the caller (ExportRun::takePages) until finish() reads it.
    explicit SqliteExportWriter(std::shared_ptr<const ExportRun> run);
    ~SqliteExportWriter() override;

    QString formatName() const override;
    QString mimeType() const override;

    static QString tableName(const QString &operationId); // "GetMarketsRegionIdOrders"

protected:
    void writeStart() override;
    void writePage(const QJsonArray &rows) override;
    void writeEnd() override;

private:
    bool openCopy(const QString &target);
    bool startRun();
    bool insert(const QJsonArray &rows);
    void close();

    std::shared_ptr<const ExportRun> m_run;
    std::unique_ptr<QTemporaryFile> m_copy;
    std::unique_ptr<SqliteFile> m_database;
    std::unique_ptr<SqliteTable> m_table;
    QString m_target;
    qint64 m_runId = -1;
    qint64 m_rows = 0;
    bool m_inTransaction = false;
};

} // namespace Esi::Core
