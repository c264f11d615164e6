#pragma once

#include <QString>

namespace Esi::Core {

// What kind of EVE entity a column or parameter holds, read from its name (IdColumns::kindOf).
// Location and Entity are unions: the number itself (EveIdRanges) says which member an ID is.
enum class EveIdKind {
    None,          // not an EVE entity ID (order_id, quantity, ...)
    Type,          // type_id, ship_type_id
    Character,     // character_id, issuer_character_id
    Corporation,   // corporation_id, seller_corporation_id
    Alliance,      // alliance_id
    Faction,       // faction_id
    SolarSystem,   // system_id, solar_system_id
    Constellation, // constellation_id
    Region,        // region_id
    Station,       // station_id
    Location,      // location_id: a region, system, station, structure or an item (a container, a ship)
    Entity,        // a party that is a character, corporation, alliance or faction (sender_id, first_party_id)
};

// "type", "character", ... for messages and the GUI's settings; "" for None.
QString eveIdKindName(EveIdKind kind);

} // namespace Esi::Core
