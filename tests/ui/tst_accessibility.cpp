#include "accessibilityaudit.h"
#include "explorerharness.h"
#include "ui/browse/quickswitcher.h"
#include "ui/browse/specdiffdialog.h"
#include "ui/desktop/aboutdialog.h"
#include "ui/desktop/shortcutsdialog.h"
#include "ui/mainwindow.h"
#include "ui/result/resultpanel.h"
#include "ui/run/runcontroller.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QScrollBar>
#include <QSet>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QWidgetAction>

using namespace Qt::Literals::StringLiterals;
using namespace Esi;
using AccessibilityAudit::describe;
using AccessibilityAudit::isQtInternal;

// Every control of the main window and of the dialogs it opens can be found and read by assistive
// technology: each has a name, and each action a text. Failures list every unnamed control at once.
class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void mainWindow_everyControlHasAName();
    void mainWindow_everyActionHasAText();
    void dialogs_everyControlHasAName();

private:
    // Unnamed interactive widgets in `root`, its children included.
    static QStringList unnamedControls(QWidget *root);
    // Opens every "…" action of the menus (they open dialogs) and audits each window that appears.
    QStringList auditDialogsOpenedFromMenus();

    ExplorerHarness m_harness{0};
    std::unique_ptr<Ui::MainWindow> m_window;
};

QStringList TestAccessibility::unnamedControls(QWidget *root)
{
    return AccessibilityAudit::unnamedControls(root);
}

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const auto loaded = Core::Spec::fromFile(QStringLiteral(ESI_TEST_DATA "/openapi-2026-07-21.json"));
    QVERIFY2(loaded, qPrintable(loaded.error.toString()));
    Sandbox::SandboxOptions options;
    options.pages = 2;
    options.itemsPerPage = 3;
    const QString problem = m_harness.setUp(loaded.spec, options);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_window = std::make_unique<Ui::MainWindow>(m_harness.services());
    m_window->setSpec(loaded.spec);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // With a form and a result on screen, so the generated fields and result views are audited too.
    QVERIFY(m_window->selectOperation(u"GetMarketsRegionIdOrders"_s));
    auto *region = m_window->findChild<QLineEdit *>(u"input_region_id"_s);
    QVERIFY(region);
    region->setText(u"10000002"_s);
    m_window->runController()->run();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->resultPanel()->outcome() && !m_window->runController()->isRunning(), 60000);
}

void TestAccessibility::cleanupTestCase()
{
    m_window.reset();
}

void TestAccessibility::mainWindow_everyControlHasAName()
{
    QStringList problems;
    // The window's own widgets; dialogs it owns are audited below.
    const QStringList all = unnamedControls(m_window.get());
    for (const QString &problem : all) {
        if (problem.startsWith(u"/Esi::Ui::MainWindow"_s)) {
            problems.append(problem);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(u"controls without an accessible name:\n  "_s + problems.join(u"\n  "_s)));
}

void TestAccessibility::mainWindow_everyActionHasAText()
{
    QStringList problems;
    QList<QWidget *> holders = m_window->findChildren<QWidget *>();
    holders.prepend(m_window.get());
    QSet<QAction *> seen;
    for (QWidget *holder : std::as_const(holders)) {
        if (isQtInternal(holder)) {
            continue;
        }
        // A tool button's drop-down menu is held as an action; the button names it.
        const auto *button = qobject_cast<QToolButton *>(holder);
        const QAction *dropDown = button && button->menu() ? button->menu()->menuAction() : nullptr;
        const QList<QAction *> actions = holder->actions();
        for (QAction *action : actions) {
            if (seen.contains(action) || action->isSeparator() || qobject_cast<QWidgetAction *>(action) ||
                isQtInternal(action) || action == dropDown) {
                continue;
            }
            seen.insert(action);
            if (action->text().remove(u'&').trimmed().isEmpty()) {
                problems.append(action->objectName() + u" (in "_s + describe(holder) + u")"_s);
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(u"actions without text:\n  "_s + problems.join(u"\n  "_s)));
}

QStringList TestAccessibility::auditDialogsOpenedFromMenus()
{
    QStringList problems;
    // Not opened here: a file chooser (Qt's own dialog), and export (needs rows to export, audited elsewhere).
    const QStringList skipped{u"openSpecAction"_s, u"exportAction"_s};
    int audited = 0;
    const auto auditNewWindows = [&problems, &audited](const QSet<QWidget *> &before) {
        const QList<QWidget *> windows = QApplication::topLevelWidgets();
        for (QWidget *window : windows) {
            if (window->isVisible() && !before.contains(window) && !qobject_cast<QMenu *>(window)) {
                problems += unnamedControls(window);
                ++audited;
                window->close();
            }
        }
    };
    const QList<QMenu *> menus = m_window->menuBar()->findChildren<QMenu *>();
    for (const QMenu *menu : menus) {
        const QList<QAction *> actions = menu->actions();
        for (QAction *action : actions) {
            if (!action->text().endsWith(u'\u2026') || !action->isEnabled() || skipped.contains(action->objectName())) {
                continue;
            }
            // The windows on screen now; one kept hidden between uses (the quick switcher) counts when shown.
            QSet<QWidget *> before;
            const QList<QWidget *> existing = QApplication::topLevelWidgets();
            for (QWidget *window : existing) {
                if (window->isVisible()) {
                    before.insert(window);
                }
            }
            // A dialog started with exec() returns only when closed: audit it from inside its loop.
            QTimer modalWatch;
            modalWatch.setInterval(50);
            connect(&modalWatch, &QTimer::timeout, this, [&] { auditNewWindows(before); });
            modalWatch.start();
            const int auditedBefore = audited;
            action->trigger();
            // Until the window it opens was audited (from inside exec(), or here once shown); none: a failure.
            if (!QTest::qWaitFor(
                    [&] {
                        auditNewWindows(before);
                        return audited > auditedBefore;
                    },
                    10000)) {
                problems.append(action->objectName() + u" opened no window within 10 s"_s);
            }
            modalWatch.stop();
        }
    }
    return problems;
}

void TestAccessibility::dialogs_everyControlHasAName()
{
    QStringList problems;
    // The dialogs the window builds, opened the way the user opens them.
    problems += auditDialogsOpenedFromMenus();
    for (QWidget *dialog : std::initializer_list<QWidget *>{m_window->aboutDialog(), m_window->shortcutsDialog(),
                                                            m_window->diffDialog(), m_window->quickSwitcher()}) {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        problems += unnamedControls(dialog);
        dialog->close();
    }
    problems.removeDuplicates();
    QVERIFY2(problems.isEmpty(),
             qPrintable(u"dialog controls without an accessible name:\n  "_s + problems.join(u"\n  "_s)));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
