#include "sandbox/schemacompiler.h"

#include "core/names/idcolumns.h"
#include "core/spec/schema.h"

#include <QJsonDocument>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Sandbox {

SchemaCompiler::SchemaCompiler(const Core::Spec &spec)
    : m_spec(spec)
{}

quint64 SchemaCompiler::hash(QStringView text)
{
    quint64 result = 0xCBF29CE484222325ULL;
    for (const QChar c : text) {
        result ^= c.unicode();
        result *= 0x100000001B3ULL;
    }
    return result;
}

void SchemaCompiler::appendJsonString(QByteArray &out, QStringView text)
{
    static constexpr char hex[] = "0123456789abcdef";
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (uchar(c) < 0x20) {
            out += "\\u00";
            out += hex[(uchar(c) >> 4) & 0xF];
            out += hex[uchar(c) & 0xF];
        } else {
            out += c;
        }
    }
    out += '"';
}

namespace {

QByteArray jsonText(const QJsonValue &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

QByteArray labelOf(const QString &name)
{
    QString text = name;
    text.replace(u'_', u' ');
    text[0] = text.at(0).toUpper();
    return text.toUtf8();
}

// JSON text of a value `node` rejects, empty when every value might pass (untyped, variants).
QByteArray rejectedBy(const SchemaNode &node)
{
    using Kind = SchemaNode::Kind;
    switch (node.kind) {
    case Kind::Const:
    case Kind::Enum:
        return node.choices.contains("null") ? (node.choices.contains("\"\"") ? QByteArray() : "\"\"") : "null";
    case Kind::Object:
    case Kind::Array:
    case Kind::Integer:
    case Kind::Number:
    case Kind::Boolean:
        return node.nullable ? QByteArray("\"\"") : QByteArray("null");
    case Kind::String:
        return node.nullable ? QByteArray("false") : QByteArray("null");
    case Kind::Untyped:
    case Kind::Variants:
        break;
    }
    return {};
}

const SchemaNode::Property *propertyNamed(const SchemaNode &node, const QString &name)
{
    for (const SchemaNode::Property &property : node.properties) {
        if (property.name == name) {
            return &property;
        }
    }
    return nullptr;
}

// Whether no value generated for `chosen` can ever satisfy `other`, before any distinguishing pairs.
bool alwaysRejects(const SchemaNode &other, const SchemaNode &chosen)
{
    using Kind = SchemaNode::Kind;
    const auto typed = [](Kind kind) {
        return kind != Kind::Untyped && kind != Kind::Variants && kind != Kind::Const && kind != Kind::Enum;
    };
    if (typed(other.kind) && typed(chosen.kind) && other.kind != chosen.kind) {
        // Generated numbers may be whole, and every integer is a number: only those pairs can overlap.
        const bool numeric = (other.kind == Kind::Integer || other.kind == Kind::Number) &&
                             (chosen.kind == Kind::Integer || chosen.kind == Kind::Number);
        return !numeric;
    }
    if ((other.kind == Kind::Const || other.kind == Kind::Enum) &&
        (chosen.kind == Kind::Const || chosen.kind == Kind::Enum)) {
        for (const QByteArray &choice : chosen.choices) {
            if (other.choices.contains(choice)) {
                return false;
            }
        }
        return true;
    }
    if (other.kind == Kind::Object && chosen.kind == Kind::Object && !chosen.additionalProperties) {
        for (const SchemaNode::Property &property : other.properties) {
            if (property.required && !propertyNamed(chosen, property.name)) {
                return true; // a property the chosen variant never writes
            }
        }
    }
    return false;
}

} // namespace

void SchemaCompiler::distinguish(SchemaNode &node)
{
    if (!node.exclusive) {
        for (int i = 0; i < node.variants.size(); ++i) {
            node.distinct.append(i);
        }
        node.distinguishers.resize(node.variants.size());
        return;
    }
    for (int i = 0; i < node.variants.size(); ++i) {
        const SchemaNode &chosen = *node.variants.at(i);
        QList<std::pair<QByteArray, QByteArray>> pairs;
        bool distinct = true;
        for (int j = 0; j < node.variants.size() && distinct; ++j) {
            const SchemaNode &other = *node.variants.at(j);
            if (j == i || alwaysRejects(other, chosen)) {
                continue;
            }
            // Give the value a property `other` constrains and `chosen` leaves free, holding what `other`
            // rejects there: `chosen` still accepts the value, `other` no longer does.
            distinct = false;
            if (chosen.kind != SchemaNode::Kind::Object || other.kind != SchemaNode::Kind::Object || chosen.closed ||
                chosen.additionalProperties) {
                break;
            }
            for (const SchemaNode::Property &property : other.properties) {
                if (propertyNamed(chosen, property.name)) {
                    continue;
                }
                const QByteArray rejected = rejectedBy(*property.node);
                if (rejected.isEmpty()) {
                    continue;
                }
                const auto known = std::find_if(pairs.begin(), pairs.end(),
                                                [&](const auto &pair) { return pair.first == property.key; });
                if (known == pairs.end()) {
                    pairs.append({property.key, rejected});
                } else if (known->second != rejected) {
                    continue; // already set for another sibling, to a value this one may accept
                }
                distinct = true;
                break;
            }
        }
        node.distinguishers.append(distinct ? pairs : QList<std::pair<QByteArray, QByteArray>>());
        if (distinct) {
            node.distinct.append(i);
        }
    }
}

QJsonObject SchemaCompiler::resolve(const QJsonObject &schema) const
{
    QJsonObject resolved = schema;
    if (schema.contains(u"$ref"_s)) {
        const Core::ResolvedSchema target = m_spec.resolveSchema(schema);
        if (!target.isValid()) {
            return {};
        }
        resolved = target.schema;
    }
    const QJsonArray parts = resolved.value(u"allOf"_s).toArray();
    if (parts.isEmpty()) {
        return resolved;
    }
    QJsonObject properties = resolved.value(u"properties"_s).toObject();
    QJsonArray required = resolved.value(u"required"_s).toArray();
    for (const QJsonValue &part : parts) {
        const QJsonObject partSchema = resolve(part.toObject());
        const QJsonObject partProperties = partSchema.value(u"properties"_s).toObject();
        for (auto it = partProperties.begin(); it != partProperties.end(); ++it) {
            properties.insert(it.key(), it.value());
        }
        const QJsonArray partRequired = partSchema.value(u"required"_s).toArray();
        for (const QJsonValue &name : partRequired) {
            required.append(name);
        }
    }
    resolved.remove(u"allOf"_s);
    resolved.insert(u"type"_s, u"object"_s);
    resolved.insert(u"properties"_s, properties);
    resolved.insert(u"required"_s, required);
    return resolved;
}

const SchemaNode *SchemaCompiler::compile(const QJsonObject &schema)
{
    const QString ref = schema.value(u"$ref"_s).toString();
    if (!ref.isEmpty()) {
        if (const SchemaNode *known = m_byRef.value(ref)) {
            return known;
        }
    }
    SchemaNode &node = m_nodes.emplace_back();
    if (!ref.isEmpty()) {
        m_byRef.insert(ref, &node); // before the children: a schema that contains itself finds this node
    }
    fill(node, resolve(schema));
    return &node;
}

void SchemaCompiler::fill(SchemaNode &node, const QJsonObject &resolved)
{
    for (const QLatin1StringView key : {"oneOf"_L1, "anyOf"_L1}) {
        const QJsonArray variants = resolved.value(key).toArray();
        if (!variants.isEmpty()) {
            node.kind = SchemaNode::Kind::Variants;
            node.exclusive = key == "oneOf"_L1;
            for (const QJsonValue &variant : variants) {
                node.variants.append(compile(variant.toObject()));
            }
            distinguish(node);
            return;
        }
    }
    if (resolved.contains(u"const"_s)) {
        node.kind = SchemaNode::Kind::Const;
        node.choices.append(jsonText(resolved.value(u"const"_s)));
        return;
    }
    const Core::SchemaFacts facts = Core::SchemaFacts::of(resolved);
    node.nullable = facts.nullable;
    node.format = facts.format;
    node.minimum = facts.minimum;
    node.maximum = facts.maximum;
    node.exclusiveMinimum = facts.exclusiveMinimum;
    node.exclusiveMaximum = facts.exclusiveMaximum;
    node.minLength = facts.minLength;
    node.maxLength = facts.maxLength;
    node.minItems = facts.minItems;
    node.maxItems = facts.maxItems;
    node.uniqueItems = facts.uniqueItems;
    if (!facts.enumValues.isEmpty()) {
        node.kind = SchemaNode::Kind::Enum;
        for (const QJsonValue &value : facts.enumValues) {
            node.choices.append(jsonText(value));
        }
        return;
    }
    static const QHash<QString, SchemaNode::Kind> kinds{
        {u"object"_s, SchemaNode::Kind::Object},   {u"array"_s, SchemaNode::Kind::Array},
        {u"integer"_s, SchemaNode::Kind::Integer}, {u"number"_s, SchemaNode::Kind::Number},
        {u"boolean"_s, SchemaNode::Kind::Boolean}, {u"string"_s, SchemaNode::Kind::String},
    };
    node.kind = kinds.value(facts.type, SchemaNode::Kind::Untyped);
    if (node.kind == SchemaNode::Kind::Array) {
        node.items = compile(facts.items);
    } else if (node.kind == SchemaNode::Kind::Object) {
        for (auto it = facts.properties.begin(); it != facts.properties.end(); ++it) {
            SchemaNode::Property property;
            property.name = it.key();
            appendJsonString(property.key, it.key());
            property.key += ':';
            property.label = it.key().isEmpty() ? QByteArray("Value") : labelOf(it.key());
            property.nameHash = hash(it.key());
            property.node = compile(it.value().toObject());
            property.required = facts.required.contains(it.key());
            property.identifier = it.key() == u"id"_s || it.key().endsWith(u"_id"_s);
            property.idKind = Core::IdColumns::kindOf(it.key());
            node.properties.append(property);
        }
        if (const QJsonValue additional = resolved.value(u"additionalProperties"_s); additional.isObject()) {
            node.additionalProperties = compile(additional.toObject());
        } else if (additional.isBool() && !additional.toBool()) {
            node.closed = true;
        }
    }
}

} // namespace Esi::Sandbox
