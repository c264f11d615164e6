// "Watch" in the explorer window against an in-process esi-sandbox whose market orders move on every second
// request of their first page (evolveEvery 2) and expire after a second: the run on screen is snapshot 1, the
// watch's first re-run is a 304 (no change), the second finds one order gone, one new and one changed, which the
// table highlights (HighlightRole, colours, bold changed cells), the status line counts, the removed list shows
// struck through, the picker browses, and the notifier reports. Saves a screenshot of the highlighted table.
#include "explorerharness.h"
#include "ui/history/callhistorymodel.h"
#include "ui/history/historycomparedialog.h"
#include "ui/history/historypanel.h"
#include "ui/history/rowcompareview.h"
#include "ui/mainwindow.h"
#include "ui/result/resultpanel.h"
#include "ui/result/resulttablemodel.h"
#include "ui/result/resulttableview.h"
#include "ui/run/runcontroller.h"
#include "ui/watch/watchbar.h"
#include "ui/watch/watchcontroller.h"
#include "ui/watch/watchhighlight.h"
#include "ui/watch/watchnotifier.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace Qt::Literals::StringLiterals;
using namespace Esi;

class TestWatchHighlight : public QObject
{
    Q_OBJECT

private:
    Ui::ResultTableModel *model() const { return m_window->resultPanel()->tableView()->model(); }

    Ui::WatchController *watch() const { return m_window->runController()->watch(); }

    // The table row (in view order) whose order_id reads `orderId`; -1 when none.
    int rowOf(qint64 orderId) const
    {
        const int column = model()->result()->columnIndex(u"order_id");
        for (int row = 0; row < model()->rowCount(); ++row) {
            if (model()->index(row, column).data().toString() == QString::number(orderId)) {
                return row;
            }
        }
        return -1;
    }

    ExplorerHarness m_harness{90000001};
    std::unique_ptr<Ui::MainWindow> m_window;

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const auto loaded = Core::Spec::fromFile(QStringLiteral(ESI_TEST_DATA "/openapi-2026-07-21.json"));
        QVERIFY2(loaded, qPrintable(loaded.error.toString()));
        Sandbox::SandboxOptions options;
        options.pages = 1;
        options.itemsPerPage = 5;
        options.evolveEvery = 2;
        options.expiresSeconds = 1;
        const QString problem = m_harness.setUp(loaded.spec, options);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_window = std::make_unique<Ui::MainWindow>(m_harness.services());
        m_window->setSpec(loaded.spec);
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase() { m_window.reset(); }

    void watch_isOffUntilAResultIsOnScreen()
    {
        QVERIFY(watch());
        QVERIFY(!watch()->bar()->toggle()->isEnabled());
        QVERIFY(!watch()->isWatching());
    }

    void watch_highlightsAddedAndChangedRows_countsThem_andListsRemovedOnes()
    {
        Core::ParameterValues values;
        values.set(u"region_id"_s, u"10000002"_s);
        values.set(u"order_type"_s, u"all"_s);
        Ui::RunController *controller = m_window->runController();
        QVERIFY(controller->openOperation(u"GetMarketsRegionIdOrders"_s, values, Core::CallMode::AllPages));
        QSignalSpy ready(controller, &Ui::RunController::outcomeReady);
        QString why;
        QCOMPARE(controller->runAsRequested(&why), Ui::RunController::RunStart::Started);
        QVERIFY(ready.wait(30000));
        QTRY_COMPARE(model()->rowCount(), 5);
        QVERIFY(watch()->bar()->toggle()->isEnabled());

        Core::WatchSchedule schedule;
        schedule.floorMs = 1000; // the sandbox's answers expire after a second
        watch()->watcher()->setSchedule(schedule);
        watch()->bar()->notify()->setChecked(true);
        QSignalSpy notified(watch()->notifier(), &Ui::WatchNotifier::notified);
        watch()->bar()->toggle()->click();
        QVERIFY(watch()->isWatching());
        QCOMPARE(int(watch()->watcher()->snapshots().size()), 1); // the result on screen, no request

        QTRY_COMPARE_WITH_TIMEOUT(int(watch()->watcher()->snapshots().size()), 3, 60000);
        const auto &snapshots = watch()->watcher()->snapshots();
        QVERIFY(snapshots.at(1).isNotModified()); // the first re-run: 304, no change
        QVERIFY(snapshots.at(1).diff.isEmpty());
        const Core::WatchSnapshot &third = snapshots.at(2);
        QCOMPARE(third.diff.identity().column, u"order_id"_s);
        QCOMPARE(third.diff.added(), 1);
        QCOMPARE(third.diff.changed(), 1);
        QCOMPARE(third.diff.removed(), 1);
        QTRY_VERIFY(!controller->isRunning());

        // The table: the new order green, the changed one amber with its changed cells bold, the rest plain.
        QTRY_VERIFY(rowOf(1000000006) >= 0);
        const int added = rowOf(1000000006);
        const int changed = rowOf(1000000003);
        const int same = rowOf(1000000002);
        QVERIFY(changed >= 0 && same >= 0);
        QCOMPARE(rowOf(1000000001), -1);
        QCOMPARE(model()->index(added, 0).data(Ui::ResultTableModel::HighlightRole).toInt(),
                 int(Core::RowChange::Kind::Added));
        QCOMPARE(model()->index(added, 0).data(Qt::BackgroundRole).value<QColor>(),
                 Ui::WatchHighlight::colorOf(Core::RowChange::Kind::Added));
        QCOMPARE(model()->index(changed, 0).data(Ui::ResultTableModel::HighlightRole).toInt(),
                 int(Core::RowChange::Kind::Changed));
        const int priceColumn = model()->result()->columnIndex(u"price");
        QVERIFY(model()->index(changed, priceColumn).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(model()->index(changed, priceColumn).data(Qt::ToolTipRole).toString().contains(u"was:"_s));
        QVERIFY(!model()->index(same, 0).data(Ui::ResultTableModel::HighlightRole).isValid());
        const int orderColumn = model()->result()->columnIndex(u"order_id");
        QVERIFY(!model()->index(changed, orderColumn).data(Qt::FontRole).value<QFont>().bold());

        // The status line counts, the removed order is listed struck through, the notifier said the same.
        const QString status = watch()->bar()->status()->text();
        QVERIFY2(status.contains(u"1 added, 1 changed, 1 removed"_s), qPrintable(status));
        QListWidget *removed = watch()->bar()->removedRows();
        QVERIFY(removed->isVisible());
        QCOMPARE(removed->count(), 1);
        QVERIFY(removed->item(0)->text().startsWith(u"order_id 1000000001: "_s));
        QVERIFY(removed->item(0)->font().strikeOut());
        QCOMPARE(notified.size(), 1);
        QCOMPARE(notified.constFirst().at(1).toString(), u"1 added, 1 changed, 1 removed"_s);

        if (auto *splitter = qobject_cast<QSplitter *>(m_window->resultPanel()->parentWidget())) {
            splitter->setSizes({120, 680}); // room for the table in the picture
        }
        QVERIFY(QDir().mkpath(QStringLiteral(ESI_BINARY_DIR "/screenshots")));
        const QString shot = QStringLiteral(ESI_BINARY_DIR "/screenshots/watch-highlighting.png");
        QVERIFY(m_window->resultPanel()->grab().save(shot));
        qInfo("watch highlighting screenshot: %s", qPrintable(shot));

        // The picker browses: snapshot 2 shows its rows (order 1 still there) without marks.
        QComboBox *picker = watch()->bar()->snapshots();
        QVERIFY(picker->count() >= 3);
        QVERIFY(watch()->showSnapshot(2));
        QTRY_VERIFY(rowOf(1000000001) >= 0);
        QVERIFY(!model()->index(rowOf(1000000001), 0).data(Ui::ResultTableModel::HighlightRole).isValid());
        QVERIFY(!removed->isVisible());
        QVERIFY(watch()->showSnapshot(3));
        QTRY_VERIFY(rowOf(1000000006) >= 0);

        // Stopping: no more runs, the toggle says so.
        watch()->bar()->toggle()->click();
        QVERIFY(!watch()->isWatching());
        QVERIFY(!watch()->bar()->toggle()->isChecked());
        QVERIFY(watch()->bar()->status()->text().contains(u"stopped"_s));
        QVERIFY(!watch()->watcher()->nextRunAt().isValid());
    }

    void historyCompare_ofTwoWatchSnapshots_diffsTheirRowsTheSameWay()
    {
        // The watch's runs are in the history (newest first): the run, the 304, the changed one.
        Ui::HistoryPanel *history = m_window->historyPanel();
        QTRY_VERIFY(history->model()->rowCount() >= 3);
        const qint64 changedId = history->model()->entry(0).id;
        const qint64 firstId = history->model()->entry(2).id;
        QTableView *table = history->table();
        table->clearSelection();
        for (const int row : {0, 2}) {
            table->selectionModel()->select(history->model()->index(row, 0),
                                            QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
        history->compareSelected();
        auto *dialog = history->findChild<Ui::HistoryCompareDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->rows());
        const Core::SnapshotDiff &diff = dialog->rows()->diff();
        QCOMPARE(diff.identity().column, u"order_id"_s);
        QCOMPARE(diff.added(), 1);
        QCOMPARE(diff.changed(), 1);
        QCOMPARE(diff.removed(), 1);
        QCOMPARE(dialog->rows()->changes()->topLevelItemCount(), 3);
        QVERIFY2(dialog->rows()->summary().contains(u"1 added, 1 changed, 1 removed"_s),
                 qPrintable(dialog->rows()->summary()));
        QVERIFY(changedId > firstId);
        QVERIFY(QDir().mkpath(QStringLiteral(ESI_BINARY_DIR "/screenshots")));
        const QString shot = QStringLiteral(ESI_BINARY_DIR "/screenshots/history-compare-rows.png");
        QVERIFY(dialog->grab().save(shot));
        qInfo("history compare screenshot: %s", qPrintable(shot));
        dialog->close();
    }
};

QTEST_MAIN(TestWatchHighlight)
#include "tst_watchhighlight.moc"
