#pragma once

#include "core/export/exportwriter.h"
#include "core/export/jsontext.h"

namespace Esi::Core {

// Newline-delimited JSON: one compact JSON value per row and line, for jq and stream processing.
class NdjsonExportWriter final : public ExportWriter
{
public:
    QString formatName() const override;
    QString mimeType() const override;

protected:
    void writePage(const QJsonArray &rows) override;
    bool writeRowText(const JsonRowText::Rows &rows) override;

private:
    JsonText m_json;
};

} // namespace Esi::Core
