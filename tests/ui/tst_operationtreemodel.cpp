#include "core/spec/specsearch.h"
#include "ui/browse/operationfilterproxymodel.h"
#include "ui/browse/operationtreemodel.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Esi::Core::Spec;
using Esi::Core::SpecPtr;
using Esi::Ui::OperationFilterProxyModel;
using Esi::Ui::OperationTreeModel;

namespace {

SpecPtr loadSpec(const char *name)
{
    const auto result = Spec::fromFile(QStringLiteral(ESI_TEST_DATA) + u'/' + QLatin1StringView(name));
    if (!result) {
        qFatal("cannot load %s: %s", name, qPrintable(result.error.toString()));
    }
    return result.spec;
}

// operationIds visible through the proxy, and the tags that hold them.
QSet<QString> visibleOperations(const QAbstractItemModel &model, QStringList *tags = nullptr)
{
    QSet<QString> ids;
    for (int tag = 0; tag < model.rowCount(); ++tag) {
        const QModelIndex parent = model.index(tag, 0);
        if (tags) {
            tags->append(parent.data().toString());
        }
        for (int row = 0; row < model.rowCount(parent); ++row) {
            ids.insert(model.index(row, 0, parent).data(OperationTreeModel::OperationIdRole).toString());
        }
    }
    return ids;
}

} // namespace

class TestOperationTreeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tree_holdsEveryTagAndOperationOnce();
    void data_exposesOperationFactsAsRoles();
    void tagRows_areNotSelectable();
    void indexForOperationId_findsTheRow();
    void modelTester_acceptsModelAcrossSpecChanges();
    void filter_keepsOnlyMatchingOperations_data();
    void filter_keepsOnlyMatchingOperations();
    void filter_hidesTagsWithoutMatches();
    void filter_withNoMatch_isEmpty();
    void filter_cleared_showsEverything();
    void filter_followsSpecSwap();
    void nullSpec_isEmpty();

private:
    SpecPtr m_spec;
};

void TestOperationTreeModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_spec = loadSpec("openapi-2026-07-21.json");
    QCOMPARE(m_spec->tags().size(), 36);
    QCOMPARE(m_spec->operations().size(), 219);
}

void TestOperationTreeModel::tree_holdsEveryTagAndOperationOnce()
{
    OperationTreeModel model;
    model.setSpec(m_spec);
    QCOMPARE(model.rowCount(), 36);
    QCOMPARE(model.columnCount(), int(OperationTreeModel::ColumnCount));
    QCOMPARE(model.headerData(OperationTreeModel::OperationColumn, Qt::Horizontal).toString(), u"Operation"_s);
    QCOMPARE(model.headerData(OperationTreeModel::MethodColumn, Qt::Horizontal).toString(), u"Method"_s);
    QCOMPARE(model.headerData(OperationTreeModel::PathColumn, Qt::Horizontal).toString(), u"Path"_s);

    QStringList tags;
    const QSet<QString> ids = visibleOperations(model, &tags);
    QCOMPARE(tags, m_spec->tags());
    QCOMPARE(ids.size(), 219);
    int total = 0;
    for (int tag = 0; tag < model.rowCount(); ++tag) {
        const QModelIndex parent = model.index(tag, 0);
        QCOMPARE(parent.data(OperationTreeModel::OperationCountRole).toInt(), model.rowCount(parent));
        for (int row = 0; row < model.rowCount(parent); ++row) {
            QCOMPARE(model.index(row, 0, parent).data(OperationTreeModel::TagRole).toString(), tags.at(tag));
        }
        total += model.rowCount(parent);
    }
    QCOMPARE(total, 219);
}

void TestOperationTreeModel::data_exposesOperationFactsAsRoles()
{
    OperationTreeModel model;
    model.setSpec(m_spec);
    const QModelIndex assets = model.indexForOperationId(u"GetCharactersCharacterIdAssets");
    QVERIFY(assets.isValid());
    QCOMPARE(assets.data().toString(), u"GetCharactersCharacterIdAssets"_s);
    QCOMPARE(assets.siblingAtColumn(OperationTreeModel::MethodColumn).data().toString(), u"GET"_s);
    QCOMPARE(assets.siblingAtColumn(OperationTreeModel::PathColumn).data().toString(),
             u"/characters/{character_id}/assets"_s);
    QCOMPARE(assets.parent().data().toString(), u"Assets"_s);
    QCOMPARE(assets.data(OperationTreeModel::AuthedRole).toBool(), true);
    QCOMPARE(assets.data(OperationTreeModel::ScopesRole).toStringList(), QStringList{u"esi-assets.read_assets.v1"_s});
    QCOMPARE(assets.data(OperationTreeModel::PagingRole).toString(), u"page"_s);
    QCOMPARE(assets.data(OperationTreeModel::RateLimitGroupRole).toString(), u"char-asset"_s);
    QCOMPARE(assets.data(OperationTreeModel::DeprecatedRole).toBool(), false);
    QVERIFY(assets.data(Qt::ToolTipRole).toString().contains(u"esi-assets.read_assets.v1"_s));
    QCOMPARE(model.operation(assets), m_spec->operation(u"GetCharactersCharacterIdAssets"));

    // Facts that only some routes have: corporation roles, localized answers, public access.
    const QModelIndex divisions = model.indexForOperationId(u"GetCorporationsCorporationIdDivisions");
    QVERIFY(divisions.isValid());
    QCOMPARE(divisions.data(OperationTreeModel::RequiredRolesRole).toStringList(),
             m_spec->operation(u"GetCorporationsCorporationIdDivisions")->requiredRoles);
    QVERIFY(!divisions.data(OperationTreeModel::RequiredRolesRole).toStringList().isEmpty());

    const QModelIndex type = model.indexForOperationId(u"GetUniverseTypesTypeId");
    QVERIFY(type.isValid());
    QCOMPARE(type.data(OperationTreeModel::AuthedRole).toBool(), false);
    QCOMPARE(type.data(OperationTreeModel::LocalizedRole).toBool(), true);
    QCOMPARE(type.data(OperationTreeModel::RateLimitGroupRole).toString(),
             m_spec->operation(u"GetUniverseTypesTypeId")->rateLimit.group);
}

void TestOperationTreeModel::tagRows_areNotSelectable()
{
    OperationTreeModel model;
    model.setSpec(m_spec);
    const QModelIndex tag = model.index(0, 0);
    QVERIFY(!(model.flags(tag) & Qt::ItemIsSelectable));
    QCOMPARE(tag.data(OperationTreeModel::NodeKindRole).toInt(), int(OperationTreeModel::NodeKind::Tag));
    QCOMPARE(tag.data(OperationTreeModel::OperationIndexRole).toInt(), -1);
    QVERIFY(model.flags(model.index(0, 0, tag)) & Qt::ItemIsSelectable);
    QCOMPARE(model.operation(tag), nullptr);
}

void TestOperationTreeModel::indexForOperationId_findsTheRow()
{
    OperationTreeModel model;
    model.setSpec(m_spec);
    for (qsizetype i = 0; i < m_spec->operations().size(); ++i) {
        const QModelIndex index = model.indexForOperation(int(i), OperationTreeModel::PathColumn);
        QCOMPARE(index.data(OperationTreeModel::OperationIndexRole).toInt(), int(i));
        QCOMPARE(index.data().toString(), m_spec->operations().at(i).path);
    }
    QVERIFY(!model.indexForOperationId(u"NoSuchOperation").isValid());
    QVERIFY(!model.indexForOperation(int(m_spec->operations().size())).isValid());
}

void TestOperationTreeModel::modelTester_acceptsModelAcrossSpecChanges()
{
    OperationTreeModel model;
    OperationFilterProxyModel proxy(&model);
    QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

    model.setSpec(m_spec);
    proxy.setQuery(u"scope:assets"_s);
    proxy.setQuery(u"market"_s);
    model.setSpec(loadSpec("swagger-latest-1.36.json"));
    proxy.setQuery(u"tag:wallet method:get"_s);
    model.setSpec(loadSpec("openapi-3.0-2026-06-09.json"));
    proxy.setQuery({});
    model.setSpec(nullptr);
    model.setSpec(m_spec);
    QCOMPARE(proxy.rowCount(), 36);
}

void TestOperationTreeModel::filter_keepsOnlyMatchingOperations_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("mustShow");

    QTest::newRow("text") << u"assets"_s << u"GetCharactersCharacterIdAssets"_s;
    QTest::newRow("scope") << u"scope:assets"_s << u"PostCorporationsCorporationIdAssetsNames"_s;
    QTest::newRow("tag") << u"tag:market"_s << u"GetMarketsRegionIdOrders"_s;
    QTest::newRow("method and path") << u"method:post path:/characters"_s << u"PostCharactersAffiliation"_s;
    QTest::newRow("case-insensitive id") << u"getcharacterscharacteridwallet"_s << u"GetCharactersCharacterIdWallet"_s;
}

void TestOperationTreeModel::filter_keepsOnlyMatchingOperations()
{
    QFETCH(QString, query);
    QFETCH(QString, mustShow);

    OperationTreeModel model;
    model.setSpec(m_spec);
    OperationFilterProxyModel proxy(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setQuery(query);

    const Esi::Core::SpecSearch search(m_spec);
    QSet<QString> expected;
    for (int index : search.find(query)) {
        expected.insert(m_spec->operations().at(index).operationId);
    }
    const QSet<QString> shown = visibleOperations(proxy);
    QCOMPARE(shown, expected);
    QVERIFY2(shown.contains(mustShow), qPrintable(mustShow));
    QVERIFY(shown.size() < 219);
    QCOMPARE(proxy.matchingOperationCount(), int(expected.size()));
}

void TestOperationTreeModel::filter_hidesTagsWithoutMatches()
{
    OperationTreeModel model;
    model.setSpec(m_spec);
    OperationFilterProxyModel proxy(&model);
    proxy.setQuery(u"scope:assets"_s);

    // Which tags hold an operation with an assets scope, read straight from the spec.
    QStringList expectedTags;
    int expectedOperations = 0;
    for (const QString &tag : m_spec->tags()) {
        bool any = false;
        for (int index : m_spec->operationsForTag(tag)) {
            const auto &scopes = m_spec->operations().at(index).scopes;
            const bool match = std::any_of(scopes.cbegin(), scopes.cend(),
                                           [](const QString &scope) { return scope.contains(u"assets"_s); });
            any = any || match;
            expectedOperations += match ? 1 : 0;
        }
        if (any) {
            expectedTags.append(tag);
        }
    }
    QVERIFY(!expectedTags.isEmpty());

    QStringList shownTags;
    const QSet<QString> shown = visibleOperations(proxy, &shownTags);
    QCOMPARE(shownTags, expectedTags);
    QCOMPARE(int(shown.size()), expectedOperations);
    for (int tag = 0; tag < proxy.rowCount(); ++tag) {
        QVERIFY(proxy.rowCount(proxy.index(tag, 0)) > 0);
    }
    QVERIFY(!shownTags.contains(u"Market"_s));
}

void TestOperationTreeModel::filter_withNoMatch_isEmpty()
{
    OperationTreeModel model;
    model.setSpec(m_spec);
    OperationFilterProxyModel proxy(&model);
    proxy.setQuery(u"zzzz-no-such-thing"_s);
    QCOMPARE(proxy.rowCount(), 0);
    QCOMPARE(proxy.matchingOperationCount(), 0);
    QVERIFY(proxy.isFiltering());
}

void TestOperationTreeModel::filter_cleared_showsEverything()
{
    OperationTreeModel model;
    model.setSpec(m_spec);
    OperationFilterProxyModel proxy(&model);
    proxy.setQuery(u"wallet"_s);
    QVERIFY(proxy.rowCount() < 36);
    proxy.setQuery(u"   "_s);
    QVERIFY(!proxy.isFiltering());
    QCOMPARE(proxy.rowCount(), 36);
    QCOMPARE(visibleOperations(proxy).size(), 219);
}

void TestOperationTreeModel::filter_followsSpecSwap()
{
    OperationTreeModel model;
    model.setSpec(m_spec);
    OperationFilterProxyModel proxy(&model);
    proxy.setQuery(u"assets"_s);
    QVERIFY(visibleOperations(proxy).contains(u"GetCharactersCharacterIdAssets"_s));

    const SpecPtr swagger = loadSpec("swagger-latest-1.36.json");
    QSignalSpy reset(&proxy, &QAbstractItemModel::modelReset);
    model.setSpec(swagger);
    QCOMPARE(reset.count(), 1);
    const QSet<QString> shown = visibleOperations(proxy);
    QVERIFY(!shown.isEmpty());
    QVERIFY(shown.contains(u"get_characters_character_id_assets"_s));
    QVERIFY(!shown.contains(u"GetCharactersCharacterIdAssets"_s));
}

void TestOperationTreeModel::nullSpec_isEmpty()
{
    OperationTreeModel model;
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.index(0, 0).isValid());
    OperationFilterProxyModel proxy(&model);
    proxy.setQuery(u"assets"_s);
    QCOMPARE(proxy.rowCount(), 0);
    QCOMPARE(proxy.matchingOperationCount(), 0);
}

QTEST_MAIN(TestOperationTreeModel)
#include "tst_operationtreemodel.moc"
