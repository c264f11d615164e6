#include "resultfixtures.h"
#include "ui/result/jsontreemodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Esi::Core::ResultData;
using Esi::Ui::JsonTreeModel;

// The JSON tree over a result's rows: keys, values, types, paths, built lazily.
class TestJsonTreeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tree_passesTheModelTester();
    void rows_areTopLevelItemsWithTheirFields();
    void containers_summariseTheirSize();
    void path_locatesTheValue();
    void manyRows_costNothingUntilShown();
};

void TestJsonTreeModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestJsonTreeModel::tree_passesTheModelTester()
{
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResult(ResultData::fromRows(u"en"_s, QJsonDocument::fromJson(ResultFixtures::nestedRows).array()));
    QCOMPARE(model.rowCount(), 2);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestJsonTreeModel::rows_areTopLevelItemsWithTheirFields()
{
    JsonTreeModel model;
    model.setResult(ResultData::fromRows(u"en"_s, QJsonDocument::fromJson(ResultFixtures::nestedRows).array()));
    const QModelIndex second = model.index(1, JsonTreeModel::KeyColumn);
    QCOMPARE(second.data().toString(), u"[1]"_s);
    QCOMPARE(model.rowCount(second), 6);
    QStringList keys;
    for (int row = 0; row < model.rowCount(second); ++row) {
        keys.append(model.index(row, JsonTreeModel::KeyColumn, second).data().toString());
    }
    QCOMPARE(keys, (QStringList{u"id"_s, u"late"_s, u"name"_s, u"owner"_s, u"position"_s, u"tags"_s}));
    const QModelIndex name = model.index(2, JsonTreeModel::ValueColumn, second);
    QCOMPARE(name.data().toString(), u"\"Pyerite\""_s);
    QCOMPARE(model.index(2, JsonTreeModel::TypeColumn, second).data().toString(), u"string"_s);
    QCOMPARE(model.index(0, JsonTreeModel::ValueColumn, second).data().toString(), u"1000000000000"_s);
    QCOMPARE(model.index(3, JsonTreeModel::ValueColumn, second).data().toString(), u"null"_s);
    QCOMPARE(model.parent(name), model.index(1, 0));
}

void TestJsonTreeModel::containers_summariseTheirSize()
{
    JsonTreeModel model;
    model.setResult(ResultData::fromRows(u"en"_s, QJsonDocument::fromJson(ResultFixtures::nestedRows).array()));
    const QModelIndex first = model.index(0, 0);
    QCOMPARE(first.siblingAtColumn(JsonTreeModel::ValueColumn).data().toString(), u"{5 fields}"_s);
    const QModelIndex tags = model.index(4, 0, first);
    QCOMPARE(tags.data().toString(), u"tags"_s);
    QCOMPARE(tags.siblingAtColumn(JsonTreeModel::ValueColumn).data().toString(), u"[2 items]"_s);
    QVERIFY(model.hasChildren(tags));
    QCOMPARE(model.index(1, JsonTreeModel::ValueColumn, tags).data().toString(), u"\"mineral\""_s);
    const QModelIndex emptyTags = model.index(5, 0, model.index(1, 0));
    QCOMPARE(emptyTags.siblingAtColumn(JsonTreeModel::ValueColumn).data().toString(), u"[0 items]"_s);
    QVERIFY(!model.hasChildren(emptyTags));
}

void TestJsonTreeModel::path_locatesTheValue()
{
    JsonTreeModel model;
    model.setResult(ResultData::fromRows(u"en"_s, QJsonDocument::fromJson(ResultFixtures::nestedRows).array()));
    const QModelIndex position = model.index(3, 0, model.index(0, 0));
    const QModelIndex x = model.index(0, 0, position);
    QCOMPARE(x.data(JsonTreeModel::PathRole).toString(), u"[0].position.x"_s);
    QCOMPARE(x.data(JsonTreeModel::JsonValueRole).value<QJsonValue>().toDouble(), 1.5);
    const QModelIndex ore = model.index(0, 0, model.index(4, 0, model.index(0, 0)));
    QCOMPARE(ore.data(JsonTreeModel::PathRole).toString(), u"[0].tags[0]"_s);
}

void TestJsonTreeModel::manyRows_costNothingUntilShown()
{
    QJsonArray rows;
    for (int i = 0; i < 100000; ++i) {
        rows.append(QJsonObject{{u"id"_s, i}});
    }
    JsonTreeModel model;
    model.setResult(ResultData::fromRows(u"en"_s, rows));
    QCOMPARE(model.rowCount(), 100000);
    const QModelIndex last = model.index(99999, 0);
    QCOMPARE(model.index(0, JsonTreeModel::ValueColumn, last).data().toString(), u"99999"_s);
}

QTEST_MAIN(TestJsonTreeModel)
#include "tst_jsontreemodel.moc"
