#include "core/spec/specdiff.h"
#include "tests/spec/specsnippets.h"

#include <QJsonArray>
#include <QTest>

using namespace Esi::Core;
using namespace Qt::Literals::StringLiterals;

class TestSpecDiff : public QObject
{
    Q_OBJECT

private:
    static SpecPtr load(const QString &name)
    {
        return Spec::fromFile(QStringLiteral(ESI_TEST_DATA) + u'/' + name).spec;
    }

    static QStringList ids(const QList<SpecDiff::Entry> &entries)
    {
        QStringList result;
        for (const SpecDiff::Entry &entry : entries) {
            result.append(entry.operationId);
        }
        result.sort();
        return result;
    }

    static const SpecDiff::Entry *find(const QList<SpecDiff::Entry> &entries, QStringView id)
    {
        for (const SpecDiff::Entry &entry : entries) {
            if (entry.operationId == id) {
                return &entry;
            }
        }
        return nullptr;
    }

private Q_SLOTS:

    void sameSpec_hasNoDifferences()
    {
        const SpecPtr spec = load(u"openapi-2026-07-21.json"_s);
        QVERIFY(spec);
        QVERIFY(SpecDiff::compare(*spec, *spec).isEmpty());
    }

    void realDates_listAddedAndRemovedOperations()
    {
        const SpecPtr from = load(u"openapi-2025-12-16.json"_s);
        const SpecPtr to = load(u"openapi-2026-06-09.json"_s);
        QVERIFY(from && to);
        const SpecDiff diff = SpecDiff::compare(*from, *to);
        QCOMPARE(diff.fromVersion, u"2025-12-16"_s);
        QCOMPARE(diff.toVersion, u"2026-06-09"_s);
        QStringList added{u"GetCharactersAccessListsListing"_s,
                          u"GetCharactersAccessListsDetail"_s,
                          u"GetCharactersMercenaryTacticalOperationsListing"_s,
                          u"GetCharactersMercenaryTacticalOperationsDetail"_s,
                          u"GetCharactersStructuresMercenaryDensListing"_s,
                          u"GetCharactersStructuresMercenaryDensDetail"_s,
                          u"GetCorporationsStructuresSkyhooksListing"_s,
                          u"GetCorporationsStructuresSkyhooksDetail"_s,
                          u"GetCorporationsStructuresSovereigntyHubsListing"_s,
                          u"GetCorporationsStructuresSovereigntyHubsDetail"_s,
                          u"GetSkyhooksRaidable"_s,
                          u"GetSovereigntySystems"_s};
        added.sort();
        QCOMPARE(ids(diff.added), added);
        QCOMPARE(ids(diff.removed), (QStringList{u"GetSovereigntyMap"_s, u"GetSovereigntyStructures"_s}));
        // The compatibility-date header's enum differs between any two dates; it must not mark everything changed.
        QVERIFY(diff.changed.size() < from->operations().size() / 2);
    }

    void changedExtensions_areListedWithOldAndNewValue()
    {
        const SpecPtr from = load(u"openapi-2026-06-09.json"_s);
        const SpecPtr to = load(u"openapi-2026-07-21.json"_s);
        QVERIFY(from && to);
        const SpecDiff diff = SpecDiff::compare(*from, *to);
        QCOMPARE(ids(diff.added), QStringList{u"GetMetaName"_s});
        QVERIFY(diff.removed.isEmpty());
        const SpecDiff::Entry *assets = find(diff.changed, u"GetCharactersCharacterIdAssets");
        QVERIFY(assets);
        const QString details = assets->details.join(u'\n');
        QVERIFY2(details.contains(u"x-client-cache-ttl: (none) -> 3600"_s), qPrintable(details));
    }

    void changedParameterAndSchema_areDescribed()
    {
        const QByteArray before = Snippets::diffBefore;
        const QByteArray after = Snippets::diffAfter;
        const SpecLoadResult a = Spec::fromJson(before, u"a"_s);
        const SpecLoadResult b = Spec::fromJson(after, u"b"_s);
        QVERIFY(a && b);
        const SpecDiff diff = SpecDiff::compare(*a.spec, *b.spec);
        QCOMPARE(diff.changed.size(), 1);
        const QString details = diff.changed.first().details.join(u'\n');
        QVERIFY2(details.contains(u"parameter page is now required"_s), qPrintable(details));
        QVERIFY2(details.contains(u"parameter page changed: /minimum: 1 -> 0"_s), qPrintable(details));
        QVERIFY2(details.contains(u"parameter removed: query gone"_s), qPrintable(details));
        QVERIFY2(details.contains(u"parameter added: query limit (required)"_s), qPrintable(details));
        QVERIFY2(details.contains(u"response schema changed: /properties/name added"_s), qPrintable(details));
        QVERIFY2(details.contains(u"scopes: (public) -> esi-a.read.v1"_s), qPrintable(details));
    }

    void swaggerToOpenApi_pairsByMethodAndPath()
    {
        const SpecPtr from = load(u"swagger-latest-1.36.json"_s);
        const SpecPtr to = load(u"openapi-2020-01-01.json"_s);
        QVERIFY(from && to);
        const SpecDiff diff = SpecDiff::compare(*from, *to);
        // Swagger paths end with "/" and carry versions in basePath; they still must not all look removed.
        QVERIFY(diff.removed.size() < from->operations().size());
        const QJsonObject json = diff.toJson();
        QCOMPARE(json.value(u"added"_s).toArray().size(), diff.added.size());
        QVERIFY(diff.toText().startsWith(u"From 1.36 to 2020-01-01: "_s));
    }
};

QTEST_GUILESS_MAIN(TestSpecDiff)
#include "tst_specdiff.moc"
