#include "core/export/ndjsonexportwriter.h"

#include "core/export/jsontext.h"

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

QString NdjsonExportWriter::formatName() const
{
    return u"ndjson"_s;
}

QString NdjsonExportWriter::mimeType() const
{
    return u"application/x-ndjson"_s;
}

void NdjsonExportWriter::writePage(const QJsonArray &rows)
{
    QByteArray &out = buffer();
    for (const QJsonValue &row : rows) {
        m_json.append(out, row);
        out += '\n';
        flushIfFull();
    }
}

} // namespace Esi::Core
