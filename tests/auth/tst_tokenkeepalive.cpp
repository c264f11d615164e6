#include "core/auth/tokenkeepalive.h"
#include "tests/ui/tokenmanagerfixture.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace Esi;
using namespace Qt::Literals::StringLiterals;

// The keep-alive refresh of idle tokens, and the refresh a call triggers when the access token is about to
// expire, against esi-sandbox's SSO on a manual clock.
class TestTokenKeepAlive : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void idleToken_isRefreshedOnceTheIntervalPassed()
    {
        TokenManagerFixture fixture;
        QVERIFY2(fixture.isReady(), qPrintable(fixture.problem));
        QVERIFY(fixture.signIn(TokenManagerFixture::pilot, {SsoSandbox::assetsScope}).isOk());
        const QDateTime signedInAt = fixture.store->token(TokenManagerFixture::pilot)->lastRefreshedAt;

        Core::TokenKeepAlive keepAlive(*fixture.store, fixture.sandbox.clock);
        keepAlive.setIntervalDays(7);
        QSignalSpy refreshed(&keepAlive, &Core::TokenKeepAlive::refreshed);
        fixture.sandbox.clock.advance(6LL * 24 * 3600 * 1000);
        QCOMPARE(keepAlive.checkNow(), 0); // six idle days: not due yet

        fixture.sandbox.clock.advance(24LL * 3600 * 1000 + 1000);
        const int requestsBefore = fixture.sso->tokenRequestCount();
        QCOMPARE(keepAlive.checkNow(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 1, 10000);
        QCOMPARE(refreshed.first().first().toLongLong(), TokenManagerFixture::pilot);
        QCOMPARE(fixture.sso->tokenRequestCount(), requestsBefore + 1);
        const Core::TokenRecord after = *fixture.store->token(TokenManagerFixture::pilot);
        QCOMPARE(after.lastRefreshedAt, fixture.sandbox.clock.now());
        QVERIFY(after.lastRefreshedAt > signedInAt);
        QCOMPARE(keepAlive.checkNow(), 0); // just refreshed: due again in seven days
    }

    void timer_runsTheCheckByItself()
    {
        TokenManagerFixture fixture;
        QVERIFY2(fixture.isReady(), qPrintable(fixture.problem));
        QVERIFY(fixture.signIn(TokenManagerFixture::trader, {SsoSandbox::skillsScope}).isOk());
        Core::TokenKeepAlive keepAlive(*fixture.store, fixture.sandbox.clock);
        keepAlive.setCheckInterval(20);
        keepAlive.setIntervalDays(1);
        QSignalSpy refreshed(&keepAlive, &Core::TokenKeepAlive::refreshed);
        fixture.sandbox.clock.advance(2LL * 24 * 3600 * 1000);
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 1, 10000);
    }

    void switchedOff_refreshesNothing()
    {
        TokenManagerFixture fixture;
        QVERIFY2(fixture.isReady(), qPrintable(fixture.problem));
        QVERIFY(fixture.signIn(TokenManagerFixture::pilot, {SsoSandbox::assetsScope}).isOk());
        Core::TokenKeepAlive keepAlive(*fixture.store, fixture.sandbox.clock);
        keepAlive.setIntervalDays(0);
        fixture.sandbox.clock.advance(400LL * 24 * 3600 * 1000);
        QCOMPARE(keepAlive.checkNow(), 0);
        QVERIFY(!keepAlive.isEnabled());
    }

    void deadToken_isReportedAndMarkedForReSignIn()
    {
        TokenManagerFixture fixture;
        QVERIFY2(fixture.isReady(), qPrintable(fixture.problem));
        QVERIFY(fixture.signIn(TokenManagerFixture::pilot, {SsoSandbox::assetsScope}).isOk());
        QVERIFY(fixture.killRefreshToken(TokenManagerFixture::pilot));
        Core::TokenKeepAlive keepAlive(*fixture.store, fixture.sandbox.clock);
        keepAlive.setIntervalDays(3);
        QSignalSpy failed(&keepAlive, &Core::TokenKeepAlive::refreshFailed);
        fixture.sandbox.clock.advance(4LL * 24 * 3600 * 1000);
        QCOMPARE(keepAlive.checkNow(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        QCOMPARE(fixture.store->token(TokenManagerFixture::pilot)->status, Core::TokenStatus::NeedsReSignIn);
        // A token that needs a new sign-in is not tried again and again.
        fixture.sandbox.clock.advance(4LL * 24 * 3600 * 1000);
        QCOMPARE(keepAlive.checkNow(), 0);
    }

    void interval_isKeptInSettings_data()
    {
        QTest::addColumn<QVariant>("stored");
        QTest::addColumn<int>("days");
        QTest::newRow("missing") << QVariant() << 0;
        QTest::newRow("seven") << QVariant(7) << 7;
        QTest::newRow("zero") << QVariant(0) << 0;
        QTest::newRow("negative") << QVariant(-3) << 0;
        QTest::newRow("garbage") << QVariant(u"often"_s) << 0;
    }

    void interval_isKeptInSettings()
    {
        QFETCH(QVariant, stored);
        QFETCH(int, days);
        QTemporaryDir folder;
        QSettings settings(folder.filePath(u"settings.ini"_s), QSettings::IniFormat);
        if (stored.isValid()) {
            settings.setValue(QLatin1StringView(Core::TokenKeepAlive::settingsKey), stored);
        }
        QCOMPARE(Core::TokenKeepAlive::loadIntervalDays(settings), days);
        Core::TokenKeepAlive::saveIntervalDays(settings, 12);
        QCOMPARE(Core::TokenKeepAlive::loadIntervalDays(settings), 12);
        QCOMPARE(settings.value(u"tokens/keepAliveDays"_s).toInt(), 12);
    }

    // TokenStore::validAccessToken refreshes when less than refreshMarginSecs are left, not earlier.
    void call_refreshesAnAccessTokenAboutToExpire_data()
    {
        QTest::addColumn<qint64>("secondsLeft");
        QTest::addColumn<bool>("refreshes");
        QTest::newRow("ten minutes left") << qint64(600) << false;
        QTest::newRow("two minutes left") << qint64(120) << false;
        QTest::newRow("thirty seconds left") << qint64(30) << true;
        QTest::newRow("expired") << qint64(-60) << true;
    }

    void call_refreshesAnAccessTokenAboutToExpire()
    {
        QFETCH(qint64, secondsLeft);
        QFETCH(bool, refreshes);
        TokenManagerFixture fixture;
        QVERIFY2(fixture.isReady(), qPrintable(fixture.problem));
        QVERIFY(fixture.signIn(TokenManagerFixture::pilot, {SsoSandbox::assetsScope}).isOk());
        const QDateTime expiresAt = fixture.store->token(TokenManagerFixture::pilot)->accessTokenExpiresAt;
        fixture.sandbox.clock.set(expiresAt.addSecs(-secondsLeft));
        const int before = fixture.store->refreshesStarted();
        const Core::AccessTokenResult answer = fixture.accessToken(TokenManagerFixture::pilot);
        QVERIFY2(answer.isValid(), qPrintable(answer.error));
        QCOMPARE(fixture.store->refreshesStarted() - before, refreshes ? 1 : 0);
        // Whatever was handed out is accepted by the sandbox at this moment.
        QVERIFY(fixture.sandbox.area->authority().verify(answer.accessToken).isValid());
        QVERIFY(fixture.store->token(TokenManagerFixture::pilot)->accessTokenExpiresAt >
                fixture.sandbox.clock.now().addSecs(Core::TokenStore::refreshMarginSecs));
    }
};

QTEST_GUILESS_MAIN(TestTokenKeepAlive)
#include "tst_tokenkeepalive.moc"
