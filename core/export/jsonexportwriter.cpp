#include "core/export/jsonexportwriter.h"

#include "core/export/jsontext.h"

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

QString JsonExportWriter::formatName() const
{
    return u"json"_s;
}

QString JsonExportWriter::mimeType() const
{
    return u"application/json"_s;
}

void JsonExportWriter::writeStart()
{
    m_first = true;
    buffer() += '[';
}

void JsonExportWriter::writePage(const QJsonArray &rows)
{
    QByteArray &out = buffer();
    for (const QJsonValue &row : rows) {
        out += m_first ? QByteArrayView("\n") : QByteArrayView(",\n");
        m_first = false;
        m_json.append(out, row);
        flushIfFull();
    }
}

bool JsonExportWriter::writeRowText(const JsonRowText::Rows &rows)
{
    QByteArray &out = buffer();
    qsizetype start = 0;
    for (qsizetype i = 0; i < rows.ends.size(); ++i) {
        out += m_first ? QByteArrayView("\n") : QByteArrayView(",\n");
        m_first = false;
        if (rows.others.at(i).isEmpty()) {
            out += QByteArrayView(rows.text).sliced(start, rows.ends.at(i) - start);
        } else {
            m_json.append(out, JsonRowText::parse(rows.others.at(i)));
        }
        start = rows.ends.at(i);
        flushIfFull();
    }
    return true;
}

void JsonExportWriter::writeEnd()
{
    buffer() += m_first ? QByteArrayView("]\n") : QByteArrayView("\n]\n");
}

} // namespace Esi::Core
