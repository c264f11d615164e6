#include "core/result/resultchunk.h"
#include "namesrows.h"
#include "tests/ui/explorerharness.h"
#include "ui/names/namecolumnsheader.h"
#include "ui/names/namecolumnsmodel.h"
#include "ui/names/resultnamer.h"
#include "ui/result/exportcontroller.h"
#include "ui/result/jsontreemodel.h"
#include "ui/result/resultpanel.h"
#include "ui/result/resulttableview.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;
using namespace Esi;

// Names in the GUI: a result on the result panel gets name columns and JSON hints through a ResultNamer that
// asks an in-process esi-sandbox; the header menu switches them and keeps the choice; exports carry them; the
// shared name cache answers a second namer without a request.
class TestNamesInResults : public QObject
{
    Q_OBJECT

private:
    ExplorerHarness m_harness{2112000001};
    Core::SpecPtr m_spec;
    int m_nameRequests = 0;

    Core::CallOutcomePtr outcome() const
    {
        auto result = std::make_shared<Core::CallOutcome>();
        result->request.spec = m_spec;
        result->request.operationId = u"GetMarketsRegionIdOrders"_s;
        result->data = Core::ResultData::fromRows(u"en"_s, QJsonDocument::fromJson(ordersJson).array());
        result->finishedAt = QDateTime::currentDateTimeUtc();
        return result;
    }

    static int column(const QAbstractItemModel &model, const QString &name)
    {
        for (int c = 0; c < model.columnCount(); ++c) {
            if (model.headerData(c, Qt::Horizontal).toString() == name) {
                return c;
            }
        }
        return -1;
    }

    // Right-clicks the header over `section` and triggers the menu action `actionName`.
    static void triggerHeaderAction(QHeaderView *header, int section, const char *actionName)
    {
        QTimer::singleShot(50, header, [actionName] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            QVERIFY(menu);
            QAction *action = menu->findChild<QAction *>(QLatin1StringView(actionName));
            QVERIFY(action);
            action->trigger();
            menu->close();
        });
        Q_EMIT header->customContextMenuRequested(QPoint(header->sectionViewportPosition(section) + 2, 2));
    }

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const auto loaded = Core::Spec::fromFile(QStringLiteral(ESI_TEST_DATA "/openapi-2026-07-21.json"));
        QVERIFY(loaded);
        m_spec = loaded.spec;
        QVERIFY(m_harness.setUp(m_spec, Sandbox::SandboxOptions()).isEmpty());
        connect(m_harness.sandbox.get(), &Sandbox::SandboxServer::responseWritten, this,
                [this](const QString &method, const QString &target, int) {
                    if (method == u"POST"_s && target.startsWith(u"/universe/names"_s)) {
                        ++m_nameRequests;
                    }
                });
    }

    void table_getsNameColumns_filledFromTheSandbox_withReasons()
    {
        const QString cacheFile = m_harness.directory.filePath(u"names.sqlite"_s);
        Ui::ResultPanel panel(m_harness.clock);
        Ui::ResultNamer namer(*m_harness.client, cacheFile, m_harness.clock);
        QVERIFY(namer.cacheProblem().isEmpty());
        panel.setNamer(&namer);
        QSignalSpy done(&namer, &Ui::ResultNamer::finished);
        panel.setOutcome(outcome());
        QVERIFY(done.wait(20000));
        QCOMPARE(done.first().first().toString(), QString());
        QCOMPARE(m_nameRequests, 1);

        QTableView *table = panel.tableView()->table();
        QAbstractItemModel &model = *table->model();
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int typeName = column(model, u"type_name"_s);
        const int locationName = column(model, u"location_name"_s);
        QCOMPARE(typeName, column(model, u"type_id"_s) + 1);
        QVERIFY(locationName > 0);
        QCOMPARE(model.index(0, typeName).data().toString(), u"Type 34"_s);
        QCOMPARE(model.index(0, locationName).data().toString(), u"Station 60003760"_s);
        QCOMPARE(model.index(0, column(model, u"system_name"_s)).data().toString(), u"System 30000142"_s);
        // The structure stays a plain number, and says why.
        QCOMPARE(model.index(1, locationName).data().toString(), QString());
        QVERIFY(model.index(1, locationName).data(Qt::ToolTipRole).toString().contains(u"structure"_s));
        QVERIFY(model.index(1, locationName - 1).data(Qt::ToolTipRole).toString().contains(u"structure"_s));

        // The JSON tree shows the name after the ID.
        QTreeView *json = panel.jsonView();
        const QModelIndex first = json->model()->index(0, 0);
        bool hinted = false;
        for (int row = 0; row < json->model()->rowCount(first); ++row) {
            if (json->model()->index(row, Ui::JsonTreeModel::KeyColumn, first).data().toString() == u"type_id"_s) {
                QCOMPARE(json->model()->index(row, Ui::JsonTreeModel::ValueColumn, first).data().toString(),
                         u"34  (Type 34)"_s);
                hinted = true;
            }
        }
        QVERIFY(hinted);
    }

    void namesInThreeAnswers_nameEveryRow()
    {
        // 3,000 rows: 2,500 types and 500 stations come back in three answers, each faster than the table's
        // repaints (at most one every ResultNamer::NamesChangedIntervalMs): the last one is never left out.
        QJsonArray rows;
        for (int row = 0; row < 3000; ++row) {
            rows.append(QJsonObject{
                {u"order_id"_s, row + 1}, {u"type_id"_s, 18 + row % 2500}, {u"location_id"_s, 60003000 + row % 500}});
        }
        auto result = std::make_shared<Core::CallOutcome>();
        result->request.spec = m_spec;
        result->request.operationId = u"GetMarketsRegionIdOrders"_s;
        result->data = Core::ResultData::fromRows(u"en"_s, rows);
        result->finishedAt = QDateTime::currentDateTimeUtc();
        const int before = m_nameRequests;
        Ui::ResultPanel panel(m_harness.clock);
        Ui::ResultNamer namer(*m_harness.client, m_harness.directory.filePath(u"pieces.sqlite"_s), m_harness.clock);
        panel.setNamer(&namer);
        QSignalSpy done(&namer, &Ui::ResultNamer::finished);
        panel.setOutcome(result);
        QVERIFY(done.wait(60000));
        QCOMPARE(m_nameRequests - before, 3);
        const QAbstractItemModel &model = *panel.tableView()->table()->model();
        QCOMPARE(model.rowCount(), 3000);
        const int typeId = column(model, u"type_id"_s);
        const int locationId = column(model, u"location_id"_s);
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString type = model.index(row, typeId).data().toString();
            QCOMPARE(model.index(row, typeId + 1).data().toString(), u"Type "_s + type);
            const QString location = model.index(row, locationId).data().toString();
            QCOMPARE(model.index(row, locationId + 1).data().toString(), u"Station "_s + location);
        }
    }

    void headerMenu_hidesOneColumnOrAll_andKeepsTheChoice()
    {
        QSettings store(m_harness.directory.filePath(u"settings.ini"_s), QSettings::IniFormat);
        Ui::ResultPanel panel(m_harness.clock);
        panel.tableView()->nameHeader()->setStore(&store);
        panel.setOutcome(outcome());
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTableView *table = panel.tableView()->table();
        QHeaderView *header = table->horizontalHeader();
        QVERIFY(column(*table->model(), u"type_name"_s) > 0);

        triggerHeaderAction(header, column(*table->model(), u"type_id"_s), "showColumnNamesAction");
        QTRY_COMPARE(column(*table->model(), u"type_name"_s), -1);
        QVERIFY(column(*table->model(), u"location_name"_s) > 0);
        QCOMPARE(store.value(QLatin1StringView(Ui::NameColumnsHeader::hiddenColumnsKey)).toStringList(),
                 QStringList{u"type_id"_s});

        triggerHeaderAction(header, 0, "showNamesAction");
        QTRY_COMPARE(column(*table->model(), u"location_name"_s), -1);
        QCOMPARE(store.value(QLatin1StringView(Ui::NameColumnsHeader::showNamesKey)).toBool(), false);

        // A new window reads the choices back.
        Ui::ResultPanel again(m_harness.clock);
        again.tableView()->nameHeader()->setStore(&store);
        again.setOutcome(outcome());
        QCOMPARE(column(*again.tableView()->table()->model(), u"location_name"_s), -1);
        store.clear();
    }

    void export_carriesTheNames()
    {
        Ui::ResultNamer namer(*m_harness.client, QString(), m_harness.clock);
        QSignalSpy done(&namer, &Ui::ResultNamer::finished);
        const Core::CallOutcomePtr result = outcome();
        namer.nameResult(m_spec, result->request.operationId, result->data, u"en"_s);
        QVERIFY(done.wait(20000));
        QWidget window;
        Ui::ExportController exporter(&window);
        exporter.setNamer(&namer);
        Ui::ExportRequest request;
        request.format = u"json"_s;
        request.filePath = m_harness.directory.filePath(u"named.json"_s);
        request.provenance = false;
        request.names = true;
        QSignalSpy finished(&exporter, &Ui::ExportController::finished);
        exporter.start(result, request);
        QVERIFY(finished.wait(20000));
        QVERIFY2(finished.first().first().toBool(), qPrintable(finished.first().at(1).toString()));
        const QJsonArray rows = QJsonDocument::fromJson(readAll(request.filePath)).array();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).toObject().value(u"type_name"_s).toString(), u"Type 34"_s);
        QVERIFY(rows.at(1).toObject().value(u"location_name"_s).isNull());
    }

    void secondNamer_onTheSharedCache_asksNothing()
    {
        const int before = m_nameRequests;
        Ui::ResultNamer namer(*m_harness.client, m_harness.directory.filePath(u"names.sqlite"_s), m_harness.clock);
        QSignalSpy done(&namer, &Ui::ResultNamer::finished);
        namer.nameResult(m_spec, u"GetMarketsRegionIdOrders"_s, outcome()->data, u"en"_s);
        QVERIFY(done.wait(20000));
        QCOMPARE(m_nameRequests, before);
        QCOMPARE(namer.requestsSent(), 0);
        QCOMPARE(namer.names().value(35).name, u"Type 35"_s);
    }

    void streamingOrderBook_isReadOffTheUiThread_andAsksNoMoreThanAtTheEnd()
    {
        // 300 pages of 1,000 orders: 2,500 types and 500 stations, 3,000 IDs, so three requests of 1,000.
        constexpr int pageRows = 1000;
        constexpr int pageCount = 300;
        const auto page = [](int number) {
            QJsonArray rows;
            for (int i = 0; i < pageRows; ++i) {
                const int row = (number - 1) * pageRows + i;
                rows.append(QJsonObject{{u"order_id"_s, row + 1},
                                        {u"type_id"_s, 18 + row % 2500},
                                        {u"location_id"_s, 60003000 + row % 500}});
            }
            return Core::ResultChunk::fromRows(u"en"_s, number, rows);
        };
        Core::ResultDataPtr firstPage = Core::ResultData::empty()->withChunk(page(1));
        Core::ResultDataPtr all = firstPage;
        for (int number = 2; number <= pageCount; ++number) {
            all = all->withChunk(page(number));
        }
        QCOMPARE(all->rowCount(0), qsizetype(pageRows * pageCount));
        QCOMPARE(all->streamId(), firstPage->streamId());

        const int before = m_nameRequests;
        Ui::ResultNamer namer(*m_harness.client, QString(), m_harness.clock);
        QSignalSpy done(&namer, &Ui::ResultNamer::finished);
        // Page 1 while the others still come: 1,500 IDs, one full batch goes, 500 wait for more.
        namer.nameResult(m_spec, u"GetMarketsRegionIdOrders"_s, firstPage, u"en"_s, false);
        QCOMPARE(namer.rowsRead(), 0); // read on a worker thread, not in this call
        QTRY_VERIFY_WITH_TIMEOUT(namer.rowsRead() == pageRows && !namer.isRunning(), 20000);
        QCOMPARE(m_nameRequests - before, 1);
        QCOMPARE(done.size(), 0);
        // Every page is in: only the 299 new pages are read, and the rest of the IDs goes.
        namer.nameResult(m_spec, u"GetMarketsRegionIdOrders"_s, all, u"en"_s, true);
        QCOMPARE(namer.rowsRead(), pageRows);
        QVERIFY(done.wait(60000));
        QCOMPARE(done.first().first().toString(), QString());
        QCOMPARE(namer.rowsRead(), all->rowCount(0));
        QCOMPARE(m_nameRequests - before, 3);
        QCOMPARE(namer.requestsSent(), 3);
        QCOMPARE(namer.names().value(2517).name, u"Type 2517"_s);
        QCOMPARE(namer.names().value(60003499).name, u"Station 60003499"_s);
    }
};

QTEST_MAIN(TestNamesInResults)
#include "tst_namesinresults.moc"
