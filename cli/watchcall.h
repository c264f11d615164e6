#pragma once

#include "core/http/calloptions.h"
#include "core/http/parametervalues.h"
#include "core/spec/spec.h"
#include "core/watch/watchschedule.h"

#include <QCommandLineOption>

namespace Esi::Core {
class Clock;
class EsiClient;
struct WatchSnapshot;
} // namespace Esi::Core

namespace Esi::Cli {

class CommandParser;
class Console;

// `esi call ... --watch [--count N] [--watch-floor S] [--keep N]`: runs the call again each time the last answer's
// Expires passes (never earlier; through the response cache, so an unchanged answer is a 304 and "no change") and
// prints one NDJSON line per snapshot and per added, removed or changed row (WatchEvents). Ctrl+C or SIGTERM
// stop it cleanly with exit 0; --count N stops after N snapshots.
class WatchCall
{
public:
    explicit WatchCall(Console &console);

    void addOptions(CommandParser &parser);
    // Reads the options; false with *problem when they are wrong or --watch meets one of `exclusive`.
    bool read(const CommandParser &parser, const QList<QCommandLineOption> &exclusive, QString *problem);

    bool isSet() const { return m_watch; }

    int run(Core::EsiClient &client, const Core::Clock &clock, const Core::SpecPtr &spec, const QString &operationId,
            const Core::ParameterValues &values, const Core::CallOptions &options);

private:
    void print(const Core::WatchSnapshot &snapshot);

    Console &m_console;
    QCommandLineOption m_watchOption;
    QCommandLineOption m_countOption;
    QCommandLineOption m_floorOption;
    QCommandLineOption m_ceilingOption;
    bool m_watch = false;
    int m_count = 0; // 0: until stopped
    Core::WatchSchedule m_schedule;
};

} // namespace Esi::Cli
