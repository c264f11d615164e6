#include "core/spec/schema.h"

#include "core/spec/spec.h"

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

namespace {

std::optional<double> number(const QJsonObject &schema, QLatin1StringView key)
{
    const QJsonValue value = schema.value(key);
    return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
}

std::optional<qint64> count(const QJsonObject &schema, QLatin1StringView key)
{
    const QJsonValue value = schema.value(key);
    return value.isDouble() ? std::optional<qint64>(value.toInteger()) : std::nullopt;
}

QString compact(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Null:
        return u"null"_s;
    default:
        return u"…"_s;
    }
}

QJsonValue expandValue(const Spec &spec, const QJsonValue &value, QStringList &stack, int depth, int maxDepth);

QJsonObject expandObject(const Spec &spec, const QJsonObject &object, QStringList &stack, int depth, int maxDepth)
{
    if (object.contains(u"$ref"_s)) {
        const QString ref = object.value(u"$ref"_s).toString();
        if (stack.contains(ref) || depth >= maxDepth) {
            return QJsonObject{{u"$ref"_s, ref}, {u"x-recursive"_s, true}};
        }
        const QJsonValue target = spec.resolvePointer(ref);
        if (!target.isObject()) {
            return QJsonObject{{u"$ref"_s, ref}, {u"x-unresolved"_s, true}};
        }
        stack.append(ref);
        QJsonObject expanded = expandObject(spec, target.toObject(), stack, depth + 1, maxDepth);
        stack.removeLast();
        return expanded;
    }
    QJsonObject result;
    for (auto it = object.begin(); it != object.end(); ++it) {
        result.insert(it.key(), expandValue(spec, it.value(), stack, depth + 1, maxDepth));
    }
    return result;
}

QJsonValue expandValue(const Spec &spec, const QJsonValue &value, QStringList &stack, int depth, int maxDepth)
{
    if (value.isObject()) {
        return expandObject(spec, value.toObject(), stack, depth, maxDepth);
    }
    if (value.isArray()) {
        QJsonArray result;
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array) {
            result.append(expandValue(spec, item, stack, depth + 1, maxDepth));
        }
        return result;
    }
    return value;
}

} // namespace

SchemaFacts SchemaFacts::of(const QJsonObject &schema)
{
    SchemaFacts facts;
    const QJsonValue type = schema.value(u"type"_s);
    if (type.isArray()) { // OpenAPI 3.1: ["string", "null"]
        const QJsonArray types = type.toArray();
        for (const QJsonValue &entry : types) {
            if (entry.toString() == u"null") {
                facts.nullable = true;
            } else if (facts.type.isEmpty()) {
                facts.type = entry.toString();
            }
        }
    } else {
        facts.type = type.toString();
    }
    if (schema.value(u"nullable"_s).toBool()) {
        facts.nullable = true;
    }
    if (facts.type.isEmpty()) {
        if (schema.contains(u"properties"_s)) {
            facts.type = u"object"_s;
        } else if (schema.contains(u"items"_s)) {
            facts.type = u"array"_s;
        }
    }
    facts.format = schema.value(u"format"_s).toString();
    facts.description = schema.value(u"description"_s).toString();
    facts.title = schema.value(u"title"_s).toString();
    facts.enumValues = schema.value(u"enum"_s).toArray();
    const QJsonArray enumDescriptions = schema.value(u"x-enum-descriptions"_s).toArray();
    for (const QJsonValue &description : enumDescriptions) {
        facts.enumDescriptions.append(description.toString());
    }
    facts.defaultValue = schema.value(u"default"_s);
    facts.example = schema.value(u"example"_s);
    if (facts.example.isUndefined()) {
        facts.example = schema.value(u"examples"_s).toArray().first();
    }
    facts.minimum = number(schema, "minimum"_L1);
    facts.maximum = number(schema, "maximum"_L1);
    // 3.0 / Swagger: boolean modifiers; 3.1: the bound itself.
    if (const QJsonValue exclusive = schema.value(u"exclusiveMinimum"_s); exclusive.isDouble()) {
        facts.minimum = exclusive.toDouble();
        facts.exclusiveMinimum = true;
    } else {
        facts.exclusiveMinimum = exclusive.toBool();
    }
    if (const QJsonValue exclusive = schema.value(u"exclusiveMaximum"_s); exclusive.isDouble()) {
        facts.maximum = exclusive.toDouble();
        facts.exclusiveMaximum = true;
    } else {
        facts.exclusiveMaximum = exclusive.toBool();
    }
    facts.minLength = count(schema, "minLength"_L1);
    facts.maxLength = count(schema, "maxLength"_L1);
    facts.minItems = count(schema, "minItems"_L1);
    facts.maxItems = count(schema, "maxItems"_L1);
    facts.uniqueItems = schema.value(u"uniqueItems"_s).toBool();
    facts.pattern = schema.value(u"pattern"_s).toString();
    facts.items = schema.value(u"items"_s).toObject();
    facts.properties = schema.value(u"properties"_s).toObject();
    const QJsonArray required = schema.value(u"required"_s).toArray();
    for (const QJsonValue &name : required) {
        facts.required.append(name.toString());
    }
    facts.deprecated = schema.value(u"deprecated"_s).toBool();
    return facts;
}

QString SchemaFacts::summary() const
{
    QString text = type.isEmpty() ? u"any"_s : type;
    if (!format.isEmpty()) {
        text += u" ("_s + format + u')';
    }
    if (type == u"array" && !items.isEmpty()) {
        const QString itemType = SchemaFacts::of(items).type;
        const QString itemRef = items.value(u"$ref"_s).toString().section(u'/', -1);
        text += u" of "_s + (itemRef.isEmpty() ? (itemType.isEmpty() ? u"any"_s : itemType) : itemRef);
    }
    if (nullable) {
        text += u", nullable"_s;
    }
    if (minimum) {
        text += (exclusiveMinimum ? u" > "_s : u" >= "_s) + QString::number(*minimum, 'g', 15);
    }
    if (maximum) {
        text += (exclusiveMaximum ? u" < "_s : u" <= "_s) + QString::number(*maximum, 'g', 15);
    }
    if (minItems || maxItems) {
        text += u", "_s + (minItems ? QString::number(*minItems) : u"0"_s) + u".."_s +
                (maxItems ? QString::number(*maxItems) : u"∞"_s) + u" items"_s;
    }
    if (minLength || maxLength) {
        text += u", length "_s + (minLength ? QString::number(*minLength) : u"0"_s) + u".."_s +
                (maxLength ? QString::number(*maxLength) : u"∞"_s);
    }
    if (!enumValues.isEmpty()) {
        QStringList values;
        for (const QJsonValue &value : enumValues) {
            values.append(compact(value));
        }
        text += u" one of ["_s + values.join(u", "_s) + u']';
    }
    return text;
}

QJsonObject expandSchema(const Spec &spec, const QJsonObject &schema, int maxDepth)
{
    QStringList stack;
    return expandObject(spec, schema, stack, 0, maxDepth);
}

} // namespace Esi::Core
