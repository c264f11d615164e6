// The sandbox's EVE SSO in-process over HTTP: discovery, the login page and its form, code exchange with
// PKCE, refresh rotation, revocation, and the JWKS checked with core/auth's verifier.
#include "core/auth/jwtverifier.h"
#include "sandbox/signingkey.h"
#include "sandbox/testcharacters.h"
#include "ssosandbox.h"

#include <QJsonArray>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;
using namespace Esi;

namespace {

const QString &assetsScope = SsoSandbox::assetsScope;
const QString &skillsScope = SsoSandbox::skillsScope;
const QString &callback = SsoSandbox::callback;

} // namespace

class TestSandboxSso : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void discovery_namesEndpointsAndRequiresS256();
    void loginPage_listsCharactersScopesAndButtons();
    void loginPage_escapesWhatTheClientSent();
    void authorize_refusesBadRequests_data();
    void authorize_refusesBadRequests();
    void formPost_redirectsWithCodeAndState();
    void formPost_cancel_redirectsWithAccessDenied();
    void formPost_unknownCharacter_showsAnError();
    void tokenExchange_issuesAnEveShapedJwt_data();
    void tokenExchange_issuesAnEveShapedJwt();
    void tokenExchange_wrongVerifier_isInvalidGrantAndBurnsTheCode();
    void tokenExchange_codeWorksOnce();
    void tokenExchange_expiredCode_isInvalidGrant();
    void tokenExchange_otherClient_isInvalidGrant();
    void tokenExchange_clientIdKnob_refusesOtherClients();
    void token_unknownGrantType_isRefused();
    void refresh_rotatesTheRefreshToken();
    void revoke_thenRefresh_isInvalidGrant();
    void jwks_verifiesIssuedTokensWithCoreVerifier();
    void wrongMethod_isRefusedWithAllow();

private:
    void startServer(const Sandbox::SandboxOptions &options);

    Core::SpecPtr m_spec;
    std::unique_ptr<SsoSandbox> m_sso;
};

void TestSandboxSso::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_spec = Core::Spec::fromFile(QStringLiteral(ESI_TEST_DATA "/openapi-2026-07-21.json")).spec;
    QVERIFY(m_spec);
}

void TestSandboxSso::init()
{
    startServer({});
}

void TestSandboxSso::cleanup()
{
    m_sso.reset();
}

void TestSandboxSso::startServer(const Sandbox::SandboxOptions &options)
{
    m_sso.reset();
    m_sso = std::make_unique<SsoSandbox>(m_spec, options);
    QVERIFY2(m_sso->area, qPrintable(m_sso->error));
}

void TestSandboxSso::discovery_namesEndpointsAndRequiresS256()
{
    const HttpResult answer = m_sso->get(u"/.well-known/oauth-authorization-server"_s);
    QCOMPARE(answer.status, 200);
    const QJsonObject document = answer.json().object();
    const QString base = m_sso->server->baseUrl().toString();
    QCOMPARE(document.value("issuer"_L1).toString(), base);
    QCOMPARE(document.value("authorization_endpoint"_L1).toString(), base + u"/v2/oauth/authorize"_s);
    QCOMPARE(document.value("token_endpoint"_L1).toString(), base + u"/v2/oauth/token"_s);
    QCOMPARE(document.value("revocation_endpoint"_L1).toString(), base + u"/v2/oauth/revoke"_s);
    QCOMPARE(document.value("jwks_uri"_L1).toString(), base + u"/oauth/jwks"_s);
    QCOMPARE(document.value("code_challenge_methods_supported"_L1).toArray(), QJsonArray{u"S256"_s});
    QVERIFY(document.value("scopes_supported"_L1).toArray().contains(assetsScope));
}

void TestSandboxSso::loginPage_listsCharactersScopesAndButtons()
{
    const Core::Pkce pkce = Core::Pkce::generate();
    const HttpResult page =
        m_sso->get(SsoSandbox::authorizeQuery(u"app"_s, {assetsScope, skillsScope}, u"s"_s, pkce.challenge()));
    QCOMPARE(page.status, 200);
    QVERIFY(page.header("content-type").startsWith("text/html"));
    const QString html = QString::fromUtf8(page.body);
    const QList<Sandbox::TestCharacter> &characters = Sandbox::TestCharacters::all();
    QVERIFY(characters.size() >= 2);
    for (const Sandbox::TestCharacter &character : characters) {
        QVERIFY2(html.contains(u"value=\"%1\""_s.arg(character.id)), qPrintable(character.name));
        QVERIFY(html.contains(character.name));
    }
    // The first character is chosen already, so one click on #sign-in logs in.
    QVERIFY(html.contains(u"value=\"%1\" checked"_s.arg(characters.constFirst().id)));
    QCOMPARE(html.count(u" checked"_s), 1);
    QVERIFY(html.contains(u"id=\"sign-in\""_s));
    QVERIFY(html.contains(u"id=\"cancel\""_s));
    QVERIFY(html.contains(u"<li><code>%1</code></li>"_s.arg(assetsScope)));
    QVERIFY(html.contains(u"<li><code>%1</code></li>"_s.arg(skillsScope)));
    const QList<QPair<QString, QString>> fields = SsoSandbox::submittedFields(html);
    QVERIFY(fields.contains(QPair<QString, QString>(u"code_challenge"_s, QString::fromLatin1(pkce.challenge()))));
    QVERIFY(fields.contains(QPair<QString, QString>(u"redirect_uri"_s, callback)));
    QVERIFY(fields.contains(QPair<QString, QString>(u"scope"_s, assetsScope + u' ' + skillsScope)));
}

void TestSandboxSso::loginPage_escapesWhatTheClientSent()
{
    const QString state = u"\"><script>alert(1)</script>"_s;
    const HttpResult page =
        m_sso->get(SsoSandbox::authorizeQuery(u"app<b>"_s, {}, state, Core::Pkce::generate().challenge()));
    QCOMPARE(page.status, 200);
    const QString html = QString::fromUtf8(page.body);
    QVERIFY(!html.contains(u"<script>"_s));
    QVERIFY(!html.contains(u"app<b>"_s));
    QVERIFY(html.contains(u"&lt;script&gt;"_s));
    QVERIFY(SsoSandbox::submittedFields(html).contains(QPair<QString, QString>(u"state"_s, state)));
}

void TestSandboxSso::authorize_refusesBadRequests_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error"); // in the page (400) or the redirect's query (302)
    const QString challenge = QString::fromLatin1(Core::Pkce::generate().challenge());
    const QString good = u"response_type=code&client_id=app&redirect_uri=http%3A%2F%2F127.0.0.1%3A9%2Fcb&state=s"
                         u"&code_challenge_method=S256&code_challenge="_s +
                         challenge;
    QTest::newRow("no client id") << QString(good).replace(u"client_id=app"_s, u"client_id="_s) << 400
                                  << u"client_id is missing"_s;
    QTest::newRow("relative redirect") << QString(good).replace(u"http%3A%2F%2F127.0.0.1%3A9%2Fcb"_s, u"%2Fcb"_s) << 400
                                       << u"redirect_uri"_s;
    QTest::newRow("implicit flow") << QString(good).replace(u"response_type=code"_s, u"response_type=token"_s) << 302
                                   << u"unsupported_response_type"_s;
    QTest::newRow("plain pkce") << QString(good).replace(u"method=S256"_s, u"method=plain"_s) << 302
                                << u"invalid_request"_s;
    QTest::newRow("no challenge") << QString(good).replace(challenge, QString()) << 302 << u"invalid_request"_s;
    QTest::newRow("unknown scope") << good + u"&scope=esi-made.up.v1"_s << 302 << u"invalid_scope"_s;
}

void TestSandboxSso::authorize_refusesBadRequests()
{
    QFETCH(QString, query);
    QFETCH(int, status);
    QFETCH(QString, error);
    const HttpResult answer = m_sso->getNoRedirect(u"/v2/oauth/authorize?"_s + query);
    QCOMPARE(answer.status, status);
    if (status == 302) {
        const QUrlQuery redirect(QUrl(QString::fromLatin1(answer.header("location"))));
        QCOMPARE(redirect.queryItemValue(u"error"_s), error);
        QCOMPARE(redirect.queryItemValue(u"state"_s), u"s"_s);
        QVERIFY(!redirect.queryItemValue(u"error_description"_s).isEmpty());
        QVERIFY(!redirect.hasQueryItem(u"code"_s));
    } else {
        QVERIFY2(QString::fromUtf8(answer.body).contains(error), answer.body.constData());
        QVERIFY(answer.header("location").isEmpty());
    }
}

void TestSandboxSso::formPost_redirectsWithCodeAndState()
{
    const Core::Pkce pkce = Core::Pkce::generate();
    const QString state = u"a b+c/=&d"_s; // survives the round trip through form and redirect
    const QString redirectUri = u"http://127.0.0.1:9/callback?keep=1"_s;
    const HttpResult page =
        m_sso->get(SsoSandbox::authorizeQuery(u"app"_s, {assetsScope}, state, pkce.challenge(), redirectUri));
    QCOMPARE(page.status, 200);
    QByteArray body = SsoSandbox::formBody(SsoSandbox::submittedFields(QString::fromUtf8(page.body)));
    body.replace("%20", "+"); // as browsers encode form spaces
    const HttpResult submitted = m_sso->post(u"/v2/oauth/authorize"_s, body);
    QCOMPARE(submitted.status, 302);
    QCOMPARE(submitted.header("cache-control"), "no-store"_ba);
    const QUrl location(QString::fromLatin1(submitted.header("location")), QUrl::StrictMode);
    QCOMPARE(location.adjusted(QUrl::RemoveQuery), QUrl(u"http://127.0.0.1:9/callback"_s));
    const QUrlQuery query(location);
    QCOMPARE(query.queryItemValue(u"keep"_s), u"1"_s);
    QCOMPARE(query.queryItemValue(u"state"_s, QUrl::FullyDecoded), state);
    QVERIFY(query.queryItemValue(u"code"_s).size() >= 20);
    QCOMPARE(m_sso->area->authority().codes().pending(), 1);
}

void TestSandboxSso::formPost_cancel_redirectsWithAccessDenied()
{
    const HttpResult page =
        m_sso->get(SsoSandbox::authorizeQuery(u"app"_s, {assetsScope}, u"st"_s, Core::Pkce::generate().challenge()));
    const HttpResult submitted =
        m_sso->post(u"/v2/oauth/authorize"_s,
                    SsoSandbox::formBody(SsoSandbox::submittedFields(QString::fromUtf8(page.body))) + "&action=deny");
    QCOMPARE(submitted.status, 302);
    const QUrlQuery query(QUrl(QString::fromLatin1(submitted.header("location"))));
    QCOMPARE(query.queryItemValue(u"error"_s), u"access_denied"_s);
    QCOMPARE(query.queryItemValue(u"state"_s), u"st"_s);
    QVERIFY(!query.hasQueryItem(u"code"_s));
    QCOMPARE(m_sso->area->authority().codes().pending(), 0);
}

void TestSandboxSso::formPost_unknownCharacter_showsAnError()
{
    const HttpResult page =
        m_sso->get(SsoSandbox::authorizeQuery(u"app"_s, {}, u"st"_s, Core::Pkce::generate().challenge()));
    QList<QPair<QString, QString>> fields = SsoSandbox::submittedFields(QString::fromUtf8(page.body));
    fields.removeIf([](const QPair<QString, QString> &field) { return field.first == "character_id"_L1; });
    fields.append({u"character_id"_s, u"12345"_s});
    const HttpResult submitted = m_sso->post(u"/v2/oauth/authorize"_s, SsoSandbox::formBody(fields));
    QCOMPARE(submitted.status, 400);
    QVERIFY(QString::fromUtf8(submitted.body).contains(u"12345"_s));
    QVERIFY(QString::fromUtf8(submitted.body).contains(QString::number(Sandbox::TestCharacters::all().first().id)));
}

void TestSandboxSso::tokenExchange_issuesAnEveShapedJwt_data()
{
    QTest::addColumn<QStringList>("scopes");
    QTest::addColumn<QJsonValue>("scp");
    QTest::newRow("one scope is a string") << QStringList{assetsScope} << QJsonValue(assetsScope);
    QTest::newRow("two scopes are an array")
        << QStringList{assetsScope, skillsScope} << QJsonValue(QJsonArray{assetsScope, skillsScope});
    QTest::newRow("no scope, no claim") << QStringList{} << QJsonValue(QJsonValue::Undefined);
}

void TestSandboxSso::tokenExchange_issuesAnEveShapedJwt()
{
    QFETCH(QStringList, scopes);
    QFETCH(QJsonValue, scp);
    const Sandbox::TestCharacter trader = Sandbox::TestCharacters::all().at(1);
    const QJsonObject answer = m_sso->signIn(trader.id, scopes);
    QCOMPARE(answer.value("token_type"_L1).toString(), u"Bearer"_s);
    QCOMPARE(answer.value("expires_in"_L1).toInt(), 1200);
    QVERIFY(!answer.value("refresh_token"_L1).toString().isEmpty());
    const QString jwt = answer.value("access_token"_L1).toString();
    const QJsonObject header = QJsonDocument::fromJson(QByteArray::fromBase64(jwt.section(u'.', 0, 0).toLatin1(),
                                                                              QByteArray::Base64UrlEncoding))
                                   .object();
    QCOMPARE(header.value("alg"_L1).toString(), u"RS256"_s);
    QCOMPARE(header.value("kid"_L1).toString(), m_sso->area->authority().signingKey().keyId());
    QVERIFY(header.value("kid"_L1).toString().startsWith(u"JWT-Signature-Key-"_s));
    const QJsonObject payload = SsoSandbox::payloadOf(jwt);
    QCOMPARE(payload.value("sub"_L1).toString(), u"CHARACTER:EVE:%1"_s.arg(trader.id));
    QCOMPARE(payload.value("name"_L1).toString(), trader.name);
    QCOMPARE(payload.value("owner"_L1).toString(), trader.ownerHash);
    QCOMPARE(payload.value("scp"_L1), scp);
    QCOMPARE(payload.value("aud"_L1).toArray(), (QJsonArray{u"test-client"_s, u"EVE Online"_s}));
    QCOMPARE(payload.value("azp"_L1).toString(), u"test-client"_s);
    QCOMPARE(payload.value("iss"_L1).toString(), m_sso->server->baseUrl().toString());
    QCOMPARE(payload.value("exp"_L1).toInteger() - payload.value("iat"_L1).toInteger(), 1200);
    QCOMPARE(payload.value("iat"_L1).toInteger(), m_sso->clock.now().toSecsSinceEpoch());
}

void TestSandboxSso::tokenExchange_wrongVerifier_isInvalidGrantAndBurnsTheCode()
{
    const Core::Pkce pkce = Core::Pkce::generate();
    const QString code = m_sso->approve(Sandbox::TestCharacters::all().first().id, {assetsScope}, pkce.challenge());
    QVERIFY(!code.isEmpty());
    int status = 0;
    QJsonObject answer = m_sso->exchange(code, Core::Pkce::generate().verifier(), u"test-client"_s, &status);
    QCOMPARE(status, 400);
    QCOMPARE(answer.value("error"_L1).toString(), u"invalid_grant"_s);
    QVERIFY(answer.value("error_description"_L1).toString().contains(u"PKCE"_s));
    // The right verifier is too late now: a code gets one attempt.
    answer = m_sso->exchange(code, pkce.verifier(), u"test-client"_s, &status);
    QCOMPARE(status, 400);
    QCOMPARE(answer.value("error"_L1).toString(), u"invalid_grant"_s);
}

void TestSandboxSso::tokenExchange_codeWorksOnce()
{
    const Core::Pkce pkce = Core::Pkce::generate();
    const QString code = m_sso->approve(Sandbox::TestCharacters::all().first().id, {assetsScope}, pkce.challenge());
    int status = 0;
    QVERIFY(m_sso->exchange(code, pkce.verifier(), u"test-client"_s, &status).contains("access_token"_L1));
    QCOMPARE(status, 200);
    const QJsonObject again = m_sso->exchange(code, pkce.verifier(), u"test-client"_s, &status);
    QCOMPARE(status, 400);
    QCOMPARE(again.value("error"_L1).toString(), u"invalid_grant"_s);
}

void TestSandboxSso::tokenExchange_expiredCode_isInvalidGrant()
{
    const Core::Pkce pkce = Core::Pkce::generate();
    const QString code = m_sso->approve(Sandbox::TestCharacters::all().first().id, {assetsScope}, pkce.challenge());
    m_sso->clock.advance((Sandbox::AuthorizationCodes::lifetimeSecs + 1) * 1000LL);
    int status = 0;
    const QJsonObject answer = m_sso->exchange(code, pkce.verifier(), u"test-client"_s, &status);
    QCOMPARE(status, 400);
    QCOMPARE(answer.value("error"_L1).toString(), u"invalid_grant"_s);
}

void TestSandboxSso::tokenExchange_otherClient_isInvalidGrant()
{
    const Core::Pkce pkce = Core::Pkce::generate();
    const QString code = m_sso->approve(Sandbox::TestCharacters::all().first().id, {assetsScope}, pkce.challenge());
    int status = 0;
    const QJsonObject answer = m_sso->exchange(code, pkce.verifier(), u"thief"_s, &status);
    QCOMPARE(status, 400);
    QCOMPARE(answer.value("error"_L1).toString(), u"invalid_grant"_s);
    QVERIFY(answer.value("error_description"_L1).toString().contains(u"client_id"_s));
}

void TestSandboxSso::tokenExchange_clientIdKnob_refusesOtherClients()
{
    Sandbox::SandboxOptions options;
    options.ssoClientId = u"only-me"_s;
    startServer(options);
    const HttpResult page =
        m_sso->get(SsoSandbox::authorizeQuery(u"someone-else"_s, {}, u"s"_s, Core::Pkce::generate().challenge()));
    QCOMPARE(page.status, 400);
    QVERIFY(QString::fromUtf8(page.body).contains(u"only-me"_s));
    const HttpResult token =
        m_sso->post(u"/v2/oauth/token"_s, "grant_type=refresh_token&refresh_token=x&client_id=other");
    QCOMPARE(token.status, 401);
    QCOMPARE(token.json().object().value("error"_L1).toString(), u"invalid_client"_s);
    QVERIFY(!m_sso->signIn(Sandbox::TestCharacters::all().first().id, {}, u"only-me"_s).isEmpty());
}

void TestSandboxSso::token_unknownGrantType_isRefused()
{
    const HttpResult answer = m_sso->post(u"/v2/oauth/token"_s, "grant_type=password&client_id=app");
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.json().object().value("error"_L1).toString(), u"unsupported_grant_type"_s);
    QCOMPARE(answer.header("cache-control"), "no-store"_ba);
}

void TestSandboxSso::refresh_rotatesTheRefreshToken()
{
    const QJsonObject first = m_sso->signIn(Sandbox::TestCharacters::all().first().id, {assetsScope});
    const QString refreshToken = first.value("refresh_token"_L1).toString();
    m_sso->clock.advance(5000);
    const QByteArray form = SsoSandbox::formBody({{u"grant_type"_s, u"refresh_token"_s},
                                                  {u"refresh_token"_s, refreshToken},
                                                  {u"client_id"_s, u"test-client"_s}});
    const HttpResult refreshed = m_sso->post(u"/v2/oauth/token"_s, form);
    QCOMPARE(refreshed.status, 200);
    const QJsonObject second = refreshed.json().object();
    const QString successor = second.value("refresh_token"_L1).toString();
    QVERIFY(!successor.isEmpty());
    QVERIFY(successor != refreshToken);
    QVERIFY(second.value("access_token"_L1).toString() != first.value("access_token"_L1).toString());
    QCOMPARE(SsoSandbox::payloadOf(second.value("access_token"_L1).toString()).value("scp"_L1).toString(), assetsScope);
    // The old refresh token died with the rotation.
    const HttpResult reused = m_sso->post(u"/v2/oauth/token"_s, form);
    QCOMPARE(reused.status, 400);
    QCOMPARE(reused.json().object().value("error"_L1).toString(), u"invalid_grant"_s);
    QCOMPARE(m_sso->area->authority().refreshTokens().alive(), 1);
}

void TestSandboxSso::revoke_thenRefresh_isInvalidGrant()
{
    const QString refreshToken =
        m_sso->signIn(Sandbox::TestCharacters::all().first().id, {assetsScope}).value("refresh_token"_L1).toString();
    const HttpResult revoked =
        m_sso->post(u"/v2/oauth/revoke"_s, SsoSandbox::formBody({{u"token"_s, refreshToken},
                                                                 {u"token_type_hint"_s, u"refresh_token"_s},
                                                                 {u"client_id"_s, u"test-client"_s}}));
    QCOMPARE(revoked.status, 200);
    const HttpResult refreshed =
        m_sso->post(u"/v2/oauth/token"_s, SsoSandbox::formBody({{u"grant_type"_s, u"refresh_token"_s},
                                                                {u"refresh_token"_s, refreshToken},
                                                                {u"client_id"_s, u"test-client"_s}}));
    QCOMPARE(refreshed.status, 400);
    QCOMPARE(refreshed.json().object().value("error"_L1).toString(), u"invalid_grant"_s);
    // Revoking what is already gone is not an error (RFC 7009).
    QCOMPARE(m_sso->post(u"/v2/oauth/revoke"_s, "token=gone&client_id=test-client").status, 200);
}

void TestSandboxSso::jwks_verifiesIssuedTokensWithCoreVerifier()
{
    const HttpResult keys = m_sso->get(u"/oauth/jwks"_s);
    QCOMPARE(keys.status, 200);
    const QJsonArray published = keys.json().object().value("keys"_L1).toArray();
    QCOMPARE(published.size(), 1);
    QCOMPARE(published.first().toObject().value("kid"_L1).toString(), m_sso->area->authority().signingKey().keyId());
    const Sandbox::TestCharacter director = Sandbox::TestCharacters::all().at(2);
    const QString jwt = m_sso->signIn(director.id, {assetsScope, skillsScope}).value("access_token"_L1).toString();

    const Core::JwtVerifier verifier(u"test-client"_s, {m_sso->server->baseUrl().toString()}, m_sso->clock);
    const Core::JwtVerification verified = verifier.verify(jwt, published);
    QVERIFY2(verified.isValid(), qPrintable(verified.error));
    QCOMPARE(verified.claims.characterId, director.id);
    QCOMPARE(verified.claims.characterName, director.name);
    QCOMPARE(verified.claims.scopes, (QStringList{assetsScope, skillsScope}));

    // Another application's verifier refuses it, and so does the key of another sandbox run.
    QCOMPARE(Core::JwtVerifier(u"other"_s, {m_sso->server->baseUrl().toString()}, m_sso->clock)
                 .verify(jwt, published)
                 .failure,
             Core::JwtFailure::WrongAudience);
    // Another run's key has another kid, so a client holding old keys knows to fetch the new ones.
    const Sandbox::SigningKey otherRun;
    QVERIFY(otherRun.keyId() != m_sso->area->authority().signingKey().keyId());
    QCOMPARE(verifier.verify(jwt, otherRun.jwks().value("keys"_L1).toArray()).failure, Core::JwtFailure::UnknownKey);
}

void TestSandboxSso::wrongMethod_isRefusedWithAllow()
{
    const HttpResult token = m_sso->get(u"/v2/oauth/token"_s);
    QCOMPARE(token.status, 405);
    QCOMPARE(token.header("allow"), "POST"_ba);
    QCOMPARE(m_sso->post(u"/oauth/jwks"_s, {}).status, 405);
}

QTEST_GUILESS_MAIN(TestSandboxSso)
#include "tst_sandboxsso.moc"
