#pragma once

#include "core/export/exportwriterfactory.h"
#include "core/http/responselimits.h"

#include <QCommandLineOption>

namespace Esi::Cli {

class CommandParser;

// `esi call`'s guards against hostile answers and output: --max-pages, --max-response-size and --csv-raw.
class CallLimitOptions
{
public:
    CallLimitOptions();

    void addOptions(CommandParser &parser) const;

    // False with `problem` set (worded for a usage error) when a value is not acceptable.
    bool read(const CommandParser &parser, QString *problem);

    const Core::ResponseLimits &limits() const { return m_limits; }

    Core::ExportWriterFactory::Options exportOptions() const { return m_export; }

private:
    QCommandLineOption m_maxPages;
    QCommandLineOption m_maxResponseSize;
    QCommandLineOption m_csvRaw;
    Core::ResponseLimits m_limits;
    Core::ExportWriterFactory::Options m_export;
};

} // namespace Esi::Cli
