#include "core/names/idcolumns.h"

#include "core/spec/schema.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

namespace {

constexpr int maxDepth = 4; // nested objects followed; ESI's rows nest two levels at most

// Whole names that say what they hold without a telling suffix.
const QHash<QString, EveIdKind> &wholeNames()
{
    static const QHash<QString, EveIdKind> names{
        {u"type_id"_s, EveIdKind::Type},
        {u"character_id"_s, EveIdKind::Character},
        {u"ceo_id"_s, EveIdKind::Character},
        {u"creator_id"_s, EveIdKind::Character},
        {u"issuer_id"_s, EveIdKind::Character},
        {u"corporation_id"_s, EveIdKind::Corporation},
        {u"alliance_id"_s, EveIdKind::Alliance},
        {u"faction_id"_s, EveIdKind::Faction},
        {u"system_id"_s, EveIdKind::SolarSystem},
        {u"solar_system_id"_s, EveIdKind::SolarSystem},
        {u"constellation_id"_s, EveIdKind::Constellation},
        {u"region_id"_s, EveIdKind::Region},
        {u"station_id"_s, EveIdKind::Station},
        {u"location_id"_s, EveIdKind::Location},
        {u"structure_id"_s, EveIdKind::Location},
        {u"sender_id"_s, EveIdKind::Entity},
        {u"recipient_id"_s, EveIdKind::Entity},
        {u"first_party_id"_s, EveIdKind::Entity},
        {u"second_party_id"_s, EveIdKind::Entity},
        {u"client_id"_s, EveIdKind::Entity},
        {u"assignee_id"_s, EveIdKind::Entity},
        {u"acceptor_id"_s, EveIdKind::Entity},
    };
    return names;
}

// Suffixes of compound names: issuer_corporation_id, ship_type_id, destination_system_id.
const QList<std::pair<QString, EveIdKind>> &suffixes()
{
    static const QList<std::pair<QString, EveIdKind>> list{
        {u"_type_id"_s, EveIdKind::Type},
        {u"_character_id"_s, EveIdKind::Character},
        {u"_corporation_id"_s, EveIdKind::Corporation},
        {u"_alliance_id"_s, EveIdKind::Alliance},
        {u"_faction_id"_s, EveIdKind::Faction},
        {u"_system_id"_s, EveIdKind::SolarSystem},
        {u"_constellation_id"_s, EveIdKind::Constellation},
        {u"_region_id"_s, EveIdKind::Region},
        {u"_station_id"_s, EveIdKind::Station},
        {u"_location_id"_s, EveIdKind::Location},
    };
    return list;
}

void collect(const Spec &spec, const QJsonObject &schema, const QString &prefix, int depth, QList<IdColumn> &out)
{
    const SchemaFacts facts = SchemaFacts::of(spec.resolveSchema(schema).schema);
    if (facts.type != u"object"_s || depth > maxDepth) {
        return;
    }
    for (auto it = facts.properties.begin(); it != facts.properties.end(); ++it) {
        const QString path = prefix + it.key();
        const QJsonObject property = spec.resolveSchema(it.value().toObject()).schema;
        const SchemaFacts propertyFacts = SchemaFacts::of(property);
        if (propertyFacts.type == u"integer"_s) {
            if (const EveIdKind kind = IdColumns::kindOf(it.key()); kind != EveIdKind::None) {
                out.append({path, kind, IdColumns::nameColumnOf(path)});
            }
        } else if (propertyFacts.type == u"object"_s) {
            collect(spec, property, path + u'.', depth + 1, out);
        }
    }
}

} // namespace

EveIdKind IdColumns::kindOf(QStringView name)
{
    const qsizetype dot = name.lastIndexOf(u'.');
    const QString last = name.mid(dot + 1).toString().toLower();
    if (const auto it = wholeNames().constFind(last); it != wholeNames().constEnd()) {
        return it.value();
    }
    for (const auto &[suffix, kind] : suffixes()) {
        if (last.endsWith(suffix)) {
            return kind;
        }
    }
    return EveIdKind::None;
}

QString IdColumns::nameColumnOf(const QString &column)
{
    if (column.endsWith(u"_id"_s)) {
        return column.chopped(3) + u"_name"_s;
    }
    return column + u"_name"_s;
}

QList<IdColumn> IdColumns::ofOperation(const Spec &spec, const Operation &operation)
{
    QList<IdColumn> columns;
    const Response *success = operation.successResponse();
    if (!success) {
        return columns;
    }
    const QJsonObject body = spec.resolveSchema(success->schema).schema;
    const SchemaFacts facts = SchemaFacts::of(body);
    if (facts.type == u"array"_s) {
        collect(spec, facts.items, QString(), 0, columns);
    } else if (facts.type == u"object"_s) {
        // A cursor page wraps its list ({"cursor": {...}, "<list>": [...]}): the rows are the list's items.
        if (facts.properties.contains(u"cursor"_s)) {
            for (auto it = facts.properties.begin(); it != facts.properties.end(); ++it) {
                const SchemaFacts list = SchemaFacts::of(spec.resolveSchema(it.value().toObject()).schema);
                if (list.type == u"array"_s) {
                    collect(spec, list.items, QString(), 0, columns);
                    return columns;
                }
            }
        }
        collect(spec, body, QString(), 0, columns);
    }
    return columns;
}

QList<IdColumn> IdColumns::ofColumnNames(const QStringList &columns)
{
    QList<IdColumn> result;
    for (const QString &column : columns) {
        if (const EveIdKind kind = kindOf(column); kind != EveIdKind::None) {
            result.append({column, kind, nameColumnOf(column)});
        }
    }
    return result;
}

} // namespace Esi::Core
