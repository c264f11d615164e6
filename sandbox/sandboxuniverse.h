#pragma once

#include "core/names/eveidkind.h"

#include <QString>
#include <optional>

namespace Esi::Sandbox {

// The EVE universe the sandbox pretends to have: which IDs exist and what they are called, and realistic IDs
// for generated bodies (a type_id is a type, a location_id mostly a station, sometimes a structure).
//
// Known IDs follow EVE's ranges (Core::EveIdRanges): types 1..99,999; factions, NPC corporations and agents;
// every region, constellation, solar system and station ID; characters, corporations and alliances, the
// test characters under their own names. Celestials, office folders, structures and items are unknown, as
// are the gaps between ranges. Names are "<Category> <id>", types marked with the language like generated
// text ("Type 34 (de)"), so a name shows which ID and language it came from.
class SandboxUniverse
{
public:
    struct Entry
    {
        QString name;
        QString category; // ESI's: inventory_type, solar_system, station, character, ...
    };

    static constexpr qint64 LastTypeId = 99'999;

    static std::optional<Entry> find(qint64 id, const QString &language);

    // An ID a generated body holds in a property of `kind`, from `random` (deterministic per body and item).
    // Pools are bounded like the real game (15,000 types, 2,000 stations, 5,000 systems, ...), and one
    // location in ten is a structure, which /universe/names cannot name.
    static qint64 sampleId(Core::EveIdKind kind, quint64 random);
};

} // namespace Esi::Sandbox
