#include "core/auth/keychainsecretstore.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <optional>

using namespace Esi::Core;
using namespace Qt::Literals::StringLiterals;

// Runs against the real Secret Service (GNOME Keyring in the private D-Bus session ctest starts).
class TstKeychainSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTrip_writesReadsAndDeletes();
    void write_replacesPreviousSecret();
    void read_missingEntryIsNotFound();
    void unavailableKeychain_failsClearlyWithoutPlaintextFallback();

private:
    SecretResult run(const std::function<void(SecretStore::Done)> &call);

    KeychainSecretStore m_store{u"esi-studio-test"_s};
};

void TstKeychainSecretStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "no D-Bus session: run through ctest, which starts one with an unlocked GNOME Keyring");
}

SecretResult TstKeychainSecretStore::run(const std::function<void(SecretStore::Done)> &call)
{
    std::optional<SecretResult> outcome;
    call([&](const SecretResult &result) { outcome = result; });
    (void)QTest::qWaitFor([&] { return outcome.has_value(); }, 20000);
    return outcome.value_or(SecretResult{SecretResult::Status::Unavailable, {}, u"timed out"_s});
}

void TstKeychainSecretStore::roundTrip_writesReadsAndDeletes()
{
    const QString key = u"roundtrip-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QByteArray secret = QByteArray("refresh+/=token\0with binary \xff bytes", 36);
    const SecretResult written = run([&](SecretStore::Done done) { m_store.write(key, secret, this, done); });
    QVERIFY2(written.isOk(), qPrintable(written.error));

    const SecretResult read = run([&](SecretStore::Done done) { m_store.read(key, this, done); });
    QVERIFY2(read.isOk(), qPrintable(read.error));
    QCOMPARE(read.data, secret);

    const SecretResult removed = run([&](SecretStore::Done done) { m_store.remove(key, this, done); });
    QVERIFY2(removed.isOk(), qPrintable(removed.error));
    QCOMPARE(run([&](SecretStore::Done done) { m_store.read(key, this, done); }).status,
             SecretResult::Status::NotFound);
    // Deleting what is already gone is not an error.
    QVERIFY(run([&](SecretStore::Done done) { m_store.remove(key, this, done); }).isOk());
}

void TstKeychainSecretStore::write_replacesPreviousSecret()
{
    const QString key = u"replace-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QVERIFY(run([&](SecretStore::Done done) { m_store.write(key, "first", this, done); }).isOk());
    QVERIFY(run([&](SecretStore::Done done) { m_store.write(key, "second", this, done); }).isOk());
    QCOMPARE(run([&](SecretStore::Done done) { m_store.read(key, this, done); }).data, "second"_ba);
    QVERIFY(run([&](SecretStore::Done done) { m_store.remove(key, this, done); }).isOk());
}

void TstKeychainSecretStore::read_missingEntryIsNotFound()
{
    const SecretResult read = run([&](SecretStore::Done done) { m_store.read(u"never-written"_s, this, done); });
    QCOMPARE(read.status, SecretResult::Status::NotFound);
    QVERIFY(read.error.isEmpty());
}

void TstKeychainSecretStore::unavailableKeychain_failsClearlyWithoutPlaintextFallback()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString secret = u"plaintext-canary-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // A session bus address nobody listens on: no Secret Service, no KWallet.
    environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path="_s + home.filePath(u"no-such-bus"_s));
    environment.insert(u"HOME"_s, home.path());
    environment.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    environment.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    environment.insert(u"XDG_CACHE_HOME"_s, home.filePath(u"cache"_s));
    environment.insert(u"XDG_RUNTIME_DIR"_s, home.filePath(u"runtime"_s));

    QProcess probe;
    probe.setProcessEnvironment(environment);
    probe.start(QStringLiteral(ESI_KEYCHAIN_PROBE), {u"write"_s, u"canary"_s, secret});
    QVERIFY(probe.waitForFinished(60000));
    const QByteArray output = probe.readAllStandardOutput();
    const QByteArray errors = probe.readAllStandardError();
    const QJsonObject answer = QJsonDocument::fromJson(output).object();
    QCOMPARE(answer.value("status"_L1).toString(), u"unavailable"_s);
    const QString message = answer.value("error"_L1).toString();
    QVERIFY2(message.contains(u"keychain is not available"_s) && message.contains(u"unlock"_s), qPrintable(message));
    QVERIFY(!output.contains(secret.toUtf8()));
    QVERIFY(!errors.contains(secret.toUtf8()));

    // Nothing anywhere under the child's home holds the secret: no plaintext fallback file.
    QDirIterator files(home.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(secret.toUtf8()), qPrintable(file.fileName()));
    }
}

QTEST_GUILESS_MAIN(TstKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
