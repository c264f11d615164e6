#include "sandbox/datagenerator.h"

#include "core/spec/schema.h"
#include "sandbox/sandboxuniverse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <cmath>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Sandbox {

namespace {

constexpr int maxDepth = 12; // deeper than any ESI schema; stops recursive ones
constexpr qint64 yearSeconds = 365LL * 24 * 3600;

quint64 splitMix(quint64 x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

// A small PRNG per schema node: children get their own seeds, so adding a property to a schema does not
// shift the values of its siblings.
class Random
{
public:
    explicit Random(quint64 seed)
        : m_state(seed)
    {}

    quint64 next()
    {
        m_state = splitMix(m_state);
        return m_state;
    }

    // Uniform in [low, high]; both inclusive.
    qint64 between(qint64 low, qint64 high)
    {
        if (high <= low) {
            return low;
        }
        const quint64 span = quint64(high) - quint64(low) + 1;
        return span == 0 ? qint64(next()) : low + qint64(next() % span);
    }

private:
    quint64 m_state;
};

// Decimal digits straight into the body, without a temporary QByteArray per number.
void appendNumber(QByteArray &out, qint64 value)
{
    char buffer[24];
    char *end = buffer + sizeof(buffer);
    char *cursor = end;
    quint64 magnitude = value < 0 ? 0 - quint64(value) : quint64(value);
    do {
        *--cursor = char('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude != 0);
    if (value < 0) {
        *--cursor = '-';
    }
    out.append(cursor, end - cursor);
}

void appendTwoDigits(QByteArray &out, int value)
{
    out += char('0' + value / 10);
    out += char('0' + value % 10);
}

// "2025-03-04" or "2025-03-04T05:06:07Z" for a time `seconds` after 2025-01-01T00:00:00Z, by the civil
// calendar arithmetic of H. Hinnant's days_from_civil inverse; QDateTime formatting dominated 1000-item pages.
void appendUtcTime(QByteArray &out, qint64 seconds, bool withTime)
{
    constexpr qint64 daysTo2025 = 20089; // 1970-01-01 .. 2025-01-01
    const qint64 z = daysTo2025 + seconds / 86400 + 719468;
    const qint64 era = z / 146097;
    const qint64 dayOfEra = z - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 monthIndex = (5 * dayOfYear + 2) / 153;
    const int day = int(dayOfYear - (153 * monthIndex + 2) / 5 + 1);
    const int month = int(monthIndex < 10 ? monthIndex + 3 : monthIndex - 9);
    const qint64 year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    out += '"';
    appendNumber(out, year);
    out += '-';
    appendTwoDigits(out, month);
    out += '-';
    appendTwoDigits(out, day);
    if (withTime) {
        const int secondOfDay = int(seconds % 86400);
        out += 'T';
        appendTwoDigits(out, secondOfDay / 3600);
        out += ':';
        appendTwoDigits(out, secondOfDay / 60 % 60);
        out += ':';
        appendTwoDigits(out, secondOfDay % 60);
        out += 'Z';
    }
    out += '"';
}

} // namespace

DataGenerator::DataGenerator(const Core::Spec &spec)
    : m_compiler(spec)
{}

quint64 DataGenerator::mix(quint64 seed, quint64 value)
{
    return splitMix(seed ^ splitMix(value));
}

QString DataGenerator::mainListProperty(const QJsonObject &schema) const
{
    const Core::SchemaFacts facts = Core::SchemaFacts::of(resolve(schema));
    if (facts.type != u"object"_s) {
        return {};
    }
    QString found;
    for (auto it = facts.properties.begin(); it != facts.properties.end(); ++it) {
        if (Core::SchemaFacts::of(resolve(it.value().toObject())).type == u"array"_s) {
            if (!found.isEmpty()) {
                return {}; // two lists: not a wrapper
            }
            found = it.key();
        }
    }
    return found;
}

QJsonObject DataGenerator::mainListItems(const QJsonObject &schema) const
{
    const QJsonObject resolved = resolve(schema);
    const Core::SchemaFacts facts = Core::SchemaFacts::of(resolved);
    if (facts.type == u"array"_s) {
        return facts.items;
    }
    const QString property = mainListProperty(resolved);
    if (property.isEmpty()) {
        return {};
    }
    return Core::SchemaFacts::of(resolve(facts.properties.value(property).toObject())).items;
}

QString DataGenerator::identityProperty(const QJsonObject &schema, const QString &routePath) const
{
    const Core::SchemaFacts item = Core::SchemaFacts::of(resolve(mainListItems(schema)));
    if (item.type != u"object"_s) {
        return {};
    }
    QString segment = routePath.section(u'/', -1, -1, QString::SectionSkipEmpty);
    if (segment.endsWith(u's')) {
        segment.chop(1);
    }
    for (const QString &candidate : QStringList{segment + u"_id"_s, u"item_id"_s}) {
        if (Core::SchemaFacts::of(resolve(item.properties.value(candidate).toObject())).type == u"integer"_s) {
            return candidate;
        }
    }
    return {};
}

QJsonValue DataGenerator::generate(const QJsonObject &schema, const GenerationRequest &request) const
{
    // Wrapped so bare numbers and strings parse too.
    return QJsonDocument::fromJson('[' + generateJson(schema, request) + ']').array().first();
}

QByteArray DataGenerator::generateJson(const QJsonObject &schema, const GenerationRequest &request,
                                       QString *error) const
{
    Budget budget;
    Context context;
    context.budget = &budget;
    if (!request.language.isEmpty() && request.language != u"en"_s) {
        context.languageSuffix = " (" + request.language.toUtf8() + ')';
    }
    static const QByteArray valueLabel("Value");
    const SchemaNode *root = m_compiler.compile(schema);
    QByteArray out;
    if (request.listCount >= 0 && root->kind == SchemaNode::Kind::Array) {
        writeMainList(out, root->items, request, context);
    } else if (root->kind == SchemaNode::Kind::Object) {
        const QString list = request.listCount >= 0 ? mainListProperty(schema) : QString();
        Overrides overrides;
        overrides.fixed = &request.fixedProperties;
        overrides.listName = list.isEmpty() ? nullptr : &list;
        overrides.request = &request;
        writeObject(out, root, request.seed, context, overrides);
    } else {
        write(out, root, request.seed, Field{&valueLabel}, context);
    }
    if (budget.exceeded) {
        const QString name = schema.value(u"$ref"_s).toString();
        if (error) {
            *error = u"the response schema %1 needs more than %2 values even with every optional property left "
                     "out: its required properties and minItems fan out through $refs. Check the $refs under %1 "
                     "in the spec"_s.arg(name.isEmpty() ? u"(inline)"_s : name, QString::number(HardValueLimit));
        }
        return {};
    }
    if (error) {
        error->clear();
    }
    return out;
}

void DataGenerator::writeMainList(QByteArray &out, const SchemaNode *items, const GenerationRequest &request,
                                  const Context &context) const
{
    static const QByteArray valueLabel("Value");
    out += '[';
    for (int i = 0; i < request.listCount; ++i) {
        if (i > 0) {
            out += ',';
        }
        const qint64 ordinal = request.firstOrdinal + i;
        quint64 seed = mix(request.seed, quint64(ordinal));
        if (request.itemSalt) {
            if (const quint64 salt = request.itemSalt(ordinal); salt != 0) {
                seed = mix(seed, salt);
            }
        }
        if (request.identity && items->kind == SchemaNode::Kind::Integer) {
            appendNumber(out, request.identity(ordinal));
        } else if (request.identity && !request.identityProperty.isEmpty() && items->kind == SchemaNode::Kind::Object) {
            Overrides overrides;
            overrides.identityName = &request.identityProperty;
            overrides.identity = request.identity(ordinal);
            writeObject(out, items, seed, context.deeper(), overrides);
        } else {
            write(out, items, seed, Field{&valueLabel, true}, context); // bare lists hold ids: /alliances
        }
    }
    out += ']';
}

void DataGenerator::write(QByteArray &out, const SchemaNode *node, quint64 seed, Field field,
                          const Context &context) const
{
    const Context deeper = context.deeper();
    if (context.budget && ++context.budget->values > HardValueLimit) {
        context.budget->exceeded = true;
    }
    if (context.budget && context.budget->exceeded) {
        out += "null"; // the body is thrown away
        return;
    }
    switch (node->kind) {
    case SchemaNode::Kind::Variants: {
        // oneOf: only variants that can be told apart from their siblings, each with the pairs that do it.
        const qsizetype count = node->distinct.isEmpty() ? node->variants.size() : node->distinct.size();
        const qsizetype pick = Random(mix(seed, 0x0E)).between(0, count - 1);
        const int index = node->distinct.isEmpty() ? int(pick) : node->distinct.at(pick);
        const SchemaNode *variant = node->variants.at(index);
        if (variant->kind == SchemaNode::Kind::Object && index < node->distinguishers.size() &&
            !node->distinguishers.at(index).isEmpty() && context.depth < maxDepth) {
            Overrides overrides;
            overrides.extras = &node->distinguishers.at(index);
            writeObject(out, variant, seed, deeper, overrides);
        } else {
            write(out, variant, seed, field, context);
        }
        return;
    }
    case SchemaNode::Kind::Const:
    case SchemaNode::Kind::Enum:
        out += node->choices.at(Random(seed).between(0, node->choices.size() - 1));
        return;
    case SchemaNode::Kind::Object:
        if (context.depth >= maxDepth) {
            out += "{}";
        } else {
            writeObject(out, node, seed, deeper, {});
        }
        return;
    case SchemaNode::Kind::Array:
        if (context.depth >= maxDepth) {
            out += "[]";
        } else {
            writeArray(out, node, seed, field, deeper);
        }
        return;
    case SchemaNode::Kind::Integer:
        writeInteger(out, node, seed, field);
        return;
    case SchemaNode::Kind::Number:
        writeNumber(out, node, seed);
        return;
    case SchemaNode::Kind::Boolean:
        out += Random(seed).next() % 2 == 0 ? "true" : "false";
        return;
    case SchemaNode::Kind::String:
        writeString(out, node, seed, field, context);
        return;
    case SchemaNode::Kind::Untyped:
        break;
    }
    out += "null"; // untyped: ESI has none, null is the honest answer
}

void DataGenerator::writeObject(QByteArray &out, const SchemaNode *node, quint64 seed, const Context &context,
                                const Overrides &overrides) const
{
    out += '{';
    bool first = true;
    for (const SchemaNode::Property &property : node->properties) {
        const quint64 childSeed = mix(seed, property.nameHash);
        const bool fixed = overrides.fixed && overrides.fixed->contains(property.name);
        const bool identity = overrides.identityName && *overrides.identityName == property.name;
        const bool list = overrides.listName && *overrides.listName == property.name;
        // Optional properties are left out now and then, as ESI does, so clients meet missing keys; and
        // always once the body is large (a schema whose $refs fan out).
        if (!fixed && !identity && !list && !property.required &&
            (Random(mix(childSeed, 1)).between(0, 4) == 0 || (context.budget && context.budget->tight()))) {
            continue;
        }
        if (!first) {
            out += ',';
        }
        first = false;
        out += property.key;
        if (fixed) {
            const QByteArray wrapped =
                QJsonDocument(QJsonArray{overrides.fixed->value(property.name)}).toJson(QJsonDocument::Compact);
            out += wrapped.mid(1, wrapped.size() - 2);
        } else if (identity) {
            appendNumber(out, overrides.identity);
        } else if (list && property.node->kind == SchemaNode::Kind::Array) {
            writeMainList(out, property.node->items, *overrides.request, context);
        } else {
            write(out, property.node, childSeed, Field{&property.label, property.identifier, property.idKind}, context);
        }
    }
    if (overrides.extras) {
        for (const auto &[key, value] : *overrides.extras) {
            if (!first) {
                out += ',';
            }
            first = false;
            out += key;
            out += value;
        }
    }
    if (node->additionalProperties && !(context.budget && context.budget->tight())) {
        for (int i = 1; i <= 2; ++i) {
            const QString key = u"key_"_s + QString::number(i);
            const QByteArray label = key.toUtf8();
            if (!first) {
                out += ',';
            }
            first = false;
            SchemaCompiler::appendJsonString(out, key);
            out += ':';
            write(out, node->additionalProperties, mix(seed, hash(key)), Field{&label}, context);
        }
    }
    out += '}';
}

void DataGenerator::writeArray(QByteArray &out, const SchemaNode *node, quint64 seed, Field field,
                               const Context &context) const
{
    const qint64 minimum = std::max<qint64>(node->minItems.value_or(1), 0);
    qint64 maximum = std::max(minimum, std::min<qint64>(node->maxItems.value_or(minimum + 2), minimum + 2));
    if (node->uniqueItems && node->items->kind == SchemaNode::Kind::Enum) {
        maximum = std::min<qint64>(maximum, node->items->choices.size());
    }
    Random random(seed);
    const qint64 fewest = std::min(minimum, maximum);
    const qint64 count = (context.budget && context.budget->tight()) ? fewest : random.between(fewest, maximum);
    out += '[';
    QSet<QByteArray> seen;
    for (qint64 written = 0, attempt = 0; written < count && attempt < count * 8; ++attempt) {
        QByteArray item;
        write(item, node->items, mix(seed, quint64(attempt)), field, context);
        if (node->uniqueItems) {
            if (seen.contains(item)) {
                continue;
            }
            seen.insert(item);
        }
        if (written > 0) {
            out += ',';
        }
        out += item;
        ++written;
    }
    out += ']';
}

void DataGenerator::writeInteger(QByteArray &out, const SchemaNode *node, quint64 seed, Field field)
{
    if (field.idKind != Core::EveIdKind::None && !node->minimum && !node->maximum) {
        appendNumber(out, SandboxUniverse::sampleId(field.idKind, Random(seed).next()));
        return;
    }
    qint64 low = field.identifier ? 1000000 : 0;
    qint64 high = field.identifier ? std::numeric_limits<qint32>::max() : 100000;
    if (node->minimum) {
        low = qint64(std::ceil(*node->minimum)) + (node->exclusiveMinimum ? 1 : 0);
        high = std::max(high, low);
    }
    if (node->maximum) {
        high = qint64(std::floor(*node->maximum)) - (node->exclusiveMaximum ? 1 : 0);
        low = std::min(low, high);
    }
    appendNumber(out, Random(seed).between(low, high));
}

void DataGenerator::writeNumber(QByteArray &out, const SchemaNode *node, quint64 seed)
{
    double low = node->minimum.value_or(0.0);
    double high = node->maximum.value_or(std::max(low, 0.0) + 1000000.0);
    if (high < low) {
        std::swap(low, high);
    }
    // Two decimals, written exactly: 12345.6 as "12345.6", never "12345.600000000001".
    const qint64 lowCents = qint64(std::ceil(low * 100.0));
    const qint64 highCents = std::max(lowCents, qint64(std::floor(high * 100.0)));
    const qint64 cents = Random(seed).between(lowCents, highCents);
    appendNumber(out, cents / 100);
    if (const qint64 fraction = std::abs(cents % 100); fraction != 0) {
        if (cents < 0 && cents / 100 == 0) {
            out.insert(out.size() - 1, '-');
        }
        out += '.';
        out += QByteArray::number(fraction).rightJustified(2, '0');
        if (out.endsWith('0')) {
            out.chop(1);
        }
    }
}

void DataGenerator::writeString(QByteArray &out, const SchemaNode *node, quint64 seed, Field field,
                                const Context &context)
{
    Random random(seed);
    // A fixed base (2025-01-01) instead of the clock: the same request must give the same bytes on any day.
    if (node->format == u"date-time"_s || node->format == u"date"_s) {
        appendUtcTime(out, random.between(0, yearSeconds), node->format == u"date-time"_s);
        return;
    }
    if (node->format == u"uuid"_s) {
        QByteArray hex = QByteArray::number(random.next(), 16).rightJustified(16, '0') +
                         QByteArray::number(random.next(), 16).rightJustified(16, '0');
        hex[12] = '4'; // version 4
        hex[16] = "89ab"[random.next() % 4];
        out += '"' + hex.left(8) + '-' + hex.mid(8, 4) + '-' + hex.mid(12, 4) + '-' + hex.mid(16, 4) + '-' +
               hex.mid(20) + '"';
        return;
    }
    QByteArray text = *field.label + ' ' + QByteArray::number(random.between(1, 9999)) + context.languageSuffix;
    if (node->maxLength && text.size() > *node->maxLength) {
        text.truncate(*node->maxLength);
    }
    if (node->minLength && text.size() < *node->minLength) {
        text = text.leftJustified(*node->minLength, 'x');
    }
    SchemaCompiler::appendJsonString(out, QString::fromUtf8(text));
}

} // namespace Esi::Sandbox
