#include "core/http/esiclient.h"
#include "core/result/callhistorystore.h"
#include "heldpageserver.h"
#include "ui/mainwindow.h"
#include "ui/names/namecolumnsmodel.h"
#include "ui/result/rawresponseview.h"
#include "ui/result/resultpanel.h"
#include "ui/result/resulttablemodel.h"
#include "ui/result/resulttableview.h"
#include "ui/run/callrunner.h"
#include "ui/run/runcontroller.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Esi;

namespace {

constexpr int pages = 5;
constexpr int rowsPerPage = 200;

} // namespace

// A run fills the table page by page while the call goes on: the server holds one page back, and the test
// looks at the window before letting it go.
class TestStreamingRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void rows_appearBeforeTheLastPageArrives_withPageKOfNProgress();
    void sortingAndFiltering_keepWorkingWhileRowsStream();
    void snapshotRestart_clearsTheRowsAndFillsThemAgain();
    void finishedRun_keepsPagesPacked_rawViewAndHistoryHaveTheExactBodies();

private:
    void startRun();

    Ui::ResultTableModel *model() const { return m_window->resultPanel()->tableView()->model(); }

    QString progressText() const { return m_window->findChild<QProgressBar *>(u"runProgress"_s)->text(); }

    bool waitForRunEnd();
    void checkPagesAndHistoryOfTheRun();

    Core::SystemClock m_clock;
    QNetworkAccessManager m_network;
    Core::SpecPtr m_spec;
    std::unique_ptr<HeldPageServer> m_server;
    std::unique_ptr<Core::EsiClient> m_client;
    QTemporaryDir m_directory;
    std::unique_ptr<Core::CallHistoryStore> m_history;
    std::unique_ptr<Ui::MainWindow> m_window;
};

void TestStreamingRun::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const auto loaded = Core::Spec::fromFile(QStringLiteral(ESI_TEST_DATA "/openapi-2026-07-21.json"));
    QVERIFY2(loaded, qPrintable(loaded.error.toString()));
    m_spec = loaded.spec;
}

void TestStreamingRun::init()
{
    m_server = std::make_unique<HeldPageServer>(pages, rowsPerPage);
    QVERIFY(m_server->start() != 0);
    Core::FetchServices fetch;
    fetch.network = &m_network;
    fetch.clock = &m_clock;
    Core::EsiClientSettings settings;
    settings.baseUrl = m_server->baseUrl();
    settings.defaultConcurrency = 2; // pages 1..4 come while the held one waits
    m_client = std::make_unique<Core::EsiClient>(fetch, settings);
    QFile::remove(m_directory.filePath(u"history.sqlite"_s));
    m_history = std::make_unique<Core::CallHistoryStore>(m_directory.filePath(u"history.sqlite"_s));
    QString error;
    QVERIFY2(m_history->open(&error), qPrintable(error));
    Ui::ExplorerServices services;
    services.clock = &m_clock;
    services.client = m_client.get();
    services.history = m_history.get();
    m_window = std::make_unique<Ui::MainWindow>(services);
    m_window->setSpec(m_spec);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestStreamingRun::cleanup()
{
    // A check that failed mid-test left a page held: answer it, so the call ends before the window goes.
    if (m_server) {
        m_server->release();
    }
    m_window.reset();
    m_history.reset();
    m_client.reset();
    m_server.reset();
}

void TestStreamingRun::startRun()
{
    Core::ParameterValues values;
    values.set(u"region_id"_s, u"10000002"_s);
    values.set(u"order_type"_s, u"all"_s);
    Ui::RunController *controller = m_window->runController();
    QVERIFY(controller->openOperation(u"GetMarketsRegionIdOrders"_s, values, Core::CallMode::AllPages));
    QString why;
    QCOMPARE(controller->runAsRequested(&why), Ui::RunController::RunStart::Started);
}

bool TestStreamingRun::waitForRunEnd()
{
    QSignalSpy finished(m_window->runController(), &Ui::RunController::outcomeReady);
    return !m_window->runController()->isRunning() || finished.wait(20000);
}

void TestStreamingRun::rows_appearBeforeTheLastPageArrives_withPageKOfNProgress()
{
    QAbstractItemModelTester tester(model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_server->holdPage(pages);
    startRun();
    QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), (pages - 1) * rowsPerPage, 20000);
    QCOMPARE(m_server->heldRequests(), 1); // the last page has not been answered: these rows came first
    QVERIFY(m_window->runController()->isRunning());
    const int orderColumn = model()->result()->columnIndex(u"order_id");
    QCOMPARE(model()->index(0, orderColumn).data().toString(), QString::number(HeldPageServer::orderId(1, 0)));
    QTRY_VERIFY2(progressText().startsWith(u"Page 4 of 5"_s), qPrintable(progressText()));

    m_server->release();
    QVERIFY(waitForRunEnd());
    QCOMPARE(model()->rowCount(), pages * rowsPerPage);
    // In page order, whatever order the pages arrived in.
    QCOMPARE(model()->index(pages * rowsPerPage - 1, orderColumn).data().toString(),
             QString::number(HeldPageServer::orderId(pages, rowsPerPage - 1)));
}

void TestStreamingRun::sortingAndFiltering_keepWorkingWhileRowsStream()
{
    m_server->holdPage(3);
    startRun();
    QTRY_VERIFY_WITH_TIMEOUT(model()->rowCount() > 0, 20000);
    const int orderColumn = model()->result()->columnIndex(u"order_id");
    const int rangeColumn = model()->result()->columnIndex(u"range");
    QVERIFY(orderColumn >= 0 && rangeColumn >= 0);
    // As a user does it: a click on the header, a column and a text for the filter.
    m_window->findChild<QTableView *>(u"resultTable"_s)
        ->sortByColumn(m_window->resultPanel()->tableView()->names()->proxyColumnOfSource(orderColumn),
                       Qt::DescendingOrder); // the view's column: name columns stand between the source's
    auto *filterColumn = m_window->findChild<QComboBox *>(u"resultFilterColumn"_s);
    filterColumn->setCurrentIndex(filterColumn->findData(rangeColumn));
    m_window->findChild<QLineEdit *>(u"resultFilter"_s)->setText(u"station"_s);
    // The filter applies after the field's typing delay; until its rows are in, the rows shown before stay.
    QTRY_VERIFY_WITH_TIMEOUT(model()->filterText() == u"station"_s && !model()->isBusy(), 20000);
    // Pages 1, 2 and 4 are in (page 4 waits for 3 before it joins): half of pages 1-2 are station orders.
    // Waits for the state, not for a count: page 1 alone, before the filter applies, also has rowsPerPage rows.
    QTRY_COMPARE_WITH_TIMEOUT(model()->index(0, orderColumn).data().toString(),
                              QString::number(HeldPageServer::orderId(2, rowsPerPage - 1)), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), rowsPerPage, 20000);

    m_server->release();
    QVERIFY(waitForRunEnd());
    QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), pages * rowsPerPage / 2, 20000);
    QTRY_VERIFY(!model()->isBusy());
    QCOMPARE(model()->index(0, orderColumn).data().toString(),
             QString::number(HeldPageServer::orderId(pages, rowsPerPage - 1)));
    for (int row = 0; row < model()->rowCount(); ++row) {
        QCOMPARE(model()->index(row, rangeColumn).data().toString(), u"station"_s);
    }
    QCOMPARE(model()->totalRows(), pages * rowsPerPage);
}

void TestStreamingRun::snapshotRestart_clearsTheRowsAndFillsThemAgain()
{
    m_server->holdPage(3);
    startRun();
    QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 2 * rowsPerPage, 20000);
    int fewestAfterwards = model()->rowCount();
    connect(model(), &QAbstractItemModel::modelReset, this,
            [this, &fewestAfterwards] { fewestAfterwards = qMin(fewestAfterwards, model()->rowCount()); });

    m_server->release("Mon, 07 Dec 2026 00:05:00 GMT"); // page 3 says the data changed: all pages again
    QVERIFY(waitForRunEnd());
    QCOMPARE(fewestAfterwards, 0);                      // the old snapshot's rows went away
    QCOMPARE(model()->rowCount(), pages * rowsPerPage); // and the new one's are all there, once
    QCOMPARE(m_window->runController()->lastOutcome()->result.snapshotRefetches, 1);
    checkPagesAndHistoryOfTheRun(); // of the new snapshot's pages
}

void TestStreamingRun::finishedRun_keepsPagesPacked_rawViewAndHistoryHaveTheExactBodies()
{
    m_server->holdPage(2); // pages 3..5 come before 2: packed and hashed out of order
    startRun();
    QTRY_VERIFY_WITH_TIMEOUT(m_server->heldRequests() == 1 && m_server->served() >= 4, 20000);
    m_server->release();
    QVERIFY(waitForRunEnd());
    checkPagesAndHistoryOfTheRun();
}

void TestStreamingRun::checkPagesAndHistoryOfTheRun()
{
    const Core::CallOutcomePtr outcome = m_window->runController()->lastOutcome();
    QVERIFY(outcome && outcome->result.isOk());
    QCOMPARE(outcome->result.pages.size(), pages);
    QCryptographicHash expected(QCryptographicHash::Sha256);
    auto *raw = m_window->findChild<Ui::RawResponseView *>(u"rawResponseView"_s);
    QVERIFY(raw);
    for (int index = 0; index < pages; ++index) {
        const Core::PageResult &page = outcome->result.pages.at(index);
        const QByteArray body = m_server->body(index + 1);
        QVERIFY2(page.isPacked(), qPrintable(u"page %1 is held unpacked"_s.arg(index + 1)));
        QCOMPARE(page.bytes(), body); // every byte, nothing lost to packing
        raw->setCurrentPage(index);
        QCOMPARE(raw->textView()->toPlainText(), QString::fromUtf8(QJsonDocument::fromJson(body).toJson()));
        expected.addData(page.language.toUtf8());
        expected.addData(body);
    }
    // The history has the run, with the SHA-256 of exactly these bodies (taken while the pages decoded).
    QTRY_COMPARE(m_history->entries().size(), 1);
    const Core::HistoryEntry entry = m_history->entries().constFirst();
    QCOMPARE(entry.pages, pages);
    QCOMPARE(entry.rows, qint64(pages * rowsPerPage));
    QCOMPARE(entry.bodyHash, expected.result());
}

QTEST_MAIN(TestStreamingRun)
#include "tst_streamingrun.moc"
