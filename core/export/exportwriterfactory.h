#pragma once

#include "core/export/exportrun.h"
#include "core/export/exportwriter.h"

#include <QStringList>
#include <memory>

namespace Esi::Core {

// Picks the writer for a format name as typed by users (`esi call --format csv`, the export dialog).
class ExportWriterFactory
{
public:
    struct Options
    {
        bool byteOrderMark = false;    // CSV only; JSON must not start with one (RFC 8259)
        bool csvEscapeFormulas = true; // CSV only: a leading ' on string cells starting with = + - @ TAB CR
        // SQLite only: the run recorded in esi_runs, and the spec whose response schema types the columns. The
        // caller may still add the pages (ExportRun::takePages) before the writer's finish().
        std::shared_ptr<ExportRun> sqliteRun = {};
    };

    static QStringList formatNames(); // "json", "ndjson", "csv", "sqlite"

    // Formats that need a file (not stdout): "sqlite".
    static bool needsFile(QStringView format);

    // Null for an unknown name, with `error` saying which names exist.
    static std::unique_ptr<ExportWriter> create(QStringView format, QString *error = nullptr);
    static std::unique_ptr<ExportWriter> create(QStringView format, Options options, QString *error = nullptr);
};

} // namespace Esi::Core
