#include "core/spec/specrepository.h"
#include "esiversion.h"
#include "ui/desktop/aboutdialog.h"
#include "ui/desktop/shortcutsdialog.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <openssl/crypto.h>

using namespace Qt::Literals::StringLiterals;
using namespace Esi;

// Help > Keyboard Shortcuts and Help > About.
class TestHelpDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void about_namesEveryVersion();
    void about_copiesVersionsForABugReport();
    void shortcuts_openWithCtrlSlash();
    void shortcuts_listEveryLiveShortcutOfTheWindow();
    void shortcuts_searchFiltersByNameKeyOrDescription_data();
    void shortcuts_searchFiltersByNameKeyOrDescription();

private:
    QTemporaryDir m_directory;
    QNetworkAccessManager m_network;
    std::unique_ptr<Core::SpecRepository> m_repository;
    std::unique_ptr<Ui::MainWindow> m_window;
};

void TestHelpDialogs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_directory.isValid());
    QApplication::setWindowIcon(QIcon(u":/esi/icons/esi-studio.svg"_s)); // as Application::describe does
    m_repository = std::make_unique<Core::SpecRepository>(&m_network, m_directory.filePath(u"specs"_s),
                                                          QUrl(u"http://127.0.0.1:9"_s));
    const auto loaded = Core::Spec::fromFile(QStringLiteral(ESI_TEST_DATA "/openapi-2026-07-21.json"));
    QVERIFY2(loaded, qPrintable(loaded.error.toString()));
    m_window = std::make_unique<Ui::MainWindow>(m_repository.get());
    m_window->setSpec(loaded.spec);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestHelpDialogs::cleanupTestCase()
{
    m_window.reset();
}

void TestHelpDialogs::about_namesEveryVersion()
{
    m_window->findChild<QAction *>(u"aboutAction"_s)->trigger();
    Ui::AboutDialog *dialog = m_window->aboutDialog();
    QTRY_VERIFY(dialog->isVisible());
    const QString text = dialog->findChild<QLabel *>(u"aboutText"_s)->text();
    QVERIFY2(text.contains(QStringLiteral(ESI_STUDIO_VERSION)), qPrintable(text));
    QVERIFY2(text.contains(QString::fromLatin1(qVersion())), qPrintable(text));
    QVERIFY2(text.contains(u"QtKeychain"_s) && text.contains(QStringLiteral(ESI_QTKEYCHAIN_VERSION)), qPrintable(text));
    QVERIFY2(text.contains(QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION)).toHtmlEscaped()), qPrintable(text));
    QVERIFY2(text.contains(u"2026-07-21"_s), qPrintable(text)); // the spec on screen
    // The icon is drawn for the screen's scale from the SVG, not a 1x bitmap stretched.
    const QPixmap icon = dialog->findChild<QLabel *>(u"aboutIcon"_s)->pixmap();
    QVERIFY(!icon.isNull());
    QCOMPARE(icon.devicePixelRatio(), dialog->devicePixelRatioF());
    QCOMPARE(icon.width(), qRound(64 * dialog->devicePixelRatioF()));
    QVERIFY(QDir().mkpath(QStringLiteral(ESI_BINARY_DIR "/screenshots")));
    QVERIFY(dialog->grab().save(QStringLiteral(ESI_BINARY_DIR "/screenshots/about-dialog.png")));
    dialog->reject();
    QTRY_VERIFY(!dialog->isVisible());
}

void TestHelpDialogs::about_copiesVersionsForABugReport()
{
    Ui::AboutDialog *dialog = m_window->aboutDialog();
    dialog->open();
    QSignalSpy copied(dialog, &Ui::AboutDialog::versionsCopied);
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(dialog->copyButton(), Qt::LeftButton);
    QCOMPARE(copied.size(), 1);
    const QString report = QGuiApplication::clipboard()->text();
    for (const QString &line : QStringList{u"ESI Studio: "_s + QStringLiteral(ESI_STUDIO_VERSION),
                                           u"Qt: "_s + QString::fromLatin1(qVersion()),
                                           u"QtKeychain: "_s + QStringLiteral(ESI_QTKEYCHAIN_VERSION),
                                           u"OpenSSL: "_s + QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION)),
                                           u"Spec: 2026-07-21 (openapi-2026-07-21.json)"_s}) {
        QVERIFY2(report.contains(line), qPrintable(u"missing \u201c"_s + line + u"\u201d in:\n"_s + report));
    }
    QVERIFY2(!report.contains(QStringLiteral(ESI_TEST_DATA)), "the report must not carry local folders");
    dialog->reject();
}

void TestHelpDialogs::shortcuts_openWithCtrlSlash()
{
    QTest::keyClick(m_window.get(), Qt::Key_Slash, Qt::ControlModifier);
    Ui::ShortcutsDialog *dialog = m_window->shortcutsDialog();
    QTRY_VERIFY(dialog->isVisible());
    QTRY_COMPARE(QApplication::focusWidget(), dialog->searchField());
    dialog->reject();
    QTRY_VERIFY(!dialog->isVisible());
}

void TestHelpDialogs::shortcuts_listEveryLiveShortcutOfTheWindow()
{
    Ui::ShortcutsDialog *dialog = m_window->shortcutsDialog();
    dialog->setFilterText({});
    dialog->show();
    QTRY_VERIFY(dialog->isVisible());
    QStringList listed;
    for (int row = 0; row < dialog->list()->topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = dialog->list()->topLevelItem(row);
        QVERIFY2(!item->text(Ui::ShortcutsDialog::ActionColumn).isEmpty(), "a shortcut row without a name");
        QVERIFY2(!item->text(Ui::ShortcutsDialog::ShortcutColumn).isEmpty(), "a row without keys");
        listed.append(item->data(Ui::ShortcutsDialog::ActionColumn, Qt::UserRole).toString());
    }
    // Independently of the dialog: every action with a shortcut that is added to a widget of the window.
    const QList<QAction *> actions = m_window->findChildren<QAction *>();
    int live = 0;
    for (const QAction *action : actions) {
        bool inWindow = false;
        for (const QObject *object : action->associatedObjects()) {
            const auto *widget = qobject_cast<const QWidget *>(object);
            inWindow = inWindow || (widget && (widget->window() == m_window.get() || widget->inherits("QMenu")));
        }
        if (action->shortcuts().isEmpty() || !inWindow) {
            continue;
        }
        ++live;
        QVERIFY2(!action->objectName().isEmpty(), qPrintable(action->text() + u" has no objectName"_s));
        QVERIFY2(listed.contains(action->objectName()), qPrintable(action->objectName() + u" is not listed"_s));
    }
    QCOMPARE(listed.size(), live);
    QVERIFY(dialog->grab().save(QStringLiteral(ESI_BINARY_DIR "/screenshots/keyboard-shortcuts.png")));
    for (const char *expected : {"goToOperationAction", "findOperationAction", "runAction", "shortcutsAction"}) {
        QVERIFY2(listed.contains(QLatin1StringView(expected)), expected);
    }
    dialog->reject();
}

void TestHelpDialogs::shortcuts_searchFiltersByNameKeyOrDescription_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("expectedAction");
    QTest::newRow("by name") << u"go to"_s << u"goToOperationAction"_s;
    QTest::newRow("by key") << QKeySequence(Qt::CTRL | Qt::Key_K).toString(QKeySequence::NativeText).toLower()
                            << u"goToOperationAction"_s;
    QTest::newRow("by description") << u"JSON, NDJSON"_s << u"exportAction"_s;
}

void TestHelpDialogs::shortcuts_searchFiltersByNameKeyOrDescription()
{
    QFETCH(QString, search);
    QFETCH(QString, expectedAction);
    Ui::ShortcutsDialog *dialog = m_window->shortcutsDialog();
    dialog->show();
    dialog->setFilterText(search);
    QCOMPARE(dialog->visibleCount(), 1);
    for (int row = 0; row < dialog->list()->topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = dialog->list()->topLevelItem(row);
        if (!item->isHidden()) {
            QCOMPARE(item->data(Ui::ShortcutsDialog::ActionColumn, Qt::UserRole).toString(), expectedAction);
        }
    }
    dialog->setFilterText(u"no such shortcut anywhere"_s);
    QCOMPARE(dialog->visibleCount(), 0);
    dialog->reject();
}

QTEST_MAIN(TestHelpDialogs)
#include "tst_helpdialogs.moc"
