#pragma once

#include "core/http/callresult.h"
#include "core/http/parametervalues.h"
#include "core/spec/spec.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Esi::Core {

// Where a result came from, for exports that keep it beside the rows (the SQLite export's esi_runs table).
// Filled before the export starts; takePages() adds what only the finished call knows (pages, validators).
// It never holds a token.
struct ExportRun
{
    SpecPtr spec; // the response schema types the columns; null: every column's type comes from its values
    QString operationId;
    QString parametersJson; // ParameterValuesJson::toText
    QString compatibilityDate;
    QString server; // base URL without user info
    QStringList languages;
    QDateTime fetchedAt;  // UTC
    QString etag;         // page 1's ETag
    QString lastModified; // page 1's Last-Modified
    int pages = 0;

    static ExportRun describe(SpecPtr spec, const QString &operationId, const ParameterValues &values,
                              const QUrl &server, const QDateTime &fetchedAt);
    void takePages(const QList<PageResult> &received);
};

} // namespace Esi::Core
