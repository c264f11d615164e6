#include "core/auth/keychainsecretstore.h"
#include "testkeys.h"
#include "tokenfixture.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Esi::Core;
using namespace Qt::Literals::StringLiterals;

// A locked GNOME Keyring (what a screen locker or `secret-tool lock` leaves) answers reads with "not
// found" and deletes with success when it cannot prompt. The store must call that locked, never
// "the token is gone". Its own executable: once locked, the keyring of this D-Bus session stays locked.
class TstLockedKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void lockedKeychain_isUnavailableNotMissing();

private:
    SecretResult run(const std::function<void(SecretStore::Done)> &call);
    void lockLoginCollection();
};

void TstLockedKeychain::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "no D-Bus session: run through ctest, which starts one with an unlocked GNOME Keyring");
}

SecretResult TstLockedKeychain::run(const std::function<void(SecretStore::Done)> &call)
{
    std::optional<SecretResult> outcome;
    call([&](const SecretResult &result) { outcome = result; });
    (void)QTest::qWaitFor([&] { return outcome.has_value(); }, 20000);
    return outcome.value_or(SecretResult{SecretResult::Status::Unavailable, {}, u"timed out"_s});
}

void TstLockedKeychain::lockLoginCollection()
{
    QProcess lock;
    lock.start(u"dbus-send"_s, {u"--session"_s, u"--print-reply"_s, u"--dest=org.freedesktop.secrets"_s,
                                u"/org/freedesktop/secrets"_s, u"org.freedesktop.Secret.Service.Lock"_s,
                                u"array:objpath:/org/freedesktop/secrets/collection/login"_s});
    QVERIFY2(lock.waitForFinished(10000) && lock.exitCode() == 0, lock.readAllStandardError().constData());
    QVERIFY(lock.readAllStandardOutput().contains("/org/freedesktop/secrets/collection/login"));
}

void TstLockedKeychain::lockedKeychain_isUnavailableNotMissing()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    TestKeys keys;
    KeychainSecretStore keychain(u"esi-studio-locked-test"_s);
    TokenFixture fx(keys, keychain, folder.path());
    QVERIFY2(fx.opened, qPrintable(fx.openError));
    const FakeSsoServer::Character pilot{2112625429, u"Locked Out"_s, u"owner-locked"_s};
    const SignInStoreResult stored = fx.signIn(pilot, {u"esi-skills.read_skills.v1"_s});
    QVERIFY2(stored.isOk(), qPrintable(stored.error));
    const QString key = TokenStore::secretKey(pilot.id);
    const SecretResult before = run([&](SecretStore::Done done) { keychain.read(key, this, done); });
    QVERIFY2(before.isOk(), qPrintable(u"the stored secret is not under %1: %2"_s.arg(key, before.error)));

    lockLoginCollection();

    // Reading the stored entry and a missing one: both "locked", neither "not found".
    for (const QString &name : {key, u"never-written"_s}) {
        const SecretResult read = run([&](SecretStore::Done done) { keychain.read(name, this, done); });
        QCOMPARE(read.status, SecretResult::Status::Unavailable);
        QVERIFY2(!read.error.isEmpty(), qPrintable(name));
    }
    const SecretResult removed = run([&](SecretStore::Done done) { keychain.remove(key, this, done); });
    QCOMPARE(removed.status, SecretResult::Status::Unavailable);

    // A call that needs a fresh token fails with the keychain's message; the character keeps its status.
    fx.clock.advance(3600LL * 1000);
    const AccessTokenResult access = fx.accessToken(pilot.id);
    QVERIFY(access.accessToken.isEmpty());
    QVERIFY2(access.error.contains(u"keychain"_s), qPrintable(access.error));
    QCOMPARE(fx.store->token(pilot.id)->status, TokenStatus::Valid);

    // Revoking cannot reach the secret, so nothing is revoked or removed.
    std::optional<QString> revokeError;
    fx.store->revoke(pilot.id, this, [&](const QString &error) { revokeError = error; });
    QTRY_VERIFY_WITH_TIMEOUT(revokeError.has_value(), 20000);
    QVERIFY2(!revokeError->isEmpty(), "revoke reported success with the keychain locked");
    QCOMPARE(fx.store->token(pilot.id)->status, TokenStatus::Valid);
}

QTEST_GUILESS_MAIN(TstLockedKeychain)
#include "tst_lockedkeychain.moc"
