#include "explorerharness.h"
#include "ui/browse/quickswitcher.h"
#include "ui/desktop/shortcutsdialog.h"
#include "ui/mainwindow.h"
#include "ui/result/resultpanel.h"
#include "ui/run/runcontroller.h"
#include "ui/run/runpanel.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Esi;

namespace {

constexpr int pages = 3;
constexpr int itemsPerPage = 5;
constexpr int maxTabStops = 80; // more than this many Tab presses to reach a control is itself a failure

} // namespace

// The whole explorer without a mouse: every event here is a key press sent to whatever has the focus, as a
// keyboard-only user (or a screen reader) would drive it, against esi-sandbox on 127.0.0.1.
class TestKeyboardExplorer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void goToOperation_withCtrlK();
    void fillParameter_byTabbingToIt();
    void run_withCtrlReturn_reachesTheResultTable();
    void filterField_withCtrlF_selectsByKeyboard();
    void windowShortcuts_areUnambiguous();

private:
    static QWidget *focused() { return QApplication::focusWidget(); }

    static void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget *target = focused() ? focused() : QApplication::activeWindow();
        QVERIFY2(target, "nothing has the keyboard focus");
        QTest::keyClick(target, key, modifiers);
    }

    static void type(const QString &text)
    {
        QVERIFY2(focused(), "nothing has the keyboard focus");
        QTest::keyClicks(focused(), text);
    }

    // Presses Tab until `target` has the focus; false when it never gets it. `visited` collects the stops.
    static bool tabTo(const QWidget *target, QStringList *visited = nullptr);

    ExplorerHarness m_harness{0};
    std::unique_ptr<Ui::MainWindow> m_window;
};

bool TestKeyboardExplorer::tabTo(const QWidget *target, QStringList *visited)
{
    for (int i = 0; i < maxTabStops && focused() != target; ++i) {
        QWidget *from = focused();
        if (!from) {
            return false;
        }
        QTest::keyClick(from, Qt::Key_Tab);
        if (visited && focused()) {
            visited->append(focused()->objectName());
        }
    }
    return focused() == target;
}

void TestKeyboardExplorer::initTestCase()
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
    m_window = std::make_unique<Ui::MainWindow>(m_harness.services());
    m_window->setSpec(loaded.spec);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTRY_VERIFY(focused() != nullptr);
}

void TestKeyboardExplorer::cleanupTestCase()
{
    m_window.reset();
}

void TestKeyboardExplorer::goToOperation_withCtrlK()
{
    press(Qt::Key_K, Qt::ControlModifier);
    Ui::QuickSwitcher *switcher = m_window->quickSwitcher();
    QTRY_VERIFY(switcher->isVisible());
    QTRY_COMPARE(focused(), switcher->findChild<QLineEdit *>(u"quickSwitcherQuery"_s));
    type(u"GetMarketsRegionIdOrders"_s);
    QCOMPARE(switcher->matches().value(0), u"GetMarketsRegionIdOrders"_s);
    press(Qt::Key_Return);
    QTRY_VERIFY(!switcher->isVisible());
    QTRY_VERIFY(m_window->runPanel()->operation());
    QCOMPARE(m_window->runPanel()->operation()->operationId, u"GetMarketsRegionIdOrders"_s);
    QTRY_VERIFY(m_window->isActiveWindow());
    QVERIFY2(focused() && focused()->window() == m_window.get(), "the focus did not come back to the window");
}

void TestKeyboardExplorer::fillParameter_byTabbingToIt()
{
    auto *region = m_window->runPanel()->findChild<QLineEdit *>(u"input_region_id"_s);
    QVERIFY(region);
    QStringList stops;
    QVERIFY2(tabTo(region, &stops), qPrintable(u"Tab never reached the region_id field: "_s + stops.join(u", "_s)));
    // The form's fields come where the form is, before Run, not after every other control of the window.
    QVERIFY2(!stops.contains(u"runButton"_s), qPrintable(stops.join(u", "_s)));
    type(u"10000002"_s);
    QCOMPARE(region->text(), u"10000002"_s);
}

void TestKeyboardExplorer::run_withCtrlReturn_reachesTheResultTable()
{
    press(Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->resultPanel()->outcome() && !m_window->runController()->isRunning(), 60000);
    const Core::CallOutcomePtr outcome = m_window->resultPanel()->outcome();
    QVERIFY2(outcome->result.isOk(), qPrintable(outcome->result.message));

    auto *table = m_window->findChild<QTableView *>(u"resultTable"_s);
    QVERIFY(table);
    QTRY_VERIFY(table->model()->rowCount() > 0);
    QCOMPARE(m_window->resultPanel()->tabs()->currentIndex(), int(Ui::ResultPanel::TableTab));
    QVERIFY2(tabTo(table), qPrintable(u"Tab never reached the result table; stuck at "_s +
                                      (focused() ? focused()->objectName() : u"nothing"_s)));
    press(Qt::Key_Down);
    press(Qt::Key_Down);
    QVERIFY(table->currentIndex().isValid());
    QVERIFY(table->currentIndex().row() >= 1);
}

void TestKeyboardExplorer::filterField_withCtrlF_selectsByKeyboard()
{
    press(Qt::Key_F, Qt::ControlModifier);
    auto *filter = m_window->findChild<QLineEdit *>(u"operationFilter"_s);
    QTRY_COMPARE(focused(), filter);
    type(u"id:GetAlliances"_s);
    press(Qt::Key_Return); // picks the first match
    QTRY_VERIFY(m_window->runPanel()->operation());
    QTRY_COMPARE(m_window->runPanel()->operation()->operationId, u"GetAlliances"_s);
}

void TestKeyboardExplorer::windowShortcuts_areUnambiguous()
{
    // Qt fires neither of two window-wide actions that share a key, so each key may belong to one only.
    QHash<QKeySequence, QString> owners;
    QStringList clashes;
    const QList<QAction *> actions = Ui::ShortcutsDialog::shortcutActions(m_window.get());
    for (const QAction *action : actions) {
        if (action->shortcutContext() != Qt::WindowShortcut && action->shortcutContext() != Qt::ApplicationShortcut) {
            continue; // scoped to its widget
        }
        const QList<QKeySequence> keys = action->shortcuts();
        for (const QKeySequence &key : keys) {
            if (owners.contains(key) && owners.value(key) != action->objectName()) {
                clashes.append(key.toString() + u": "_s + owners.value(key) + u" and "_s + action->objectName());
            }
            owners.insert(key, action->objectName());
        }
    }
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u"\n"_s)));
    QVERIFY(owners.contains(QKeySequence(Qt::CTRL | Qt::Key_K)));
}

QTEST_MAIN(TestKeyboardExplorer)
#include "tst_keyboardexplorer.moc"
