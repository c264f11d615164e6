#pragma once

#include "core/export/exportwriter.h"
#include "core/export/jsontext.h"

namespace Esi::Core {

// One JSON array holding every row of every page in the order received, one row per line so large
// exports stay readable and diffable.
class JsonExportWriter final : public ExportWriter
{
public:
    QString formatName() const override;
    QString mimeType() const override;

protected:
    void writeStart() override;
    void writePage(const QJsonArray &rows) override;
    bool writeRowText(const JsonRowText::Rows &rows) override;
    void writeEnd() override;

private:
    bool m_first = true;
    JsonText m_json;
};

} // namespace Esi::Core
