#include "core/spec/specrepository.h"
#include "core/statelocations.h"
#include "tests/auth/secretscan.h"
#include "ui/tokens/signinlauncher.h"
#include "websigninharness.h"

#include <QApplication>
#include <QBuffer>
#include <QLoggingCategory>
#include <QPointer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QWebEngineProfile>

using namespace Esi;
using namespace Qt::Literals::StringLiterals;

namespace {

// Records the forms posted to the SSO's token endpoint: they carry the authorization code and the PKCE
// verifier, which the test then looks for on disk.
class RecordingNetwork : public QNetworkAccessManager
{
public:
    QList<QByteArray> tokenForms;

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request, QIODevice *outgoing) override
    {
        if (outgoing && request.url().path() == "/v2/oauth/token"_L1) {
            const QByteArray body = outgoing->readAll();
            tokenForms.append(body);
            auto *copy = new QBuffer(this);
            copy->setData(body);
            copy->open(QIODevice::ReadOnly);
            return QNetworkAccessManager::createRequest(operation, request, copy);
        }
        return QNetworkAccessManager::createRequest(operation, request, outgoing);
    }
};

} // namespace

// The secret-leak check for the GUI sign-in: after a sign-in through the embedded browser, no access token,
// refresh token, authorization code or PKCE verifier may be in any file under the test's HOME (where the
// XDG folders, the app's data and cache folders, QtWebEngine's default storage and TMPDIR all point), in the
// sign-in profile's storage and cache paths, or in anything logged.
class TestWebSignInLeak : public QObject
{
    Q_OBJECT

public:
    explicit TestWebSignInLeak(QString home)
        : m_home(std::move(home))
    {}

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // The app's names, so QtWebEngine picks the folders it would pick for esi-studio.
        QCoreApplication::setOrganizationName(u"EsiStudio"_s);
        QCoreApplication::setApplicationName(u"esi-studio"_s);
        QLoggingCategory::setFilterRules(u"esi.*=true"_s);
        SecretScan::startCapturingLog();
    }

    void cleanupTestCase() { SecretScan::stopCapturingLog(); }

    void embeddedSignIn_leavesNoSecretOnDiskOrInLogs()
    {
        QVERIFY(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation).startsWith(m_home));
        const Core::SpecLoadResult spec = Core::SpecRepository::loadBundled();
        QVERIFY(spec);
        SsoSandbox sandbox(spec.spec, {});
        QVERIFY2(sandbox.error.isEmpty(), qPrintable(sandbox.error));
        CallbackTrap trap;
        RecordingNetwork network;
        const Core::StateLocations locations =
            Core::StateLocations::fromEnvironment(QProcessEnvironment::systemEnvironment());
        const QString data = locations.dataDirectory();
        const QString cache = locations.cacheDirectory();
        QVERIFY(data.startsWith(m_home) && cache.startsWith(m_home));
        auto rig = std::make_unique<SignInRig>(sandbox.server->baseUrl(), trap.callbackUrl(), data, cache, &network);
        QVERIFY2(rig->opened, qPrintable(rig->error));

        Ui::SignInLauncher::Options options;
        options.pluginDirectories = {u"" ESI_WEBSIGNIN_PLUGIN_DIR ""_s};
        Ui::SignInLauncher launcher(rig->services.sso(), rig->services.store(), options);
        QSignalSpy signedIn(&launcher, &Ui::SignInLauncher::signedIn);
        QSignalSpy failed(&launcher, &Ui::SignInLauncher::failed);
        launcher.start({SsoSandbox::assetsScope});
        const SignInWindowParts window(launcher.embeddedDialog());
        QVERIFY(window.view);
        const QPointer<QWebEngineProfile> profile = window.view->page()->profile();
        const QStringList profilePaths{profile->persistentStoragePath(), profile->cachePath()};
        QVERIFY(window.waitForLoginForm());
        QVERIFY(window.approveAs(2112000001));
        QTRY_VERIFY_WITH_TIMEOUT(!signedIn.isEmpty() || !failed.isEmpty(), 20000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        const qint64 characterId = signedIn.first().at(0).toLongLong();
        QTRY_VERIFY(profile.isNull()); // the window and its profile are gone: whatever they wrote is written

        // The secrets that exist now: the tokens in the keychain, the code and verifier from the exchange.
        const Core::SecretResult secret = rig->keychainEntry(characterId);
        QVERIFY2(secret.isOk(), qPrintable(secret.error));
        const QJsonObject tokens = QJsonDocument::fromJson(secret.data).object();
        const QString accessToken = tokens.value("access_token"_L1).toString();
        const QString refreshToken = tokens.value("refresh_token"_L1).toString();
        QVERIFY(!accessToken.isEmpty() && !refreshToken.isEmpty());
        QCOMPARE(network.tokenForms.size(), 1);
        const QUrlQuery exchange(QString::fromLatin1(network.tokenForms.first()));
        const QString code = exchange.queryItemValue(u"code"_s, QUrl::FullyDecoded);
        const QString verifier = exchange.queryItemValue(u"code_verifier"_s, QUrl::FullyDecoded);
        QVERIFY(!code.isEmpty() && verifier.size() >= 43);

        QList<QByteArray> needles{accessToken.toLatin1(),  accessToken.section(u'.', 2).toLatin1(),
                                  refreshToken.toLatin1(), QUrl::toPercentEncoding(refreshToken),
                                  code.toLatin1(),         QUrl::toPercentEncoding(code),
                                  verifier.toLatin1()};

        QCOMPARE(rig->forget(characterId), QString());
        rig.reset(); // closes SQLite, folding its WAL into the database file
        QTest::qWait(500);

        QStringList roots{m_home};
        for (const QString &path : profilePaths) {
            if (!path.isEmpty() && !path.startsWith(m_home)) {
                roots.append(path);
            }
        }
        int scanned = 0;
        const QStringList leaks = SecretScan::filesContaining(roots, needles, &scanned);
        qInfo("scanned %d files under %s (profile storage %s, cache %s)", scanned, qPrintable(roots.join(u", "_s)),
              qPrintable(profilePaths.value(0)), qPrintable(profilePaths.value(1)));
        QVERIFY2(leaks.isEmpty(), qPrintable(u"a secret was found in: "_s + leaks.join(u", "_s)));
        QVERIFY2(scanned >= 2, qPrintable(u"only %1 files were scanned"_s.arg(scanned))); // tokens.sqlite, jwks.json
        QVERIFY(QFileInfo::exists(data + u"/tokens.sqlite"_s));

        QVERIFY(!SecretScan::capturedLog().isEmpty());
        const QByteArray log = SecretScan::capturedLog().join(u'\n').toUtf8();
        for (const QByteArray &needle : std::as_const(needles)) {
            QVERIFY2(!log.contains(needle), "a secret appears in the log");
        }

        // The scanner finds a planted secret (so a clean result above means something).
        QFile planted(cache + u"/planted.txt"_s);
        QVERIFY(planted.open(QIODevice::WriteOnly));
        planted.write("prefix " + verifier.toLatin1() + " suffix");
        planted.close();
        QCOMPARE(SecretScan::filesContaining({m_home}, needles, &scanned), QStringList{planted.fileName()});
        planted.remove();
    }

private:
    QString m_home;
};

int main(int argc, char *argv[])
{
    // A fresh HOME with every XDG folder and TMPDIR inside it, so the scan covers everything the sign-in could
    // write: the app's folders, QtWebEngine's defaults (~/.local/share/<org>/<app>/QtWebEngine, ~/.cache/...).
    // The keyring daemon already runs with its own folder; it keeps secrets encrypted anyway.
    QTemporaryDir home;
    if (!home.isValid()) {
        return 2;
    }
    for (const auto &[variable, folder] :
         {std::pair{"XDG_CONFIG_HOME", ".config"}, std::pair{"XDG_CACHE_HOME", ".cache"},
          std::pair{"XDG_DATA_HOME", ".local/share"}, std::pair{"XDG_STATE_HOME", ".local/state"},
          std::pair{"TMPDIR", "tmp"}}) {
        const QString path = home.filePath(QString::fromLatin1(folder));
        QDir().mkpath(path);
        qputenv(variable, QFile::encodeName(path));
    }
    qputenv("HOME", QFile::encodeName(home.path()));
    qunsetenv("ESI_STUDIO_DATA_DIR");
    qunsetenv("ESI_STUDIO_CACHE_DIR");

    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication application(argc, argv);
    TestWebSignInLeak test(home.path());
    return QTest::qExec(&test, argc, argv);
}

#include "tst_websigninleak.moc"
