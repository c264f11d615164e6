// Token safety inside one process and between token stores that share a database and a secret store the
// way the GUI and `esi` processes do: one refresh at a time per character (lock), compare-and-swap on
// write, a sign-in during a refresh, clock skew, and tokens bound to the SSO that issued them.
#include "core/auth/servertrust.h"
#include "core/auth/tokenstoreprovider.h"
#include "tokenfixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>

using namespace Esi::Core;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString skills = u"esi-skills.read_skills.v1"_s;
const FakeSsoServer::Character pilot{90000001, u"Test Pilot"_s, u"owner-hash-1"_s};

// A second client and store on the same database file and secrets, like a second process (or a process
// whose clock is off by `skewSecs`).
struct OtherProcess
{
    OtherProcess(TokenFixture &fx, qint64 skewSecs, const QUrl &ssoUrl = {})
        : clock(fx.clock.now().addSecs(skewSecs))
        , database(fx.databasePath)
    {
        SsoSettings settings = fx.client->settings();
        if (!ssoUrl.isEmpty()) {
            settings.baseUrl = ssoUrl;
        }
        client.emplace(settings, &network, clock, fx.databasePath + u".jwks.json"_s);
        QString error;
        opened = database.open(&error);
        store.emplace(database, fx.secretStore, *client, clock);
    }

    ManualClock clock;
    QNetworkAccessManager network;
    std::optional<SsoClient> client;
    TokenDatabase database;
    std::optional<TokenStore> store;
    bool opened = false;
};

void refreshNow(TokenStore &store, qint64 characterId, std::optional<AccessTokenResult> *slot)
{
    store.refreshNow(characterId, nullptr, [slot](const AccessTokenResult &result) { *slot = result; });
}

} // namespace

class TstTokenRace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void twoStoresRefreshingAtOnce_sendOneRefreshAndBothSucceed();
    void signInDuringRefresh_keepsTheNewChain();
    void writerWithoutTheLock_makesTheRefreshStale();
    void lockHeldElsewhere_waitsAndThenUsesTheRotatedToken();
    void clock30sBehind_isAcceptedAndKeepsTheRotatedRefreshToken();
    void clock10MinBehind_saysSoAndStillKeepsTheRotatedRefreshToken();
    void signIn_recordsTheIssuer();
    void issuerMismatch_sendsNoTokenAndNamesBothHosts();
    void otherSso_neverReceivesTheRefreshToken();
    void plainHttpToAnotherHost_isRefused();
    void signInElsewhere_dropsTheAccessTokenCachedHere();
    void refreshAnswerFailingVerification_keepsTheRotatedRefreshToken();
    void remove_waitsForTheLockSoNoRefreshWritesTheSecretsBack();
    void signInWhoseDatabaseStepFails_restoresTheKeychain();

private:
    QString storedRefreshToken() const;

    std::optional<TestKeys> m_keys;
    std::optional<QTemporaryDir> m_dir;
    std::optional<MemorySecretStore> m_secrets;
    std::optional<TokenFixture> m_fx;
};

void TstTokenRace::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_keys.emplace();
}

void TstTokenRace::init()
{
    m_dir.emplace();
    m_secrets.emplace();
    m_fx.emplace(*m_keys, *m_secrets, m_dir->path());
    QVERIFY2(m_fx->opened, qPrintable(m_fx->openError));
    const SignInStoreResult stored = m_fx->signIn(pilot, {skills});
    QVERIFY2(stored.isOk(), qPrintable(stored.error));
}

void TstTokenRace::cleanup()
{
    m_fx.reset();
    m_secrets.reset();
}

QString TstTokenRace::storedRefreshToken() const
{
    const QByteArray secret = m_secrets->contents().value(TokenStore::secretKey(pilot.id));
    return QJsonDocument::fromJson(secret).object().value("refresh_token"_L1).toString();
}

void TstTokenRace::twoStoresRefreshingAtOnce_sendOneRefreshAndBothSucceed()
{
    OtherProcess other(*m_fx, 0);
    QVERIFY(other.opened);
    m_fx->server.setRefreshDelayMs(300);
    const int before = m_fx->server.refreshRequests;
    std::optional<AccessTokenResult> first;
    std::optional<AccessTokenResult> second;
    refreshNow(*m_fx->store, pilot.id, &first);
    refreshNow(*other.store, pilot.id, &second);
    QTRY_VERIFY_WITH_TIMEOUT(first && second, 10000);
    QVERIFY2(first->isValid(), qPrintable(first->error));
    QVERIFY2(second->isValid(), qPrintable(second->error));
    // The second one waited for the lock, saw the token rotated meanwhile and used it: no second request,
    // so no invalid_grant for a refresh token the first one had used up.
    QCOMPARE(m_fx->server.refreshRequests - before, 1);
    QCOMPARE(second->accessToken, first->accessToken);
    QCOMPARE(storedRefreshToken(), m_fx->server.lastRefreshTokens.last());
    QVERIFY(m_fx->server.hasRefreshToken(storedRefreshToken()));
    QCOMPARE(m_fx->store->token(pilot.id)->status, TokenStatus::Valid);
}

void TstTokenRace::signInDuringRefresh_keepsTheNewChain()
{
    m_fx->server.setRefreshDelayMs(500);
    std::optional<AccessTokenResult> refreshed;
    refreshNow(*m_fx->store, pilot.id, &refreshed);
    QTRY_COMPARE_WITH_TIMEOUT(m_fx->server.refreshRequests, 1, 5000); // the refresh is at the SSO now
    const SsoTokens again = m_fx->signInFlow(pilot, {skills});
    QVERIFY(!again.refreshToken.isEmpty());
    std::optional<SignInStoreResult> stored;
    m_fx->store->addFromSignIn(again, nullptr, [&](const SignInStoreResult &result) { stored = result; });
    QTRY_VERIFY_WITH_TIMEOUT(refreshed && stored, 10000);
    QVERIFY2(stored->isOk(), qPrintable(stored->error));
    // Whatever the refresh did, the keychain ends with the chain of the newer sign-in.
    QCOMPARE(storedRefreshToken(), again.refreshToken);
    QVERIFY(m_fx->server.hasRefreshToken(storedRefreshToken()));
    QCOMPARE(m_fx->accessToken(pilot.id).accessToken, again.accessToken);
}

void TstTokenRace::writerWithoutTheLock_makesTheRefreshStale()
{
    m_fx->server.setRefreshDelayMs(500);
    std::optional<AccessTokenResult> refreshed;
    refreshNow(*m_fx->store, pilot.id, &refreshed);
    QTRY_COMPARE_WITH_TIMEOUT(m_fx->server.refreshRequests, 1, 5000);
    // A sign-in written by something that does not take the lock (an older ESI Studio): secrets, then version.
    const SsoTokens again = m_fx->signInFlow(pilot, {skills});
    const QByteArray secrets =
        QJsonDocument(QJsonObject{{u"access_token"_s, again.accessToken}, {u"refresh_token"_s, again.refreshToken}})
            .toJson(QJsonDocument::Compact);
    std::optional<SecretResult> written;
    m_secrets->write(TokenStore::secretKey(pilot.id), secrets, nullptr,
                     [&](const SecretResult &result) { written = result; });
    QTRY_VERIFY(written.has_value());
    QString error;
    QVERIFY2(m_fx->database->recordSecretsWritten(pilot.id, m_fx->server.baseUrl(), &error), qPrintable(error));

    QTRY_VERIFY_WITH_TIMEOUT(refreshed.has_value(), 10000);
    QVERIFY(!refreshed->isValid());
    QVERIFY2(refreshed->error.contains(u"signed in again"_s), qPrintable(refreshed->error));
    QCOMPARE(storedRefreshToken(), again.refreshToken); // compare-and-swap: the refresh result was dropped
    QCOMPARE(m_fx->store->token(pilot.id)->status, TokenStatus::Valid);
}

void TstTokenRace::lockHeldElsewhere_waitsAndThenUsesTheRotatedToken()
{
    // Another process holds the lock (this test, through its own lock file handle) and rotates meanwhile.
    QString error;
    CharacterLockPtr held = m_fx->store->locks().tryAcquire(pilot.id, &error);
    QVERIFY2(held, qPrintable(error));
    OtherProcess other(*m_fx, 0);
    QVERIFY(other.opened);
    std::optional<AccessTokenResult> waiting;
    refreshNow(*m_fx->store, pilot.id, &waiting);
    QTest::qWait(200);
    QVERIFY(!waiting.has_value()); // still waiting for the lock
    const int before = m_fx->server.refreshRequests;
    held.reset();
    std::optional<AccessTokenResult> rotating;
    refreshNow(*other.store, pilot.id, &rotating);
    QTRY_VERIFY_WITH_TIMEOUT(waiting && rotating, 10000);
    QVERIFY2(waiting->isValid(), qPrintable(waiting->error));
    QVERIFY2(rotating->isValid(), qPrintable(rotating->error));
    QVERIFY(m_fx->server.refreshRequests - before <= 2);
    QVERIFY(m_fx->server.hasRefreshToken(storedRefreshToken()));
}

void TstTokenRace::clock30sBehind_isAcceptedAndKeepsTheRotatedRefreshToken()
{
    OtherProcess skewed(*m_fx, -30);
    QVERIFY(skewed.opened);
    std::optional<AccessTokenResult> result;
    refreshNow(*skewed.store, pilot.id, &result);
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
    QVERIFY2(result->isValid(), qPrintable(result->error));
    QCOMPARE(storedRefreshToken(), m_fx->server.lastRefreshTokens.last());
    QVERIFY(m_fx->server.hasRefreshToken(storedRefreshToken()));
}

void TstTokenRace::clock10MinBehind_saysSoAndStillKeepsTheRotatedRefreshToken()
{
    OtherProcess skewed(*m_fx, -600);
    QVERIFY(skewed.opened);
    const QString before = storedRefreshToken();
    std::optional<AccessTokenResult> result;
    refreshNow(*skewed.store, pilot.id, &result);
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
    QVERIFY(!result->isValid());
    QVERIFY2(result->error.contains(u"clock"_s) && result->error.contains(u"10 minutes"_s), qPrintable(result->error));
    QVERIFY2(result->error.contains(u"refresh token was kept"_s), qPrintable(result->error));
    // The SSO used up the old refresh token; the rotated one is in the keychain and still works.
    QVERIFY(!m_fx->server.hasRefreshToken(before));
    QCOMPARE(storedRefreshToken(), m_fx->server.lastRefreshTokens.last());
    QVERIFY(m_fx->server.hasRefreshToken(storedRefreshToken()));
    QCOMPARE(m_fx->store->token(pilot.id)->status, TokenStatus::Valid);
    // With the clock right again (the fixture's own store), the next use refreshes with the kept token.
    const AccessTokenResult next = m_fx->accessToken(pilot.id);
    QVERIFY2(next.isValid(), qPrintable(next.error));
}

void TstTokenRace::signIn_recordsTheIssuer()
{
    const std::optional<TokenRecord> record = m_fx->store->token(pilot.id);
    QVERIFY(record);
    QVERIFY(ServerTrust::sameOrigin(record->issuer, m_fx->server.baseUrl()));
    QVERIFY(record->secretsVersion > 0);
}

void TstTokenRace::issuerMismatch_sendsNoTokenAndNamesBothHosts()
{
    QTcpServer other;
    QVERIFY(other.listen(QHostAddress(u"127.0.0.2"_s)));
    TokenStoreProvider provider(*m_fx->store);
    const int refreshesBefore = m_fx->server.refreshRequests;
    m_fx->clock.advance(3600 * 1000); // the access token expired: a token request would refresh first
    std::optional<TokenResult> answer;
    provider.requestAccessToken(pilot.id, {skills},
                                QUrl(u"http://127.0.0.2:%1/characters/1/skills"_s.arg(other.serverPort())),
                                [&](const TokenResult &result) { answer = result; });
    QTRY_VERIFY(answer.has_value());
    QVERIFY(!answer->isValid());
    QVERIFY2(answer->error.contains(u"127.0.0.1"_s) && answer->error.contains(u"127.0.0.2"_s),
             qPrintable(answer->error));
    QCOMPARE(m_fx->server.refreshRequests, refreshesBefore); // not even a refresh
    QTest::qWait(100);
    QVERIFY(!other.hasPendingConnections());
    // The same character's own server still gets it.
    answer.reset();
    provider.requestAccessToken(pilot.id, {skills}, m_fx->server.baseUrl().resolved(QUrl(u"/characters/1"_s)),
                                [&](const TokenResult &result) { answer = result; });
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 10000);
    QVERIFY2(answer->isValid(), qPrintable(answer->error));
}

void TstTokenRace::otherSso_neverReceivesTheRefreshToken()
{
    QTcpServer elsewhere;
    QVERIFY(elsewhere.listen(QHostAddress(u"127.0.0.2"_s)));
    OtherProcess pointedElsewhere(*m_fx, 0, QUrl(u"http://127.0.0.2:%1"_s.arg(elsewhere.serverPort())));
    QVERIFY(pointedElsewhere.opened);
    std::optional<AccessTokenResult> result;
    refreshNow(*pointedElsewhere.store, pilot.id, &result);
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
    QVERIFY(!result->isValid());
    QVERIFY2(result->error.contains(u"127.0.0.2"_s) && result->error.contains(u"127.0.0.1"_s),
             qPrintable(result->error));
    std::optional<QString> revoked;
    pointedElsewhere.store->revoke(pilot.id, nullptr, [&](const QString &error) { revoked = error; });
    QTRY_VERIFY(revoked.has_value());
    QVERIFY(!revoked->isEmpty());
    QTest::qWait(100);
    QVERIFY(!elsewhere.hasPendingConnections()); // nothing was sent there
    QCOMPARE(m_fx->store->token(pilot.id)->status, TokenStatus::Valid);
}

void TstTokenRace::plainHttpToAnotherHost_isRefused()
{
    TokenStoreProvider provider(*m_fx->store);
    std::optional<TokenResult> answer;
    provider.requestAccessToken(pilot.id, {skills}, QUrl(u"http://esi.example.com/characters/1"_s),
                                [&](const TokenResult &result) { answer = result; });
    QTRY_VERIFY(answer.has_value());
    QVERIFY(!answer->isValid());
    QVERIFY2(answer->error.contains(u"plain http"_s), qPrintable(answer->error));
}

void TstTokenRace::signInElsewhere_dropsTheAccessTokenCachedHere()
{
    OtherProcess other(*m_fx, 0);
    QVERIFY(other.opened);
    const auto use = [&other]() {
        std::optional<AccessTokenResult> result;
        other.store->validAccessToken(pilot.id, {skills}, nullptr,
                                      [&result](const AccessTokenResult &answer) { result = answer; });
        (void)QTest::qWaitFor([&result] { return result.has_value(); }, 10000);
        return result.value_or(AccessTokenResult{});
    };
    const AccessTokenResult cached = use();
    QVERIFY2(cached.isValid(), qPrintable(cached.error));
    // This process signs the character in again: the secrets version moves on, the other cache is stale.
    const SignInStoreResult again = m_fx->signIn(pilot, {skills});
    QVERIFY2(again.isOk(), qPrintable(again.error));
    const AccessTokenResult after = use();
    QVERIFY2(after.isValid(), qPrintable(after.error));
    QVERIFY(after.accessToken != cached.accessToken);
    QCOMPARE(after.accessToken, m_fx->accessToken(pilot.id).accessToken);
}

void TstTokenRace::refreshAnswerFailingVerification_keepsTheRotatedRefreshToken()
{
    // The SSO rotates the refresh token but its access token fails a check that is not about time.
    m_fx->server.setIssuer(u"elsewhere.example"_s);
    const QString before = storedRefreshToken();
    std::optional<AccessTokenResult> result;
    refreshNow(*m_fx->store, pilot.id, &result);
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
    QVERIFY(!result->isValid());
    QVERIFY2(result->error.contains(u"refresh token was kept"_s), qPrintable(result->error));
    QVERIFY(!m_fx->server.hasRefreshToken(before));
    QCOMPARE(storedRefreshToken(), m_fx->server.lastRefreshTokens.last());
    QCOMPARE(m_fx->store->token(pilot.id)->status, TokenStatus::Valid);
    // Once the SSO's tokens verify again, the kept refresh token works: the sign-in was not lost.
    m_fx->server.setIssuer(u"127.0.0.1:%1"_s.arg(m_fx->server.baseUrl().port()));
    const AccessTokenResult next = m_fx->accessToken(pilot.id);
    QVERIFY2(next.isValid(), qPrintable(next.error));
}

void TstTokenRace::remove_waitsForTheLockSoNoRefreshWritesTheSecretsBack()
{
    // A refresh holds the character's lock (here: this test, as another process would).
    QString error;
    CharacterLockPtr held = m_fx->store->locks().tryAcquire(pilot.id, &error);
    QVERIFY2(held, qPrintable(error));
    std::optional<QString> removed;
    m_fx->store->remove(pilot.id, nullptr, [&removed](const QString &result) { removed = result; });
    QTest::qWait(200);
    QVERIFY(!removed.has_value()); // waits for the refresh to finish
    QVERIFY(m_secrets->contents().contains(TokenStore::secretKey(pilot.id)));
    held.reset();
    QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 10000);
    QVERIFY2(removed->isEmpty(), qPrintable(*removed));
    QVERIFY(!m_secrets->contents().contains(TokenStore::secretKey(pilot.id)));
    QVERIFY(!m_fx->store->token(pilot.id));
    // A refresh starting now finds the row gone and writes nothing.
    std::optional<AccessTokenResult> result;
    refreshNow(*m_fx->store, pilot.id, &result);
    QTRY_VERIFY(result.has_value());
    QVERIFY(!result->isValid());
    QVERIFY(!m_secrets->contents().contains(TokenStore::secretKey(pilot.id)));
}

void TstTokenRace::signInWhoseDatabaseStepFails_restoresTheKeychain()
{
    const QByteArray before = m_secrets->contents().value(TokenStore::secretKey(pilot.id));
    QVERIFY(!before.isEmpty());
    {
        // The database cannot record the new issuer and secrets version (a full disk, say).
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"saboteur"_s);
        db.setDatabaseName(m_fx->databasePath);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"CREATE TRIGGER no_version BEFORE UPDATE OF secrets_version ON tokens "
                           "BEGIN SELECT RAISE(ABORT, 'disk full'); END"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"saboteur"_s);
    const SignInStoreResult again = m_fx->signIn(pilot, {skills});
    QVERIFY(!again.isOk());
    // The keychain holds what the database describes: the old sign-in, not tokens of an unrecorded one.
    QCOMPARE(m_secrets->contents().value(TokenStore::secretKey(pilot.id)), before);
}

QTEST_GUILESS_MAIN(TstTokenRace)
#include "tst_tokenrace.moc"
