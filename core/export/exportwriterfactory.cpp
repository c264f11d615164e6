#include "core/export/exportwriterfactory.h"

#include "core/export/csvexportwriter.h"
#include "core/export/jsonexportwriter.h"
#include "core/export/ndjsonexportwriter.h"
#include "core/export/sqliteexportwriter.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

QStringList ExportWriterFactory::formatNames()
{
    return {u"json"_s, u"ndjson"_s, u"csv"_s, u"sqlite"_s};
}

bool ExportWriterFactory::needsFile(QStringView format)
{
    return format.trimmed().compare(u"sqlite", Qt::CaseInsensitive) == 0;
}

std::unique_ptr<ExportWriter> ExportWriterFactory::create(QStringView format, QString *error)
{
    return create(format, Options{}, error);
}

std::unique_ptr<ExportWriter> ExportWriterFactory::create(QStringView format, Options options, QString *error)
{
    const QString name = format.trimmed().toString().toLower();
    if (name == u"json") {
        return std::make_unique<JsonExportWriter>();
    }
    if (name == u"ndjson") {
        return std::make_unique<NdjsonExportWriter>();
    }
    if (name == u"csv") {
        return std::make_unique<CsvExportWriter>(
            CsvExportWriter::Options{options.byteOrderMark, options.csvEscapeFormulas});
    }
    if (name == u"sqlite") {
        return std::make_unique<SqliteExportWriter>(options.sqliteRun);
    }
    if (error) {
        *error = QCoreApplication::translate("Esi::Core::ExportWriterFactory",
                                             "unknown export format \"%1\"; use one of: %2")
                     .arg(format.toString(), formatNames().join(u", "_s));
    }
    return nullptr;
}

} // namespace Esi::Core
