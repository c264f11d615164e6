#pragma once

#include "core/names/eveidkind.h"

#include <QCoreApplication>
#include <QString>

namespace Esi::Core {

// The ID ranges CCP documents for EVE (docs.esi.evetech.net, "ID Ranges"), in one place: which numbers are
// regions, systems, stations, characters, ... and so whether POST /universe/names can name them at all.
// /universe/names resolves characters, corporations, alliances, factions, types, regions, constellations,
// solar systems and stations; everything else (structures, items, celestials, office folders) makes ESI
// answer 404 for the whole batch, so such IDs are never asked.
class EveIdRanges
{
    Q_DECLARE_TR_FUNCTIONS(Esi::Core::EveIdRanges)

public:
    enum class Range {
        Invalid,         // zero or negative
        SystemItem,      // 1..9,999: special items and locations (e.g. 2004, asset safety)
        Faction,         // 500,000..999,999
        NpcCorporation,  // 1,000,000..1,999,999
        NpcCharacter,    // 3,000,000..3,999,999 (agents, NPC corporation CEOs)
        Region,          // 10,000,000..12,999,999 (known space, wormhole, abyssal)
        Constellation,   // 20,000,000..22,999,999
        SolarSystem,     // 30,000,000..32,999,999
        Celestial,       // 40,000,000..49,999,999: suns, planets, moons, belts
        Stargate,        // 50,000,000..59,999,999
        Station,         // 60,000,000..63,999,999 (NPC stations and former outposts)
        StationFolder,   // 66,000,000..69,999,999: offices and folders inside stations
        Character,       // 90,000,000..97,999,999 and 2,112,000,000..2,129,999,999
        Corporation,     // 98,000,000..98,999,999
        Alliance,        // 99,000,000..99,999,999
        LegacyEntity,    // 100,000,000..2,099,999,999: characters, corporations, alliances made before 2010-11
        ItemOrStructure, // from 2^31 on: player items, containers, ships and Upwell structures
        Other,           // between the documented ranges
    };

    static Range rangeOf(qint64 id);

    // True when an ID found in a column of `kind` is worth asking /universe/names about. When not, `reason`
    // (if given) says why in a sentence for a tooltip: "a structure or an item: /universe/names names neither".
    static bool isNameable(EveIdKind kind, qint64 id, QString *reason = nullptr);

    // Whether a name of this range can change: characters, corporations and alliances are renamed (or
    // biomassed, or closed), types, systems, stations and factions keep theirs.
    static bool nameCanChange(const QString &category);
};

} // namespace Esi::Core
