#pragma once

#include "core/names/eveidkind.h"
#include "core/spec/spec.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <deque>
#include <optional>
#include <utility>

namespace Esi::Sandbox {

// A response schema read once into the facts data generation needs, so generating a 1000-item page does
// not re-resolve $refs and re-read schema objects for every item. Nodes reached through the same $ref are
// shared, which also makes recursive schemas finite graphs.
struct SchemaNode
{
    enum class Kind { Untyped, Object, Array, Integer, Number, Boolean, String, Const, Enum, Variants };

    struct Property
    {
        QString name;
        QByteArray key;   // "\"name\":", ready to write
        QByteArray label; // "Type name" for generated text
        quint64 nameHash = 0;
        const SchemaNode *node = nullptr;
        bool required = false;
        bool identifier = false;                        // "id" or "*_id"
        Core::EveIdKind idKind = Core::EveIdKind::None; // an EVE entity the name says it holds (type_id, ...)
    };

    Kind kind = Kind::Untyped;
    QString format;
    QList<QByteArray> choices; // enum values, or the const value, as JSON text
    std::optional<double> minimum;
    std::optional<double> maximum;
    bool exclusiveMinimum = false;
    bool exclusiveMaximum = false;
    std::optional<qint64> minLength;
    std::optional<qint64> maxLength;
    std::optional<qint64> minItems;
    std::optional<qint64> maxItems;
    bool uniqueItems = false;
    const SchemaNode *items = nullptr;
    QList<Property> properties;
    const SchemaNode *additionalProperties = nullptr;
    bool closed = false;                // additionalProperties: false
    bool nullable = false;              // null is a valid value too
    QList<const SchemaNode *> variants; // oneOf / anyOf
    bool exclusive = false;             // oneOf: a value must match exactly one variant

    // oneOf: for variant i, extra "key":value pairs that make every sibling variant reject the value
    // (an object with one optional property satisfies every sibling that constrains other properties).
    // Variants that cannot be told apart from a sibling this way are not listed in `distinct`.
    QList<QList<std::pair<QByteArray, QByteArray>>> distinguishers;
    QList<int> distinct;
};

class SchemaCompiler
{
public:
    explicit SchemaCompiler(const Core::Spec &spec);

    // Never null; an unresolvable $ref compiles to an untyped node.
    const SchemaNode *compile(const QJsonObject &schema);

    // Follows $ref chains and merges allOf into one object schema; unresolvable: empty.
    QJsonObject resolve(const QJsonObject &schema) const;

    static quint64 hash(QStringView text); // FNV-1a
    static void appendJsonString(QByteArray &out, QStringView text);

private:
    void fill(SchemaNode &node, const QJsonObject &resolved);
    static void distinguish(SchemaNode &node);

    const Core::Spec &m_spec;
    std::deque<SchemaNode> m_nodes; // stable addresses
    QHash<QString, const SchemaNode *> m_byRef;
};

} // namespace Esi::Sandbox
