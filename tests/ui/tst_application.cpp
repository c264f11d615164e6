#include "app/application.h"
#include "core/auth/keychainsecretstore.h"
#include "core/auth/tokendatabase.h"
#include "core/auth/tokenrecord.h"
#include "core/result/callhistorystore.h"
#include "core/settings/appsettings.h"
#include "core/statelocations.h"
#include "ui/mainwindow.h"
#include "ui/run/runcontroller.h"
#include "ui/widgets/messagebanner.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QNetworkProxy>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using Esi::Core::TokenDatabase;
using Esi::Core::TokenRecord;
using Esi::Core::TokenStatus;
using Esi::Ui::MainWindow;
using Esi::Ui::MessageBanner;

// The whole application in this process: how its windows and background work meet the user.
class TestApplication : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void closingMainWindow_withCharactersWindowOpen_endsTheApp();
    void keepAliveFailure_isShownOnceInTheMainWindow();
    void offlineSandboxCall_staysOutOfTheRealHistory();

private:
    // A fresh profile (settings, data, cache) for each test.
    QString profileFolder() const;
    bool writeToken(qint64 characterId, const QString &name, TokenStatus status) const;
    std::optional<TokenRecord> readToken(qint64 characterId) const;
    MainWindow *startApplication(const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
    QWidget *openCharacterManager(MainWindow *window) const;
    // Keychain jobs still running when the app goes would call back into deleted jobs (QtKeychain's libsecret
    // backend keeps raw pointers); one more round-trip on the same bus, answered after theirs, lets them finish.
    static bool settleKeychain();
    // The main window's own banner (the Characters window, its child, has another).
    MessageBanner *mainBanner(MainWindow *window) const;

    static constexpr qint64 pilot = 2112000001;
    static constexpr int quitTimeoutMs = 10000; // a hang guard, not a timing target
    static constexpr int stillRunning = 99;
    QTemporaryDir m_home;
    std::unique_ptr<Esi::App::Application> m_application;
};

void TestApplication::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_home.isValid());
    Esi::App::Application::describe(*qApp);
    // Whatever the app asks for goes to a closed local port, never off this machine.
    QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::HttpProxy, u"127.0.0.1"_s, 9));
    qputenv("ESI_BASE_URL", "http://127.0.0.1:9");
    qputenv("ESI_SSO_URL", "http://127.0.0.1:9");
    qputenv("ESI_STUDIO_FIRST_RUN", "0"); // the main window itself, not the first-run assistant
}

void TestApplication::init()
{
    const QString profile = profileFolder();
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, profile + u"/config"_s);
    // The same file as QSettings' defaults above: <config>/EsiStudio/esi-studio.conf.
    qputenv("ESI_STUDIO_CONFIG_DIR", QFile::encodeName(profile + u"/config/EsiStudio"_s));
    qputenv("ESI_STUDIO_DATA_DIR", QFile::encodeName(profile + u"/data"_s));
    qputenv("ESI_STUDIO_CACHE_DIR", QFile::encodeName(profile + u"/cache"_s));
}

void TestApplication::cleanup()
{
    if (m_application) {
        QVERIFY(settleKeychain());
        m_application.reset();
    }
}

bool TestApplication::settleKeychain()
{
    Esi::Core::KeychainSecretStore keychain;
    bool answered = false;
    keychain.read(u"tst_application-barrier"_s, nullptr,
                  [&answered](const Esi::Core::SecretResult &) { answered = true; });
    return QTest::qWaitFor([&answered] { return answered; }, 10000);
}

QString TestApplication::profileFolder() const
{
    return m_home.filePath(QString::fromLatin1(QTest::currentTestFunction()));
}

bool TestApplication::writeToken(qint64 characterId, const QString &name, TokenStatus status) const
{
    QDir().mkpath(profileFolder() + u"/data"_s);
    TokenDatabase database(profileFolder() + u"/data/tokens.sqlite"_s);
    QString error;
    if (!database.open(&error)) {
        qWarning().noquote() << error;
        return false;
    }
    const QDateTime longAgo = QDateTime::currentDateTimeUtc().addDays(-30); // due for a keep-alive refresh
    TokenRecord record;
    record.characterId = characterId;
    record.characterName = name;
    record.ownerHash = u"owner"_s;
    record.scopes = {u"publicData"_s};
    record.accessTokenExpiresAt = longAgo.addSecs(1200);
    record.addedAt = longAgo;
    record.lastRefreshedAt = longAgo;
    record.status = status;
    if (!database.upsert(record, &error)) {
        qWarning().noquote() << error;
        return false;
    }
    return true;
}

std::optional<TokenRecord> TestApplication::readToken(qint64 characterId) const
{
    TokenDatabase database(profileFolder() + u"/data/tokens.sqlite"_s);
    QString error;
    return database.open(&error) ? database.token(characterId) : std::nullopt;
}

MainWindow *TestApplication::startApplication(const QProcessEnvironment &environment)
{
    // As main() does: the environment init() prepared, read once.
    m_application =
        std::make_unique<Esi::App::Application>(environment, Esi::App::Application::stateLocations(environment));
    if (const std::optional<int> exitCode = m_application->start({u"esi-studio"_s, u"--new-instance"_s})) {
        qWarning() << "start() asked to exit with" << *exitCode;
        return nullptr;
    }
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *widget : windows) {
        if (auto *window = qobject_cast<MainWindow *>(widget)) {
            return window;
        }
    }
    return nullptr;
}

QWidget *TestApplication::openCharacterManager(MainWindow *window) const
{
    auto *action = window->findChild<QAction *>(u"manageCharactersAction"_s);
    if (!action || !action->isEnabled()) {
        return nullptr;
    }
    action->trigger();
    const QWidgetList widgets = QApplication::allWidgets(); // wherever it hangs in the widget tree
    for (QWidget *widget : widgets) {
        if (widget->objectName() == u"tokenManagerWindow") {
            return widget;
        }
    }
    return nullptr;
}

MessageBanner *TestApplication::mainBanner(MainWindow *window) const
{
    const QList<MessageBanner *> banners = window->findChildren<MessageBanner *>();
    for (MessageBanner *banner : banners) {
        if (banner->window() == window && banner->parentWidget() && banner->parentWidget()->parentWidget() == window) {
            return banner;
        }
    }
    return nullptr;
}

void TestApplication::closingMainWindow_withCharactersWindowOpen_endsTheApp()
{
    // Settings' "Restart now" closes the main window and relaunches once the app quits: an open Characters
    // window must not keep it running.
    MainWindow *window = startApplication();
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QWidget *manager = openCharacterManager(window);
    QVERIFY2(manager, "Characters > Manage Characters did not open the Characters window");
    QVERIFY(QTest::qWaitForWindowExposed(manager));

    // The event loop as main() runs it: QApplication quits when its last window closes.
    QVERIFY(QGuiApplication::quitOnLastWindowClosed());
    QSignalSpy lastWindowClosed(qApp, &QGuiApplication::lastWindowClosed);
    QTimer::singleShot(0, window, &QWidget::close);
    QTimer::singleShot(quitTimeoutMs, qApp, [] { QCoreApplication::exit(stillRunning); });
    QCOMPARE(QApplication::exec(), 0);
    QCOMPARE(lastWindowClosed.size(), 1);
    QVERIFY(settleKeychain());
    m_application.reset(); // and no window is deleted twice on the way out
}

void TestApplication::keepAliveFailure_isShownOnceInTheMainWindow()
{
    QVERIFY(writeToken(pilot, u"Sandbox Pilot"_s, TokenStatus::Valid));
    MainWindow *window = startApplication();
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    MessageBanner *banner = mainBanner(window);
    QVERIFY(banner);
    banner->dismiss();
    QWidget *manager = openCharacterManager(window);
    QVERIFY(manager);
    auto *keepAlive = manager->findChild<QCheckBox *>(u"keepAliveCheck"_s);
    QVERIFY(keepAlive);
    QVERIFY(!keepAlive->isChecked());
    manager->close(); // the failure must be seen without it

    keepAlive->setChecked(true); // checks at once; the keychain holds no refresh token, so the refresh fails
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isHidden(), 15000);
    QVERIFY2(banner->title().contains(u"Sandbox Pilot"_s), qPrintable(banner->title()));
    QVERIFY2(banner->details().contains(u"Manage Characters"_s), qPrintable(banner->details()));

    // It fails again on the next check: said once is enough.
    banner->dismiss();
    QVERIFY(writeToken(pilot, u"Sandbox Pilot"_s, TokenStatus::Valid)); // due again
    keepAlive->setChecked(false);
    keepAlive->setChecked(true);
    QTRY_COMPARE_WITH_TIMEOUT(readToken(pilot).value_or(TokenRecord()).status, TokenStatus::NeedsReSignIn, 15000);
    QCoreApplication::processEvents();
    QVERIFY2(banner->isHidden(), qPrintable(banner->title()));
}

void TestApplication::offlineSandboxCall_staysOutOfTheRealHistory()
{
    {
        QSettings stored; // the profile's, as init() set it
        stored.setValue(QLatin1StringView(Esi::Core::AppSettings::offlineKey), true);
        stored.setValue(QLatin1StringView(Esi::Core::AppSettings::firstRunDoneKey), true);
    }
    // Offline mode only without a server given; the sandbox (linked next to this test) is on 127.0.0.1.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"ESI_BASE_URL"_s);
    environment.remove(u"ESI_SSO_URL"_s);
    const QNetworkProxy proxy = QNetworkProxy::applicationProxy();
    QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
    const auto restoreProxy = qScopeGuard([&proxy] { QNetworkProxy::setApplicationProxy(proxy); });
    const Esi::Core::StateLocations real = Esi::App::Application::stateLocations(environment);
    MainWindow *window = startApplication(environment);
    QVERIFY(window);
    QVERIFY2(m_application->locations().isOffline(), "the offline sandbox did not start");
    QCOMPARE(m_application->locations(), real.offline());

    QSignalSpy ran(window->runController(), &Esi::Ui::RunController::outcomeReady);
    QVERIFY(window->selectOperation(u"GetStatus"_s));
    QVERIFY(window->runController()->run());
    QVERIFY(ran.wait(20000));

    Esi::Core::CallHistoryStore offline(real.offline().historyDatabase());
    QString error;
    QVERIFY2(offline.open(&error), qPrintable(error));
    const QList<Esi::Core::HistoryEntry> sandboxCalls = offline.entries();
    QCOMPARE(sandboxCalls.size(), 1);
    QCOMPARE(sandboxCalls.constFirst().operationId, u"GetStatus"_s);
    // The real history never saw it (it is not even created), nor are the remembered values the real ones.
    QVERIFY(!QFile::exists(real.historyDatabase()));
    QVERIFY(!QFile::exists(real.rememberedValues()));
    QVERIFY(!QFile::exists(real.responseCache()));
    QVERIFY(QFile::exists(real.offline().responseCache()));
}

QTEST_MAIN(TestApplication)
#include "tst_application.moc"
