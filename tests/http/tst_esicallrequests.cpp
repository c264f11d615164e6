#include "enginefixture.h"
#include "esiversion.h"
#include "scriptedserver.h"

#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;
using namespace Esi::Core;

namespace {

class ScriptedTokens final : public TokenProvider
{
public:
    TokenResult answer;
    QList<QPair<qint64, QStringList>> asked;

    void requestAccessToken(qint64 characterId, const QStringList &scopes, const QUrl &,
                            std::function<void(const TokenResult &)> done) override
    {
        asked.append({characterId, scopes});
        // Asynchronous like a real refresh.
        QTimer::singleShot(5, [done, result = answer] { done(result); });
    }
};

} // namespace

// What goes on the wire and what comes back to the caller for single requests.
class TestEsiCallRequests : public QObject
{
    Q_OBJECT

private:
    SpecPtr m_spec;
    SystemClock m_clock;

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_spec = loadTestSpec();
    }

    void everyRequest_carriesEsiHeaders()
    {
        ScriptedServer server;
        QVERIFY(server.start());
        EngineFixture engine(m_clock, server.baseUrl());
        QVERIFY(engine.call(m_spec, u"GetAlliances"_s, {}).isOk());
        QCOMPARE(server.requests.size(), 1);
        const ScriptedServer::Request &request = server.requests.first();
        QCOMPARE(request.method, u"GET"_s);
        QCOMPARE(request.path, u"/alliances"_s);
        QCOMPARE(request.header("User-Agent"), "EngineTests/1.0 (tests@example.com) EsiStudio/" ESI_STUDIO_VERSION);
        QCOMPARE(request.header("X-Compatibility-Date"), "2026-07-21");
        QCOMPARE(request.header("X-Tenant"), "tranquility");
        QCOMPARE(request.header("Accept-Language"), "en");
        QVERIFY(request.header("Authorization").isEmpty());
    }

    void body_isPostedAsJson()
    {
        ScriptedServer server;
        QVERIFY(server.start());
        EngineFixture engine(m_clock, server.baseUrl());
        QVERIFY(engine.call(m_spec, u"PostUniverseNames"_s, {u"body=[30000142, 95465499]"_s}).isOk());
        QCOMPARE(server.requests.first().method, u"POST"_s);
        QCOMPARE(server.requests.first().body, "[30000142, 95465499]");
        QVERIFY(server.requests.first().header("Content-Type").startsWith("application/json"));
    }

    void invalidValues_failBeforeAnyRequest()
    {
        ScriptedServer server;
        QVERIFY(server.start());
        EngineFixture engine(m_clock, server.baseUrl());
        const CallResult result =
            engine.call(m_spec, u"GetMarketsRegionIdOrders"_s, {u"region_id=x"_s, u"order_type=bye"_s});
        QCOMPARE(result.error, CallError::InvalidInput);
        QCOMPARE(result.issues.size(), 2);
        QCOMPARE(result.message, u"2 problems with the call to GetMarketsRegionIdOrders"_s);
        QCOMPARE(server.requests.size(), 0);
    }

    void unknownOperation_isInvalidInputWithSuggestion()
    {
        ScriptedServer server;
        QVERIFY(server.start());
        EngineFixture engine(m_clock, server.baseUrl());
        const CallResult result = engine.call(m_spec, u"getalliances"_s, {});
        QCOMPARE(result.error, CallError::InvalidInput);
        QCOMPARE(result.message,
                 u"unknown operation 'getalliances' in the 2026-07-21 spec; did you mean 'GetAlliances'?"_s);
        QCOMPARE(server.requests.size(), 0);
    }

    void authedOperation_withoutCharacter_saysWhatItNeeds()
    {
        ScriptedServer server;
        QVERIFY(server.start());
        EngineFixture engine(m_clock, server.baseUrl());
        const CallResult result = engine.call(m_spec, u"GetCharactersCharacterIdAssets"_s, {u"character_id=1"_s});
        QCOMPARE(result.error, CallError::NotAuthorized);
        QCOMPARE(result.message, u"GetCharactersCharacterIdAssets needs a signed-in character with scope "
                                 "esi-assets.read_assets.v1; sign one in and choose it for the call"_s);

        ScriptedTokens tokens;
        engine.client->setTokenProvider(&tokens);
        QCOMPARE(engine.call(m_spec, u"GetCharactersCharacterIdAssets"_s, {u"character_id=1"_s}).error,
                 CallError::NotAuthorized); // still no character chosen
        QCOMPARE(server.requests.size(), 0);
    }

    void authedOperation_sendsBearerTokenOfCharacter()
    {
        ScriptedServer server;
        QVERIFY(server.start());
        EngineFixture engine(m_clock, server.baseUrl());
        ScriptedTokens tokens;
        tokens.answer = TokenResult{u"access-123"_s, QString()};
        engine.client->setTokenProvider(&tokens);
        CallOptions options;
        options.characterId = 90000001;
        const CallResult result =
            engine.call(m_spec, u"GetCharactersCharacterIdAssets"_s, {u"character_id=90000001"_s}, options);
        QVERIFY2(result.isOk(), qPrintable(result.message));
        QCOMPARE(tokens.asked.size(), 1);
        QCOMPARE(tokens.asked.first().first, 90000001);
        QCOMPARE(tokens.asked.first().second, QStringList{u"esi-assets.read_assets.v1"_s});
        QCOMPARE(server.requests.first().header("Authorization"), "Bearer access-123");

        tokens.answer = TokenResult{QString(), u"the refresh token was revoked; sign the character in again"_s};
        const CallResult refused = engine.call(m_spec, u"GetCharactersCharacterIdAssets"_s,
                                               {u"character_id=90000001"_s, u"page=2"_s}, options);
        QCOMPARE(refused.error, CallError::NotAuthorized);
        QVERIFY2(refused.message.endsWith(u": the refresh token was revoked; sign the character in again"_s),
                 qPrintable(refused.message));
        QCOMPARE(server.requests.size(), 1);
    }

    void warnings_areSurfaced()
    {
        ScriptedServer server([](const ScriptedServer::Request &) {
            return ScriptedServer::Reply{
                200, {{"Warning", "299 - This route is deprecated, use GetAlliancesV2"}}, "[1]", 0};
        });
        QVERIFY(server.start());
        EngineFixture engine(m_clock, server.baseUrl());
        const CallResult result = engine.call(m_spec, u"GetAlliances"_s, {});
        QCOMPARE(result.warnings, QStringList{u"299 - This route is deprecated, use GetAlliancesV2"_s});
    }

    void allLanguages_asksEachLanguageConcurrently()
    {
        ScriptedServer server([](const ScriptedServer::Request &request) {
            const QByteArray language = request.header("Accept-Language");
            return ScriptedServer::Reply{
                200, {{"Content-Language", language}}, R"({"type_id": 587, "name": "Rifter-)" + language + R"("})", 50};
        });
        QVERIFY(server.start());
        EngineFixture engine(m_clock, server.baseUrl());
        CallOptions localized;
        localized.allLanguages = true;
        const CallResult result = engine.call(m_spec, u"GetUniverseTypesTypeId"_s, {u"type_id=587"_s}, localized);
        QVERIFY2(result.isOk(), qPrintable(result.message));
        QCOMPARE(result.languages(), EsiClient::languages());
        QCOMPARE(server.requests.size(), 8);
        QCOMPARE(server.maxInFlight, 8);
        for (const PageResult &page : result.pages) {
            QCOMPARE(headerValue(page.headers, "Content-Language"), page.language.toLatin1());
            QVERIFY(page.body.contains(QByteArray("Rifter-" + page.language.toLatin1())));
        }
        QCOMPARE(result.rows(u"ko"_s).size(), 1);
    }

    void unknownLanguage_isInvalidInput()
    {
        ScriptedServer server;
        QVERIFY(server.start());
        EngineFixture engine(m_clock, server.baseUrl());
        CallOptions options;
        options.language = u"xx"_s;
        const CallResult result = engine.call(m_spec, u"GetAlliances"_s, {}, options);
        QCOMPARE(result.error, CallError::InvalidInput);
        QCOMPARE(result.message, u"language 'xx' is not one of ESI's languages en, de, fr, ja, ru, zh, ko, es"_s);
    }
};

QTEST_GUILESS_MAIN(TestEsiCallRequests)
#include "tst_esicallrequests.moc"
