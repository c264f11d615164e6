#include "core/spec/specrepository.h"
#include "tests/http/scriptedserver.h"
#include "tests/ui/accessibilityaudit.h"
#include "ui/tokens/signinlauncher.h"
#include "websigninharness.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProcess>
#include <QSslKey>
#include <QSslServer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QWebEngineProfile>

using namespace Esi;
using namespace Qt::Literals::StringLiterals;

// The embedded-browser sign-in end to end: SignInLauncher loads the esi_websignin plugin, the test acts as
// the user inside the QWebEngineView on esi-sandbox's SSO login page, and the character lands in the token
// store with its secrets in the real keychain. Also the ways out: Cancel, the SSO's own Cancel, an SSO that
// cannot be reached, the switch to the system browser and a missing plugin.
class TestWebSignIn : public QObject
{
    Q_OBJECT

private:
    static constexpr qint64 trader = 2112000002; // not the preselected first character: the test really picks

    struct Setup
    {
        QTemporaryDir folder;
        QNetworkAccessManager network;
        std::unique_ptr<SsoSandbox> sandbox;
        std::unique_ptr<SignInRig> rig;
        std::unique_ptr<Ui::SignInLauncher> launcher;
        QUrl opened;          // what the "system browser" was asked to open
        QList<QUrl> external; // links that left the SSO's origin, handed to the system browser
    };

    // A sandbox SSO (unless `ssoUrl` is given), the app's token services and a launcher that finds the plugin
    // in the build tree; the system browser is played by the test (`browse` fetches the pages like one).
    std::unique_ptr<Setup> makeSetup(const QUrl &callbackUrl, const QUrl &ssoUrl = {},
                                     QStringList pluginDirectories = {u"" ESI_WEBSIGNIN_PLUGIN_DIR ""_s},
                                     const Sandbox::SandboxOptions &sandboxOptions = {})
    {
        auto setup = std::make_unique<Setup>();
        if (ssoUrl.isEmpty()) {
            setup->sandbox = std::make_unique<SsoSandbox>(m_spec, sandboxOptions);
            if (!setup->sandbox->error.isEmpty()) {
                qWarning("%s", qUtf8Printable(setup->sandbox->error));
                return nullptr;
            }
        }
        setup->rig = std::make_unique<SignInRig>(ssoUrl.isEmpty() ? setup->sandbox->server->baseUrl() : ssoUrl,
                                                 callbackUrl, setup->folder.filePath(u"data"_s),
                                                 setup->folder.filePath(u"cache"_s), &setup->network);
        if (!setup->rig->opened) {
            qWarning("%s", qUtf8Printable(setup->rig->error));
            return nullptr;
        }
        Ui::SignInLauncher::Options options;
        options.pluginDirectories = std::move(pluginDirectories);
        Setup *raw = setup.get();
        options.systemBrowser = [raw](const QUrl &url) {
            raw->opened = url;
            if (raw->sandbox) {
                QTimer::singleShot(0, raw->launcher.get(), [raw, url] { actAsBrowser(*raw->sandbox, url); });
            }
            return true;
        };
        options.externalLinks = [raw](const QUrl &url) {
            raw->external.append(url);
            return true;
        };
        setup->launcher =
            std::make_unique<Ui::SignInLauncher>(setup->rig->services.sso(), setup->rig->services.store(), options);
        return setup;
    }

    // The system browser: show the login page, submit it as it comes, follow the redirect to the loopback.
    static void actAsBrowser(SsoSandbox &sandbox, const QUrl &authorizationUrl)
    {
        const HttpResult page =
            sandbox.get(authorizationUrl.path() + u'?' + authorizationUrl.query(QUrl::FullyEncoded));
        const HttpResult submitted = sandbox.post(
            u"/v2/oauth/authorize"_s, SsoSandbox::formBody(SsoSandbox::submittedFields(QString::fromUtf8(page.body))));
        QNetworkAccessManager browser;
        SandboxClient::wait(browser.get(QNetworkRequest(QUrl(QString::fromLatin1(submitted.header("location"))))));
    }

    static bool storedNothing(SignInRig &rig)
    {
        if (!rig.services.store().tokens().isEmpty()) {
            return false;
        }
        for (const qint64 id : {2112000001LL, 2112000002LL, 2112000003LL}) {
            if (rig.keychainEntry(id).status != Core::SecretResult::Status::NotFound) {
                return false;
            }
        }
        return true;
    }

    Core::SpecPtr m_spec;

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const Core::SpecLoadResult spec = Core::SpecRepository::loadBundled();
        QVERIFY(spec);
        m_spec = spec.spec;
    }

    void embeddedSignIn_storesTheCharacterAndItsSecretsInTheKeychain()
    {
        CallbackTrap trap;
        auto setup = makeSetup(trap.callbackUrl());
        QVERIFY(setup);
        QSignalSpy signedIn(setup->launcher.get(), &Ui::SignInLauncher::signedIn);
        QSignalSpy failed(setup->launcher.get(), &Ui::SignInLauncher::failed);
        setup->launcher->start({SsoSandbox::assetsScope, SsoSandbox::skillsScope});
        QVERIFY2(setup->launcher->embeddedDialog(), qPrintable(setup->launcher->embeddedBrowserProblem()));
        const SignInWindowParts window(setup->launcher->embeddedDialog());
        QVERIFY(window.view);
        QVERIFY(window.view->page()->profile()->isOffTheRecord());
        QVERIFY(window.waitForLoginForm());

        const auto *address = window.part<QLineEdit>("addressBar");
        QVERIFY(address->isReadOnly());
        QVERIFY(address->text().startsWith(setup->sandbox->server->baseUrl().toString() + u"/v2/oauth/authorize"_s));
        QCOMPARE(window.part<QLabel>("securityLabel")->text(), u"Not secure"_s); // plain http to the sandbox

        QVERIFY(window.approveAs(trader));
        QTRY_VERIFY_WITH_TIMEOUT(!signedIn.isEmpty() || !failed.isEmpty(), 20000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        QCOMPARE(signedIn.first().at(0).toLongLong(), trader);
        QCOMPARE(signedIn.first().at(1).toString(), u"Sandbox Trader"_s);
        QCOMPARE(trap.connections, 0); // the callback with its code never left the browser
        QVERIFY(!setup->launcher->embeddedDialog());
        QVERIFY(!setup->launcher->isRunning());

        const std::optional<Core::TokenRecord> stored = setup->rig->services.store().token(trader);
        QVERIFY(stored.has_value());
        QVERIFY(stored->scopes.contains(SsoSandbox::assetsScope));
        QVERIFY(stored->scopes.contains(SsoSandbox::skillsScope));
        const Core::SecretResult secret = setup->rig->keychainEntry(trader);
        QVERIFY2(secret.isOk(), qPrintable(secret.error));
        const QJsonObject secrets = QJsonDocument::fromJson(secret.data).object();
        QVERIFY(!secrets.value("refresh_token"_L1).toString().isEmpty());
        QCOMPARE(SsoSandbox::payloadOf(secrets.value("access_token"_L1).toString()).value("sub"_L1).toString(),
                 u"CHARACTER:EVE:%1"_s.arg(trader));

        QCOMPARE(setup->rig->forget(trader), QString());
    }

    void cancelOnTheLoadedLoginPage_leavesNothingBehind()
    {
        CallbackTrap trap;
        auto setup = makeSetup(trap.callbackUrl());
        QVERIFY(setup);
        QSignalSpy cancelled(setup->launcher.get(), &Ui::SignInLauncher::cancelled);
        QSignalSpy failed(setup->launcher.get(), &Ui::SignInLauncher::failed);
        setup->launcher->start({SsoSandbox::assetsScope});
        const SignInWindowParts window(setup->launcher->embeddedDialog());
        QVERIFY(window.view);
        QVERIFY(window.waitForLoginForm());
        const QPointer<QDialog> dialog = window.dialog;
        const QPointer<QWebEngineProfile> profile = window.view->page()->profile();

        QTest::mouseClick(window.part<QPushButton>("cancelButton"), Qt::LeftButton);
        QCOMPARE(cancelled.size(), 1);
        QVERIFY(failed.isEmpty());
        QVERIFY(!setup->launcher->isRunning());
        QTRY_VERIFY(dialog.isNull());  // the window is gone ...
        QTRY_VERIFY(profile.isNull()); // ... and its in-memory profile with it
        QVERIFY(storedNothing(*setup->rig));
        QCOMPARE(trap.connections, 0);
    }

    void cancelDuringTheCodeExchange_revokesWhatTheSsoIssued()
    {
        CallbackTrap trap;
        Sandbox::SandboxOptions slow;
        slow.latencyMs = 1500; // every answer, the token endpoint's too: time to press Cancel during the exchange
        auto setup = makeSetup(trap.callbackUrl(), {}, {u"" ESI_WEBSIGNIN_PLUGIN_DIR ""_s}, slow);
        QVERIFY(setup);
        QStringList requests;
        connect(setup->sandbox->server.get(), &Sandbox::SandboxServer::requestReceived, this,
                [&requests](const QString &method, const QString &target) { requests.append(method + u' ' + target); });
        QSignalSpy cancelled(setup->launcher.get(), &Ui::SignInLauncher::cancelled);
        QSignalSpy signedIn(setup->launcher.get(), &Ui::SignInLauncher::signedIn);
        setup->launcher->start({SsoSandbox::assetsScope});
        const SignInWindowParts window(setup->launcher->embeddedDialog());
        QVERIFY(window.waitForLoginForm(40000));
        QVERIFY(window.approveAs(trader));

        auto *title = window.part<QLabel>("messageTitle");
        auto *cancel = window.part<QPushButton>("cancelButton");
        QTRY_VERIFY_WITH_TIMEOUT(requests.contains(u"POST /v2/oauth/token"_s), 20000);
        QCOMPARE(title->text(), u"Completing the sign-in\u2026"_s); // the SSO has not answered yet
        QVERIFY(cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QCOMPARE(cancelled.size(), 1);
        QVERIFY(!setup->launcher->isRunning());

        // The refresh token the SSO issued for the exchanged code is revoked, and nothing is stored.
        QTRY_VERIFY_WITH_TIMEOUT(requests.contains(u"POST /v2/oauth/revoke"_s), 20000);
        QCOMPARE(setup->sandbox->area->authority().refreshTokens().alive(), 0);
        QVERIFY(signedIn.isEmpty());
        QVERIFY(storedNothing(*setup->rig));
        QCOMPARE(trap.connections, 0);
    }

    void parentDestroyedDuringSignIn_endsItWithoutTouchingTheWindow()
    {
        CallbackTrap trap;
        auto setup = makeSetup(trap.callbackUrl());
        QVERIFY(setup);
        QSignalSpy cancelled(setup->launcher.get(), &Ui::SignInLauncher::cancelled);
        auto parent = std::make_unique<QWidget>();
        parent->show();
        setup->launcher->setDialogParent(parent.get());
        setup->launcher->start({SsoSandbox::assetsScope});
        const SignInWindowParts window(setup->launcher->embeddedDialog());
        QVERIFY(window.dialog);
        QCOMPARE(window.dialog->parentWidget(), parent.get()); // over (and modal for) the window that asked
        QCOMPARE(window.dialog->windowModality(), Qt::WindowModal);
        QVERIFY(window.waitForLoginForm());

        parent.reset(); // its owner goes, and the sign-in window with it
        QVERIFY(!setup->launcher->isRunning());
        QVERIFY(!setup->launcher->embeddedDialog());
        QTRY_COMPARE(cancelled.size(), 1);
        setup->launcher->cancel(); // must not reach into the deleted window
        QCOMPARE(cancelled.size(), 1);
        QVERIFY(storedNothing(*setup->rig));
    }

    void signInWindow_everyNamedPartHasAnAccessibleName()
    {
        CallbackTrap trap;
        auto setup = makeSetup(trap.callbackUrl());
        QVERIFY(setup);
        setup->launcher->start({SsoSandbox::assetsScope});
        const SignInWindowParts window(setup->launcher->embeddedDialog());
        QVERIFY(window.view);
        // Labels and panels too, not only the controls; WebEngine's own parts inside the view are the page's.
        QStringList unnamed = AccessibilityAudit::unnamedParts(window.dialog, window.view);
        for (const QString &control : AccessibilityAudit::unnamedControls(window.dialog)) {
            if (!control.contains(u"#signInView/"_s)) {
                unnamed.append(control);
            }
        }
        unnamed.removeDuplicates();
        QVERIFY2(unnamed.isEmpty(), qPrintable(u"without an accessible name:\n  "_s + unnamed.join(u"\n  "_s)));
        setup->launcher->cancel();
    }

    void denyOnTheLoginPage_explainsAndReportsTheFailure()
    {
        CallbackTrap trap;
        auto setup = makeSetup(trap.callbackUrl());
        QVERIFY(setup);
        QSignalSpy failed(setup->launcher.get(), &Ui::SignInLauncher::failed);
        QSignalSpy cancelled(setup->launcher.get(), &Ui::SignInLauncher::cancelled);
        setup->launcher->start({SsoSandbox::assetsScope});
        const SignInWindowParts window(setup->launcher->embeddedDialog());
        QVERIFY(window.view);
        QVERIFY(window.waitForLoginForm());

        QVERIFY(window.deny());
        auto *details = window.part<QLabel>("messageDetails");
        QTRY_VERIFY_WITH_TIMEOUT(details->isVisible(), 20000);
        QVERIFY2(details->text().contains(u"cancelled at the EVE SSO"_s), qPrintable(details->text()));
        QVERIFY(window.part<QPushButton>("retryButton")->isVisible());
        QVERIFY(failed.isEmpty()); // the window still offers "Try again"

        auto *close = window.part<QPushButton>("cancelButton");
        QCOMPARE(close->text(), u"Close"_s);
        QTest::mouseClick(close, Qt::LeftButton);
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().at(0).toString().contains(u"access denied"_s));
        QVERIFY(cancelled.isEmpty());
        QVERIFY(storedNothing(*setup->rig));
        QCOMPARE(trap.connections, 0);
    }

    void tryAgainAfterADenial_signsIn()
    {
        CallbackTrap trap;
        auto setup = makeSetup(trap.callbackUrl());
        QVERIFY(setup);
        QSignalSpy signedIn(setup->launcher.get(), &Ui::SignInLauncher::signedIn);
        setup->launcher->start({SsoSandbox::assetsScope});
        const SignInWindowParts window(setup->launcher->embeddedDialog());
        QVERIFY(window.waitForLoginForm());
        QVERIFY(window.deny());
        auto *retry = window.part<QPushButton>("retryButton");
        QTRY_VERIFY_WITH_TIMEOUT(retry->isVisible(), 20000);
        const QUrl deniedPage = window.view->url();
        QTest::mouseClick(retry, Qt::LeftButton);
        // A fresh authorization URL (new state, new PKCE pair); the old page must not be the one submitted.
        QTRY_VERIFY_WITH_TIMEOUT(window.view->url() != deniedPage, 20000);
        QVERIFY(window.waitForLoginForm());
        QVERIFY(window.approveAs(trader));
        QTRY_VERIFY_WITH_TIMEOUT(!signedIn.isEmpty(), 20000);
        QCOMPARE(signedIn.first().at(0).toLongLong(), trader);
        QCOMPARE(trap.connections, 0);
        QCOMPARE(setup->rig->forget(trader), QString());
    }

    void unreachableSso_showsWhatFailedAndOffersRetry()
    {
        QTcpServer closed; // a port that was free a moment ago and has nobody listening now
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const QUrl ssoUrl(u"http://127.0.0.1:%1"_s.arg(closed.serverPort()));
        closed.close();
        auto setup = makeSetup(QUrl(u"http://127.0.0.1:8182/callback"_s), ssoUrl);
        QVERIFY(setup);
        QSignalSpy failed(setup->launcher.get(), &Ui::SignInLauncher::failed);
        setup->launcher->start({SsoSandbox::assetsScope});
        const SignInWindowParts window(setup->launcher->embeddedDialog());
        QVERIFY(window.dialog);
        auto *details = window.part<QLabel>("messageDetails");
        auto *retry = window.part<QPushButton>("retryButton");
        QTRY_VERIFY_WITH_TIMEOUT(retry->isVisible(), 20000);
        QVERIFY2(details->text().contains(ssoUrl.authority()), qPrintable(details->text()));
        QVERIFY2(details->text().contains(u"could not be loaded"_s), qPrintable(details->text()));
        QCOMPARE(window.part<QLabel>("messageTitle")->text(), u"The sign-in did not complete"_s);

        // Retry starts over and fails the same way while the server is still down.
        QTest::mouseClick(retry, Qt::LeftButton);
        QVERIFY(!retry->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(retry->isVisible(), 20000);
        QVERIFY(details->text().contains(ssoUrl.authority()));
        QTest::mouseClick(window.part<QPushButton>("cancelButton"), Qt::LeftButton);
        QCOMPARE(failed.size(), 1);
        QVERIFY(storedNothing(*setup->rig));
    }

    void untrustedCertificate_isRefusedWithAClearMessage()
    {
        // An HTTPS "SSO" whose certificate nobody vouches for: the view must refuse it, never offer to proceed.
        QTemporaryDir folder;
        QProcess openssl;
        openssl.start(u"openssl"_s, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"1"_s,
                                     u"-subj"_s, u"/CN=127.0.0.1"_s, u"-keyout"_s, folder.filePath(u"key.pem"_s),
                                     u"-out"_s, folder.filePath(u"cert.pem"_s)});
        if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0) {
            QFAIL("the openssl command (Debian package openssl, which .ci/install-deps installs) is needed to make a "
                  "self-signed certificate");
        }
        QFile certificateFile(folder.filePath(u"cert.pem"_s));
        QFile keyFile(folder.filePath(u"key.pem"_s));
        QVERIFY(certificateFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate(certificateFile.readAll()));
        tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
        QSslServer server;
        server.setSslConfiguration(tls);
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const QUrl ssoUrl(u"https://127.0.0.1:%1"_s.arg(server.serverPort()));

        auto setup = makeSetup(QUrl(u"http://127.0.0.1:8182/callback"_s), ssoUrl);
        QVERIFY(setup);
        setup->launcher->start({SsoSandbox::assetsScope});
        const SignInWindowParts window(setup->launcher->embeddedDialog());
        QVERIFY(window.dialog);
        auto *details = window.part<QLabel>("messageDetails");
        QTRY_VERIFY_WITH_TIMEOUT(window.part<QPushButton>("retryButton")->isVisible(), 20000);
        QVERIFY2(details->text().contains(u"could not be verified"_s), qPrintable(details->text()));
        QVERIFY2(details->text().contains(ssoUrl.authority()), qPrintable(details->text()));
        QCOMPARE(window.part<QLabel>("securityLabel")->text(), u"Not secure"_s);
        setup->launcher->cancel();
        QVERIFY(storedNothing(*setup->rig));
    }

    void linkLeavingTheSso_opensInTheSystemBrowserNotInTheView()
    {
        CallbackTrap trap;
        auto setup = makeSetup(trap.callbackUrl());
        QVERIFY(setup);
        ScriptedServer elsewhere;
        QVERIFY(elsewhere.start(QHostAddress(u"127.0.0.2"_s)) != 0);
        setup->launcher->start({SsoSandbox::assetsScope});
        QVERIFY2(setup->launcher->embeddedDialog(), qPrintable(setup->launcher->embeddedBrowserProblem()));
        const SignInWindowParts window(setup->launcher->embeddedDialog());
        QVERIFY(window.waitForLoginForm());
        const QUrl outside = elsewhere.baseUrl().resolved(QUrl(u"/looks-like-eve-login"_s));

        // A link on the page, followed as a user would click it.
        window.evaluate(u"(function() { const a = document.createElement('a'); a.href = '%1'; a.id = 'away'; "
                        "document.body.appendChild(a); a.click(); return true; })()"_s.arg(outside.toString()));
        QTRY_COMPARE_WITH_TIMEOUT(setup->external.size(), 1, 10000);
        QCOMPARE(setup->external.first(), outside);
        // A script sending the page elsewhere is caught the same way.
        window.evaluate(u"window.location.href = '%1'; true"_s.arg(outside.toString()));
        QTRY_COMPARE_WITH_TIMEOUT(setup->external.size(), 2, 10000);
        QVERIFY(elsewhere.requests.isEmpty()); // the view never loaded it
        QCOMPARE(window.view->url().host(), setup->sandbox->server->baseUrl().host());
        QCOMPARE(window.view->url().port(), setup->sandbox->server->baseUrl().port());
        // The login page is still there and usable.
        QVERIFY(window.waitForLoginForm());
        setup->launcher->cancel();
    }

    void systemBrowserButton_signsInThroughTheLoopback()
    {
        // Port 0: the loopback receiver of the system-browser path picks a free one.
        auto setup = makeSetup(QUrl(u"http://127.0.0.1:0/callback"_s));
        QVERIFY(setup);
        QSignalSpy signedIn(setup->launcher.get(), &Ui::SignInLauncher::signedIn);
        QSignalSpy failed(setup->launcher.get(), &Ui::SignInLauncher::failed);
        QSignalSpy browserOpened(setup->launcher.get(), &Ui::SignInLauncher::systemBrowserOpened);
        setup->launcher->start({SsoSandbox::assetsScope});
        const SignInWindowParts window(setup->launcher->embeddedDialog());
        QVERIFY(window.waitForLoginForm());
        const QPointer<QDialog> dialog = window.dialog;

        QTest::mouseClick(window.part<QPushButton>("systemBrowserButton"), Qt::LeftButton);
        QTRY_VERIFY(dialog.isNull());
        QTRY_VERIFY_WITH_TIMEOUT(!signedIn.isEmpty() || !failed.isEmpty(), 20000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        QCOMPARE(browserOpened.size(), 1);
        const QUrlQuery asked(setup->opened);
        QVERIFY(QUrl(asked.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded)).port() > 0); // the loopback
        const qint64 characterId = signedIn.first().at(0).toLongLong();
        QVERIFY(setup->rig->services.store().token(characterId).has_value());
        QVERIFY(setup->rig->keychainEntry(characterId).isOk());
        QCOMPARE(setup->rig->forget(characterId), QString());
    }

    void missingPlugin_fallsBackToTheSystemBrowserAndSaysWhy()
    {
        QTemporaryDir empty;
        auto setup = makeSetup(QUrl(u"http://127.0.0.1:0/callback"_s), {}, {empty.path()});
        QVERIFY(setup);
        QSignalSpy unavailable(setup->launcher.get(), &Ui::SignInLauncher::embeddedBrowserUnavailable);
        QSignalSpy signedIn(setup->launcher.get(), &Ui::SignInLauncher::signedIn);
        setup->launcher->start({SsoSandbox::assetsScope});
        QCOMPARE(unavailable.size(), 1);
        const QString reason = unavailable.first().at(0).toString();
        QVERIFY2(reason.contains(u"not installed"_s) && reason.contains(QDir::toNativeSeparators(empty.path())),
                 qPrintable(reason));
        QVERIFY(!setup->launcher->embeddedDialog());
        QTRY_VERIFY_WITH_TIMEOUT(!signedIn.isEmpty(), 20000);
        QVERIFY(setup->opened.isValid());
        QCOMPARE(setup->rig->forget(signedIn.first().at(0).toLongLong()), QString());
    }

    void noClientId_failsAtOnceWithWhereToGetOne()
    {
        QTemporaryDir folder;
        QNetworkAccessManager network;
        SignInRig rig(QUrl(u"http://127.0.0.1:9"_s), QUrl(u"http://127.0.0.1:0/callback"_s), folder.filePath(u"data"_s),
                      folder.filePath(u"cache"_s), &network, QString());
        QVERIFY2(rig.opened, qPrintable(rig.error));
        Ui::SignInLauncher launcher(rig.services.sso(), rig.services.store());
        QSignalSpy failed(&launcher, &Ui::SignInLauncher::failed);
        launcher.start({SsoSandbox::assetsScope});
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().at(0).toString().contains(u"developers.eveonline.com"_s));
        QVERIFY(failed.first().at(0).toString().contains(u"ESI_CLIENT_ID"_s));
        QVERIFY2(failed.first().at(0).toString().contains(u"Settings"_s), qPrintable(failed.first().at(0).toString()));
        QVERIFY(!launcher.isRunning());
        QVERIFY(!launcher.embeddedDialog());
    }
};

int main(int argc, char *argv[])
{
    // As esi-studio's main() does: QtWebEngine, loaded later from the plugin, needs shared GL contexts.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication application(argc, argv);
    TestWebSignIn test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_websignin.moc"
