#pragma once

#include "cli/commandgroup.h"
#include "cli/specsource.h"
#include "core/export/exportwriterfactory.h"
#include "core/statelocations.h"

#include <QProcessEnvironment>

namespace Esi::Core {
struct CallResult;
class EsiCall;
class ErrorLimitTracker;
class RateLimitTracker;
struct Operation;
} // namespace Esi::Core

namespace Esi::Cli {

class CommandParser;
class Console;
class NamesOption;

// `esi call OPERATION_ID [name=value ...]`: one ESI call through the same engine, cache and shared limit
// state as the GUI, written as JSON, NDJSON or CSV.
class CallCommand final : public CommandGroup
{
public:
    CallCommand(Console &console, const QProcessEnvironment &environment, Core::StateLocations locations);

    QString name() const override;
    QString description() const override;
    int run(const QStringList &arguments) override;

    // The cache root main() decided ($ESI_STUDIO_CACHE_DIR, else the GUI's cache/directory, else <generic
    // cache>/esi-studio): the response cache and the limits database, shared with the GUI.
    QString stateDirectory() const;

private:
    void writeStatistics(const Core::CallResult &result, const Core::Operation &operation, qint64 characterId,
                         const Core::RateLimitTracker &rateLimits, const Core::ErrorLimitTracker &errorLimits,
                         const QJsonObject &names);

    Console &m_console;
    QProcessEnvironment m_environment;
    Core::StateLocations m_locations;
    SpecSource m_source;
};

} // namespace Esi::Cli
