// When QtWebEngine cannot start (root without a sandbox opt-out, no usable OpenGL) the sign-in goes to the
// system browser with an explanation, decided before the plugin loads, so Chromium never gets the chance to
// abort the app. The system-browser path then shows a window with Cancel, and gives up after its timeout.
// Links esi_ui like esi-studio does, not QtWebEngine, so the process maps show whether the plugin was loaded.
#include "core/auth/memorysecretstore.h"
#include "core/auth/ssoclient.h"
#include "core/auth/ssosettings.h"
#include "core/auth/tokendatabase.h"
#include "core/auth/tokenstore.h"
#include "core/clock.h"
#include "ui/tokens/signinlauncher.h"
#include "ui/tokens/webenginecheck.h"

#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Esi;
using namespace Qt::Literals::StringLiterals;

namespace {

bool webEngineMapped()
{
    QFile maps(u"/proc/self/maps"_s);
    return maps.open(QIODevice::ReadOnly) && maps.readAll().contains("libQt6WebEngineCore");
}

QProcessEnvironment environmentWith(const QString &name, const QString &value)
{
    QProcessEnvironment environment;
    if (!name.isEmpty()) {
        environment.insert(name, value);
    }
    return environment;
}

} // namespace

class TestWebSignInFallback : public QObject
{
    Q_OBJECT

private:
    struct Rig
    {
        QTemporaryDir folder;
        QNetworkAccessManager network;
        Core::SystemClock clock;
        Core::TokenDatabase database{folder.filePath(u"tokens.sqlite"_s)};
        Core::MemorySecretStore secrets;
        std::unique_ptr<Core::SsoClient> sso;
        std::unique_ptr<Core::TokenStore> store;
        std::unique_ptr<Ui::SignInLauncher> launcher;
        QList<QUrl> opened; // what the "system browser" was asked to open

        explicit Rig(Ui::SignInLauncher::Options options)
        {
            QString error;
            if (!database.open(&error)) {
                qWarning("%s", qUtf8Printable(error));
            }
            Core::SsoSettings settings;
            settings.clientId = u"fallback-test"_s;
            settings.baseUrl = QUrl(u"http://127.0.0.1:9"_s); // no discovery: EVE's standard paths are used
            settings.callbackUrl = QUrl(u"http://127.0.0.1:0/callback"_s);
            sso = std::make_unique<Core::SsoClient>(settings, &network, clock, folder.filePath(u"jwks.json"_s));
            store = std::make_unique<Core::TokenStore>(database, secrets, *sso, clock);
            options.systemBrowser = [this](const QUrl &url) {
                opened.append(url);
                return true;
            };
            launcher = std::make_unique<Ui::SignInLauncher>(*sso, *store, options);
        }
    };

    static Ui::SignInLauncher::Options options(uint userId, const QProcessEnvironment &environment)
    {
        Ui::SignInLauncher::Options options;
        options.pluginDirectories = {u"" ESI_WEBSIGNIN_PLUGIN_DIR ""_s};
        options.webEngine = Ui::WebEngineEnvironment::fromProcess(userId, environment);
        return options;
    }

private Q_SLOTS:

    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void webEngineCheck_data()
    {
        QTest::addColumn<uint>("userId");
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("openGl");
        QTest::addColumn<QString>("problem"); // a word of the explanation, empty when WebEngine may start
        QTest::newRow("user") << 1000u << QString() << QString() << true << QString();
        QTest::newRow("root") << 0u << QString() << QString() << true << u"root"_s;
        QTest::newRow("root, sandbox disabled")
            << 0u << u"QTWEBENGINE_DISABLE_SANDBOX"_s << u"1"_s << true << QString();
        QTest::newRow("root, disable set to 0")
            << 0u << u"QTWEBENGINE_DISABLE_SANDBOX"_s << u"0"_s << true << u"root"_s;
        QTest::newRow("root, --no-sandbox")
            << 0u << u"QTWEBENGINE_CHROMIUM_FLAGS"_s << u"--disable-gpu --no-sandbox"_s << true << QString();
        QTest::newRow("root, other flags")
            << 0u << u"QTWEBENGINE_CHROMIUM_FLAGS"_s << u"--disable-gpu"_s << true << u"root"_s;
        QTest::newRow("no OpenGL") << 1000u << QString() << QString() << false << u"OpenGL"_s;
    }

    void webEngineCheck()
    {
        QFETCH(uint, userId);
        QFETCH(QString, variable);
        QFETCH(QString, value);
        QFETCH(bool, openGl);
        QFETCH(QString, problem);
        Ui::WebEngineEnvironment environment =
            Ui::WebEngineEnvironment::fromProcess(userId, environmentWith(variable, value));
        environment.openGlUsable = [openGl] { return openGl; };
        const QString found = Ui::WebEngineCheck(environment).problem();
        if (problem.isEmpty()) {
            QVERIFY2(found.isEmpty(), qPrintable(found));
        } else {
            QVERIFY2(found.contains(problem), qPrintable(found));
            QVERIFY2(found.contains(u"web browser"_s), qPrintable(found)); // says where the sign-in goes on
        }
    }

    void runningAsRoot_offersTheSystemBrowserAndNeverLoadsWebEngine()
    {
        QVERIFY(!webEngineMapped());
        Rig rig(options(0, QProcessEnvironment()));
        QSignalSpy unavailable(rig.launcher.get(), &Ui::SignInLauncher::embeddedBrowserUnavailable);
        QSignalSpy opened(rig.launcher.get(), &Ui::SignInLauncher::systemBrowserOpened);
        rig.launcher->start({u"esi-assets.read_assets.v1"_s});
        QCOMPARE(unavailable.size(), 1);
        const QString reason = unavailable.first().at(0).toString();
        QVERIFY2(reason.contains(u"root"_s) && reason.contains(u"QTWEBENGINE_DISABLE_SANDBOX"_s), qPrintable(reason));
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 20000);
        QCOMPARE(rig.opened.size(), 1);
        QVERIFY(QUrlQuery(rig.opened.first()).hasQueryItem(u"code_challenge"_s));
        QVERIFY(!rig.launcher->embeddedDialog());
        QVERIFY(!rig.launcher->isEmbeddedBrowserLoaded());
        QVERIFY2(!webEngineMapped(), "QtWebEngine was loaded although it would abort as root");
        rig.launcher->cancel();

        // A second sign-in decides the same way, still without the plugin.
        rig.launcher->start({u"esi-assets.read_assets.v1"_s});
        QCOMPARE(unavailable.size(), 2);
        QVERIFY(!webEngineMapped());
        rig.launcher->cancel();
    }

    void systemBrowserWait_cancelEndsTheSignIn()
    {
        Rig rig(options(0, QProcessEnvironment()));
        QSignalSpy cancelled(rig.launcher.get(), &Ui::SignInLauncher::cancelled);
        QSignalSpy failed(rig.launcher.get(), &Ui::SignInLauncher::failed);
        rig.launcher->start({u"esi-assets.read_assets.v1"_s});
        QTRY_VERIFY_WITH_TIMEOUT(rig.launcher->systemBrowserWaitDialog(), 20000);
        QPointer<QDialog> wait = rig.launcher->systemBrowserWaitDialog();
        QTRY_VERIFY(wait->isVisible());
        const QUrl callback(QUrlQuery(rig.opened.first()).queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded));
        QVERIFY(callback.port() > 0);

        // "Open the login page again" hands the same address to the browser once more.
        QTest::mouseClick(wait->findChild<QPushButton *>(u"openLoginPageAgainButton"_s), Qt::LeftButton);
        QCOMPARE(rig.opened.size(), 2);
        QCOMPARE(rig.opened.at(1), rig.opened.at(0));

        auto *cancel = wait->findChild<QPushButton *>(u"cancelSystemBrowserSignInButton"_s);
        QVERIFY(cancel);
        QVERIFY(!cancel->accessibleName().isEmpty() || !cancel->text().isEmpty());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QCOMPARE(cancelled.size(), 1);
        QVERIFY(failed.isEmpty());
        QVERIFY(!rig.launcher->isRunning());
        QTRY_VERIFY(wait.isNull());
        // Nothing listens for the answer any more.
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, quint16(callback.port()));
        QTRY_VERIFY(probe.state() == QAbstractSocket::UnconnectedState);
    }

    void systemBrowserTimeout_failsSayingSoAndClosesTheWait()
    {
        Ui::SignInLauncher::Options timed = options(0, QProcessEnvironment());
        timed.systemBrowserTimeoutMs = 300;
        Rig rig(timed);
        QSignalSpy failed(rig.launcher.get(), &Ui::SignInLauncher::failed);
        rig.launcher->start({u"esi-assets.read_assets.v1"_s});
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 20000);
        const QString reason = failed.first().at(0).toString();
        QVERIFY2(reason.contains(u"stopped waiting"_s), qPrintable(reason));
        QVERIFY(!rig.launcher->isRunning());
        QTRY_VERIFY(!rig.launcher->systemBrowserWaitDialog());
    }
};

QTEST_MAIN(TestWebSignInFallback)
#include "tst_websigninfallback.moc"
