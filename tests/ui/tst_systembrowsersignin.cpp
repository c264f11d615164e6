#include "core/auth/memorysecretstore.h"
#include "core/auth/ssoclient.h"
#include "core/auth/ssosettings.h"
#include "core/auth/tokendatabase.h"
#include "core/auth/tokenstore.h"
#include "core/spec/specrepository.h"
#include "tests/sandbox/ssosandbox.h"
#include "ui/tokens/systembrowsersignin.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Esi;
using namespace Qt::Literals::StringLiterals;

// Sign-in through the system browser against esi-sandbox's SSO: the test plays the browser that
// QDesktopServices would open, submits the sandbox's login page and follows its redirect to the
// loopback receiver; the character then sits in the token store.
class TestSystemBrowserSignIn : public QObject
{
    Q_OBJECT

private:
    struct Stores
    {
        QTemporaryDir folder;
        QNetworkAccessManager network;
        Core::SystemClock clock;
        Core::TokenDatabase database{folder.filePath(u"tokens.sqlite"_s)};
        Core::MemorySecretStore secrets;
        std::unique_ptr<Core::SsoClient> sso;
        std::unique_ptr<Core::TokenStore> store;
    };

    std::unique_ptr<Stores> makeStores(const QUrl &ssoUrl, const QString &clientId)
    {
        auto stores = std::make_unique<Stores>();
        QString error;
        if (!stores->database.open(&error)) {
            qWarning("%s", qUtf8Printable(error));
            return nullptr;
        }
        Core::SsoSettings settings;
        settings.clientId = clientId;
        settings.baseUrl = ssoUrl;
        settings.callbackUrl = QUrl(u"http://127.0.0.1:0/callback"_s);
        stores->sso = std::make_unique<Core::SsoClient>(settings, &stores->network, stores->clock,
                                                        stores->folder.filePath(u"jwks.json"_s));
        stores->store =
            std::make_unique<Core::TokenStore>(stores->database, stores->secrets, *stores->sso, stores->clock);
        return stores;
    }

    // What the user's browser does: show the login page, submit it, follow the redirect to 127.0.0.1.
    static void actAsBrowser(SsoSandbox &sandbox, const QUrl &authorizationUrl, bool approve)
    {
        const HttpResult page =
            sandbox.get(authorizationUrl.path() + u'?' + authorizationUrl.query(QUrl::FullyEncoded));
        QList<QPair<QString, QString>> fields = SsoSandbox::submittedFields(QString::fromUtf8(page.body));
        if (!approve) {
            fields.append({u"action"_s, u"deny"_s}); // the Cancel button
        }
        const HttpResult submitted = sandbox.post(u"/v2/oauth/authorize"_s, SsoSandbox::formBody(fields));
        const QUrl location(QString::fromLatin1(submitted.header("location")));
        QNetworkAccessManager browser;
        SandboxClient::wait(browser.get(QNetworkRequest(location)));
    }

private Q_SLOTS:

    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void signIn_storesTheCharacterWithItsScopes()
    {
        const Core::SpecLoadResult spec = Core::SpecRepository::loadBundled();
        QVERIFY(spec);
        SsoSandbox sandbox(spec.spec, {});
        QVERIFY2(sandbox.error.isEmpty(), qPrintable(sandbox.error));
        auto stores = makeStores(sandbox.server->baseUrl(), SsoSandbox::clientId);
        QVERIFY(stores);

        QUrl opened;
        Ui::SystemBrowserSignIn signIn(*stores->sso, *stores->store, [&](const QUrl &url) {
            opened = url;
            QTimer::singleShot(0, &signIn, [&sandbox, url] { actAsBrowser(sandbox, url, true); });
            return true;
        });
        QSignalSpy signedIn(&signIn, &Ui::SystemBrowserSignIn::signedIn);
        QSignalSpy failed(&signIn, &Ui::SystemBrowserSignIn::failed);
        signIn.start({SsoSandbox::assetsScope});
        QTRY_VERIFY_WITH_TIMEOUT(!signedIn.isEmpty() || !failed.isEmpty(), 15000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        QCOMPARE(QUrlQuery(opened).queryItemValue(u"code_challenge_method"_s), u"S256"_s);
        const qint64 characterId = signedIn.first().at(0).toLongLong();
        const auto stored = stores->store->token(characterId);
        QVERIFY(stored.has_value());
        QVERIFY(stored->scopes.contains(SsoSandbox::assetsScope));
        QVERIFY(!signIn.isRunning());
    }

    void forgedAnswerFirst_gets400AndTheRealSignInStillCompletes()
    {
        const Core::SpecLoadResult spec = Core::SpecRepository::loadBundled();
        SsoSandbox sandbox(spec.spec, {});
        QVERIFY2(sandbox.error.isEmpty(), qPrintable(sandbox.error));
        auto stores = makeStores(sandbox.server->baseUrl(), SsoSandbox::clientId);
        QVERIFY(stores);
        QNetworkAccessManager attacker;
        int forgedStatus = 0;
        Ui::SystemBrowserSignIn signIn(*stores->sso, *stores->store, [&](const QUrl &url) {
            // Another local program races the browser to the loopback port with a made-up answer.
            QUrl forged(QUrlQuery(url).queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded));
            forged.setQuery(u"code=attacker-code&state=guessed-state"_s);
            QNetworkReply *reply = attacker.get(QNetworkRequest(forged));
            QObject::connect(reply, &QNetworkReply::finished, &signIn, [&, reply, url] {
                forgedStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                reply->deleteLater();
                actAsBrowser(sandbox, url, true); // then the user finishes the real sign-in
            });
            return true;
        });
        QSignalSpy signedIn(&signIn, &Ui::SystemBrowserSignIn::signedIn);
        QSignalSpy failed(&signIn, &Ui::SystemBrowserSignIn::failed);
        signIn.start({SsoSandbox::assetsScope});
        QTRY_VERIFY_WITH_TIMEOUT(!signedIn.isEmpty() || !failed.isEmpty(), 15000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        QCOMPARE(forgedStatus, 400);
        QVERIFY(stores->store->token(signedIn.first().at(0).toLongLong()).has_value());
    }

    void noAnswer_stopsWaitingAfterTheTimeout()
    {
        auto stores = makeStores(QUrl(u"http://127.0.0.1:9"_s), SsoSandbox::clientId);
        QVERIFY(stores);
        QUrl opened;
        Ui::SystemBrowserSignIn signIn(*stores->sso, *stores->store, [&](const QUrl &url) {
            opened = url; // a browser tab the user closed
            return true;
        });
        signIn.setTimeout(200);
        QSignalSpy failed(&signIn, &Ui::SystemBrowserSignIn::failed);
        signIn.start({SsoSandbox::assetsScope});
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 15000);
        QVERIFY2(failed.first().at(0).toString().contains(u"stopped waiting"_s),
                 qPrintable(failed.first().at(0).toString()));
        QVERIFY(!signIn.isRunning());
        QVERIFY(opened.isValid());
    }

    void declinedLogin_failsWithTheReasonAndStoresNothing()
    {
        const Core::SpecLoadResult spec = Core::SpecRepository::loadBundled();
        SsoSandbox sandbox(spec.spec, {});
        QVERIFY2(sandbox.error.isEmpty(), qPrintable(sandbox.error));
        auto stores = makeStores(sandbox.server->baseUrl(), SsoSandbox::clientId);
        QVERIFY(stores);
        Ui::SystemBrowserSignIn signIn(*stores->sso, *stores->store, [&](const QUrl &url) {
            QTimer::singleShot(0, &signIn, [&sandbox, url] { actAsBrowser(sandbox, url, false); });
            return true;
        });
        QSignalSpy failed(&signIn, &Ui::SystemBrowserSignIn::failed);
        signIn.start({SsoSandbox::assetsScope});
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 15000);
        QVERIFY(stores->store->tokens().isEmpty());
    }

    void noClientId_saysWhereToGetOne()
    {
        auto stores = makeStores(QUrl(u"http://127.0.0.1:9"_s), QString());
        QVERIFY(stores);
        Ui::SystemBrowserSignIn signIn(*stores->sso, *stores->store, [](const QUrl &) { return true; });
        QSignalSpy failed(&signIn, &Ui::SystemBrowserSignIn::failed);
        signIn.start({SsoSandbox::assetsScope});
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().at(0).toString().contains(u"developers.eveonline.com"_s));
        QVERIFY(!signIn.isRunning());
    }

    void noBrowser_givesTheAddressToOpenByHand()
    {
        const Core::SpecLoadResult spec = Core::SpecRepository::loadBundled();
        SsoSandbox sandbox(spec.spec, {});
        QVERIFY2(sandbox.error.isEmpty(), qPrintable(sandbox.error));
        auto stores = makeStores(sandbox.server->baseUrl(), SsoSandbox::clientId);
        QVERIFY(stores);
        Ui::SystemBrowserSignIn signIn(*stores->sso, *stores->store, [](const QUrl &) { return false; });
        QSignalSpy failed(&signIn, &Ui::SystemBrowserSignIn::failed);
        signIn.start({SsoSandbox::assetsScope});
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 15000);
        QVERIFY(failed.first().at(0).toString().contains(u"/v2/oauth/authorize"_s));
    }
};

QTEST_GUILESS_MAIN(TestSystemBrowserSignIn)
#include "tst_systembrowsersignin.moc"
