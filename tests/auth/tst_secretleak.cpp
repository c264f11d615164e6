#include "core/auth/keychainsecretstore.h"
#include "core/auth/loopbackreceiver.h"
#include "core/auth/ssosettings.h"
#include "tests/auth/secretscan.h"
#include "tokenfixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkDiskCache>
#include <QNetworkReply>
#include <QSettings>
#include <QStandardPaths>

using namespace Esi::Core;
using namespace Qt::Literals::StringLiterals;

// A whole session against the real keychain: sign-in through the system-browser path, token use, a
// refresh with rotation, a revoke. Afterwards no token string may be found in any file of the app's
// config, data or cache folders, nor in anything logged.
class TstSecretLeak : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fullSession_leavesNoTokenOnDiskOrInLogs();
    void cleanupTestCase();
};

void TstSecretLeak::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"esi-studio"_s);
    QCoreApplication::setApplicationName(u"esi-studio-secretleak"_s);
    QLoggingCategory::setFilterRules(u"esi.*=true"_s); // debug output too: it must be clean as well
    SecretScan::startCapturingLog();
}

void TstSecretLeak::cleanupTestCase()
{
    SecretScan::stopCapturingLog();
}

void TstSecretLeak::fullSession_leavesNoTokenOnDiskOrInLogs()
{
    const QString config = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString cache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    for (const QString &folder : {config, data, cache}) {
        QDir(folder).removeRecursively();
        QVERIFY(QDir().mkpath(folder));
    }

    TestKeys keys;
    KeychainSecretStore keychain(u"esi-studio-secretleak-test"_s);
    TokenFixture fx(keys, keychain, data);
    QVERIFY2(fx.opened, qPrintable(fx.openError));
    auto *diskCache = new QNetworkDiskCache(&fx.network);
    diskCache->setCacheDirectory(cache + u"/http"_s);
    fx.network.setCache(diskCache);
    QSettings settings(config + u"/esi-studio.conf"_s, QSettings::IniFormat);
    SsoSettings sso = fx.client->settings();
    sso.save(settings);
    settings.sync();

    // Sign-in the way `esi login` does it: system browser plus loopback receiver.
    const FakeSsoServer::Character pilot{2112625428, u"Leak Tester"_s, u"owner-leak"_s};
    fx.server.setCharacter(pilot);
    LoopbackReceiver receiver;
    QString error;
    QVERIFY2(receiver.listen(QUrl(u"http://127.0.0.1:0/callback"_s), &error), qPrintable(error));
    SsoFlow flow(*fx.client);
    flow.setCallbackUrl(receiver.callbackUrl());
    connect(&receiver, &LoopbackReceiver::callbackReceived, &flow, &SsoFlow::handleCallback);
    QSignalSpy ready(&flow, &SsoFlow::authorizationUrlReady);
    QSignalSpy signedIn(&flow, &SsoFlow::signedIn);
    flow.start();
    QVERIFY(ready.wait(5000));
    QNetworkReply *browser = fx.network.get(QNetworkRequest(ready.first().first().toUrl()));
    QVERIFY(signedIn.count() == 1 || signedIn.wait(5000));
    QTRY_VERIFY(browser->isFinished());
    browser->deleteLater();
    std::optional<SignInStoreResult> stored;
    fx.store->addFromSignIn(signedIn.first().first().value<SsoTokens>(), this,
                            [&](const SignInStoreResult &result) { stored = result; });
    QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), 20000);
    QVERIFY2(stored->isOk(), qPrintable(stored->error));

    // Use, refresh (rotating the refresh token), use again.
    for (int use = 0; use < 3; ++use) {
        QVERIFY(fx.accessToken(pilot.id, {u"esi-skills.read_skills.v1"_s}).isValid());
    }
    fx.clock.advance(21 * 60 * 1000);
    const AccessTokenResult refreshed = fx.accessToken(pilot.id);
    QVERIFY2(refreshed.isValid(), qPrintable(refreshed.error));
    QCOMPARE(fx.server.refreshRequests, 1);
    QVERIFY(fx.accessToken(pilot.id).isValid());

    // The secrets really are in the keychain (so the scan below looks for something that exists).
    std::optional<SecretResult> inKeychain;
    keychain.read(TokenStore::secretKey(pilot.id), this, [&](const SecretResult &result) { inKeychain = result; });
    QTRY_VERIFY_WITH_TIMEOUT(inKeychain.has_value(), 20000);
    QVERIFY2(inKeychain->isOk(), qPrintable(inKeychain->error));
    const QJsonObject secrets = QJsonDocument::fromJson(inKeychain->data).object();
    QCOMPARE(secrets.value("refresh_token"_L1).toString(), fx.server.lastRefreshTokens.last());
    QCOMPARE(secrets.value("access_token"_L1).toString(), refreshed.accessToken);

    std::optional<QString> revoked;
    fx.store->revoke(pilot.id, this, [&](const QString &result) { revoked = result; });
    QTRY_VERIFY_WITH_TIMEOUT(revoked.has_value(), 20000);
    QVERIFY2(revoked->isEmpty(), qPrintable(*revoked));

    fx.store.reset();
    fx.database.reset(); // closes SQLite so its WAL is folded into the file

    QList<QByteArray> needles;
    for (const QString &token : std::as_const(fx.server.lastAccessTokens)) {
        needles.append(token.toLatin1());
        needles.append(token.section(u'.', 2).toLatin1()); // the signature alone
    }
    for (const QString &token : std::as_const(fx.server.lastRefreshTokens)) {
        needles.append(token.toLatin1());
        needles.append(QUrl::toPercentEncoding(token)); // as it travels in a form body
    }
    QVERIFY(needles.size() >= 8);

    int scanned = 0;
    const QStringList leaks = SecretScan::filesContaining({config, data, cache}, needles, &scanned);
    QVERIFY2(leaks.isEmpty(), qPrintable(u"token found in: "_s + leaks.join(u", "_s)));
    QVERIFY(scanned >= 3); // settings, token database, signing-key cache at least

    QVERIFY(!SecretScan::capturedLog().isEmpty());
    const QByteArray log = SecretScan::capturedLog().join(u'\n').toUtf8();
    for (const QByteArray &needle : std::as_const(needles)) {
        QVERIFY2(!log.contains(needle), "a token appears in the log");
    }

    // The scanner itself finds a planted token (so a clean result above means something).
    QFile planted(cache + u"/planted.txt"_s);
    QVERIFY(planted.open(QIODevice::WriteOnly));
    planted.write("prefix " + needles.first() + " suffix");
    planted.close();
    QCOMPARE(SecretScan::filesContaining({cache}, needles, &scanned), QStringList{planted.fileName()});
    planted.remove();
}

QTEST_GUILESS_MAIN(TstSecretLeak)
#include "tst_secretleak.moc"
