#pragma once

#include "core/names/resolvedname.h"
#include "core/names/rownames.h"
#include "core/spec/spec.h"

#include <QCommandLineOption>
#include <QJsonObject>
#include <optional>

namespace Esi::Core {
class Clock;
class EsiClient;
struct CallResult;
struct NameStatistics;
} // namespace Esi::Core

namespace Esi::Cli {

class CommandParser;
class Console;

// `esi call --names`: a <column>_name field next to every ID column of the result (type_id -> type_name),
// named through POST /universe/names with the call's client (same limits) and the shared name cache
// (<cache>/names.sqlite), so a second run asks nothing it already knows. A name that cannot be had is null.
class NamesOption
{
public:
    NamesOption();

    void addOptions(CommandParser &parser) const;

    bool isSet(const CommandParser &parser) const;

    // Names the IDs of `result`; waits for the answers. Problems (no ID columns, a failed request, no name
    // cache) are warnings on `console`: the rows are written anyway, with null where a name is missing.
    void resolve(Core::EsiClient &client, const Core::SpecPtr &spec, const Core::Operation &operation,
                 const Core::CallResult &result, const QString &language, const QString &nameCacheFile,
                 const Core::Clock &clock, Console &console);

    // `rows` with the name fields added; as they are without --names or ID columns.
    QJsonArray apply(const QJsonArray &rows) const;

    // {"requests", "asked", "from_cache", "not_found"} of the naming, for `--stats`; empty without --names.
    QJsonObject statistics() const;

private:
    QCommandLineOption m_option;
    std::optional<Core::RowNames> m_rowNames;
    Core::ResolvedNames m_names;
    QJsonObject m_statistics;
};

} // namespace Esi::Cli
