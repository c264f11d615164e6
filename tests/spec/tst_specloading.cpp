#include "core/spec/schema.h"
#include "core/spec/spec.h"
#include "core/spec/specrepository.h"
#include "tests/spec/specsnippets.h"

#include <QJsonArray>
#include <QTest>

using namespace Esi::Core;
using namespace Qt::Literals::StringLiterals;

// Loading and indexing every real CCP spec kept in tests/data.
class TestSpecLoading : public QObject
{
    Q_OBJECT

private:
    static SpecPtr load(const QString &name)
    {
        const SpecLoadResult result = Spec::fromFile(QStringLiteral(ESI_TEST_DATA) + u'/' + name);
        if (!result) {
            qWarning("%s", qUtf8Printable(result.error.toString()));
        }
        return result.spec;
    }

    static int count(const Spec &spec, const std::function<bool(const Operation &)> &predicate)
    {
        return int(std::count_if(spec.operations().begin(), spec.operations().end(), predicate));
    }

private Q_SLOTS:

    void realSpec_indexesCountsAndFormat_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<SpecFormat>("format");
        QTest::addColumn<QString>("documentVersion");
        QTest::addColumn<QString>("version");
        QTest::addColumn<int>("operations");
        QTest::addColumn<int>("tags");
        QTest::addColumn<int>("paged");
        QTest::addColumn<int>("cursor");
        QTest::addColumn<int>("fromId");
        QTest::addColumn<int>("authed");
        QTest::addColumn<int>("scopes");
        QTest::addColumn<int>("rateLimited");
        QTest::addColumn<int>("localized");
        // Counts computed independently (Python over the raw JSON) and checked by hand.
        QTest::newRow("3.1 2020-01-01") << u"openapi-2020-01-01.json"_s << SpecFormat::OpenApi31 << u"3.1.0"_s
                                        << u"2020-01-01"_s << 197 << 31 << 40 << 0 << 2 << 119 << 63 << 129 << 17;
        QTest::newRow("3.1 2025-08-26") << u"openapi-2025-08-26.json"_s << SpecFormat::OpenApi31 << u"3.1.0"_s
                                        << u"2025-08-26"_s << 199 << 31 << 40 << 2 << 2 << 123 << 64 << 0 << 17;
        QTest::newRow("3.1 2025-12-16") << u"openapi-2025-12-16.json"_s << SpecFormat::OpenApi31 << u"3.1.0"_s
                                        << u"2025-12-16"_s << 208 << 33 << 40 << 5 << 2 << 127 << 66 << 141 << 17;
        QTest::newRow("3.1 2026-06-09") << u"openapi-2026-06-09.json"_s << SpecFormat::OpenApi31 << u"3.1.0"_s
                                        << u"2026-06-09"_s << 218 << 36 << 40 << 5 << 2 << 137 << 70 << 156 << 17;
        QTest::newRow("3.1 2026-07-21") << u"openapi-2026-07-21.json"_s << SpecFormat::OpenApi31 << u"3.1.0"_s
                                        << u"2026-07-21"_s << 219 << 36 << 40 << 5 << 2 << 137 << 70 << 157 << 17;
        QTest::newRow("3.0 2026-06-09") << u"openapi-3.0-2026-06-09.json"_s << SpecFormat::OpenApi30 << u"3.0.3"_s
                                        << u"2026-06-09"_s << 218 << 36 << 40 << 5 << 2 << 137 << 70 << 156 << 17;
        QTest::newRow("swagger 1.36") << u"swagger-latest-1.36.json"_s << SpecFormat::Swagger20 << u"2.0"_s << u"1.36"_s
                                      << 194 << 29 << 40 << 0 << 2 << 119 << 63 << 0 << 17;
    }

    void realSpec_indexesCountsAndFormat()
    {
        QFETCH(QString, file);
        const SpecPtr spec = load(file);
        QVERIFY(spec);
        QTEST(spec->format(), "format");
        QTEST(spec->documentVersion(), "documentVersion");
        QTEST(spec->version(), "version");
        QTEST(int(spec->operations().size()), "operations");
        QTEST(int(spec->tags().size()), "tags");
        const auto isPaged = [](const Operation &op) {
            const Parameter *page = op.parameter(u"page");
            return page && page->location == ParameterLocation::Query;
        };
        QTEST(count(*spec, isPaged), "paged");
        QTEST(count(*spec, [](const Operation &op) { return op.paging == PagingStyle::Cursor; }), "cursor");
        QTEST(count(*spec, [](const Operation &op) { return op.paging == PagingStyle::FromId; }), "fromId");
        QTEST(count(*spec, [](const Operation &op) { return op.authed; }), "authed");
        QTEST(int(spec->scopes().size()), "scopes");
        QTEST(count(*spec, [](const Operation &op) { return op.rateLimit.isValid(); }), "rateLimited");
        QTEST(count(*spec, [](const Operation &op) { return op.localized; }), "localized");

        int indexed = 0;
        for (const QString &tag : spec->tags()) {
            indexed += int(spec->operationsForTag(tag).size());
        }
        QCOMPARE(indexed, int(spec->operations().size()));
        for (const Operation &op : spec->operations()) {
            QCOMPARE(spec->operation(op.operationId), &op);
        }
    }

    void assets_hasScopePagingAndRateLimit()
    {
        const SpecPtr spec = load(u"openapi-2026-07-21.json"_s);
        QVERIFY(spec);
        const Operation *op = spec->operation(u"GetCharactersCharacterIdAssets");
        QVERIFY(op);
        QCOMPARE(op->method, u"GET"_s);
        QCOMPARE(op->path, u"/characters/{character_id}/assets"_s);
        QCOMPARE(op->tag, u"Assets"_s);
        QCOMPARE(op->scopes, QStringList{u"esi-assets.read_assets.v1"_s});
        QVERIFY(op->authed);
        QCOMPARE(op->paging, PagingStyle::Page);
        QCOMPARE(op->rateLimit.group, u"char-asset"_s);
        QCOMPARE(op->rateLimit.maxTokens, 1800);
        QCOMPARE(op->rateLimit.windowSeconds, 15 * 60);
        QCOMPARE(op->cacheTtlSeconds, 3600);
        QCOMPARE(op->cacheMode, u"ttl-based"_s);
        QCOMPARE(op->compatibilityDate, u"2020-01-01"_s);
        QVERIFY(!op->localized);
        QVERIFY(!op->deprecated);
        QVERIFY(op->extensions.contains(u"x-server-cache-ttl"_s)); // kept although nothing reads it

        const Parameter *characterId = op->parameter(u"character_id");
        QVERIFY(characterId);
        QCOMPARE(characterId->location, ParameterLocation::Path);
        QVERIFY(characterId->required);
        const SchemaFacts idFacts = SchemaFacts::of(spec->resolveSchema(characterId->schema).schema);
        QCOMPARE(idFacts.type, u"integer"_s);
        QCOMPARE(idFacts.format, u"int64"_s);

        const Parameter *date = op->parameter(u"X-Compatibility-Date");
        QVERIFY(date);
        QCOMPARE(date->componentName, u"CompatibilityDate"_s);
        QCOMPARE(date->location, ParameterLocation::Header);
        QVERIFY(date->required);
        const Parameter *tenant = op->parameter(u"X-Tenant");
        QVERIFY(tenant);
        QCOMPARE(SchemaFacts::of(tenant->schema).defaultValue.toString(), u"tranquility"_s);
        const Parameter *language = op->parameter(u"Accept-Language");
        QVERIFY(language);
        QCOMPARE(SchemaFacts::of(language->schema).enumValues.size(), 8);

        const Response *ok = op->successResponse();
        QVERIFY(ok);
        QCOMPARE(ok->status, u"200"_s);
        QVERIFY(ok->declaresHeader(u"x-pages"));
        const ResolvedSchema body = spec->resolveSchema(ok->schema);
        QVERIFY(body.isValid());
        QCOMPARE(body.refName, u"CharactersCharacterIdAssetsGet"_s);
        const SchemaFacts bodyFacts = SchemaFacts::of(body.schema);
        QCOMPARE(bodyFacts.type, u"array"_s);
        const SchemaFacts item = SchemaFacts::of(spec->resolveSchema(bodyFacts.items).schema);
        QCOMPARE(item.type, u"object"_s);
        QVERIFY(item.properties.contains(u"item_id"_s));
        QVERIFY(item.required.contains(u"type_id"_s));
    }

    void extensions_rolesCursorFromIdLocalizedAndBody()
    {
        const SpecPtr spec = load(u"openapi-2026-07-21.json"_s);
        QVERIFY(spec);
        const Operation *corpAssets = spec->operation(u"GetCorporationsCorporationIdAssets");
        QVERIFY(corpAssets);
        QCOMPARE(corpAssets->requiredRoles, QStringList{u"Director"_s});
        const Operation *jobs = spec->operation(u"GetFreelanceJobsListing");
        QVERIFY(jobs);
        QCOMPARE(jobs->paging, PagingStyle::Cursor);
        QVERIFY(!jobs->authed);
        QCOMPARE(jobs->cacheMode, u"event-based"_s);
        const Operation *wallet = spec->operation(u"GetCharactersCharacterIdWalletTransactions");
        QVERIFY(wallet);
        QCOMPARE(wallet->paging, PagingStyle::FromId);
        QCOMPARE(wallet->rateLimit.maxTokens, 150);
        const Operation *type = spec->operation(u"GetUniverseTypesTypeId");
        QVERIFY(type);
        QVERIFY(type->localized);
        const Operation *names = spec->operation(u"PostUniverseNames");
        QVERIFY(names);
        QCOMPARE(names->method, u"POST"_s);
        QVERIFY(names->requestBodyRequired);
        const SchemaFacts body = SchemaFacts::of(spec->resolveSchema(names->requestBodySchema).schema);
        QCOMPARE(body.type, u"array"_s);
        QVERIFY(body.maxItems.has_value());
    }

    void openApi30_readsNullableAsOpenApi31ReadsTypeArrays()
    {
        const SpecPtr v31 = load(u"openapi-2026-06-09.json"_s);
        const SpecPtr v30 = load(u"openapi-3.0-2026-06-09.json"_s);
        QVERIFY(v31 && v30);
        int nullable31 = 0;
        int nullable30 = 0;
        const auto countNullable = [](const Spec &spec) {
            int found = 0;
            const QJsonObject schemas = spec.root().value(u"components"_s).toObject().value(u"schemas"_s).toObject();
            for (auto it = schemas.begin(); it != schemas.end(); ++it) {
                const QJsonObject properties = it.value().toObject().value(u"properties"_s).toObject();
                for (auto p = properties.begin(); p != properties.end(); ++p) {
                    found += SchemaFacts::of(p.value().toObject()).nullable ? 1 : 0;
                }
            }
            return found;
        };
        nullable31 = countNullable(*v31);
        nullable30 = countNullable(*v30);
        QCOMPARE(nullable30, nullable31); // same schemas, two spellings of "may be null"
    }

    void swagger_readsBodyParametersAndSecurityDefinitions()
    {
        const SpecPtr spec = load(u"swagger-latest-1.36.json"_s);
        QVERIFY(spec);
        const Operation *assets = spec->operation(u"get_characters_character_id_assets");
        QVERIFY(assets);
        QCOMPARE(assets->scopes, QStringList{u"esi-assets.read_assets.v1"_s});
        QCOMPARE(assets->paging, PagingStyle::Page);
        QCOMPARE(assets->cacheTtlSeconds, 3600);
        QCOMPARE(SchemaFacts::of(assets->parameter(u"page")->schema).type, u"integer"_s);
        const Operation *names = spec->operation(u"post_universe_names");
        QVERIFY(names);
        QVERIFY(!names->requestBodySchema.isEmpty());
        QVERIFY(!spec->scopeDescription(u"esi-assets.read_assets.v1"_s).isEmpty());
    }

    void recursiveSchema_expandsFinitely()
    {
        const QByteArray json = Snippets::recursiveTree;
        const SpecLoadResult result = Spec::fromJson(json, u"tree.json"_s);
        QVERIFY2(result, qPrintable(result.error.toString()));
        const QJsonObject expanded =
            expandSchema(*result.spec, result.spec->operations().first().responses.first().schema).schema;
        const QJsonObject items =
            expanded.value(u"properties"_s).toObject().value(u"children"_s).toObject().value(u"items"_s).toObject();
        QVERIFY(items.value(u"x-recursive"_s).toBool());
    }

    void bundledSpec_loadsFromResources()
    {
        const SpecLoadResult bundled = SpecRepository::loadBundled();
        QVERIFY2(bundled, qPrintable(bundled.error.toString()));
        QCOMPARE(bundled.spec->version(), u"2026-07-21"_s);
    }
};

QTEST_GUILESS_MAIN(TestSpecLoading)
#include "tst_specloading.moc"
