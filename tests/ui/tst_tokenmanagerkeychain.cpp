#include "core/auth/keychainsecretstore.h"
#include "core/auth/tokenkeepalive.h"
#include "tokenmanagerwindowharness.h"
#include "ui/widgets/messagebanner.h"

#include <QCheckBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace Esi;
using namespace Qt::Literals::StringLiterals;

// The character manager window and the keychain: the banner when it cannot be used (also a really locked
// GNOME Keyring) and the keep-alive option. Runs under Xvfb inside a private GNOME Keyring session.
class TestTokenManagerKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void unavailableKeychain_showsWhatToDoAndDisablesActions()
    {
        TokenManagerFixture fixture;
        QVERIFY2(fixture.isReady(), qPrintable(fixture.problem));
        QVERIFY(fixture.signIn(TokenManagerFixture::pilot, {SsoSandbox::assetsScope}).isOk());
        fixture.memorySecrets.setUnavailable(u"The keyring is locked."_s);
        ManagerWindow ui(fixture);
        ui.window->selectCharacter(TokenManagerFixture::pilot);
        QTRY_VERIFY(!ui.window->isKeychainAvailable());
        Ui::MessageBanner *banner = ui.window->banner();
        QVERIFY(banner->isVisible());
        QVERIFY(banner->details().contains(u"The keyring is locked."_s));
        QVERIFY(banner->details().contains(u"Unlock the login keyring"_s));
        QVERIFY(banner->details().contains(u"Secret Service"_s));
        for (const QString &name : {u"signInAction"_s, u"addScopesAction"_s, u"refreshAction"_s, u"copyTokenAction"_s,
                                    u"claimsAction"_s, u"revokeAction"_s}) {
            QVERIFY2(!ui.action(name)->isEnabled(), qPrintable(name));
            QVERIFY2(ui.action(name)->toolTip().contains(u"keychain"_s), qPrintable(name));
        }
        // Still listed: the metadata does not live in the keychain.
        QCOMPARE(ui.window->model()->rowCount(), 1);

        fixture.memorySecrets.setUnavailable(QString());
        auto *again = ui.window->findChild<QPushButton *>(u"checkKeychainButton"_s);
        QVERIFY(again->isVisible());
        QTest::mouseClick(again, Qt::LeftButton);
        QTRY_VERIFY(ui.window->isKeychainAvailable());
        QVERIFY(!banner->isVisible());
        QVERIFY(ui.action(u"copyTokenAction"_s)->isEnabled());
    }

    void keepAliveCheckbox_switchesTheKeepAliveAndRemembersIt()
    {
        TokenManagerFixture fixture;
        QVERIFY2(fixture.isReady(), qPrintable(fixture.problem));
        QVERIFY(fixture.signIn(TokenManagerFixture::pilot, {SsoSandbox::assetsScope}).isOk());
        QSettings settings(fixture.folder.filePath(u"settings.ini"_s), QSettings::IniFormat);
        Core::TokenKeepAlive keepAlive(*fixture.store, fixture.sandbox.clock);
        Ui::TokenManagerServices services;
        services.store = &*fixture.store;
        services.secrets = &fixture.secrets;
        services.clock = &fixture.sandbox.clock;
        services.keepAlive = &keepAlive;
        services.settings = &settings;
        Ui::TokenManagerWindow window(services);
        window.show();
        auto *check = window.findChild<QCheckBox *>(u"keepAliveCheck"_s);
        auto *days = window.findChild<QSpinBox *>(u"keepAliveDays"_s);
        QVERIFY(check->isVisible());
        QVERIFY(!check->isChecked());
        days->setValue(3);
        QVERIFY(!keepAlive.isEnabled());
        fixture.sandbox.clock.advance(4LL * 24 * 3600 * 1000);
        QSignalSpy refreshed(&keepAlive, &Core::TokenKeepAlive::refreshed);
        QTest::mouseClick(check, Qt::LeftButton);
        QCOMPARE(keepAlive.intervalDays(), 3);
        QCOMPARE(Core::TokenKeepAlive::loadIntervalDays(settings), 3);
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 1, 10000); // four idle days: refreshed at once
        QTest::mouseClick(check, Qt::LeftButton);
        QVERIFY(!keepAlive.isEnabled());
        QCOMPARE(Core::TokenKeepAlive::loadIntervalDays(settings), 0);
    }

    // Last: the keyring stays locked for the rest of this process (unlocking needs a prompt).
    void lockedGnomeKeyring_showsTheBannerAndKeepsTheToken()
    {
        Core::KeychainSecretStore keychain(u"esi-studio-test-manager"_s);
        TokenManagerFixture fixture(&keychain);
        QVERIFY2(fixture.isReady(), qPrintable(fixture.problem));
        QVERIFY(fixture.signIn(TokenManagerFixture::trader, {SsoSandbox::skillsScope}).isOk());
        // What the screen locker or `secret-tool lock` does: org.freedesktop.Secret.Service.Lock.
        QProcess lock;
        lock.start(u"dbus-send"_s, {u"--session"_s, u"--print-reply"_s, u"--dest=org.freedesktop.secrets"_s,
                                    u"/org/freedesktop/secrets"_s, u"org.freedesktop.Secret.Service.Lock"_s,
                                    u"array:objpath:/org/freedesktop/secrets/collection/login"_s});
        QVERIFY2(lock.waitForFinished(10000) && lock.exitCode() == 0, lock.readAllStandardError().constData());
        QVERIFY(lock.readAllStandardOutput().contains("/org/freedesktop/secrets/collection/login"));

        ManagerWindow ui(fixture);
        ui.window->selectCharacter(TokenManagerFixture::trader);
        QTRY_VERIFY_WITH_TIMEOUT(!ui.window->isKeychainAvailable(), 20000);
        QVERIFY(ui.window->banner()->isVisible());
        QVERIFY2(ui.window->banner()->details().contains(u"locked"_s), qPrintable(ui.window->banner()->details()));
        QVERIFY(ui.window->banner()->details().contains(u"Unlock the login keyring"_s));
        QVERIFY(!ui.action(u"copyTokenAction"_s)->isEnabled());
        QVERIFY(!ui.action(u"revokeAction"_s)->isEnabled());
        QCOMPARE(fixture.store->token(TokenManagerFixture::trader)->status, Core::TokenStatus::Valid);
    }
};

QTEST_MAIN(TestTokenManagerKeychain)
#include "tst_tokenmanagerkeychain.moc"
