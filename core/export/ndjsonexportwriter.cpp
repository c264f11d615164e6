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

bool NdjsonExportWriter::writeRowText(const JsonRowText::Rows &rows)
{
    QByteArray &out = buffer();
    qsizetype start = 0;
    for (qsizetype i = 0; i < rows.ends.size(); ++i) {
        if (rows.others.at(i).isEmpty()) {
            out += QByteArrayView(rows.text).sliced(start, rows.ends.at(i) - start);
        } else {
            m_json.append(out, JsonRowText::parse(rows.others.at(i)));
        }
        start = rows.ends.at(i);
        out += '\n';
        flushIfFull();
    }
    return true;
}

} // namespace Esi::Core
