#include "sandbox/sandboxuniverse.h"

#include "core/names/eveidranges.h"
#include "sandbox/testcharacters.h"

using namespace Qt::Literals::StringLiterals;

namespace Esi::Sandbox {

namespace {

using Range = Core::EveIdRanges::Range;

constexpr qint64 firstStructureId = 1'035'000'000'000;

SandboxUniverse::Entry entry(const QString &label, qint64 id, const QString &category)
{
    return {label + u' ' + QString::number(id), category};
}

} // namespace

std::optional<SandboxUniverse::Entry> SandboxUniverse::find(qint64 id, const QString &language)
{
    if (const std::optional<TestCharacter> character = TestCharacters::find(id)) {
        return Entry{character->name, u"character"_s};
    }
    switch (Core::EveIdRanges::rangeOf(id)) {
    case Range::SystemItem:
        break; // a type, below
    case Range::Faction:
        return entry(u"Faction"_s, id, u"faction"_s);
    case Range::NpcCorporation:
        return entry(u"NPC Corporation"_s, id, u"corporation"_s);
    case Range::NpcCharacter:
        return entry(u"Agent"_s, id, u"character"_s);
    case Range::Region:
        return entry(u"Region"_s, id, u"region"_s);
    case Range::Constellation:
        return entry(u"Constellation"_s, id, u"constellation"_s);
    case Range::SolarSystem:
        return entry(u"System"_s, id, u"solar_system"_s);
    case Range::Station:
        return entry(u"Station"_s, id, u"station"_s);
    case Range::Character:
        return entry(u"Character"_s, id, u"character"_s);
    case Range::Corporation:
        return entry(u"Corporation"_s, id, u"corporation"_s);
    case Range::Alliance:
        return entry(u"Alliance"_s, id, u"alliance"_s);
    case Range::LegacyEntity: {
        static const QStringList categories{u"character"_s, u"corporation"_s, u"alliance"_s};
        static const QStringList labels{u"Character"_s, u"Corporation"_s, u"Alliance"_s};
        return entry(labels.at(id % 3), id, categories.at(id % 3));
    }
    case Range::Other:
        if (id <= LastTypeId) {
            break;
        }
        return std::nullopt;
    default:
        return std::nullopt;
    }
    // Types, 1..99,999: their names are localized, like ESI's.
    Entry type = entry(u"Type"_s, id, u"inventory_type"_s);
    if (!language.isEmpty() && language != u"en"_s) {
        type.name += u" ("_s + language + u')';
    }
    return type;
}

qint64 SandboxUniverse::sampleId(Core::EveIdKind kind, quint64 random)
{
    const auto pick = [random](qint64 first, qint64 count) { return first + qint64(random % quint64(count)); };
    switch (kind) {
    case Core::EveIdKind::None:
        return 0;
    case Core::EveIdKind::Type:
        return pick(18, 15'000);
    case Core::EveIdKind::Character:
        return pick(90'000'001, 100'000);
    case Core::EveIdKind::Corporation:
        return pick(98'000'001, 20'000);
    case Core::EveIdKind::Alliance:
        return pick(99'000'001, 3'000);
    case Core::EveIdKind::Faction:
        return pick(500'001, 27);
    case Core::EveIdKind::SolarSystem:
        return pick(30'000'001, 5'000);
    case Core::EveIdKind::Constellation:
        return pick(20'000'001, 1'100);
    case Core::EveIdKind::Region:
        return pick(10'000'001, 70);
    case Core::EveIdKind::Station:
        return pick(60'003'000, 2'000);
    case Core::EveIdKind::Location: {
        const quint64 rest = random / 10;
        switch (random % 10) {
        case 8:
            return 30'000'001 + qint64(rest % 5'000);
        case 9:
            return firstStructureId + qint64(rest % 500);
        default:
            return 60'003'000 + qint64(rest % 2'000);
        }
    }
    case Core::EveIdKind::Entity:
        return random % 2 ? pick(90'000'001, 100'000) : pick(98'000'001, 20'000);
    }
    return 0;
}

} // namespace Esi::Sandbox
