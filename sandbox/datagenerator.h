#pragma once

#include "core/spec/spec.h"
#include "sandbox/schemacompiler.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <functional>

namespace Esi::Sandbox {

// What to generate for one response body.
struct GenerationRequest
{
    quint64 seed = 0;

    // The main list: a top-level array, or the one array property of a top-level wrapper object (cursor
    // routes). Item i is generated from (seed, firstOrdinal + i) alone, so every window onto the same list
    // (page 2, a cursor step) shows the same items. listCount < 0: sized like any nested array.
    int listCount = -1;
    qint64 firstOrdinal = 0;

    // An integer property of main-list items numbered from the ordinal (unique ids, from_id walks).
    QString identityProperty;
    std::function<qint64(qint64 ordinal)> identity;
    // Non-zero: mixed into a main-list item's seed, so that item alone comes out different (--evolve-every).
    std::function<quint64(qint64 ordinal)> itemSalt;

    QString language;            // free text is marked with it unless empty or "en"
    QJsonObject fixedProperties; // set on a top-level object when its schema has them (echoed path ids)
};

// Deterministic JSON from a response schema: walks $ref (guarding recursion), oneOf/anyOf/allOf, and
// honours type, format (int32/int64, date-time, date, uuid, float/double), enum, minimum/maximum,
// minLength/maxLength, minItems/maxItems/uniqueItems and required. The same request gives the same bytes.
class DataGenerator
{
public:
    explicit DataGenerator(const Core::Spec &spec);

    // The body as compact JSON text, written directly: a 1000-item page takes milliseconds, not a
    // QJsonObject tree per item. Bounded: past SoftValueLimit values optional properties are left out and
    // arrays take their fewest items, so a schema whose $refs fan out still gives a valid body; past
    // HardValueLimit (required properties alone fan out) it gives up: empty, with `error` saying why.
    QByteArray generateJson(const QJsonObject &schema, const GenerationRequest &request,
                            QString *error = nullptr) const;
    // The same, parsed (for callers that inspect values).
    QJsonValue generate(const QJsonObject &schema, const GenerationRequest &request) const;

    // The array property holding a wrapper object's list ("projects"), empty when `schema` is no wrapper.
    QString mainListProperty(const QJsonObject &schema) const;

    // The item schema of the main list of `schema`, empty when it has none.
    QJsonObject mainListItems(const QJsonObject &schema) const;

    // The integer property that identifies a main-list item of `routePath`: "<singular last segment>_id"
    // ("/wallet/transactions" -> "transaction_id"), else "item_id"; empty when the items have neither.
    QString identityProperty(const QJsonObject &schema, const QString &routePath) const;

    // Follows $ref chains and merges allOf; an unresolvable schema comes back empty.
    QJsonObject resolve(const QJsonObject &schema) const { return m_compiler.resolve(schema); }

    static quint64 mix(quint64 seed, quint64 value);

    static constexpr qint64 SoftValueLimit = 200000;
    static constexpr qint64 HardValueLimit = 1000000;

    static quint64 hash(QStringView text) { return SchemaCompiler::hash(text); }

private:
    // Values written so far for one body, against the limits above.
    struct Budget
    {
        qint64 values = 0;
        bool exceeded = false;

        bool tight() const { return values > SoftValueLimit; }
    };

    struct Context
    {
        QByteArray languageSuffix; // " (de)", empty for English
        int depth = 0;
        Budget *budget = nullptr;

        Context deeper() const { return {languageSuffix, depth + 1, budget}; }
    };

    // What a value is called: the text generated for strings and whether integers look like ids.
    struct Field
    {
        const QByteArray *label;
        bool identifier = false;
        Core::EveIdKind idKind = Core::EveIdKind::None; // a realistic ID of that kind (SandboxUniverse)
    };

    // Values an object takes from the request instead of generating them.
    struct Overrides
    {
        const QJsonObject *fixed = nullptr;    // top level: echoed path values, the cursor
        const QString *identityName = nullptr; // main-list item: its numbered id
        qint64 identity = 0;
        const QString *listName = nullptr; // top-level wrapper: the main list
        const GenerationRequest *request = nullptr;
        const QList<std::pair<QByteArray, QByteArray>> *extras = nullptr; // oneOf: pairs that rule out siblings
    };

    void write(QByteArray &out, const SchemaNode *node, quint64 seed, Field field, const Context &context) const;
    void writeObject(QByteArray &out, const SchemaNode *node, quint64 seed, const Context &context,
                     const Overrides &overrides) const;
    void writeArray(QByteArray &out, const SchemaNode *node, quint64 seed, Field field, const Context &context) const;
    void writeMainList(QByteArray &out, const SchemaNode *items, const GenerationRequest &request,
                       const Context &context) const;
    static void writeInteger(QByteArray &out, const SchemaNode *node, quint64 seed, Field field);
    static void writeNumber(QByteArray &out, const SchemaNode *node, quint64 seed);
    static void writeString(QByteArray &out, const SchemaNode *node, quint64 seed, Field field, const Context &context);

    // A cache filled on first use of each schema; generation itself is logically const.
    mutable SchemaCompiler m_compiler;
};

} // namespace Esi::Sandbox
