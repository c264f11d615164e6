#include "explorerharness.h"
#include "explorerwidgets.h"
#include "ui/browse/compatibilitydatepicker.h"
#include "ui/browse/operationfilterproxymodel.h"
#include "ui/browse/operationtreemodel.h"
#include "ui/browse/quickswitcher.h"
#include "ui/browse/specdiffdialog.h"
#include "ui/history/callhistorymodel.h"
#include "ui/history/historypanel.h"
#include "ui/mainwindow.h"
#include "ui/names/namecolumnsmodel.h"
#include "ui/result/exportcontroller.h"
#include "ui/result/exportdialog.h"
#include "ui/result/jsontreemodel.h"
#include "ui/result/rawresponseview.h"
#include "ui/result/resultpanel.h"
#include "ui/result/resulttablemodel.h"
#include "ui/result/resulttableview.h"
#include "ui/run/callrunner.h"
#include "ui/run/runcontroller.h"
#include "ui/run/runpanel.h"
#include "ui/status/limitspanel.h"
#include "ui/status/ratelimitbucketmodel.h"
#include "ui/tokens/secretclipboard.h"
#include "ui/widgets/messagebanner.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

using namespace Qt::Literals::StringLiterals;
using namespace Esi;

namespace {

constexpr int pages = 300;
constexpr int itemsPerPage = 20;
constexpr qint64 characterId = 90000001;

} // namespace

// The explorer window driven as a user would, against esi-sandbox on 127.0.0.1: pick a date, filter,
// select, fill the form (with a validation error first), run all 300 pages, read the table, status and
// limits, export CSV and JSON, re-run from history.
class TestExplorerFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void pickDate_loadsTheSpecFromTheServer();
    void filterAndSelect_showsDocsAndTheForm();
    void quickSwitcher_jumpsToAnOperation();
    void form_validationErrorSendsNothing();
    void allPages_fillsTableStatusAndLimits();
    void resultViews_showJsonRawAndHeaders();
    void export_writesCsvAndJsonFiles();
    void rerunFromHistory_isServedFromTheCache();
    void largeRun_asksBeforeStarting();
    void cancel_stopsTheRunMidway();
    void allLanguages_showOneTabPerLanguage();
    void authedOperation_usesThePickedCharacter();
    void whatChanged_listsTheDifferences();
    void widgets_haveNamesForTestsAndAccessibility();

private:
    template <typename T> T *child(const char *name) const
    {
        T *found = m_window->findChild<T *>(QLatin1StringView(name));
        if (!found) {
            qFatal("no %s named %s", T::staticMetaObject.className(), name);
        }
        return found;
    }

    void selectOperation(const QString &operationId);
    void waitForRun();

    ExplorerHarness m_harness{characterId};
    Core::SpecPtr m_spec;
    std::unique_ptr<Ui::MainWindow> m_window;
    int m_requestsServed = 0;
};

void TestExplorerFlow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const auto loaded = Core::Spec::fromFile(QStringLiteral(ESI_TEST_DATA "/openapi-2026-07-21.json"));
    QVERIFY2(loaded, qPrintable(loaded.error.toString()));
    m_spec = loaded.spec;

    Sandbox::SandboxOptions options;
    options.pages = pages;
    options.itemsPerPage = itemsPerPage;
    options.latencyMs = 3;
    const QString problem = m_harness.setUp(m_spec, options);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // Names for the IDs of each result (POST /universe/names) follow a run on their own; only calls count here.
    connect(m_harness.sandbox.get(), &Sandbox::SandboxServer::responseWritten, this,
            [this](const QString &, const QString &target, int) {
                if (!target.startsWith(u"/universe/names"_s)) {
                    ++m_requestsServed;
                }
            });
    const Ui::ExplorerServices services = m_harness.services();
    m_window = std::make_unique<Ui::MainWindow>(services);
    // Start on an older date so picking the server's date really loads a spec.
    QVERIFY(m_window->openSpecFile(QStringLiteral(ESI_TEST_DATA "/openapi-2025-08-26.json")));
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestExplorerFlow::cleanupTestCase()
{
    m_window.reset();
}

void TestExplorerFlow::selectOperation(const QString &operationId)
{
    auto *tree = child<QTreeView>("operationTree");
    auto *proxy = qobject_cast<Ui::OperationFilterProxyModel *>(tree->model());
    QVERIFY(proxy);
    auto *model = qobject_cast<Ui::OperationTreeModel *>(proxy->sourceModel());
    const QModelIndex index = proxy->mapFromSource(model->indexForOperationId(operationId));
    QVERIFY2(index.isValid(), qPrintable(operationId + u" is filtered out"_s));
    tree->expand(index.parent());
    tree->scrollTo(index);
    QTRY_VERIFY(tree->visualRect(index).isValid());
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(index).center());
    QTRY_COMPARE(m_window->runPanel()->operation()->operationId, operationId);
}

void TestExplorerFlow::waitForRun()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->runController()->isRunning(), 120000);
}

void TestExplorerFlow::pickDate_loadsTheSpecFromTheServer()
{
    QCOMPARE(m_window->spec()->version(), u"2025-08-26"_s);
    auto *picker = child<Ui::CompatibilityDatePicker>("compatibilityDatePicker");
    auto *combo = child<QComboBox>("compatibilityDateCombo");
    m_window->refreshCompatibilityDates();
    QTRY_VERIFY(picker->dates().contains(u"2026-07-21"_s));
    QVERIFY2(picker->statusText().contains(u"from ESI"_s), qPrintable(picker->statusText()));
    QCOMPARE(combo->currentData().toString(), u"2025-08-26"_s);

    // A date ESI refuses (the future) fails inline and keeps the spec.
    picker->pickDate(u"2099-01-01"_s);
    QTRY_VERIFY(!picker->isLoading());
    QVERIFY2(picker->statusText().contains(u"Could not load 2099-01-01"_s), qPrintable(picker->statusText()));
    QCOMPARE(m_window->spec()->version(), u"2025-08-26"_s);
    QCOMPARE(combo->currentData().toString(), u"2025-08-26"_s);

    const int index = combo->findData(u"2026-07-21"_s);
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index);
    QVERIFY(picker->isLoading()); // never blocks: the spec arrives later
    QVERIFY2(picker->statusText().contains(u"Loading"_s), qPrintable(picker->statusText()));
    QTRY_COMPARE(m_window->spec()->version(), u"2026-07-21"_s);
    QCOMPARE(m_window->windowTitle(), u"ESI Studio \u2014 2026-07-21"_s);
    QVERIFY2(picker->statusText().contains(u"downloaded"_s), qPrintable(picker->statusText()));
    QVERIFY(QFile::exists(m_harness.repository->cachedSpecPath(u"2026-07-21"_s)));
}

void TestExplorerFlow::filterAndSelect_showsDocsAndTheForm()
{
    auto *filter = child<QLineEdit>("operationFilter");
    filter->setFocus();
    QTest::keyClicks(filter, u"region orders"_s);
    QTRY_VERIFY(child<QLabel>("operationCountLabel")->text().contains(u"of 219"_s));
    selectOperation(u"GetMarketsRegionIdOrders"_s);
    const QString docs = child<QTextBrowser>("operationDocs")->toPlainText();
    QVERIFY2(docs.contains(u"market-order"_s), qPrintable(docs));
    QVERIFY(child<QLabel>("runTitle")->text().contains(u"/markets/{region_id}/orders"_s));
    QVERIFY(child<QLabel>("characterNote")->text().contains(u"no character needed"_s));
    QVERIFY(m_window->runPanel()->findChild<QWidget *>(u"input_region_id"_s));
    QVERIFY(child<QTreeView>("schemaTree")->model()->rowCount() == 1);
}

void TestExplorerFlow::quickSwitcher_jumpsToAnOperation()
{
    QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
    auto *switcher = child<Ui::QuickSwitcher>("quickSwitcher");
    QTRY_VERIFY(switcher->isVisible());
    auto *query = switcher->findChild<QLineEdit *>(u"quickSwitcherQuery"_s);
    QTest::keyClicks(query, u"universe types type"_s);
    QVERIFY(switcher->matches().contains(u"GetUniverseTypesTypeId"_s));
    const int row = int(switcher->matches().indexOf(u"GetUniverseTypesTypeId"_s));
    for (int i = 0; i < row; ++i) {
        QTest::keyClick(query, Qt::Key_Down);
    }
    QTest::keyClick(query, Qt::Key_Return);
    QTRY_VERIFY(!switcher->isVisible());
    QTRY_COMPARE(m_window->runPanel()->operation()->operationId, u"GetUniverseTypesTypeId"_s);
    QVERIFY(child<QComboBox>("languageCombo")->isEnabled()); // a localized route
    selectOperation(u"GetMarketsRegionIdOrders"_s);
}

void TestExplorerFlow::form_validationErrorSendsNothing()
{
    QTest::mouseClick(child<QRadioButton>("thisPageRadio"), Qt::LeftButton);
    auto *page = m_window->runPanel()->findChild<QLineEdit *>(u"input_page"_s);
    QVERIFY(page && page->isEnabled());
    QTest::keyClicks(page, u"0"_s);
    const int served = m_requestsServed;
    QTest::mouseClick(child<QPushButton>("runButton"), Qt::LeftButton);
    QVERIFY(!m_window->runController()->isRunning());
    QCOMPARE(m_requestsServed, served);
    const QString regionMessage = m_window->runPanel()->findChild<QLabel *>(u"message_region_id"_s)->text();
    QVERIFY2(regionMessage.contains(u"required"_s), qPrintable(regionMessage));
    const QString pageMessage = m_window->runPanel()->findChild<QLabel *>(u"message_page"_s)->text();
    QVERIFY2(pageMessage.contains(u"page"_s) && pageMessage.contains(u"1"_s), qPrintable(pageMessage));
    QTRY_VERIFY(m_window->runPanel()->findChild<QLineEdit *>(u"input_region_id"_s)->hasFocus());

    QTest::keyClicks(m_window->runPanel()->findChild<QLineEdit *>(u"input_region_id"_s), u"10000002"_s);
    QTest::mouseClick(child<QRadioButton>("allPagesRadio"), Qt::LeftButton);
    QVERIFY(!page->isEnabled()); // page is ignored when fetching all pages
    QVERIFY2(child<QLabel>("estimateLabel")->text().contains(u"X-Pages"_s),
             qPrintable(child<QLabel>("estimateLabel")->text()));
}

void TestExplorerFlow::allPages_fillsTableStatusAndLimits()
{
    Ui::CallRunner *runner = m_window->runController()->runner();
    QSignalSpy progress(runner, &Ui::CallRunner::progressChanged);
    QSignalSpy finished(runner, &Ui::CallRunner::finished);
    // The window keeps painting and handling events while 300 pages arrive.
    int ticks = 0;
    QTimer ticker;
    ticker.setInterval(10);
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    ticker.start();

    QTest::mouseClick(child<QPushButton>("runButton"), Qt::LeftButton);
    QVERIFY(m_window->runController()->isRunning());
    QTRY_VERIFY(child<QPushButton>("cancelButton")->isEnabled());
    waitForRun();
    ticker.stop();
    QCOMPARE(finished.count(), 1);
    const auto outcome = finished.at(0).at(0).value<Core::CallOutcomePtr>();
    QVERIFY2(outcome->result.isOk(), qPrintable(outcome->result.message));
    QCOMPARE(outcome->result.pages.size(), pages);
    QVERIFY2(progress.count() >= pages, qPrintable(QString::number(progress.count())));
    QCOMPARE(progress.constLast().at(0).toInt(), pages);
    QCOMPARE(progress.constLast().at(1).toInt(), pages);
    QVERIFY2(ticks > 5, qPrintable(QString::number(ticks)));

    auto *table = child<QTableView>("resultTable");
    QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(table->model()->rowCount(), pages * itemsPerPage);
    QVERIFY(table->model()->columnCount() > 5);
    QCOMPARE(child<QLabel>("resultCountLabel")->text(), u"6,000 rows"_s);
    QVERIFY(child<QProgressBar>("runProgress")->text().contains(u"300 pages"_s));

    const QString served = child<QLabel>("statusServedLabel")->text();
    QVERIFY2(served.contains(u"network</span> 300"_s), qPrintable(served));
    QVERIFY(child<QLabel>("statusPagesLabel")->text().contains(u"300"_s));
    QVERIFY(child<QLabel>("statusEtagLabel")->isVisible());
    QTRY_VERIFY(child<QLabel>("statusExpiresLabel")->text().contains(u"Expires in"_s));
    QVERIFY(child<QLabel>("statusSummaryLabel")->text().contains(u"6,000 rows"_s));

    Ui::RateLimitBucketModel *buckets = m_window->limitsPanel()->bucketModel();
    QTRY_VERIFY(buckets->rowOf(u"market-order"_s, 0) >= 0);
    const int row = buckets->rowOf(u"market-order"_s, 0);
    QVERIFY(buckets->index(row, 0).data(Ui::RateLimitBucketModel::RemainingRole).toInt() <
            buckets->index(row, 0).data(Ui::RateLimitBucketModel::LimitRole).toInt());
    QTRY_COMPARE(m_window->historyPanel()->model()->rowCount(), 1);

    // Sorting and filtering 6000 rows happen off the UI thread and keep the header in step.
    table->sortByColumn(0, Qt::DescendingOrder);
    Ui::ResultTableModel *model = m_window->resultPanel()->tableView()->model(); // under the name columns
    model->waitForIdle();
    QCOMPARE(model->sortColumn(), 0);

    QVERIFY(QDir().mkpath(QStringLiteral(ESI_BINARY_DIR "/screenshots")));
    QTest::qWait(100); // let pending layouts settle, as they would before the next paint
    QVERIFY(m_window->grab().save(QStringLiteral(ESI_BINARY_DIR "/screenshots/main-window-paged-run.png")));
}

void TestExplorerFlow::resultViews_showJsonRawAndHeaders()
{
    auto *tabs = child<QTabWidget>("resultTabs");
    tabs->setCurrentIndex(Ui::ResultPanel::JsonTab);
    auto *json = child<QTreeView>("resultJsonTree");
    QCOMPARE(json->model()->rowCount(), pages * itemsPerPage);
    QAbstractItemModelTester tester(json->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(json->model()->rowCount(json->model()->index(0, 0)) > 3);

    tabs->setCurrentIndex(Ui::ResultPanel::RawTab);
    auto *raw = child<Ui::RawResponseView>("rawResponseView");
    QVERIFY(raw->textView()->toPlainText().contains(u"\"order_id\""_s));
    QTest::keyClicks(child<QLineEdit>("rawSearch"), u"order_id"_s);
    QCOMPARE(raw->matchCount(), itemsPerPage);
    QVERIFY(raw->textView()->textCursor().hasSelection());
    raw->setCurrentPage(299);
    QCOMPARE(child<QComboBox>("headersPageSelector")->currentIndex(), 299);

    tabs->setCurrentIndex(Ui::ResultPanel::HeadersTab);
    auto *headers = child<QTreeWidget>("headersTree");
    QVERIFY(!headers->findItems(u"X-Pages"_s, Qt::MatchFixedString).isEmpty());
    QVERIFY(!headers->findItems(u"ETag"_s, Qt::MatchFixedString).isEmpty());
    QVERIFY(child<QLabel>("headersStatusLine")->text().startsWith(u"HTTP 200"_s));
    QTest::qWait(100); // let pending layouts settle, as they would before the next paint
    QVERIFY(m_window->grab().save(QStringLiteral(ESI_BINARY_DIR "/screenshots/main-window-headers.png")));
    tabs->setCurrentIndex(Ui::ResultPanel::TableTab);
}

void TestExplorerFlow::export_writesCsvAndJsonFiles()
{
    const QString csvPath = m_harness.directory.filePath(u"orders.csv"_s);
    onNextModal(this, [csvPath](QWidget *modal) {
        auto *dialog = qobject_cast<Ui::ExportDialog *>(modal);
        QVERIFY(dialog);
        dialog->setFormat(u"csv"_s);
        dialog->setFilePath(csvPath);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>(u"exportButtons"_s)->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>("exportButton"), Qt::LeftButton);
    QTRY_VERIFY(!m_window->exporter()->isRunning());
    QTRY_VERIFY(QFile::exists(csvPath));
    const QByteArray csv = readAll(csvPath);
    QCOMPARE(csv.count('\n'), pages * itemsPerPage + 1);
    QVERIFY(csv.left(csv.indexOf('\n')).contains("order_id"));
    QVERIFY(QFile::exists(Ui::ExportRequest::sidecarPath(csvPath)));

    Ui::ExportRequest request;
    request.format = u"json"_s;
    request.filePath = m_harness.directory.filePath(u"orders.json"_s);
    QSignalSpy done(m_window->exporter(), &Ui::ExportController::finished);
    m_window->exportResult(request);
    QVERIFY(done.wait(30000));
    QCOMPARE(done.at(0).at(0).toBool(), true);
    const QJsonArray rows = QJsonDocument::fromJson(readAll(request.filePath)).array();
    QCOMPARE(rows.size(), pages * itemsPerPage);
    const QJsonObject provenance =
        QJsonDocument::fromJson(readAll(Ui::ExportRequest::sidecarPath(request.filePath))).object();
    QCOMPARE(provenance.value(u"operation"_s).toObject().value(u"operation_id"_s).toString(),
             u"GetMarketsRegionIdOrders"_s);
    QCOMPARE(provenance.value(u"pages"_s).toInt(), pages);
    QCOMPARE(provenance.value(u"parameters"_s).toObject().value(u"region_id"_s).toString(), u"10000002"_s);
}

void TestExplorerFlow::rerunFromHistory_isServedFromTheCache()
{
    auto *history = child<QTableView>("historyTable");
    QTRY_COMPARE(history->model()->rowCount(), 1);
    history->selectRow(0);
    const int served = m_requestsServed;
    QVERIFY(child<QToolButton>("historyRerun")->isEnabled());
    QTest::mouseClick(child<QToolButton>("historyRerun"), Qt::LeftButton);
    QVERIFY(m_window->runController()->isRunning()); // asked for explicitly: no "large fetch" question
    waitForRun();
    QCOMPARE(m_requestsServed, served); // every page was still fresh: nothing went to the server
    const QString status = child<QLabel>("statusServedLabel")->text();
    QVERIFY2(status.contains(u"fresh from cache</span> 300"_s), qPrintable(status));
    QTRY_COMPARE(history->model()->rowCount(), 2);
    // The run ends with the last page; its rows join the table once decoded (later on a slow machine).
    QTRY_COMPARE_WITH_TIMEOUT(child<QTableView>("resultTable")->model()->rowCount(), pages * itemsPerPage, 20000);

    // Compare the two runs: same data.
    history->selectionModel()->select(history->model()->index(0, 0),
                                      QItemSelectionModel::Select | QItemSelectionModel::Rows);
    history->selectionModel()->select(history->model()->index(1, 0),
                                      QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QTest::mouseClick(child<QToolButton>("historyCompare"), Qt::LeftButton);
    QLabel *verdict = nullptr;
    QTRY_VERIFY((verdict = m_window->findChild<QLabel *>(u"compareVerdict"_s)) != nullptr);
    QCOMPARE(verdict->text(), u"Same data: every page body is identical."_s);
    verdict->window()->close();
}

void TestExplorerFlow::largeRun_asksBeforeStarting()
{
    QVERIFY2(child<QLabel>("estimateLabel")->text().contains(u"about 300 requests"_s),
             qPrintable(child<QLabel>("estimateLabel")->text()));
    QString question;
    onNextModal(this, [&question](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        question = box->text();
        box->button(QMessageBox::Cancel)->click();
    });
    QTest::mouseClick(child<QPushButton>("runButton"), Qt::LeftButton);
    QVERIFY2(question.contains(u"300 requests"_s), qPrintable(question));
    QVERIFY(question.contains(u"market-order"_s));
    QVERIFY(!m_window->runController()->isRunning());
    QCOMPARE(m_window->historyPanel()->model()->rowCount(), 2);
}

void TestExplorerFlow::cancel_stopsTheRunMidway()
{
    // Another region: nothing cached, so the pages really come over the network.
    auto *region = m_window->runPanel()->findChild<QLineEdit *>(u"input_region_id"_s);
    region->selectAll();
    QTest::keyClicks(region, u"10000043"_s);
    Ui::CallRunner *runner = m_window->runController()->runner();
    bool cancelRequested = false;
    auto *cancel = child<QPushButton>("cancelButton");
    connect(runner, &Ui::CallRunner::progressChanged, this, [&cancelRequested, cancel](int done) {
        if (done >= 2 && !cancelRequested) {
            cancelRequested = true;
            QTimer::singleShot(0, cancel, [cancel] { QTest::mouseClick(cancel, Qt::LeftButton); });
        }
    });
    onNextModal(this, [](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        box->button(QMessageBox::Yes)->click(); // the 300-page question: go ahead
    });
    QTest::mouseClick(child<QPushButton>("runButton"), Qt::LeftButton);
    waitForRun();
    runner->disconnect(this);
    QVERIFY(cancelRequested);
    const Core::CallOutcomePtr outcome = m_window->resultPanel()->outcome();
    QCOMPARE(outcome->result.error, Core::CallError::Cancelled);
    QVERIFY2(outcome->result.pages.size() < pages, qPrintable(QString::number(outcome->result.pages.size())));
    auto *banner = child<Ui::MessageBanner>("resultErrorBanner");
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->title(), u"Cancelled"_s);
    // A cancelled run's entry is recorded once its pages are hashed on the pool.
    QTRY_COMPARE(m_window->historyPanel()->model()->rowCount(), 3);
    QVERIFY(child<QPushButton>("runButton")->isEnabled());
}

void TestExplorerFlow::allLanguages_showOneTabPerLanguage()
{
    selectOperation(u"GetUniverseTypesTypeId"_s);
    QTest::keyClicks(m_window->runPanel()->findChild<QLineEdit *>(u"input_type_id"_s), u"587"_s);
    auto *language = child<QComboBox>("languageCombo");
    const int all = language->findData(u"*"_s);
    QVERIFY(all >= 0);
    language->setCurrentIndex(all);
    Q_EMIT language->activated(all);
    QVERIFY2(child<QLabel>("estimateLabel")->text().startsWith(u"about 8 requests"_s),
             qPrintable(child<QLabel>("estimateLabel")->text()));
    QTest::mouseClick(child<QPushButton>("runButton"), Qt::LeftButton);
    waitForRun();
    const Core::CallOutcomePtr outcome = m_window->resultPanel()->outcome();
    QVERIFY2(outcome->result.isOk(), qPrintable(outcome->result.message));
    auto *tabs = child<QTabBar>("languageTabs");
    QVERIFY(tabs->isVisible());
    QCOMPARE(tabs->count(), 8);
    QCOMPARE(tabs->tabData(1).toString(), u"de"_s);
    auto *table = child<QTableView>("resultTable");
    QCOMPARE(table->model()->rowCount(), 1);
    const int name = m_window->resultPanel()->tableView()->names()->proxyColumnOfSource(
        outcome->data->columnIndex(u"name")); // name columns (type_name, ...) come before it
    QVERIFY(name >= 0);
    const QString english = table->model()->index(0, name).data().toString();
    tabs->setCurrentIndex(1);
    QTRY_VERIFY(table->model()->index(0, name).data().toString() != english);
    QTest::qWait(100); // let pending layouts settle, as they would before the next paint
    QVERIFY(m_window->grab().save(QStringLiteral(ESI_BINARY_DIR "/screenshots/main-window-languages.png")));
    tabs->setCurrentIndex(0);
}

void TestExplorerFlow::authedOperation_usesThePickedCharacter()
{
    selectOperation(u"GetCharactersCharacterIdAssets"_s);
    QVERIFY(child<QLabel>("characterNote")->text().contains(u"esi-assets.read_assets.v1"_s));
    QVERIFY(!child<QComboBox>("characterCombo")->isVisible());
    m_window->setCharacters({{characterId, u"Ava Tester"_s, {u"esi-assets.read_assets.v1"_s}},
                             {90000002, u"Bo Wallet"_s, {u"esi-wallet.read_character_wallet.v1"_s}}});
    auto *characters = child<QComboBox>("characterCombo");
    QTRY_VERIFY(characters->isVisible());
    QCOMPARE(characters->count(), 1); // Bo's token lacks the scope
    QVERIFY(characters->currentText().contains(u"Ava Tester"_s));

    QTest::keyClicks(m_window->runPanel()->findChild<QLineEdit *>(u"input_character_id"_s),
                     QString::number(characterId));
    QTest::mouseClick(child<QRadioButton>("thisPageRadio"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>("runButton"), Qt::LeftButton);
    waitForRun();
    const Core::CallOutcomePtr outcome = m_window->resultPanel()->outcome();
    QVERIFY2(outcome->result.isOk(), qPrintable(outcome->result.message));
    QCOMPARE(outcome->result.pages.size(), 1);
    QVERIFY(m_harness.tokens.requests >= 1);
    QTRY_VERIFY(m_window->limitsPanel()->bucketModel()->rowOf(u"char-asset"_s, characterId) >= 0);
    const int row = m_window->limitsPanel()->bucketModel()->rowOf(u"char-asset"_s, characterId);
    QCOMPARE(
        m_window->limitsPanel()->bucketModel()->index(row, Ui::RateLimitBucketModel::OwnerColumn).data().toString(),
        u"Ava Tester"_s);
    QTRY_COMPARE(m_window->historyPanel()->model()->index(0, Ui::CallHistoryModel::CharacterColumn).data().toString(),
                 u"Ava Tester"_s);

    // Copy as curl: the token stays out unless asked for, and then only after a confirmation.
    QApplication::clipboard()->clear();
    QTest::mouseClick(child<QToolButton>("copyCurlButton"), Qt::LeftButton, {}, QPoint(10, 10));
    QTRY_VERIFY(QApplication::clipboard()->text().contains(u"Authorization: Bearer <redacted>"_s));
    QVERIFY(!QApplication::clipboard()->text().contains(u"token-for-ava"_s));
    QString warning;
    onNextModal(this, [&warning](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        warning = box->text();
        box->button(QMessageBox::Yes)->click();
    });
    // With the token it goes through the same clipboard as "Copy Access Token": marked secret, cleared soon.
    auto *secretClipboard = m_window->findChild<Ui::SecretClipboard *>(u"curlSecretClipboard"_s);
    QVERIFY(secretClipboard);
    secretClipboard->setClearDelay(300);
    child<QAction>("copyCurlWithTokenAction")->trigger();
    QVERIFY2(warning.contains(u"Ava Tester"_s), qPrintable(warning));
    QTRY_VERIFY(QApplication::clipboard()->text().contains(u"Authorization: Bearer token-for-ava"_s));
    const QMimeData *copied = QApplication::clipboard()->mimeData();
    QVERIFY(copied);
    QCOMPARE(copied->data(u"x-kde-passwordManagerHint"_s), "secret"_ba);
    QTRY_VERIFY_WITH_TIMEOUT(!QApplication::clipboard()->text().contains(u"token-for-ava"_s), 5000);

    // The history copies the call in every format the Run panel has, as the character it ran as: its own
    // operation and values, whatever the form shows now.
    selectOperation(u"GetUniverseTypesTypeId"_s);
    m_window->historyPanel()->table()->selectRow(0);
    QApplication::clipboard()->clear();
    child<QAction>("historyPythonAction")->trigger();
    QTRY_VERIFY(QApplication::clipboard()->text().contains(u"os.environ[\"ESI_TOKEN\"]"_s));
    QVERIFY2(QApplication::clipboard()->text().contains(u"/characters/%1/assets"_s.arg(characterId)),
             qPrintable(QApplication::clipboard()->text()));
    QVERIFY(!QApplication::clipboard()->text().contains(u"token-for-ava"_s));
    warning.clear();
    onNextModal(this, [&warning](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        warning = box->text();
        box->button(QMessageBox::Yes)->click();
    });
    child<QAction>("historyJavaScriptWithTokenAction")->trigger();
    QVERIFY2(warning.contains(u"Ava Tester"_s), qPrintable(warning));
    QTRY_VERIFY(QApplication::clipboard()->text().contains(u"\"Authorization\": \"Bearer token-for-ava\""_s));
    QCOMPARE(QApplication::clipboard()->mimeData()->data(u"x-kde-passwordManagerHint"_s), "secret"_ba);
    QTRY_VERIFY_WITH_TIMEOUT(!QApplication::clipboard()->text().contains(u"token-for-ava"_s), 5000);
    secretClipboard->setClearDelay(Ui::SecretClipboard::defaultClearMs);
}

void TestExplorerFlow::whatChanged_listsTheDifferences()
{
    const auto older = Core::Spec::fromFile(QStringLiteral(ESI_TEST_DATA "/openapi-2025-08-26.json"));
    QVERIFY(older);
    Ui::SpecDiffDialog *dialog = m_window->diffDialog();
    dialog->show();
    dialog->compareWith(older.spec);
    QCOMPARE(dialog->diff().fromVersion, u"2025-08-26"_s);
    QCOMPARE(dialog->diff().toVersion, u"2026-07-21"_s);
    QVERIFY(!dialog->diff().isEmpty());
    QCOMPARE(dialog->tree()->topLevelItemCount(), 3);
    QVERIFY2(dialog->summaryText().contains(u"added"_s), qPrintable(dialog->summaryText()));
    QVERIFY(dialog->grab().save(QStringLiteral(ESI_BINARY_DIR "/screenshots/what-changed.png")));
    dialog->close();
}

void TestExplorerFlow::widgets_haveNamesForTestsAndAccessibility()
{
    for (const char *name : ExplorerWidgets::named) {
        QWidget *widget = child<QWidget>(name);
        QVERIFY2(!widget->accessibleName().isEmpty(), name);
    }
    const QList<QWidget *> editors = m_window->runPanel()->findChildren<QWidget *>(QRegularExpression(u"^input_"_s));
    QVERIFY(!editors.isEmpty());
    for (QWidget *editor : editors) {
        QVERIFY2(!editor->accessibleName().isEmpty(), qPrintable(editor->objectName()));
    }
}

QTEST_MAIN(TestExplorerFlow)
#include "tst_explorerflow.moc"
