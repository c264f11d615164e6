// Response page decoding, row flattening and every export writer, from arbitrary body bytes: the rows
// a page yields (array, cursor page, scalar or single object), the ESI error message, and the rows
// written as JSON, NDJSON and CSV (with and without byte order mark), split over two pages as a
// paged call delivers them.
#include "core/export/exportwriter.h"
#include "core/export/exportwriterfactory.h"
#include "core/http/callresult.h"
#include "fuzzsupport.h"

#include <QBuffer>
#include <memory>
#include <vector>

using namespace Esi::Core;
using namespace Qt::Literals::StringLiterals;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Esi::Fuzz::ensureApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    PageResult page;
    page.status = 200;
    page.body = Esi::Fuzz::bytes(data, size);
    const QJsonArray rows = pageRows(page);
    (void)esiErrorMessage(page.body);

    CallResult result;
    result.pages = {page, page};
    result.pages[1].page = 2;
    (void)result.rows();

    const qsizetype half = rows.size() / 2;
    QJsonArray firstPage;
    QJsonArray secondPage;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        (i < half ? firstPage : secondPage).append(rows.at(i));
    }

    std::vector<std::unique_ptr<ExportWriter>> writers;
    for (const QString &format : ExportWriterFactory::formatNames()) {
        if (!ExportWriterFactory::needsFile(format)) { // SQLite writes into a file, tested in tst_sqliteexportwriter
            writers.push_back(ExportWriterFactory::create(format));
        }
    }
    writers.push_back(ExportWriterFactory::create(u"csv", ExportWriterFactory::Options{.byteOrderMark = true}));
    for (const std::unique_ptr<ExportWriter> &writer : writers) {
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        if (!writer->begin(&out) || !writer->writeRows(firstPage) || !writer->writeRows(secondPage) ||
            !writer->finish()) {
            // A QBuffer never fails: any error here is the writer's own.
            qFatal("%s writer failed: %s", qPrintable(writer->formatName()), qPrintable(writer->errorString()));
        }
    }
    return 0;
}
