#include "cli/calllimitoptions.h"

#include "cli/commandparser.h"

using namespace Qt::Literals::StringLiterals;

namespace Esi::Cli {

using Core::ResponseLimits;

CallLimitOptions::CallLimitOptions()
    : m_maxPages(u"max-pages"_s,
                 u"Fail when a paged result has more than <n> pages (X-Pages, or cursor/from_id steps); default "
                 "%1."_s.arg(ResponseLimits::defaultMaxPages),
                 u"n"_s)
    , m_maxResponseSize(u"max-response-size"_s,
                        u"Stop downloading an answer larger than <size> bytes; suffixes K, M, G (binary), e.g. "
                        "256M; default %1."_s.arg(ResponseLimits::formatBytes(ResponseLimits::defaultMaxResponseBytes)),
                        u"size"_s)
    , m_csvRaw(u"csv-raw"_s, u"CSV: write cells starting with = + - @ TAB or CR as they came, without the leading ' "
                             "that keeps spreadsheets from running them as formulas."_s)
{}

void CallLimitOptions::addOptions(CommandParser &parser) const
{
    parser.addOption(m_maxPages);
    parser.addOption(m_maxResponseSize);
    parser.addOption(m_csvRaw);
}

bool CallLimitOptions::read(const CommandParser &parser, QString *problem)
{
    if (parser.isSet(m_maxPages)) {
        bool ok = false;
        const int pages = parser.value(m_maxPages).toInt(&ok);
        if (!ok || pages < ResponseLimits::minMaxPages || pages > ResponseLimits::maxMaxPages) {
            *problem = u"--max-pages \"%1\" must be a whole number from %2 to %3"_s.arg(
                parser.value(m_maxPages), QString::number(ResponseLimits::minMaxPages),
                QString::number(ResponseLimits::maxMaxPages));
            return false;
        }
        m_limits.maxPages = pages;
    }
    if (parser.isSet(m_maxResponseSize)) {
        const std::optional<qint64> bytes = ResponseLimits::parseByteSize(parser.value(m_maxResponseSize));
        if (!bytes || *bytes < ResponseLimits::minMaxResponseBytes) {
            *problem = u"--max-response-size \"%1\" must be a size from %2 to %3, in bytes or with K, M or G (e.g. "
                       "256M)"_s.arg(parser.value(m_maxResponseSize),
                                     ResponseLimits::formatBytes(ResponseLimits::minMaxResponseBytes),
                                     ResponseLimits::formatBytes(ResponseLimits::maxMaxResponseBytes));
            return false;
        }
        m_limits.maxResponseBytes = *bytes;
    }
    m_export.csvEscapeFormulas = !parser.isSet(m_csvRaw);
    return true;
}

} // namespace Esi::Cli
