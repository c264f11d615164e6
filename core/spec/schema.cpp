#include "core/spec/schema.h"

#include "core/spec/spec.h"

#include <QCoreApplication>
#include <QHash>

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

// Inlines $refs depth-first. Each $ref's expansion is kept (with its node count) and reused wherever the
// $ref recurs, unless it was cut short by a recursion marker (then it depends on where it was reached).
// Every node placed, reused ones included, counts against the budget, so both time and the size of what
// callers walk later stay bounded.
class Expander
{
public:
    Expander(const Spec &spec, qint64 budget)
        : m_spec(spec)
        , m_budget(budget)
    {}

    QJsonValue value(const QJsonValue &value, int nesting)
    {
        if (value.isObject()) {
            return object(value.toObject(), nesting);
        }
        if (!value.isArray() || failed()) {
            return value;
        }
        if (!spend(1, nesting)) {
            return {};
        }
        QJsonArray result;
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array) {
            result.append(this->value(item, nesting + 1));
            if (failed()) {
                return {};
            }
        }
        return result;
    }

    QJsonObject object(const QJsonObject &object, int nesting)
    {
        if (failed()) {
            return {};
        }
        if (object.contains(u"$ref"_s)) {
            return reference(object.value(u"$ref"_s).toString(), nesting);
        }
        if (!spend(1, nesting)) {
            return {};
        }
        QJsonObject result;
        for (auto it = object.begin(); it != object.end(); ++it) {
            result.insert(it.key(), value(it.value(), nesting + 1));
            if (failed()) {
                return {};
            }
        }
        return result;
    }

    bool failed() const { return !m_error.isEmpty(); }

    QString error() const { return m_error; }

    qint64 used() const { return m_used; }

private:
    struct Expanded
    {
        QJsonObject schema;
        qint64 nodes = 0;
    };

    QJsonObject reference(const QString &ref, int nesting)
    {
        if (const auto known = m_done.constFind(ref); known != m_done.constEnd()) {
            return spend(known->nodes, nesting) ? known->schema : QJsonObject();
        }
        if (m_stack.contains(ref)) {
            ++m_cuts;
            return spend(1, nesting) ? QJsonObject{{u"$ref"_s, ref}, {u"x-recursive"_s, true}} : QJsonObject();
        }
        const QJsonValue target = m_spec.resolvePointer(ref);
        if (!target.isObject()) {
            return spend(1, nesting) ? QJsonObject{{u"$ref"_s, ref}, {u"x-unresolved"_s, true}} : QJsonObject();
        }
        const qint64 usedBefore = m_used;
        const qint64 cutsBefore = m_cuts;
        m_stack.append(ref);
        QJsonObject expanded = object(target.toObject(), nesting + 1);
        m_stack.removeLast();
        if (!failed() && m_cuts == cutsBefore) {
            m_done.insert(ref, Expanded{expanded, m_used - usedBefore});
        }
        return expanded;
    }

    bool spend(qint64 nodes, int nesting)
    {
        if (failed()) {
            return false;
        }
        m_used += nodes;
        if (m_used > m_budget) {
            fail(QCoreApplication::translate("Esi::Core::Schema",
                                             "expands to more than %1 nodes once its $refs are inlined")
                     .arg(m_budget));
            return false;
        }
        if (nesting > MaxNesting) {
            fail(QCoreApplication::translate("Esi::Core::Schema", "nests deeper than %1 levels").arg(MaxNesting));
            return false;
        }
        return true;
    }

    void fail(const QString &what)
    {
        QStringList path;
        for (const QString &ref : std::as_const(m_stack)) {
            path.append(ref.section(u'/', -1));
        }
        m_error = QCoreApplication::translate(
                      "Esi::Core::Schema",
                      "the schema %1 %2 (reached through %3): its $refs fan out too widely to inline. Check the "
                      "$refs under %4 in %5; views that resolve on demand (the schema tree, value checks) still work")
                      .arg(m_stack.isEmpty() ? u"(inline)"_s : m_stack.first(), what,
                           path.isEmpty() ? u"no $ref"_s : path.join(u" > "_s),
                           m_stack.isEmpty() ? QCoreApplication::translate("Esi::Core::Schema", "the schema")
                                             : m_stack.last(),
                           m_spec.source());
    }

    static constexpr int MaxNesting = 512;

    const Spec &m_spec;
    const qint64 m_budget;
    qint64 m_used = 0;
    qint64 m_cuts = 0;
    QStringList m_stack;
    QHash<QString, Expanded> m_done;
    QString m_error;
};

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

SchemaExpansion expandSchema(const Spec &spec, const QJsonObject &schema, qint64 nodeBudget)
{
    Expander expander(spec, nodeBudget);
    SchemaExpansion result;
    result.schema = expander.object(schema, 0);
    result.nodes = expander.used();
    if (expander.failed()) {
        result.schema = {};
        result.error = expander.error();
    }
    return result;
}

} // namespace Esi::Core
