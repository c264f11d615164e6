#pragma once

#include "core/names/idcolumns.h"
#include "core/names/resolvedname.h"

#include <QString>
#include <memory>

namespace Esi::Ui {

// Where and how to save a result.
struct ExportRequest
{
    QString format = QStringLiteral("csv"); // json, ndjson, csv, sqlite (ExportWriterFactory's names)
    QString filePath;
    bool provenance = true;     // also write <file>.provenance.json
    bool byteOrderMark = false; // CSV only, for spreadsheet programs that need one to read UTF-8
    bool escapeFormulas = true; // CSV only: a leading ' on string cells starting with = + - @ TAB CR
    int language = -1;          // index into the result's languages; -1: all (rows get a "language" field)
    bool names = false;         // a <column>_name next to every ID column (type_id -> type_name), when known
    // Filled by the export controller from the names on screen when `names` is set.
    std::shared_ptr<const Core::ResolvedNames> resolvedNames;
    QList<Core::IdColumn> idColumns;

    static QString sidecarPath(const QString &filePath) { return filePath + QStringLiteral(".provenance.json"); }
};

} // namespace Esi::Ui
