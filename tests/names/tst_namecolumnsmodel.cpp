#include "ui/names/jsonnamehints.h"
#include "ui/names/namecolumnsmodel.h"
#include "ui/result/resulttablemodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStandardItemModel>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Esi::Core::ResolvedName;
using Esi::Ui::NameColumnsModel;

// The result table's companion name columns: where they go, what they show, why an ID has no name, and the
// per-column and global switches.
class TestNameColumnsModel : public QObject
{
    Q_OBJECT

private:
    static constexpr int valueRole = Qt::UserRole + 1;
    static constexpr qint64 structure = 1'035'466'617'946;

    static std::unique_ptr<QStandardItemModel> orders()
    {
        auto model = std::make_unique<QStandardItemModel>(0, 4);
        model->setHorizontalHeaderLabels({u"order_id"_s, u"type_id"_s, u"location_id"_s, u"price"_s});
        const QList<QList<qint64>> rows{{1, 34, 60003760, 5}, {2, 35, structure, 6}, {3, 99999999, 60003760, 7}};
        for (const QList<qint64> &values : rows) {
            QList<QStandardItem *> items;
            for (const qint64 value : values) {
                auto *item = new QStandardItem(QString::number(value));
                item->setData(QVariant::fromValue(QJsonValue(value)), valueRole);
                items.append(item);
            }
            model->appendRow(items);
        }
        return model;
    }

    // Lets the result table's worker-thread sort and filter land.
    static void waitForTable(NameColumnsModel &names)
    {
        if (auto *table = qobject_cast<Esi::Ui::ResultTableModel *>(names.sourceModel())) {
            table->waitForIdle();
        }
    }

    static QStringList headers(const QAbstractItemModel &model)
    {
        QStringList result;
        for (int column = 0; column < model.columnCount(); ++column) {
            result.append(model.headerData(column, Qt::Horizontal).toString());
        }
        return result;
    }

private Q_SLOTS:

    void nameColumns_followTheirIdColumns()
    {
        const auto source = orders();
        NameColumnsModel names(valueRole);
        QAbstractItemModelTester tester(&names, QAbstractItemModelTester::FailureReportingMode::QtTest);
        names.setSourceModel(source.get());
        QCOMPARE(headers(names), (QStringList{u"order_id"_s, u"type_id"_s, u"type_name"_s, u"location_id"_s,
                                              u"location_name"_s, u"price"_s}));
        QVERIFY(names.isNameColumn(2));
        QCOMPARE(names.idColumnAt(2), u"type_id"_s);
        QCOMPARE(names.idColumnAt(1), u"type_id"_s);
        QCOMPARE(names.idColumnAt(0), QString());
        QCOMPARE(names.index(0, 5).data().toString(), u"5"_s); // price, moved right by two
    }

    void names_fillTheCells_missingOnesSayWhy()
    {
        const auto source = orders();
        NameColumnsModel names(valueRole);
        names.setSourceModel(source.get());
        QCOMPARE(names.index(0, 2).data().toString(), QString());
        QVERIFY(names.index(0, 2).data(Qt::ToolTipRole).toString().contains(u"not asked"_s, Qt::CaseInsensitive));
        Esi::Core::ResolvedNames resolved;
        resolved.insert(34, {ResolvedName::Status::Named, u"Tritanium"_s, u"inventory_type"_s, {}});
        resolved.insert(60003760, {ResolvedName::Status::Named, u"Jita IV - Moon 4"_s, u"station"_s, {}});
        resolved.insert(99999999, {ResolvedName::Status::NotFound, {}, {}, u"ESI does not know it"_s});
        names.setNames(resolved);
        QCOMPARE(names.index(0, 2).data().toString(), u"Tritanium"_s);
        QVERIFY(names.index(0, 2).data(Qt::ToolTipRole).toString().contains(u"inventory_type"_s));
        QVERIFY(names.index(0, 1).data(Qt::ToolTipRole).toString().contains(u"Tritanium"_s)); // the ID cell too
        QCOMPARE(names.index(0, 4).data().toString(), u"Jita IV - Moon 4"_s);
        // A structure is never asked: its reason comes from its range.
        QCOMPARE(names.index(1, 4).data().toString(), QString());
        QVERIFY(names.index(1, 4).data(Qt::ToolTipRole).toString().contains(u"structure"_s, Qt::CaseInsensitive));
        QVERIFY(names.index(1, 3).data(Qt::ToolTipRole).toString().contains(u"structure"_s, Qt::CaseInsensitive));
        QCOMPARE(names.index(2, 2).data().toString(), QString());
        QCOMPARE(names.index(2, 2).data(Qt::ToolTipRole).toString(), u"ESI does not know it"_s);
        QCOMPARE(names.index(0, 2).data(valueRole).value<QJsonValue>(), QJsonValue(u"Tritanium"_s));
    }

    void toggles_hideOneColumnOrAll()
    {
        const auto source = orders();
        NameColumnsModel names(valueRole);
        QAbstractItemModelTester tester(&names, QAbstractItemModelTester::FailureReportingMode::QtTest);
        names.setSourceModel(source.get());
        names.setNamesShown(u"type_id"_s, false);
        QCOMPARE(headers(names),
                 (QStringList{u"order_id"_s, u"type_id"_s, u"location_id"_s, u"location_name"_s, u"price"_s}));
        QVERIFY(!names.namesShown(u"type_id"_s));
        names.setEnabled(false);
        QCOMPARE(headers(names), headers(*source));
        names.setEnabled(true);
        names.setNamesShown(u"type_id"_s, true);
        QCOMPARE(names.columnCount(), 6);
    }

    void sourceChanges_passThrough()
    {
        const auto source = orders();
        NameColumnsModel names(valueRole);
        QAbstractItemModelTester tester(&names, QAbstractItemModelTester::FailureReportingMode::QtTest);
        names.setSourceModel(source.get());
        auto *item = new QStandardItem(u"36"_s);
        item->setData(QVariant::fromValue(QJsonValue(36)), valueRole);
        source->appendRow({new QStandardItem(u"4"_s), item, new QStandardItem(), new QStandardItem()});
        QCOMPARE(names.rowCount(), 4);
        source->setHorizontalHeaderLabels({u"order_id"_s, u"ship_type_id"_s, u"location_id"_s, u"price"_s});
        QCOMPARE(names.headerData(2, Qt::Horizontal).toString(), u"ship_type_name"_s);
        source->clear();
        QCOMPARE(names.columnCount(), 0);
    }

    void nameColumn_sortsAndFiltersByTheNames_overTheResultTable()
    {
        QJsonArray rows;
        for (const qint64 type :
             {qint64(34), qint64(36), structure, qint64(35)}) { // a location ID as type_id: never named
            rows.append(QJsonObject{{u"type_id"_s, type}, {u"price"_s, 1}});
        }
        Esi::Ui::ResultTableModel table;
        table.setResult(Esi::Core::ResultData::fromRows(u"en"_s, rows));
        NameColumnsModel names(Esi::Ui::ResultTableModel::SortValueRole);
        QAbstractItemModelTester tester(&names, QAbstractItemModelTester::FailureReportingMode::QtTest);
        names.setSourceModel(&table);
        Esi::Core::ResolvedNames resolved;
        resolved.insert(34, {ResolvedName::Status::Named, u"Tritanium"_s, u"inventory_type"_s, {}});
        resolved.insert(35, {ResolvedName::Status::Named, u"Pyerite"_s, u"inventory_type"_s, {}});
        resolved.insert(36, {ResolvedName::Status::Named, u"Mexallon"_s, u"inventory_type"_s, {}});
        names.setNames(resolved);
        const auto column = [&names](int c) {
            waitForTable(names);
            QStringList cells;
            for (int row = 0; row < names.rowCount(); ++row) {
                cells.append(names.index(row, c).data().toString());
            }
            return cells;
        };
        constexpr int idColumn = 1; // after price: the rows' keys are in order
        constexpr int nameColumn = 2;
        QCOMPARE(names.headerData(nameColumn, Qt::Horizontal).toString(), u"type_name"_s);

        names.sort(nameColumn, Qt::AscendingOrder); // by name, not by ID; the one without a name last
        QCOMPARE(column(nameColumn), (QStringList{u"Mexallon"_s, u"Pyerite"_s, u"Tritanium"_s, QString()}));
        QVERIFY(table.sortsByNames());
        QCOMPARE(names.proxyColumnOfSort(table.sortColumn()), nameColumn);
        names.sort(nameColumn, Qt::DescendingOrder);
        QCOMPARE(column(nameColumn), (QStringList{u"Tritanium"_s, u"Pyerite"_s, u"Mexallon"_s, QString()}));
        names.sort(idColumn, Qt::AscendingOrder); // the ID column still sorts by ID
        QCOMPARE(column(idColumn), (QStringList{u"34"_s, u"35"_s, u"36"_s, QString::number(structure)}));
        QVERIFY(!table.sortsByNames());
        QCOMPARE(names.proxyColumnOfSort(table.sortColumn()), idColumn);

        // The filter finds a row by its name, in every column or in the ID column; names learned later count.
        table.setFilter(u"pyer"_s);
        QCOMPARE(column(idColumn), QStringList{u"35"_s});
        table.setFilter(u"mexall"_s, 1); // the source's type_id column
        QCOMPARE(column(idColumn), QStringList{u"36"_s});
        resolved.insert(36, {ResolvedName::Status::Named, u"Mexallon Ore"_s, u"inventory_type"_s, {}});
        table.setFilter(u" ore"_s);
        QCOMPARE(column(idColumn), QStringList());
        names.setNames(resolved);
        QCOMPARE(column(idColumn), QStringList{u"36"_s});
        // With the name columns off, names neither match nor sort.
        names.setEnabled(false);
        QCOMPARE(column(idColumn), QStringList());
    }

    void jsonHints_showNamesAfterIdValues()
    {
        QStandardItemModel tree(0, 2);
        const auto row = [&tree](const QString &key, qint64 value) {
            auto *valueItem = new QStandardItem(QString::number(value));
            valueItem->setData(QVariant::fromValue(QJsonValue(value)), valueRole);
            tree.appendRow({new QStandardItem(key), valueItem});
        };
        row(u"type_id"_s, 34);
        row(u"order_id"_s, 34);
        row(u"location_id"_s, structure);
        Esi::Ui::JsonNameHints hints(0, 1, valueRole);
        hints.setSourceModel(&tree);
        hints.setNames({{34, {ResolvedName::Status::Named, u"Tritanium"_s, u"inventory_type"_s, {}}}});
        QCOMPARE(hints.index(0, 1).data().toString(), u"34  (Tritanium)"_s);
        QCOMPARE(hints.index(1, 1).data().toString(), u"34"_s); // an order ID has no name
        QCOMPARE(hints.index(2, 1).data().toString(), QString::number(structure));
        QVERIFY(hints.index(2, 1).data(Qt::ToolTipRole).toString().contains(u"structure"_s, Qt::CaseInsensitive));
        hints.setEnabled(false);
        QCOMPARE(hints.index(0, 1).data().toString(), u"34"_s);
    }
};

QTEST_MAIN(TestNameColumnsModel)
#include "tst_namecolumnsmodel.moc"
