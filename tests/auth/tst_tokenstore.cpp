#include "core/auth/tokenstoreprovider.h"
#include "tokenfixture.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

using namespace Esi::Core;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString skills = u"esi-skills.read_skills.v1"_s;
const QString assets = u"esi-assets.read_assets.v1"_s;
const QString wallet = u"esi-wallet.read_character_wallet.v1"_s;
const FakeSsoServer::Character alice{1001, u"Alice"_s, u"owner-alice"_s};
const FakeSsoServer::Character bob{1002, u"Bob"_s, u"owner-bob"_s};
const FakeSsoServer::Character carol{1003, u"Carol"_s, u"owner-carol"_s};

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Runs SQL on a file with a private connection (to build old or foreign databases).
bool runSql(const QString &path, const QStringList &statements)
{
    const QString name = QUuid::createUuid().toString();
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery query(db);
        for (const QString &statement : statements) {
            ok = ok && query.exec(statement);
        }
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

class TstTokenStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void addFromSignIn_keepsSecretsOnlyInSecretStore();
    void queries_mirrorDjangoEsiManager();
    void validAccessToken_usesFreshTokenWithoutRefresh();
    void validAccessToken_refreshesWithinLastMinute();
    void refresh_coalescesConcurrentCallers();
    void refresh_storesRotatedRefreshToken();
    void refreshNow_refreshesAFreshTokenAndRefusesRevokedOnes();
    void invalidGrant_marksNeedsReSignInAndDeletesNothing();
    void missingScope_isNamed();
    void ownerHashChange_isSurfacedOnSignInAndRefresh();
    void reSignIn_mergesScopesAndReplacesSecrets();
    void reSignIn_withFewerScopes_reportsLostScopes();
    void unavailableSecretStore_storesNothingAndSaysWhy();
    void revoke_marksRevokedAndDeletesSecrets();
    void remove_deletesRowAndSecrets();
    void provider_picksCharacterWithScopeOrNamesMissingScope();
    void migration_fromVersion1KeepsTokens();
    void damagedDatabase_isRefusedAndLeftUntouched_data();
    void damagedDatabase_isRefusedAndLeftUntouched();
    void newerSchema_isRefusedAndLeftUntouched();

private:
    std::optional<TestKeys> m_keys;
    std::optional<QTemporaryDir> m_dir;
    std::optional<MemorySecretStore> m_secrets;
    std::optional<TokenFixture> m_fx;
};

void TstTokenStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_keys.emplace();
}

void TstTokenStore::init()
{
    m_dir.emplace();
    m_secrets.emplace();
    m_fx.emplace(*m_keys, *m_secrets, m_dir->path());
    QVERIFY2(m_fx->opened, qPrintable(m_fx->openError));
}

void TstTokenStore::cleanup()
{
    m_fx.reset();
    m_secrets.reset();
}

void TstTokenStore::addFromSignIn_keepsSecretsOnlyInSecretStore()
{
    QSignalSpy changed(&*m_fx->store, &TokenStore::tokensChanged);
    const SignInStoreResult stored = m_fx->signIn(alice, {skills, assets});
    QVERIFY2(stored.isOk(), qPrintable(stored.error));
    QVERIFY(!stored.replaced);
    QCOMPARE(changed.count(), 1);

    const QByteArray secret = m_secrets->contents().value(TokenStore::secretKey(alice.id));
    const QJsonObject secrets = QJsonDocument::fromJson(secret).object();
    const QString access = m_fx->server.lastAccessTokens.last();
    const QString refresh = m_fx->server.lastRefreshTokens.last();
    QCOMPARE(secrets.value("access_token"_L1).toString(), access);
    QCOMPARE(secrets.value("refresh_token"_L1).toString(), refresh);

    const std::optional<TokenRecord> record = m_fx->store->token(alice.id);
    QVERIFY(record);
    QCOMPARE(record->characterName, u"Alice"_s);
    QCOMPARE(record->ownerHash, u"owner-alice"_s);
    QCOMPARE(record->scopes, (QStringList{assets, skills}));
    QCOMPARE(record->status, TokenStatus::Valid);
    QCOMPARE(record->addedAt, m_fx->clock.now());
    QVERIFY(record->accessTokenExpiresAt > m_fx->clock.now().addSecs(1100));

    for (const QString &path : QStringList{m_fx->databasePath, m_fx->databasePath + u"-wal"_s}) {
        const QByteArray bytes = fileBytes(path);
        QVERIFY(!bytes.contains(access.toLatin1()));
        QVERIFY(!bytes.contains(refresh.toLatin1()));
    }
}

void TstTokenStore::queries_mirrorDjangoEsiManager()
{
    QVERIFY(m_fx->signIn(alice, {skills, assets}).isOk());
    m_fx->clock.advance(10 * 60 * 1000);
    QVERIFY(m_fx->signIn(bob, {skills}).isOk());
    QVERIFY(m_fx->signIn(carol, {wallet}).isOk());

    const auto ids = [](const QList<TokenRecord> &records) {
        QList<qint64> result;
        for (const TokenRecord &record : records) {
            result.append(record.characterId);
        }
        return result;
    };
    QCOMPARE(ids(m_fx->store->tokens()), (QList<qint64>{alice.id, bob.id, carol.id}));
    QCOMPARE(ids(m_fx->store->withScopes({skills})), (QList<qint64>{alice.id, bob.id}));
    QCOMPARE(ids(m_fx->store->withScopes({skills}, bob.id)), (QList<qint64>{bob.id}));
    QCOMPARE(ids(m_fx->store->withScopes({skills, wallet})), QList<qint64>{});
    QCOMPARE(ids(m_fx->store->withExactScopes({skills})), (QList<qint64>{bob.id}));
    QCOMPARE(ids(m_fx->store->withExactScopes({assets, skills})), (QList<qint64>{alice.id}));
    QCOMPARE(ids(m_fx->store->equivalentTo(*m_fx->store->token(alice.id))), (QList<qint64>{alice.id}));
    QCOMPARE(ids(m_fx->store->expired()), QList<qint64>{});

    m_fx->clock.advance(15 * 60 * 1000); // Alice's 20 minutes are over, Bob's and Carol's are not
    QCOMPARE(ids(m_fx->store->expired()), (QList<qint64>{alice.id}));
    QCOMPARE(ids(m_fx->store->needingReSignIn()), QList<qint64>{});
    QCOMPARE(m_fx->store->characterWithScopes({wallet})->characterId, carol.id);
    QVERIFY(!m_fx->store->characterWithScopes({u"esi-unknown.v1"_s}));
}

void TstTokenStore::validAccessToken_usesFreshTokenWithoutRefresh()
{
    QVERIFY(m_fx->signIn(alice, {skills}).isOk());
    const AccessTokenResult token = m_fx->accessToken(alice.id, {skills});
    QVERIFY2(token.isValid(), qPrintable(token.error));
    QCOMPARE(token.accessToken, m_fx->server.lastAccessTokens.last());
    QCOMPARE(m_fx->server.refreshRequests, 0);
    QCOMPARE(m_fx->store->token(alice.id)->lastUsedAt, m_fx->clock.now());

    // A new store (another process) reads the access token from the secret store, still without refreshing.
    TokenStore other(*m_fx->database, *m_secrets, *m_fx->client, m_fx->clock);
    std::optional<AccessTokenResult> fromSecrets;
    other.validAccessToken(alice.id, {skills}, this, [&](const AccessTokenResult &result) { fromSecrets = result; });
    QTRY_VERIFY(fromSecrets.has_value());
    QCOMPARE(fromSecrets->accessToken, token.accessToken);
    QCOMPARE(m_fx->server.refreshRequests, 0);
}

void TstTokenStore::validAccessToken_refreshesWithinLastMinute()
{
    QVERIFY(m_fx->signIn(alice, {skills}).isOk());
    const QString first = m_fx->server.lastAccessTokens.last();
    m_fx->clock.advance((20 * 60 - 90) * 1000); // 90 s left: still used
    QCOMPARE(m_fx->accessToken(alice.id).accessToken, first);
    QCOMPARE(m_fx->server.refreshRequests, 0);
    m_fx->clock.advance(40 * 1000); // 50 s left: refreshed first
    QSignalSpy refreshed(&*m_fx->store, &TokenStore::tokenRefreshed);
    const AccessTokenResult renewed = m_fx->accessToken(alice.id);
    QVERIFY2(renewed.isValid(), qPrintable(renewed.error));
    QVERIFY(renewed.accessToken != first);
    QCOMPARE(m_fx->server.refreshRequests, 1);
    QCOMPARE(refreshed.count(), 1);
    QCOMPARE(m_fx->store->token(alice.id)->lastRefreshedAt, m_fx->clock.now());
}

void TstTokenStore::refresh_coalescesConcurrentCallers()
{
    QVERIFY(m_fx->signIn(alice, {skills}).isOk());
    m_fx->clock.advance(21 * 60 * 1000);
    m_fx->server.setRefreshDelayMs(100);
    QList<AccessTokenResult> answers;
    for (int caller = 0; caller < 20; ++caller) {
        m_fx->store->validAccessToken(alice.id, {skills}, this,
                                      [&](const AccessTokenResult &result) { answers.append(result); });
    }
    QTRY_COMPARE(answers.size(), 20);
    QCOMPARE(m_fx->server.refreshRequests, 1);
    QCOMPARE(m_fx->store->refreshesStarted(), 1);
    for (const AccessTokenResult &answer : std::as_const(answers)) {
        QVERIFY2(answer.isValid(), qPrintable(answer.error));
        QCOMPARE(answer.accessToken, m_fx->server.lastAccessTokens.last());
    }
    // The next caller uses the refreshed token.
    QCOMPARE(m_fx->accessToken(alice.id).accessToken, m_fx->server.lastAccessTokens.last());
    QCOMPARE(m_fx->server.refreshRequests, 1);
}

void TstTokenStore::refresh_storesRotatedRefreshToken()
{
    QVERIFY(m_fx->signIn(alice, {skills}).isOk());
    const QString original = m_fx->server.lastRefreshTokens.last();
    m_fx->clock.advance(21 * 60 * 1000);
    QVERIFY(m_fx->accessToken(alice.id).isValid());
    const QString rotated = m_fx->server.lastRefreshTokens.last();
    QVERIFY(rotated != original);
    QVERIFY(!m_fx->server.hasRefreshToken(original));
    const QJsonObject secrets =
        QJsonDocument::fromJson(m_secrets->contents().value(TokenStore::secretKey(alice.id))).object();
    QCOMPARE(secrets.value("refresh_token"_L1).toString(), rotated);

    // The stored rotated token works for the next refresh.
    m_fx->clock.advance(21 * 60 * 1000);
    QVERIFY(m_fx->accessToken(alice.id).isValid());
    QCOMPARE(m_fx->server.refreshRequests, 2);
}

void TstTokenStore::refreshNow_refreshesAFreshTokenAndRefusesRevokedOnes()
{
    QVERIFY(m_fx->signIn(alice, {skills}).isOk());
    const QString first = m_fx->server.lastAccessTokens.last();
    const QString original = m_fx->server.lastRefreshTokens.last();
    const auto refreshNow = [this](qint64 characterId) {
        std::optional<AccessTokenResult> answer;
        m_fx->store->refreshNow(characterId, this, [&](const AccessTokenResult &result) { answer = result; });
        (void)QTest::qWaitFor([&] { return answer.has_value(); }, 5000);
        return answer.value_or(AccessTokenResult{{}, u"timed out"_s, {}});
    };
    // 19 minutes left, so validAccessToken would not refresh; refreshNow does, and rotates the refresh token.
    const AccessTokenResult renewed = refreshNow(alice.id);
    QVERIFY2(renewed.isValid(), qPrintable(renewed.error));
    QVERIFY(renewed.accessToken != first);
    QCOMPARE(m_fx->server.refreshRequests, 1);
    QVERIFY(!m_fx->server.hasRefreshToken(original));
    const QJsonObject secrets =
        QJsonDocument::fromJson(m_secrets->contents().value(TokenStore::secretKey(alice.id))).object();
    QCOMPARE(secrets.value("refresh_token"_L1).toString(), m_fx->server.lastRefreshTokens.last());
    QCOMPARE(m_fx->accessToken(alice.id).accessToken, renewed.accessToken);
    QCOMPARE(m_fx->server.refreshRequests, 1);

    QVERIFY(refreshNow(bob.id).error.contains(u"No token is stored"_s));
    std::optional<QString> revoked;
    m_fx->store->revoke(alice.id, this, [&](const QString &error) { revoked = error; });
    QTRY_VERIFY(revoked.has_value());
    QVERIFY(refreshNow(alice.id).error.contains(u"revoked"_s));
    QCOMPARE(m_fx->server.refreshRequests, 1);
}

void TstTokenStore::invalidGrant_marksNeedsReSignInAndDeletesNothing()
{
    QVERIFY(m_fx->signIn(alice, {skills}).isOk());
    m_fx->server.revokeAll(); // e.g. the user removed the app's access on the EVE website
    m_fx->clock.advance(21 * 60 * 1000);
    QSignalSpy needsSignIn(&*m_fx->store, &TokenStore::reSignInNeeded);
    const AccessTokenResult failed = m_fx->accessToken(alice.id);
    QVERIFY(!failed.isValid());
    QVERIFY2(failed.error.contains(u"invalid_grant"_s), qPrintable(failed.error));
    QCOMPARE(needsSignIn.count(), 1);
    QCOMPARE(needsSignIn.first().first().toLongLong(), alice.id);

    const std::optional<TokenRecord> record = m_fx->store->token(alice.id);
    QVERIFY(record);
    QCOMPARE(record->status, TokenStatus::NeedsReSignIn);
    QVERIFY(record->statusReason.contains(u"invalid_grant"_s));
    QVERIFY(m_secrets->contents().contains(TokenStore::secretKey(alice.id)));
    QCOMPARE(m_fx->store->needingReSignIn().size(), 1);

    // Later callers are told at once, without another doomed request.
    const AccessTokenResult again = m_fx->accessToken(alice.id);
    QVERIFY(again.error.contains(u"needs a new sign-in"_s));
    QCOMPARE(m_fx->server.refreshRequests, 1);

    // A fresh sign-in makes the token valid again.
    QVERIFY(m_fx->signIn(alice, {skills}).isOk());
    QCOMPARE(m_fx->store->token(alice.id)->status, TokenStatus::Valid);
    QVERIFY(m_fx->accessToken(alice.id).isValid());
}

void TstTokenStore::missingScope_isNamed()
{
    QVERIFY(m_fx->signIn(alice, {skills}).isOk());
    const AccessTokenResult result = m_fx->accessToken(alice.id, {skills, wallet});
    QVERIFY(!result.isValid());
    QCOMPARE(result.missingScopes, QStringList{wallet});
    QVERIFY2(result.error.contains(wallet) && result.error.contains(u"Alice"_s), qPrintable(result.error));
    const AccessTokenResult unknown = m_fx->accessToken(4242, {skills});
    QVERIFY(unknown.error.contains(u"4242"_s));
}

void TstTokenStore::ownerHashChange_isSurfacedOnSignInAndRefresh()
{
    QVERIFY(m_fx->signIn(alice, {skills}).isOk());
    QSignalSpy ownerChanged(&*m_fx->store, &TokenStore::ownerHashChanged);

    FakeSsoServer::Character moved = alice;
    moved.owner = u"owner-after-transfer"_s;
    const SignInStoreResult again = m_fx->signIn(moved, {skills});
    QVERIFY(again.isOk());
    QVERIFY(again.replaced);
    QVERIFY(again.ownerChanged);
    QCOMPARE(ownerChanged.count(), 1);
    QCOMPARE(ownerChanged.first().at(1).toString(), u"owner-alice"_s);
    QCOMPARE(ownerChanged.first().at(2).toString(), u"owner-after-transfer"_s);
    std::optional<TokenRecord> record = m_fx->store->token(alice.id);
    QVERIFY(record->ownerChanged());
    QCOMPARE(record->previousOwnerHash, u"owner-alice"_s);

    QString error;
    QVERIFY(m_fx->store->acknowledgeOwnerChange(alice.id, &error));
    QVERIFY(!m_fx->store->token(alice.id)->ownerChanged());

    // Seen on a refresh too.
    moved.owner = u"owner-third"_s;
    m_fx->server.setCharacter(moved);
    m_fx->clock.advance(21 * 60 * 1000);
    QVERIFY(m_fx->accessToken(alice.id).isValid());
    QCOMPARE(ownerChanged.count(), 2);
    record = m_fx->store->token(alice.id);
    QCOMPARE(record->ownerHash, u"owner-third"_s);
    QCOMPARE(record->previousOwnerHash, u"owner-after-transfer"_s);
}

void TstTokenStore::reSignIn_mergesScopesAndReplacesSecrets()
{
    QVERIFY(m_fx->signIn(alice, {skills}).isOk());
    const QString firstRefresh = m_fx->server.lastRefreshTokens.last();
    const QStringList wanted = m_fx->store->scopesForReSignIn(alice.id, {wallet});
    QCOMPARE(wanted, (QStringList{skills, wallet}));
    const SignInStoreResult merged = m_fx->signIn(alice, wanted);
    QVERIFY(merged.isOk());
    QVERIFY(merged.replaced);
    QVERIFY(merged.lostScopes.isEmpty());
    QCOMPARE(m_fx->store->token(alice.id)->scopes, (QStringList{skills, wallet}));
    QCOMPARE(m_fx->store->tokens().size(), 1);
    const QJsonObject secrets =
        QJsonDocument::fromJson(m_secrets->contents().value(TokenStore::secretKey(alice.id))).object();
    QVERIFY(secrets.value("refresh_token"_L1).toString() != firstRefresh);
    QCOMPARE(secrets.value("refresh_token"_L1).toString(), m_fx->server.lastRefreshTokens.last());
}

void TstTokenStore::reSignIn_withFewerScopes_reportsLostScopes()
{
    QVERIFY(m_fx->signIn(alice, {skills, wallet}).isOk());
    const SignInStoreResult narrower = m_fx->signIn(alice, {skills});
    QVERIFY(narrower.isOk());
    QCOMPARE(narrower.lostScopes, QStringList{wallet});
    // The store records what the new token really grants.
    QCOMPARE(m_fx->store->token(alice.id)->scopes, QStringList{skills});
}

void TstTokenStore::unavailableSecretStore_storesNothingAndSaysWhy()
{
    m_secrets->setUnavailable(u"The keyring is locked"_s);
    const SignInStoreResult stored = m_fx->signIn(alice, {skills});
    QVERIFY(!stored.isOk());
    QVERIFY2(stored.error.contains(u"The keyring is locked"_s), qPrintable(stored.error));
    QVERIFY(!m_fx->store->token(alice.id));

    m_secrets->setUnavailable({});
    QVERIFY(m_fx->signIn(alice, {skills}).isOk());
    m_secrets->setUnavailable(u"The keyring is locked"_s);
    m_fx->clock.advance(21 * 60 * 1000);
    const AccessTokenResult locked = m_fx->accessToken(alice.id);
    QVERIFY(!locked.isValid());
    QVERIFY(locked.error.contains(u"The keyring is locked"_s));
    QCOMPARE(m_fx->server.refreshRequests, 0);
    QCOMPARE(m_fx->store->token(alice.id)->status, TokenStatus::Valid); // a locked keyring is not a dead token
}

void TstTokenStore::revoke_marksRevokedAndDeletesSecrets()
{
    QVERIFY(m_fx->signIn(alice, {skills}).isOk());
    const QString refresh = m_fx->server.lastRefreshTokens.last();
    std::optional<QString> revoked;
    m_fx->store->revoke(alice.id, this, [&](const QString &error) { revoked = error; });
    QTRY_VERIFY(revoked.has_value());
    QVERIFY2(revoked->isEmpty(), qPrintable(*revoked));
    QCOMPARE(m_fx->server.revokeRequests, 1);
    QVERIFY(!m_fx->server.hasRefreshToken(refresh));
    QVERIFY(!m_secrets->contents().contains(TokenStore::secretKey(alice.id)));
    QCOMPARE(m_fx->store->token(alice.id)->status, TokenStatus::Revoked);
    const AccessTokenResult after = m_fx->accessToken(alice.id);
    QVERIFY(after.error.contains(u"revoked"_s));
}

void TstTokenStore::remove_deletesRowAndSecrets()
{
    QVERIFY(m_fx->signIn(alice, {skills}).isOk());
    QVERIFY(m_fx->signIn(bob, {skills}).isOk());
    std::optional<QString> removed;
    m_fx->store->remove(alice.id, this, [&](const QString &error) { removed = error; });
    QTRY_VERIFY(removed.has_value());
    QVERIFY(removed->isEmpty());
    QVERIFY(!m_fx->store->token(alice.id));
    QVERIFY(!m_secrets->contents().contains(TokenStore::secretKey(alice.id)));
    QVERIFY(m_secrets->contents().contains(TokenStore::secretKey(bob.id)));
}

void TstTokenStore::provider_picksCharacterWithScopeOrNamesMissingScope()
{
    QVERIFY(m_fx->signIn(alice, {skills}).isOk());
    QVERIFY(m_fx->signIn(bob, {wallet}).isOk());
    TokenStoreProvider provider(*m_fx->store);
    const auto request = [&](qint64 characterId, const QStringList &scopes) {
        std::optional<TokenResult> answer;
        provider.requestAccessToken(characterId, scopes, m_fx->server.baseUrl(),
                                    [&](const TokenResult &result) { answer = result; });
        (void)QTest::qWaitFor([&] { return answer.has_value(); }, 5000);
        return answer.value_or(TokenResult{{}, u"timed out"_s});
    };
    const TokenResult picked = request(0, {wallet});
    QVERIFY2(picked.isValid(), qPrintable(picked.error));
    QCOMPARE(picked.accessToken, m_fx->server.lastAccessTokens.last()); // Bob's, the only one with the scope

    const TokenResult nobody = request(0, {assets});
    QVERIFY(!nobody.isValid());
    QVERIFY2(nobody.error.contains(assets), qPrintable(nobody.error));

    const TokenResult lacking = request(alice.id, {wallet});
    QVERIFY(!lacking.isValid());
    QVERIFY2(lacking.error.contains(wallet), qPrintable(lacking.error));
}

void TstTokenStore::migration_fromVersion1KeepsTokens()
{
    const QString path = m_dir->filePath(u"old.sqlite"_s);
    QVERIFY(runSql(path, {u"CREATE TABLE schema_version (version INTEGER NOT NULL)"_s,
                          u"INSERT INTO schema_version (version) VALUES (1)"_s,
                          u"CREATE TABLE tokens (character_id INTEGER PRIMARY KEY, character_name TEXT NOT NULL, "
                          "owner_hash TEXT NOT NULL, scopes TEXT NOT NULL, access_expires_at INTEGER, "
                          "added_at INTEGER NOT NULL, refreshed_at INTEGER, status TEXT NOT NULL)"_s,
                          u"INSERT INTO tokens VALUES (77, 'Veteran', 'owner-v', 'b.v1 a.v1', 1700000000000, "
                          "1600000000000, 1700000000000, 'needs-sign-in')"_s}));
    TokenDatabase database(path);
    QString error;
    QVERIFY2(database.open(&error), qPrintable(error));
    QCOMPARE(database.foundSchemaVersion(), 1);
    const std::optional<TokenRecord> record = database.token(77);
    QVERIFY(record);
    QCOMPARE(record->characterName, u"Veteran"_s);
    QCOMPARE(record->scopes, (QStringList{u"a.v1"_s, u"b.v1"_s}));
    QCOMPARE(record->status, TokenStatus::NeedsReSignIn);
    QCOMPARE(record->addedAt, QDateTime::fromMSecsSinceEpoch(1600000000000, Qt::UTC));
    QVERIFY(!record->lastUsedAt.isValid());
    QVERIFY(!record->ownerChanged());
    // Characters stored before issuers were kept came from EVE's SSO (never guessed to be a test server's).
    QCOMPARE(record->issuer, QUrl(u"https://login.eveonline.com"_s));
    QCOMPARE(record->secretsVersion, 0);

    TokenRecord updated = *record;
    updated.lastUsedAt = QDateTime::fromMSecsSinceEpoch(1800000000000, Qt::UTC);
    updated.issuer = QUrl(u"http://127.0.0.1:1"_s);
    updated.secretsVersion = 41;
    QVERIFY(database.upsert(updated, &error));
    QCOMPARE(database.token(77)->lastUsedAt, updated.lastUsedAt);
    // Only recordSecretsWritten() moves the issuer and the secrets version; a stale upsert cannot.
    QCOMPARE(database.token(77)->issuer, QUrl(u"https://login.eveonline.com"_s));
    QCOMPARE(database.token(77)->secretsVersion, 0);
    QVERIFY(database.recordSecretsWritten(77, {}, &error));
    QVERIFY(database.upsert(updated, &error));
    QCOMPARE(database.token(77)->secretsVersion, 1);

    TokenDatabase reopened(path);
    QVERIFY(reopened.open(&error));
    QCOMPARE(reopened.foundSchemaVersion(), TokenDatabase::currentSchemaVersion);
}

void TstTokenStore::damagedDatabase_isRefusedAndLeftUntouched_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");

    QTest::newRow("not SQLite at all") << QByteArray("this is not a database\n").repeated(100)
                                       << u"not a SQLite database"_s;

    // A real token database whose pages after the first were overwritten.
    const QString path = m_dir->filePath(u"source.sqlite"_s);
    {
        TokenDatabase source(path);
        QString error;
        QVERIFY(source.open(&error));
        TokenRecord record;
        record.characterId = 5;
        record.characterName = u"Pilot"_s;
        record.ownerHash = u"o"_s;
        record.addedAt = QDateTime::fromMSecsSinceEpoch(1, Qt::UTC);
        QVERIFY2(source.upsert(record, &error), qPrintable(error));
    }
    QByteArray damaged = fileBytes(path);
    QVERIFY(damaged.size() >= 8192);
    for (qsizetype i = 4096 + 16; i < damaged.size(); ++i) {
        damaged[i] = char(0xA5);
    }
    QTest::newRow("damaged pages") << damaged << u"damaged"_s;

    const QString foreign = m_dir->filePath(u"foreign.sqlite"_s);
    QVERIFY(runSql(foreign, {u"CREATE TABLE recipes (name TEXT)"_s}));
    QTest::newRow("another program's database") << fileBytes(foreign) << u"another program"_s;
}

void TstTokenStore::damagedDatabase_isRefusedAndLeftUntouched()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    const QString path = m_dir->filePath(u"broken.sqlite"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
    }
    TokenDatabase database(path);
    QString error;
    QVERIFY(!database.open(&error));
    QVERIFY2(error.contains(expected) && error.contains(u"untouched"_s), qPrintable(error));
    QVERIFY(!database.isOpen());
    QCOMPARE(fileBytes(path), content);
}

void TstTokenStore::newerSchema_isRefusedAndLeftUntouched()
{
    const QString path = m_dir->filePath(u"future.sqlite"_s);
    QVERIFY(runSql(path, {u"CREATE TABLE schema_version (version INTEGER NOT NULL)"_s,
                          u"INSERT INTO schema_version (version) VALUES (99)"_s,
                          u"CREATE TABLE tokens (character_id INTEGER PRIMARY KEY, shiny_new_column TEXT)"_s}));
    const QByteArray before = fileBytes(path);
    TokenDatabase database(path);
    QString error;
    QVERIFY(!database.open(&error));
    QVERIFY2(error.contains(u"newer ESI Studio"_s) && error.contains(u"99"_s), qPrintable(error));
    QCOMPARE(fileBytes(path), before);
}

QTEST_GUILESS_MAIN(TstTokenStore)
#include "tst_tokenstore.moc"
