#include "core/names/eveidranges.h"

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

namespace {

struct Span
{
    qint64 first;
    qint64 last;
    EveIdRanges::Range range;
};

using Range = EveIdRanges::Range;

// CCP's table, ascending; numbers in no span are Range::Other.
constexpr Span spans[] = {
    {1, 9'999, Range::SystemItem},
    {500'000, 999'999, Range::Faction},
    {1'000'000, 1'999'999, Range::NpcCorporation},
    {3'000'000, 3'999'999, Range::NpcCharacter},
    {10'000'000, 12'999'999, Range::Region},
    {20'000'000, 22'999'999, Range::Constellation},
    {30'000'000, 32'999'999, Range::SolarSystem},
    {40'000'000, 49'999'999, Range::Celestial},
    {50'000'000, 59'999'999, Range::Stargate},
    {60'000'000, 63'999'999, Range::Station},
    {66'000'000, 69'999'999, Range::StationFolder},
    {90'000'000, 97'999'999, Range::Character},
    {98'000'000, 98'999'999, Range::Corporation},
    {99'000'000, 99'999'999, Range::Alliance},
    {100'000'000, 2'099'999'999, Range::LegacyEntity},
    {2'112'000'000, 2'129'999'999, Range::Character},
};

constexpr qint64 firstItemId = 2'147'483'648; // past int32: items and structures

bool isEntity(Range range)
{
    switch (range) {
    case Range::Faction:
    case Range::NpcCorporation:
    case Range::NpcCharacter:
    case Range::Character:
    case Range::Corporation:
    case Range::Alliance:
    case Range::LegacyEntity:
        return true;
    default:
        return false;
    }
}

// Why a location that /universe/names cannot name is not asked (untranslated: a row of 1,000 IDs asks for none).
const char *locationReason(Range range)
{
    switch (range) {
    case Range::ItemOrStructure:
        return QT_TRANSLATE_NOOP("Esi::Core::EveIdRanges",
                                 "A structure or an item (a container, a ship): /universe/names names neither; a "
                                 "structure's name needs /universe/structures/{structure_id} with a token.");
    case Range::SystemItem:
        return QT_TRANSLATE_NOOP("Esi::Core::EveIdRanges",
                                 "A special location (such as asset safety) that /universe/names does not name.");
    case Range::StationFolder:
        return QT_TRANSLATE_NOOP("Esi::Core::EveIdRanges",
                                 "An office or folder inside a station: /universe/names does not name it.");
    case Range::Celestial:
    case Range::Stargate:
        return QT_TRANSLATE_NOOP("Esi::Core::EveIdRanges",
                                 "A celestial or stargate: /universe/names does not name it.");
    default:
        return QT_TRANSLATE_NOOP("Esi::Core::EveIdRanges", "Outside the ID ranges /universe/names can name.");
    }
}

// Why `id` of `kind` is not asked, as an untranslated source text; nullptr when it is worth asking.
const char *whyNotNameable(EveIdKind kind, Range range)
{
    if (range == Range::Invalid) {
        return QT_TRANSLATE_NOOP("Esi::Core::EveIdRanges", "Not an ID: zero or negative.");
    }
    switch (kind) {
    case EveIdKind::None:
        return QT_TRANSLATE_NOOP("Esi::Core::EveIdRanges", "Not an EVE entity ID.");
    case EveIdKind::Type:
        return range == Range::ItemOrStructure ? QT_TRANSLATE_NOOP("Esi::Core::EveIdRanges", "Larger than any type ID.")
                                               : nullptr;
    case EveIdKind::Character:
    case EveIdKind::Corporation:
    case EveIdKind::Alliance:
    case EveIdKind::Entity:
        return isEntity(range) ? nullptr
                               : QT_TRANSLATE_NOOP("Esi::Core::EveIdRanges",
                                                   "Outside the ID ranges of characters, corporations, alliances and "
                                                   "factions.");
    case EveIdKind::Faction:
        return range == Range::Faction
                   ? nullptr
                   : QT_TRANSLATE_NOOP("Esi::Core::EveIdRanges", "Outside the faction ID range (500,000 to 999,999).");
    case EveIdKind::SolarSystem:
        return range == Range::SolarSystem
                   ? nullptr
                   : QT_TRANSLATE_NOOP("Esi::Core::EveIdRanges", "Outside the solar system ID range (30,000,000 to "
                                                                 "32,999,999).");
    case EveIdKind::Constellation:
        return range == Range::Constellation
                   ? nullptr
                   : QT_TRANSLATE_NOOP("Esi::Core::EveIdRanges", "Outside the constellation ID range (20,000,000 to "
                                                                 "22,999,999).");
    case EveIdKind::Region:
        return range == Range::Region ? nullptr
                                      : QT_TRANSLATE_NOOP("Esi::Core::EveIdRanges",
                                                          "Outside the region ID range (10,000,000 to 12,999,999).");
    case EveIdKind::Station:
        return range == Range::Station ? nullptr : locationReason(range);
    case EveIdKind::Location:
        return range == Range::Station || range == Range::SolarSystem || range == Range::Constellation ||
                       range == Range::Region
                   ? nullptr
                   : locationReason(range);
    }
    return nullptr;
}

} // namespace

EveIdRanges::Range EveIdRanges::rangeOf(qint64 id)
{
    if (id <= 0) {
        return Range::Invalid;
    }
    if (id >= firstItemId) {
        return Range::ItemOrStructure;
    }
    for (const Span &span : spans) {
        if (id < span.first) {
            break;
        }
        if (id <= span.last) {
            return span.range;
        }
    }
    return Range::Other;
}

bool EveIdRanges::isNameable(EveIdKind kind, qint64 id, QString *reason)
{
    const char *why = whyNotNameable(kind, rangeOf(id));
    if (reason) {
        *reason = why ? EveIdRanges::tr(why) : QString();
    }
    return !why;
}

bool EveIdRanges::nameCanChange(const QString &category)
{
    return category == u"character"_s || category == u"corporation"_s || category == u"alliance"_s;
}

QString eveIdKindName(EveIdKind kind)
{
    switch (kind) {
    case EveIdKind::None:
        return {};
    case EveIdKind::Type:
        return u"type"_s;
    case EveIdKind::Character:
        return u"character"_s;
    case EveIdKind::Corporation:
        return u"corporation"_s;
    case EveIdKind::Alliance:
        return u"alliance"_s;
    case EveIdKind::Faction:
        return u"faction"_s;
    case EveIdKind::SolarSystem:
        return u"solar_system"_s;
    case EveIdKind::Constellation:
        return u"constellation"_s;
    case EveIdKind::Region:
        return u"region"_s;
    case EveIdKind::Station:
        return u"station"_s;
    case EveIdKind::Location:
        return u"location"_s;
    case EveIdKind::Entity:
        return u"entity"_s;
    }
    return {};
}

} // namespace Esi::Core
