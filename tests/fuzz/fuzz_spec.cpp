// Spec reading and indexing from arbitrary bytes: Spec::fromJson, then what the explorer does with a spec
// right after loading it: search, tags and scopes, and schema resolution of a few operations.
#include "core/spec/schema.h"
#include "core/spec/spec.h"
#include "core/spec/specsearch.h"
#include "fuzzsupport.h"

using namespace Esi::Core;
using namespace Qt::Literals::StringLiterals;

namespace {

// The expansion node budget for the fuzzer: the real default (50,000) is exercised by tst_schemaexpansion; a
// smaller one keeps each input fast while still reaching the budget's stop on a fan of references.
constexpr qint64 expansionNodes = 5000;
constexpr int operationsChecked = 8;

void touchSchema(const Spec &spec, const QJsonObject &schema)
{
    const ResolvedSchema resolved = spec.resolveSchema(schema);
    if (resolved.isValid()) {
        (void)SchemaFacts::of(resolved.schema).summary();
    }
    (void)expandSchema(spec, schema, expansionNodes);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Esi::Fuzz::ensureApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const SpecLoadResult loaded = Spec::fromJson(Esi::Fuzz::bytes(data, size), u"fuzz.json"_s);
    if (!loaded) {
        (void)loaded.error.toString();
        return 0;
    }
    const Spec &spec = *loaded.spec;
    (void)spec.documentVersion();
    for (const QString &tag : spec.tags()) {
        (void)spec.operationsForTag(tag);
    }
    for (const QString &scope : spec.scopes()) {
        (void)spec.scopeDescription(scope);
    }

    const SpecSearch search(loaded.spec);
    for (const QString &query : {u"get"_s, u"tag:Assets char"_s, u"/characters/{"_s, u"scope:esi-"_s}) {
        (void)search.find(query);
    }

    const QList<Operation> &operations = spec.operations();
    for (qsizetype i = 0; i < operations.size() && i < operationsChecked; ++i) {
        const Operation &operation = operations.at(i);
        (void)spec.indexOf(operation.operationId);
        (void)operation.key();
        for (const Parameter &parameter : operation.parameters) {
            touchSchema(spec, parameter.schema);
        }
        if (!operation.requestBodySchema.isEmpty()) {
            touchSchema(spec, operation.requestBodySchema);
        }
        if (const Response *success = operation.successResponse()) {
            touchSchema(spec, success->schema);
        }
    }
    return 0;
}
