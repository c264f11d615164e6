// The settings wired into the main window: File > Settings (Ctrl+,), Help > First-Run Assistant, the
// offline entry and indicator, and saved values applied to the running client and cache.
#include "core/clock.h"
#include "core/http/esiclient.h"
#include "core/http/responsecache.h"
#include "core/settings/offlinesandbox.h"
#include "core/spec/specrepository.h"
#include "core/statelocations.h"
#include "ui/mainwindow.h"
#include "ui/names/namecolumnsmodel.h"
#include "ui/result/resultpanel.h"
#include "ui/result/resulttableview.h"
#include "ui/settings/firstrunassistant.h"
#include "ui/settings/settingscontroller.h"
#include "ui/settings/settingsdialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace Esi::Core;
using namespace Esi::Ui;
using namespace Qt::Literals::StringLiterals;

class TestSettingsController : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_repository =
            std::make_unique<SpecRepository>(&m_network, m_dir->filePath(u"specs"_s), QUrl(u"http://127.0.0.1:9"_s));
        m_window = std::make_unique<MainWindow>(m_repository.get());
        m_cache = std::make_unique<ResponseCache>(m_dir->filePath(u"responses.sqlite"_s), m_clock);
        QString error;
        QVERIFY2(m_cache->open(&error), qPrintable(error));
        FetchServices services;
        services.network = &m_network;
        services.clock = &m_clock;
        m_client = std::make_unique<EsiClient>(services, EsiClientSettings());
    }

    void cleanup()
    {
        m_controller.reset();
        m_window.reset();
    }

    void attach_addsTheActionsToTheMenus()
    {
        makeController({});
        auto *file = m_window->findChild<QMenu *>(u"fileMenu"_s);
        auto *help = m_window->findChild<QMenu *>(u"helpMenu"_s);
        QVERIFY(file && help);
        QAction *settings = m_controller->settingsAction();
        QCOMPARE(settings->objectName(), u"settingsAction"_s);
        QCOMPARE(settings->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
        QVERIFY(file->actions().contains(settings));
        QVERIFY(file->actions().contains(m_controller->offlineAction()));
        QCOMPARE(m_controller->offlineAction()->text().remove(u'&'), u"Try It Offline"_s);
        // Quit stays last.
        QCOMPARE(file->actions().constLast()->objectName(), u"quitAction"_s);
        QVERIFY(help->actions().contains(m_controller->firstRunAction()));
        QCOMPARE(m_controller->firstRunAction()->objectName(), u"firstRunAction"_s);
    }

    void shortcut_opensTheSettingsDialog()
    {
        makeController({});
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_Comma, Qt::ControlModifier);
        SettingsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<SettingsDialog *>()) != nullptr);
        QTRY_VERIFY(dialog->isVisible());
        // Asking again raises the same dialog.
        QCOMPARE(m_controller->openSettings(), dialog);
        dialog->reject();
    }

    void savedValues_applyToTheRunningClientAndCache()
    {
        makeController({});
        SettingsDialog *dialog = m_controller->openSettings();
        dialog->findChild<QSpinBox *>(u"concurrencySpin"_s)->setValue(3);
        dialog->findChild<QSpinBox *>(u"maxPagesSpin"_s)->setValue(500);
        dialog->findChild<QSpinBox *>(u"maxResponseSpin"_s)->setValue(128);
        dialog->findChild<QSpinBox *>(u"cacheSizeSpin"_s)->setValue(32);
        dialog->findChild<QLineEdit *>(u"contactEmailEdit"_s)->setText(u"pilot@example.com"_s);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"settingsOkButton"_s), Qt::LeftButton);
        QCOMPARE(m_client->settings().defaultConcurrency, 3);
        QCOMPARE(m_client->settings().limits.maxPages, 500);
        QCOMPARE(m_client->settings().limits.maxResponseBytes, 128LL * 1024 * 1024);
        if (qEnvironmentVariableIsEmpty("ESI_CONTACT_EMAIL")) {
            QVERIFY2(m_client->settings().userAgent.toString().contains(u"(pilot@example.com)"_s),
                     qPrintable(m_client->settings().userAgent.toString()));
        }
        QCOMPARE(m_cache->maxBytes(), 32LL * 1024 * 1024);
        QCOMPARE(m_controller->settings().concurrency, 3);
        QSettings stored(file(), QSettings::IniFormat);
        QCOMPARE(stored.value(u"http/concurrency"_s).toInt(), 3);
        QCOMPARE(stored.value(u"http/maxPages"_s).toInt(), 500);
    }

    void storedTheme_isAppliedAtStart()
    {
        const QString startStyle = QApplication::style()->name();
        makeController({{u"ui/theme"_s, u"dark"_s}});
        QCOMPARE(QApplication::style()->name().toLower(), u"fusion"_s);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 100);
        SettingsDialog *dialog = m_controller->openSettings();
        auto *theme = dialog->findChild<QComboBox *>(u"themeCombo"_s);
        theme->setCurrentIndex(theme->findData(u"system"_s));
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"settingsOkButton"_s), Qt::LeftButton);
        QCOMPARE(QApplication::style()->name(), startStyle);
    }

    void showNamesSetting_switchesTheResultTablesNameColumnsAtOnce()
    {
        makeController({});
        NameColumnsModel *names = m_window->resultPanel()->tableView()->names();
        QVERIFY(names->isEnabled());
        SettingsDialog *dialog = m_controller->openSettings();
        auto *check = dialog->findChild<QCheckBox *>(u"showNamesCheck"_s);
        QVERIFY(check && check->isChecked());
        check->setChecked(false);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"settingsOkButton"_s), Qt::LeftButton);
        QVERIFY(!names->isEnabled());
    }

    void online_hidesTheOfflineIndicator()
    {
        makeController({});
        QVERIFY(!m_controller->isOffline());
        QVERIFY(!m_window->findChild<QLabel *>(u"offlineIndicator"_s)->isVisibleTo(m_window.get()));
        QVERIFY(!m_window->findChild<QToolButton *>(u"goOnlineButton"_s)->isVisibleTo(m_window.get()));
    }

    void offline_showsTheIndicatorWithTheSandboxAddress()
    {
        auto store = std::make_unique<QSettings>(file(), QSettings::IniFormat);
        store->setValue(u"offline/enabled"_s, true);
        // As main() decides them: the environment, then the stored cache folder.
        Esi::Core::StateLocations locations = Esi::Core::StateLocations::fromEnvironment(
            QProcessEnvironment::systemEnvironment(), Esi::Core::AppSettings::load(*store).cacheDirectory);
        m_controller = std::make_unique<SettingsController>(m_clock, std::move(store), std::move(locations),
                                                            QProcessEnvironment::systemEnvironment());
        QString error;
        QVERIFY2(m_controller->startOfflineSandbox(QStringLiteral(ESI_BINARY_DIR "/sandbox/esi-sandbox"), &m_network,
                                                   &error),
                 qPrintable(error));
        QVERIFY(m_controller->isOffline());
        m_controller->attach(m_window.get(), m_window->datePicker(), m_cache.get(), m_client.get());
        m_window->show();
        auto *indicator = m_window->findChild<QLabel *>(u"offlineIndicator"_s);
        QVERIFY(indicator->isVisible());
        QVERIFY2(indicator->text().contains(m_controller->offlineSandbox()->baseUrl().toString()),
                 qPrintable(indicator->text()));
        QVERIFY(indicator->text().contains(u"OFFLINE SANDBOX"_s));
        QVERIFY(m_window->findChild<QToolButton *>(u"goOnlineButton"_s)->isVisible());
        QCOMPARE(m_controller->offlineAction()->text().remove(u'&'), u"Go Back Online"_s);
        const qint64 pid = m_controller->offlineSandbox()->processId();
        m_controller.reset();
        QVERIFY(!QFile::exists(u"/proc/%1/cmdline"_s.arg(pid)) || QFile(u"/proc/%1/cmdline"_s.arg(pid)).size() == 0);
    }

    void firstRun_isNotShownOnceCompleted()
    {
        makeController({{u"firstRun/completed"_s, true}});
        QVERIFY(!m_controller->runFirstRunIfDue(false));
    }

    void missingSandbox_failsWithWhereItLooked()
    {
        // The test executable's folder holds no esi-sandbox, nor does ../sandbox beside it.
        makeController({});
        QString error;
        QVERIFY(!m_controller->startOfflineSandbox(&m_network, &error));
        QVERIFY2(error.contains(u"esi-sandbox was not found"_s), qPrintable(error));
        QVERIFY2(error.contains(QCoreApplication::applicationDirPath()), qPrintable(error));
        QVERIFY(!m_controller->isOffline());
    }

    void offlineAction_storesTheChoiceAndOffersARestart()
    {
        makeController({});
        m_window->show();
        QString question;
        QTimer::singleShot(0, this, [&question] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            question = box->text();
            box->button(QMessageBox::No)->click(); // stay: the change waits for the next start
        });
        m_controller->offlineAction()->trigger();
        QVERIFY2(question.contains(u"offline sandbox"_s), qPrintable(question));
        QSettings stored(file(), QSettings::IniFormat);
        QVERIFY(stored.value(u"offline/enabled"_s).toBool());
        QCOMPARE(m_controller->offlineAction()->text().remove(u'&'), u"Go Back Online"_s);
        QVERIFY(m_window->isVisible());
        QVERIFY(m_window->statusBar()->currentMessage().contains(u"restarts"_s));
    }

    void tryItOffline_whileTheSettingsDialogIsOpen_survivesItsOk()
    {
        makeController({});
        m_window->show();
        SettingsDialog *dialog = m_controller->openSettings();
        QStringList questions;
        const auto answerNo = [&questions] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                questions.append(box->text());
                box->button(QMessageBox::No)->click();
            }
        };
        QTimer::singleShot(0, this, answerNo);
        m_controller->offlineAction()->trigger();
        QCOMPARE(questions.size(), 1); // "offline sandbox at the next start"

        dialog->findChild<QSpinBox *>(u"concurrencySpin"_s)->setValue(5);
        QTimer::singleShot(0, this, answerNo); // a wrong "back online" question would be answered here
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"settingsOkButton"_s), Qt::LeftButton);
        QCoreApplication::processEvents();
        QCOMPARE(questions.size(), 1);
        QVERIFY(m_controller->settings().offline);
        QCOMPARE(m_controller->settings().concurrency, 5);
        QSettings stored(file(), QSettings::IniFormat);
        QVERIFY(stored.value(u"offline/enabled"_s).toBool());
        QCOMPARE(stored.value(u"http/concurrency"_s).toInt(), 5);
    }

    void cacheDirectory_isTheStoredOneFromTheStartUnlessTheEnvironmentSetsIt()
    {
        const QString chosen = m_dir->filePath(u"chosen-cache"_s);
        makeController({{u"cache/directory"_s, chosen}});
        const QString expected =
            qEnvironmentVariableIsSet("ESI_STUDIO_CACHE_DIR") ? qEnvironmentVariable("ESI_STUDIO_CACHE_DIR") : chosen;
        QCOMPARE(m_controller->cacheDirectory(), expected);
        // A location saved while running applies at the next start, like everything else using the folder.
        SettingsDialog *dialog = m_controller->openSettings();
        QTimer::singleShot(0, this, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                box->button(QMessageBox::No)->click();
            }
        });
        dialog->findChild<QLineEdit *>(u"cacheDirectoryEdit"_s)->setText(m_dir->filePath(u"later"_s));
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"settingsOkButton"_s), Qt::LeftButton);
        QCOMPARE(m_controller->settings().cacheDirectory, m_dir->filePath(u"later"_s));
        QCOMPARE(m_controller->cacheDirectory(), expected);
    }

private:
    QString file() const { return m_dir->filePath(u"esi-studio.conf"_s); }

    void makeController(const QList<QPair<QString, QVariant>> &stored)
    {
        auto store = std::make_unique<QSettings>(file(), QSettings::IniFormat);
        for (const auto &[key, value] : stored) {
            store->setValue(key, value);
        }
        // As main() decides them: the environment, then the stored cache folder.
        Esi::Core::StateLocations locations = Esi::Core::StateLocations::fromEnvironment(
            QProcessEnvironment::systemEnvironment(), Esi::Core::AppSettings::load(*store).cacheDirectory);
        m_controller = std::make_unique<SettingsController>(m_clock, std::move(store), std::move(locations),
                                                            QProcessEnvironment::systemEnvironment());
        m_controller->attach(m_window.get(), m_window->datePicker(), m_cache.get(), m_client.get());
        m_controller->attachNames(m_window->resultPanel()->tableView()->names());
    }

    SystemClock m_clock;
    QNetworkAccessManager m_network;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SpecRepository> m_repository;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<ResponseCache> m_cache;
    std::unique_ptr<EsiClient> m_client;
    std::unique_ptr<SettingsController> m_controller;
};

QTEST_MAIN(TestSettingsController)
#include "tst_settingscontroller.moc"
