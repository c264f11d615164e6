#include "explorerharness.h"
#include "ui/mainwindow.h"
#include "ui/run/deeplinkrun.h"
#include "ui/run/parameterform.h"
#include "ui/run/runcontroller.h"
#include "ui/run/runpanel.h"
#include "ui/run/runrequest.h"
#include "ui/widgets/messagebanner.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Esi;

namespace {

constexpr int pages = 60; // more than FetchEstimate's "large" threshold: Run pressed by hand would ask first
constexpr int itemsPerPage = 5;

} // namespace

// esi-studio --run in the window itself: the operation opens with the values and runs as if Run were pressed;
// a wrong operation or value is a message in the window and nothing is sent.
class TestDeepLinkRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void runWords_parseValuesPagesAndInlineABodyFile();
    void runWords_refuseAWordThatIsNoAssignment();
    void run_opensTheOperationWithTheValuesAndFetchesAllPages();
    void unknownOperation_isAMessageAndSendsNothing();
    void badValue_isAMessageAndSendsNothing();

private:
    Ui::MessageBanner *banner() const { return m_window->findChild<Ui::MessageBanner *>(u"messageBanner"_s); }

    ExplorerHarness m_harness{0};
    std::unique_ptr<Ui::MainWindow> m_window;
    std::unique_ptr<Ui::DeepLinkRun> m_deepLink;
    int m_served = 0;
};

void TestDeepLinkRun::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const auto loaded = Core::Spec::fromFile(QStringLiteral(ESI_TEST_DATA "/openapi-2026-07-21.json"));
    QVERIFY2(loaded, qPrintable(loaded.error.toString()));
    Sandbox::SandboxOptions options;
    options.pages = pages;
    options.itemsPerPage = itemsPerPage;
    const QString problem = m_harness.setUp(loaded.spec, options);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // Calls of operations only: the names of a finished result's IDs may still be asked after it.
    connect(m_harness.sandbox.get(), &Sandbox::SandboxServer::responseWritten, this,
            [this](const QString &, const QString &target) {
                if (!target.contains(u"/universe/names"_s)) {
                    ++m_served;
                }
            });
    m_window = std::make_unique<Ui::MainWindow>(m_harness.services());
    m_window->setSpec(loaded.spec);
    m_deepLink = std::make_unique<Ui::DeepLinkRun>(m_window->runController());
    connect(m_deepLink.get(), &Ui::DeepLinkRun::problem, m_window.get(), &Ui::MainWindow::showProblem);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestDeepLinkRun::cleanupTestCase()
{
    m_deepLink.reset();
    m_window.reset();
}

void TestDeepLinkRun::init()
{
    banner()->dismiss();
}

void TestDeepLinkRun::runWords_parseValuesPagesAndInlineABodyFile()
{
    QTemporaryDir directory;
    QFile body(directory.filePath(u"ids.json"_s));
    QVERIFY(body.open(QIODevice::WriteOnly));
    body.write("[95465499, 30000142]");
    body.close();

    QString error;
    const auto request = Ui::RunRequest::fromWords(
        {u"PostUniverseNames"_s, u"--all-pages"_s, u"datasource=tranquility"_s, u"body=@"_s + body.fileName()}, &error);
    QVERIFY2(request, qPrintable(error));
    QCOMPARE(request->operationId, u"PostUniverseNames"_s);
    QVERIFY(request->allPages);
    QCOMPARE(request->values.value(u"datasource"), u"tranquility"_s);
    QCOMPARE(request->values.body(), u"[95465499, 30000142]"_s);
    // What a later launch sends to the running one carries the body itself, not the path.
    QCOMPARE(request->toWords(), QStringList({u"PostUniverseNames"_s, u"datasource=tranquility"_s,
                                              u"body=[95465499, 30000142]"_s, u"--all-pages"_s}));
    const auto again = Ui::RunRequest::fromWords(request->toWords(), &error);
    QVERIFY(again);
    QCOMPARE(again->values, request->values);
}

void TestDeepLinkRun::runWords_refuseAWordThatIsNoAssignment()
{
    QString error;
    QVERIFY(!Ui::RunRequest::fromWords({u"GetMarketsRegionIdOrders"_s, u"10000002"_s}, &error));
    QVERIFY2(error.contains(u"name=value"), qPrintable(error));
    QVERIFY(!Ui::RunRequest::fromWords({}, &error));
    QVERIFY2(error.contains(u"operation ID"), qPrintable(error));
    QVERIFY(!Ui::RunRequest::fromWords({u"GetStatus"_s, u"body=@/nonexistent/body.json"_s}, &error));
    QVERIFY2(error.contains(u"/nonexistent/body.json"), qPrintable(error));
}

void TestDeepLinkRun::run_opensTheOperationWithTheValuesAndFetchesAllPages()
{
    QSignalSpy finished(m_deepLink.get(), &Ui::DeepLinkRun::finished);
    m_deepLink->start({u"GetMarketsRegionIdOrders"_s, u"region_id=10000002"_s, u"order_type=sell"_s, u"--all-pages"_s});
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.constFirst().at(0).toInt(), 0);
    QCOMPARE(finished.constFirst().at(1).toString(), QString());
    QVERIFY(QApplication::activeModalWidget() == nullptr); // asked for explicitly: no Large Fetch question

    Ui::RunPanel *runPanel = m_window->runPanel();
    QCOMPARE(runPanel->operation()->operationId, u"GetMarketsRegionIdOrders"_s);
    QCOMPARE(runPanel->form()->values().value(u"region_id"), u"10000002"_s);
    QCOMPARE(runPanel->form()->values().value(u"order_type"), u"sell"_s);
    QCOMPARE(runPanel->options().mode, Core::CallMode::AllPages);
    auto *table = m_window->findChild<QTableView *>(u"resultTable"_s);
    QCOMPARE(table->model()->rowCount(), pages * itemsPerPage);
    QVERIFY(!banner()->isVisible());
}

void TestDeepLinkRun::unknownOperation_isAMessageAndSendsNothing()
{
    const int served = m_served;
    QSignalSpy finished(m_deepLink.get(), &Ui::DeepLinkRun::finished);
    m_deepLink->start({u"getMarketsRegionIdOrders"_s, u"region_id=10000002"_s});
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.constFirst().at(0).toInt(), int(Ui::DeepLinkRun::exitNotStarted));
    QVERIFY(banner()->isVisible());
    QVERIFY2(banner()->details().contains(u"no operation \u201cgetMarketsRegionIdOrders\u201d"),
             qPrintable(banner()->details()));
    QTest::qWait(50); // anything sent would be answered by now
    QCOMPARE(m_served, served);
}

void TestDeepLinkRun::badValue_isAMessageAndSendsNothing()
{
    const int served = m_served;
    QSignalSpy finished(m_deepLink.get(), &Ui::DeepLinkRun::finished);
    m_deepLink->start({u"GetMarketsRegionIdOrders"_s, u"region_id=ten"_s, u"order_type=sell"_s});
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.constFirst().at(0).toInt(), int(Ui::DeepLinkRun::exitNotStarted));
    QVERIFY(banner()->isVisible());
    QVERIFY2(banner()->details().contains(u"'ten' is not an integer"), qPrintable(banner()->details()));
    QVERIFY2(finished.constFirst().at(1).toString().contains(u"'ten' is not an integer"),
             qPrintable(finished.constFirst().at(1).toString()));
    // The form shows what was asked for, so it can be corrected and run by hand.
    QCOMPARE(m_window->runPanel()->form()->values().value(u"region_id"), u"ten"_s);
    QTest::qWait(50);
    QCOMPARE(m_served, served);
}

QTEST_MAIN(TestDeepLinkRun)
#include "tst_deeplinkrun.moc"
