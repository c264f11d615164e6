#pragma once

#include "core/export/exportwriterfactory.h"
#include "core/http/calloptions.h"
#include "core/spec/spec.h"

#include <QString>

namespace Esi::Core {
class Clock;
class EsiClient;
class FanOutRun;
class ErrorLimitTracker;
class RateLimitTracker;
class TokenStore;
} // namespace Esi::Core

namespace Esi::Cli {

class Console;
class FanOutOptions;
class NamesOption;

// What `esi call` set up before it hands a fan-out over: the client (cache, limits, token provider),
// the token store for authed operations, and how to write the result.
struct FanOutCallSetup
{
    Core::EsiClient *client = nullptr;
    Core::TokenStore *tokens = nullptr; // null for public operations
    const Core::Clock *clock = nullptr;
    const Core::RateLimitTracker *rateLimits = nullptr;
    const Core::ErrorLimitTracker *errorLimits = nullptr;
    Core::CallOptions options;
    int concurrency = 8; // requests in flight over the whole fan-out
    QString format;
    Core::ExportWriterFactory::Options exportOptions;
    QString outFile; // empty: stdout
    bool noWait = false;
    bool statistics = false;
    NamesOption *names = nullptr; // --names: `_name` fields for the merged rows' ID columns
    QString nameCacheFile;        // StateLocations::nameCache()
};

// `esi call` over lists of values: each item through one FanOutRun, every row in one table led by the
// listed value ("#type_id"), each failed item named on stderr. Exit 0 when every item succeeded, 1 when
// any failed (the rows of the others are still written), 2 for input refused before anything was sent.
class FanOutCall
{
public:
    FanOutCall(Console &console, FanOutCallSetup setup);

    int run(const Core::SpecPtr &spec, const Core::Operation &operation, FanOutOptions &fanOut);

private:
    void writeStatistics(const Core::FanOutRun &run, const Core::Operation &operation);

    Console &m_console;
    FanOutCallSetup m_setup;
};

} // namespace Esi::Cli
