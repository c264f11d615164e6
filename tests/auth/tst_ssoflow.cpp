#include "core/auth/jwks.h"
#include "core/auth/loopbackreceiver.h"
#include "core/auth/ssoclient.h"
#include "core/auth/ssoflow.h"
#include "core/clock.h"
#include "fakessoserver.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <optional>

using namespace Esi::Core;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString clientId = u"flow-test-client"_s;
const QStringList scopes{u"esi-assets.read_assets.v1"_s, u"esi-skills.read_skills.v1"_s};

} // namespace

class TstSsoFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void settings_comeFromStorageAndEnvironment();
    void authorizationUrl_carriesPkceS256AndState();
    void signIn_exchangesCodeAndVerifiesClaims();
    void signIn_acceptsEs256Tokens();
    void stateMismatch_isRejectedWithoutExchange();
    void pkceMismatch_isRejectedByServer();
    void accessDenied_reportsCancellation();
    void missingDiscovery_fallsBackToStandardPaths();
    void missingClientId_failsWithClearMessage();
    void loopbackReceiver_catchesBrowserRedirect();
    void loopbackReceiver_refusesNonLoopbackCallback();
    void refresh_returnsRotatedRefreshToken();
    void revoke_makesRefreshFailWithInvalidGrant();
    void unknownKid_refetchesKeysAtMostOncePerMinute();
    void jwksCache_survivesRestart();

private:
    SsoSettings settings() const;
    QUrl startFlow(SsoFlow &flow);

    std::optional<TestKeys> m_keys;
    std::optional<QTemporaryDir> m_dir;
    std::optional<ManualClock> m_clock;
    std::optional<QNetworkAccessManager> m_network;
    std::optional<FakeSsoServer> m_server;
    std::optional<SsoClient> m_client;
};

void TstSsoFlow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_keys.emplace();
}

SsoSettings TstSsoFlow::settings() const
{
    SsoSettings result;
    result.clientId = clientId;
    result.callbackUrl = QUrl(u"http://127.0.0.1:8182/callback"_s);
    result.scopes = scopes;
    result.baseUrl = m_server->baseUrl();
    return result;
}

void TstSsoFlow::init()
{
    m_dir.emplace();
    m_clock.emplace(QDateTime::currentDateTimeUtc());
    m_network.emplace();
    m_server.emplace(*m_keys, *m_clock, clientId);
    QVERIFY(m_server->start() != 0);
    m_client.emplace(settings(), &*m_network, *m_clock, m_dir->filePath(u"jwks.json"_s));
}

void TstSsoFlow::cleanup()
{
    m_client.reset();
    m_server.reset();
    m_network.reset();
}

QUrl TstSsoFlow::startFlow(SsoFlow &flow)
{
    QSignalSpy ready(&flow, &SsoFlow::authorizationUrlReady);
    flow.start();
    // Once discovery ran, the URL is ready before start() returns.
    if (ready.isEmpty() && !ready.wait(5000)) {
        return {};
    }
    return ready.first().first().toUrl();
}

void TstSsoFlow::settings_comeFromStorageAndEnvironment()
{
    QSettings stored(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
    SsoSettings written = settings();
    written.baseUrl = QUrl(u"https://login.example.org"_s);
    written.save(stored);
    const SsoSettings read = SsoSettings::load(stored);
    QCOMPARE(read.clientId, clientId);
    QCOMPARE(read.scopes, scopes);
    QCOMPARE(read.callbackUrl, written.callbackUrl);
    QCOMPARE(read.baseUrl, written.baseUrl);
    QVERIFY(read.validate().isEmpty());

    QProcessEnvironment environment;
    QCOMPARE(read.withEnvironment(environment).baseUrl, written.baseUrl);
    environment.insert(u"ESI_SSO_URL"_s, u"http://127.0.0.1:8090"_s);
    QCOMPARE(read.withEnvironment(environment).baseUrl, QUrl(u"http://127.0.0.1:8090"_s));

    QCOMPARE(SsoSettings().baseUrl, QUrl(u"https://login.eveonline.com"_s));
    SsoSettings broken = read;
    broken.scopes = {u"two scopes"_s};
    QVERIFY(broken.validate().contains(u"two scopes"_s));
    broken = read;
    broken.baseUrl = QUrl(u"ftp://sso"_s);
    QVERIFY(broken.validate().contains(u"ESI_SSO_URL"_s));
}

void TstSsoFlow::authorizationUrl_carriesPkceS256AndState()
{
    SsoFlow flow(*m_client);
    const QUrl url = startFlow(flow);
    QVERIFY(url.isValid());
    QCOMPARE(url.path(), u"/v2/oauth/authorize"_s);
    QCOMPARE(m_server->discoveryRequests, 1);
    const QUrlQuery query(url);
    QCOMPARE(query.queryItemValue(u"response_type"_s), u"code"_s);
    QCOMPARE(query.queryItemValue(u"client_id"_s), clientId);
    QCOMPARE(query.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded), u"http://127.0.0.1:8182/callback"_s);
    QCOMPARE(query.queryItemValue(u"scope"_s, QUrl::FullyDecoded), scopes.join(u' '));
    QCOMPARE(query.queryItemValue(u"code_challenge_method"_s), u"S256"_s);
    QCOMPARE(query.queryItemValue(u"code_challenge"_s).size(), 43);
    QVERIFY(query.queryItemValue(u"state"_s).size() >= 32);
    QVERIFY(!query.hasQueryItem(u"client_secret"_s));

    SsoFlow second(*m_client);
    const QUrlQuery other(startFlow(second));
    QVERIFY(other.queryItemValue(u"state"_s) != query.queryItemValue(u"state"_s));
    QVERIFY(other.queryItemValue(u"code_challenge"_s) != query.queryItemValue(u"code_challenge"_s));
    QCOMPARE(m_server->discoveryRequests, 1); // discovery runs once per client
}

void TstSsoFlow::signIn_exchangesCodeAndVerifiesClaims()
{
    m_server->setCharacter({2112625428, u"Rookie Pilot"_s, u"owner-A"_s});
    SsoFlow flow(*m_client);
    QSignalSpy signedIn(&flow, &SsoFlow::signedIn);
    QSignalSpy failed(&flow, &SsoFlow::failed);
    const QUrl url = startFlow(flow);
    const QUrl callback = m_server->approve(url);
    QVERIFY(flow.isCallback(callback));
    flow.handleCallback(callback);
    QVERIFY(signedIn.wait(5000));
    QCOMPARE(failed.count(), 0);
    const auto tokens = signedIn.first().first().value<SsoTokens>();
    QCOMPARE(tokens.claims.characterId, 2112625428);
    QCOMPARE(tokens.claims.characterName, u"Rookie Pilot"_s);
    QCOMPARE(tokens.claims.ownerHash, u"owner-A"_s);
    QCOMPARE(tokens.claims.scopes, scopes);
    QCOMPARE(tokens.accessToken, m_server->lastAccessTokens.last());
    QCOMPARE(tokens.refreshToken, m_server->lastRefreshTokens.last());
    QCOMPARE(tokens.accessTokenExpiresAt, m_clock->now().addSecs(1200).addMSecs(-m_clock->now().time().msec()));
    QCOMPARE(m_server->codeExchanges, 1);
    QCOMPARE(flow.stage(), SsoFlow::Stage::SignedIn);
}

void TstSsoFlow::signIn_acceptsEs256Tokens()
{
    m_server->setSigningAlgorithm(u"ES256"_s);
    SsoFlow flow(*m_client);
    QSignalSpy signedIn(&flow, &SsoFlow::signedIn);
    flow.handleCallback(QUrl()); // ignored: nothing started yet
    flow.handleCallback(m_server->approve(startFlow(flow)));
    QVERIFY(signedIn.wait(5000));
}

void TstSsoFlow::stateMismatch_isRejectedWithoutExchange()
{
    SsoFlow flow(*m_client);
    QSignalSpy failed(&flow, &SsoFlow::failed);
    QUrl callback = m_server->approve(startFlow(flow));
    QUrlQuery query(callback);
    query.removeAllQueryItems(u"state"_s);
    query.addQueryItem(u"state"_s, u"forged-state"_s);
    callback.setQuery(query);
    flow.handleCallback(callback);
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.first().first().toString().contains(u"state does not match"_s));
    QCOMPARE(flow.stage(), SsoFlow::Stage::Failed);
    QTest::qWait(50);
    QCOMPARE(m_server->codeExchanges, 0);
}

void TstSsoFlow::pkceMismatch_isRejectedByServer()
{
    SsoFlow victim(*m_client);
    SsoFlow attacker(*m_client);
    QSignalSpy failed(&attacker, &SsoFlow::failed);
    const QUrl victimCallback = m_server->approve(startFlow(victim));
    const QUrlQuery attackerQuery(startFlow(attacker));
    // The victim's code under the attacker's state: the state check passes, PKCE must not.
    QUrl injected = victimCallback;
    QUrlQuery query(injected);
    query.removeAllQueryItems(u"state"_s);
    query.addQueryItem(u"state"_s, attackerQuery.queryItemValue(u"state"_s));
    injected.setQuery(query);
    attacker.handleCallback(injected);
    QVERIFY(failed.wait(5000));
    const QString reason = failed.first().first().toString();
    QVERIFY2(reason.contains(u"invalid_grant"_s) && reason.contains(u"PKCE"_s), qPrintable(reason));
    QCOMPARE(m_server->codeExchanges, 1);
}

void TstSsoFlow::accessDenied_reportsCancellation()
{
    SsoFlow flow(*m_client);
    QSignalSpy failed(&flow, &SsoFlow::failed);
    const QUrlQuery authorize(startFlow(flow));
    QUrl callback(u"http://127.0.0.1:8182/callback"_s);
    callback.setQuery(u"error=access_denied&state="_s + authorize.queryItemValue(u"state"_s));
    flow.handleCallback(callback);
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.first().first().toString().contains(u"cancelled"_s));
}

void TstSsoFlow::missingDiscovery_fallsBackToStandardPaths()
{
    m_server->setDiscoveryEnabled(false);
    SsoFlow flow(*m_client);
    QSignalSpy signedIn(&flow, &SsoFlow::signedIn);
    flow.handleCallback(m_server->approve(startFlow(flow)));
    QVERIFY(signedIn.wait(5000));
    QVERIFY(!m_client->endpoints().discovered);
    QCOMPARE(m_client->endpoints().tokenUrl.path(), u"/v2/oauth/token"_s);
}

void TstSsoFlow::missingClientId_failsWithClearMessage()
{
    SsoSettings incomplete = settings();
    incomplete.clientId.clear();
    SsoClient client(incomplete, &*m_network, *m_clock, QString());
    SsoFlow flow(client);
    QSignalSpy failed(&flow, &SsoFlow::failed);
    flow.start();
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.first().first().toString().contains(u"client ID"_s));
    QCOMPARE(m_server->discoveryRequests, 0);
}

void TstSsoFlow::loopbackReceiver_catchesBrowserRedirect()
{
    LoopbackReceiver receiver;
    QString error;
    QVERIFY2(receiver.listen(QUrl(u"http://127.0.0.1:0/callback"_s), &error), qPrintable(error));
    QVERIFY(receiver.callbackUrl().port() > 0);
    SsoFlow flow(*m_client);
    flow.setCallbackUrl(receiver.callbackUrl());
    connect(&receiver, &LoopbackReceiver::callbackReceived, &flow, &SsoFlow::handleCallback);
    QSignalSpy signedIn(&flow, &SsoFlow::signedIn);
    const QUrl url = startFlow(flow);

    // The "browser": follows the SSO's redirect to the loopback receiver.
    QNetworkReply *browser = m_network->get(QNetworkRequest(url));
    QSignalSpy finished(browser, &QNetworkReply::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(browser->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(browser->url().port(), receiver.callbackUrl().port());
    QVERIFY(browser->readAll().contains("You can close this window"));
    browser->deleteLater();
    QVERIFY(signedIn.count() == 1 || signedIn.wait(5000));

    // Anything else on that port gets a 404 and is not taken for a callback.
    QSignalSpy received(&receiver, &LoopbackReceiver::callbackReceived);
    QUrl other = receiver.callbackUrl();
    other.setPath(u"/favicon.ico"_s);
    QNetworkReply *stray = m_network->get(QNetworkRequest(other));
    QSignalSpy strayDone(stray, &QNetworkReply::finished);
    QVERIFY(strayDone.wait(5000));
    QCOMPARE(stray->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
    QCOMPARE(received.count(), 0);
    stray->deleteLater();
}

void TstSsoFlow::loopbackReceiver_refusesNonLoopbackCallback()
{
    LoopbackReceiver receiver;
    QString error;
    QVERIFY(!receiver.listen(QUrl(u"https://example.com/callback"_s), &error));
    QVERIFY(error.contains(u"127.0.0.1"_s));
    QVERIFY(!receiver.isListening());
}

void TstSsoFlow::refresh_returnsRotatedRefreshToken()
{
    SsoFlow flow(*m_client);
    QSignalSpy signedIn(&flow, &SsoFlow::signedIn);
    flow.handleCallback(m_server->approve(startFlow(flow)));
    QVERIFY(signedIn.wait(5000));
    const QString first = signedIn.first().first().value<SsoTokens>().refreshToken;

    std::optional<SsoTokenResult> refreshed;
    m_client->refresh(first, this, [&](const SsoTokenResult &result) { refreshed = result; });
    QTRY_VERIFY(refreshed.has_value());
    QVERIFY2(!refreshed->error.isError(), qPrintable(refreshed->error.message));
    QVERIFY(!refreshed->tokens.refreshToken.isEmpty());
    QVERIFY(refreshed->tokens.refreshToken != first);
    QVERIFY(!m_server->hasRefreshToken(first));
    QCOMPARE(refreshed->tokens.claims.scopes, scopes);
}

void TstSsoFlow::revoke_makesRefreshFailWithInvalidGrant()
{
    SsoFlow flow(*m_client);
    QSignalSpy signedIn(&flow, &SsoFlow::signedIn);
    flow.handleCallback(m_server->approve(startFlow(flow)));
    QVERIFY(signedIn.wait(5000));
    const QString refreshToken = signedIn.first().first().value<SsoTokens>().refreshToken;

    std::optional<SsoError> revoked;
    m_client->revoke(refreshToken, this, [&](const SsoError &error) { revoked = error; });
    QTRY_VERIFY(revoked.has_value());
    QVERIFY(!revoked->isError());
    QCOMPARE(m_server->revokeRequests, 1);

    std::optional<SsoTokenResult> refreshed;
    m_client->refresh(refreshToken, this, [&](const SsoTokenResult &result) { refreshed = result; });
    QTRY_VERIFY(refreshed.has_value());
    QCOMPARE(refreshed->error.kind, SsoError::Kind::InvalidGrant);
    QCOMPARE(refreshed->error.oauthError, u"invalid_grant"_s);
    QVERIFY(!refreshed->error.message.contains(refreshToken));
}

void TstSsoFlow::unknownKid_refetchesKeysAtMostOncePerMinute()
{
    const auto verify = [&](const QString &token) {
        std::optional<JwtVerification> result;
        m_client->verifyAccessToken(token, this, [&](const JwtVerification &check) { result = check; });
        [&] { QTRY_VERIFY(result.has_value()); }();
        return result.value_or(JwtVerification{});
    };
    const qint64 now = m_clock->now().toSecsSinceEpoch();
    const QJsonObject payload{
        {u"sub"_s, u"CHARACTER:EVE:1"_s}, {u"owner"_s, u"o"_s}, {u"aud"_s, QJsonArray{clientId, u"EVE Online"_s}},
        {u"exp"_s, now + 1200},           {u"iat"_s, now},      {u"iss"_s, m_server->baseUrl().toString()}};
    const QString good =
        m_keys->sign({{u"alg"_s, u"RS256"_s}, {u"kid"_s, QString::fromLatin1(TestKeys::rsaKeyId)}}, payload);
    const JwtVerification first = verify(good);
    QVERIFY2(first.isValid(), qPrintable(first.error));
    QCOMPARE(m_server->jwksRequests, 1);

    // Keys fetched a moment ago are not fetched again for an unknown kid.
    const JwtVerification early = verify(m_keys->signWithForeignKey(u"Rotated-0"_s, payload));
    QCOMPARE(early.failure, JwtFailure::UnknownKey);
    QVERIFY2(early.error.contains(u"less than a minute"_s), qPrintable(early.error));
    QCOMPARE(m_server->jwksRequests, 1);

    m_clock->advance((Jwks::refetchIntervalSecs + 1) * 1000);
    const JwtVerification rotated = verify(m_keys->signWithForeignKey(u"Rotated-1"_s, payload));
    QCOMPARE(rotated.failure, JwtFailure::UnknownKey);
    QCOMPARE(m_server->jwksRequests, 2); // an unknown kid may mean rotation: fetched again once

    const JwtVerification again = verify(m_keys->signWithForeignKey(u"Rotated-2"_s, payload));
    QCOMPARE(again.failure, JwtFailure::UnknownKey);
    QVERIFY2(again.error.contains(u"less than a minute"_s), qPrintable(again.error));
    QCOMPARE(m_server->jwksRequests, 2);

    m_clock->advance((Jwks::refetchIntervalSecs + 1) * 1000);
    QCOMPARE(verify(m_keys->signWithForeignKey(u"Rotated-3"_s, payload)).failure, JwtFailure::UnknownKey);
    QCOMPARE(m_server->jwksRequests, 3);
}

void TstSsoFlow::jwksCache_survivesRestart()
{
    SsoFlow flow(*m_client);
    QSignalSpy signedIn(&flow, &SsoFlow::signedIn);
    flow.handleCallback(m_server->approve(startFlow(flow)));
    QVERIFY(signedIn.wait(5000));
    QCOMPARE(m_server->jwksRequests, 1);
    const QString accessToken = signedIn.first().first().value<SsoTokens>().accessToken;

    SsoClient restarted(settings(), &*m_network, *m_clock, m_dir->filePath(u"jwks.json"_s));
    std::optional<JwtVerification> result;
    restarted.verifyAccessToken(accessToken, this, [&](const JwtVerification &check) { result = check; });
    QTRY_VERIFY(result.has_value());
    QVERIFY2(result->isValid(), qPrintable(result->error));
    QCOMPARE(m_server->jwksRequests, 1);
}

QTEST_GUILESS_MAIN(TstSsoFlow)
#include "tst_ssoflow.moc"
