#include "core/spec/specrepository.h"
#include "ui/browse/operationinfopanel.h"
#include "ui/browse/operationtreepanel.h"
#include "ui/desktop/windowstate.h"
#include "ui/mainwindow.h"
#include "ui/result/resultpanel.h"
#include "ui/run/runpanel.h"

#include <QDockWidget>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Esi;

// The window comes back as it was left: size, docks, splitters, tabs and the selected operation.
class TestWindowState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void saveThenRestore_bringsBackLayoutTabsAndOperation();
    void restore_withoutSavedState_keepsDefaults();
    void restore_skipsOperationTheSpecLacks();

private:
    std::unique_ptr<Ui::MainWindow> newWindow();
    QSettings settings(const QString &name) const;

    QTemporaryDir m_directory;
    QNetworkAccessManager m_network;
    std::unique_ptr<Core::SpecRepository> m_repository;
    Core::SpecPtr m_spec;
};

void TestWindowState::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_directory.isValid());
    m_repository = std::make_unique<Core::SpecRepository>(&m_network, m_directory.filePath(u"specs"_s),
                                                          QUrl(u"http://127.0.0.1:9"_s));
    const auto loaded = Core::Spec::fromFile(QStringLiteral(ESI_TEST_DATA "/openapi-2026-07-21.json"));
    QVERIFY2(loaded, qPrintable(loaded.error.toString()));
    m_spec = loaded.spec;
}

std::unique_ptr<Ui::MainWindow> TestWindowState::newWindow()
{
    auto window = std::make_unique<Ui::MainWindow>(m_repository.get());
    window->setSpec(m_spec);
    return window;
}

QSettings TestWindowState::settings(const QString &name) const
{
    return QSettings(m_directory.filePath(name), QSettings::IniFormat);
}

void TestWindowState::saveThenRestore_bringsBackLayoutTabsAndOperation()
{
    QList<int> treeSizes;
    QList<int> workSizes;
    {
        auto window = newWindow();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->resize(1100, 760);
        auto *explorer = window->findChild<QSplitter *>(u"explorerSplitter"_s);
        auto *work = window->findChild<QSplitter *>(u"workSplitter"_s);
        explorer->setSizes({420, 600});
        work->setSizes({200, 400});
        window->findChild<QDockWidget *>(u"historyDock"_s)->hide();
        QVERIFY(window->selectOperation(u"GetMarketsRegionIdOrders"_s));
        window->infoPanel()->setCurrentIndex(1);
        window->resultPanel()->tabs()->setCurrentIndex(Ui::ResultPanel::HeadersTab);
        QTest::qWait(50);
        treeSizes = explorer->sizes(); // as laid out: minimum sizes may have moved the handles
        workSizes = work->sizes();
        QSettings stored = settings(u"saved.ini"_s);
        Ui::WindowState::save(*window, stored);
    }

    auto window = newWindow();
    QSettings stored = settings(u"saved.ini"_s);
    Ui::WindowState::restore(*window, stored);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QTRY_COMPARE(window->size(), QSize(1100, 760));
    QCOMPARE(window->findChild<QSplitter *>(u"explorerSplitter"_s)->sizes(), treeSizes);
    QCOMPARE(window->findChild<QSplitter *>(u"workSplitter"_s)->sizes(), workSizes);
    QVERIFY(!window->findChild<QDockWidget *>(u"historyDock"_s)->isVisible());
    QVERIFY(window->findChild<QDockWidget *>(u"limitsDock"_s)->isVisible());
    QVERIFY(window->runPanel()->operation());
    QCOMPARE(window->runPanel()->operation()->operationId, u"GetMarketsRegionIdOrders"_s);
    QCOMPARE(window->infoPanel()->currentIndex(), 1);
    QCOMPARE(window->resultPanel()->tabs()->currentIndex(), int(Ui::ResultPanel::HeadersTab));
}

void TestWindowState::restore_withoutSavedState_keepsDefaults()
{
    auto reference = newWindow();
    auto window = newWindow();
    QSettings empty = settings(u"empty.ini"_s);
    Ui::WindowState::restore(*window, empty);
    QCOMPARE(window->size(), reference->size());
    QCOMPARE(window->infoPanel()->currentIndex(), reference->infoPanel()->currentIndex());
    QVERIFY(!window->runPanel()->operation());
}

void TestWindowState::restore_skipsOperationTheSpecLacks()
{
    QSettings stored = settings(u"stale.ini"_s);
    stored.setValue(u"window/operation"_s, u"GetNoSuchOperation"_s);
    stored.setValue(u"window/tabs/resultTabs"_s, 99); // a tab that no longer exists
    auto window = newWindow();
    Ui::WindowState::restore(*window, stored);
    QVERIFY(!window->runPanel()->operation());
    QCOMPARE(window->resultPanel()->tabs()->currentIndex(), int(Ui::ResultPanel::TableTab));
}

QTEST_MAIN(TestWindowState)
#include "tst_windowstate.moc"
