#include "core/export/exportwriterfactory.h"

#include "core/export/csvexportwriter.h"
#include "core/export/jsonexportwriter.h"
#include "core/export/ndjsonexportwriter.h"

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

QStringList ExportWriterFactory::formatNames()
{
    return {u"json"_s, u"ndjson"_s, u"csv"_s};
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
    if (error) {
        *error =
            u"unknown export format \""_s + format.toString() + u"\"; use one of: "_s + formatNames().join(u", "_s);
    }
    return nullptr;
}

} // namespace Esi::Core
