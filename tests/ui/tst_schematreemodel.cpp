#include "tests/spec/fanspec.h"
#include "ui/browse/schematreemodel.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Esi::Core::Spec;
using Esi::Core::SpecPtr;
using Esi::Ui::SchemaTreeModel;

namespace {

SpecPtr loadSpec(const char *name)
{
    const auto result = Spec::fromFile(QStringLiteral(ESI_TEST_DATA) + u'/' + QLatin1StringView(name));
    if (!result) {
        qFatal("cannot load %s: %s", name, qPrintable(result.error.toString()));
    }
    return result.spec;
}

QModelIndex childNamed(const QAbstractItemModel &model, const QModelIndex &parent, const QString &name)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        if (index.data().toString().remove(u" *"_s) == name) {
            return index;
        }
    }
    return {};
}

} // namespace

// Response schemas as a collapsible tree, for every operation of the real specs.
class TestSchemaTreeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyResponseSchema_passesTheModelTester_data();
    void everyResponseSchema_passesTheModelTester();
    void assets_showsItemsWithRequiredFieldsAndTypes();
    void emptySchema_clearsTheTree();
    void hostileFan_makesOnlyTheNodesTheUserOpens();
    void recursiveSchema_isMarkedInsteadOfNestingForever();
};

void TestSchemaTreeModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSchemaTreeModel::everyResponseSchema_passesTheModelTester_data()
{
    QTest::addColumn<QString>("file");
    for (const char *file : {"openapi-2026-07-21.json", "openapi-3.0-2026-06-09.json", "swagger-latest-1.36.json"}) {
        QTest::newRow(file) << QString::fromLatin1(file);
    }
}

void TestSchemaTreeModel::everyResponseSchema_passesTheModelTester()
{
    QFETCH(QString, file);
    const SpecPtr spec = loadSpec(qPrintable(file));
    SchemaTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    int withSchema = 0;
    for (const Esi::Core::Operation &operation : spec->operations()) {
        const Esi::Core::Response *success = operation.successResponse();
        if (success && !success->schema.isEmpty()) {
            model.setSchema(spec, success->schema, u"200 response"_s);
            QCOMPARE(model.rowCount(), 1);
            QVERIFY2(model.nodeCount() >= 1, qPrintable(operation.operationId));
            ++withSchema;
        }
    }
    QVERIFY(withSchema > 100);
}

void TestSchemaTreeModel::assets_showsItemsWithRequiredFieldsAndTypes()
{
    const SpecPtr spec = loadSpec("openapi-2026-07-21.json");
    const Esi::Core::Operation *assets = spec->operation(u"GetCharactersCharacterIdAssets");
    QVERIFY(assets);
    SchemaTreeModel model;
    model.setSchema(spec, assets->successResponse()->schema, u"200 response"_s);
    const QModelIndex root = model.index(0, 0);
    QVERIFY(root.data().toString().startsWith(u"200 response"_s));
    QVERIFY2(model.index(0, SchemaTreeModel::TypeColumn).data().toString().startsWith(u"array"_s),
             qPrintable(model.index(0, SchemaTreeModel::TypeColumn).data().toString()));
    const QModelIndex items = childNamed(model, root, u"[]"_s);
    QVERIFY(items.isValid());
    const QModelIndex typeId = childNamed(model, items, u"type_id"_s);
    QVERIFY(typeId.isValid());
    QVERIFY(typeId.data(SchemaTreeModel::RequiredRole).toBool());
    QVERIFY(typeId.data().toString().endsWith(u" *"_s));
    QVERIFY2(typeId.siblingAtColumn(SchemaTreeModel::TypeColumn).data().toString().contains(u"integer"_s),
             qPrintable(typeId.siblingAtColumn(SchemaTreeModel::TypeColumn).data().toString()));
    QVERIFY(childNamed(model, items, u"location_flag"_s).isValid());
}

void TestSchemaTreeModel::emptySchema_clearsTheTree()
{
    const SpecPtr spec = loadSpec("openapi-2026-07-21.json");
    SchemaTreeModel model;
    model.setSchema(spec, spec->operation(u"GetCharactersCharacterIdAssets")->successResponse()->schema, u"r"_s);
    QCOMPARE(model.rowCount(), 1);
    model.setSchema(spec, QJsonObject(), u"r"_s);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.nodeCount(), 0);
}

void TestSchemaTreeModel::hostileFan_makesOnlyTheNodesTheUserOpens()
{
    const auto result = Spec::fromJson(FanSpec::build(), u"fan.json"_s);
    QVERIFY2(result, qPrintable(result.error.toString()));
    SchemaTreeModel model; // no model tester here: it would walk all 20^10 nodes
    model.setSchema(result.spec, result.spec->operation(u"GetFan")->successResponse()->schema, u"200 response"_s);
    QCOMPARE(model.nodeCount(), 1);
    QCOMPARE(model.index(0, 0).data().toString(), u"200 response (L0)"_s);
    QVERIFY(model.hasChildren(model.index(0, 0)));
    QCOMPARE(model.nodeCount(), 1); // hasChildren makes nothing
    // Down one branch to the leaf, as a user expanding p0, p1, ... would: 20 rows per level, not 20^10.
    QModelIndex node = model.index(0, 0);
    for (int level = 0; level < 10; ++level) {
        node = childNamed(model, node, u"p%1"_s.arg(level));
        QVERIFY2(node.isValid(), qPrintable(QString::number(level)));
    }
    QCOMPARE(model.nodeCount(), 1 + 10 * 20);
    QVERIFY2(node.siblingAtColumn(SchemaTreeModel::TypeColumn).data().toString().startsWith(u"integer"_s),
             qPrintable(node.siblingAtColumn(SchemaTreeModel::TypeColumn).data().toString()));
    QVERIFY(!model.hasChildren(node));
    QCOMPARE(model.rowCount(node), 0);
}

void TestSchemaTreeModel::recursiveSchema_isMarkedInsteadOfNestingForever()
{
    const QByteArray json = "{\"openapi\":\"3.1.0\",\"info\":{\"version\":\"2026-01-01\",\"title\":\"t\"},"
                            "\"paths\":{\"/n\":{\"get\":{\"operationId\":\"GetN\",\"responses\":{\"200\":{"
                            "\"description\":\"OK\",\"content\":{\"application/json\":{\"schema\":{\"$ref\":"
                            "\"#/components/schemas/Node\"}}}}}}}},\"components\":{\"schemas\":{\"Node\":{\"type\":"
                            "\"object\",\"properties\":{\"children\":{\"type\":\"array\",\"items\":{\"$ref\":"
                            "\"#/components/schemas/Node\"}}}}}}}";
    const auto result = Spec::fromJson(json, u"tree.json"_s);
    QVERIFY2(result, qPrintable(result.error.toString()));
    SchemaTreeModel model;
    model.setSchema(result.spec, result.spec->operations().first().successResponse()->schema, u"r"_s);
    const QModelIndex children = childNamed(model, model.index(0, 0), u"children"_s);
    QVERIFY(children.isValid());
    const QModelIndex items = childNamed(model, children, u"[]"_s);
    QVERIFY(items.isValid());
    QVERIFY(items.data(SchemaTreeModel::RecursiveRole).toBool());
    QVERIFY(!model.hasChildren(items));
}

QTEST_MAIN(TestSchemaTreeModel)
#include "tst_schematreemodel.moc"
