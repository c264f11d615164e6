// CharacterForCall, the one rule for whose token a call carries, on real CCP operations: the path's
// character decides, corporation and alliance routes take a signed-in member, and the call engine refuses
// any token for another character than the path's before anything is sent.
#include "core/auth/characterforcall.h"
#include "core/http/esicall.h"
#include "core/http/esiclient.h"
#include "core/http/parametervalues.h"
#include "core/spec/spec.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Esi::Core;

namespace {

constexpr qint64 pilot = 2112000001;
constexpr qint64 trader = 2112000002;
constexpr qint64 director = 2112000003;
constexpr qint64 corporation = 98000001;
constexpr qint64 otherCorporation = 98000002;
constexpr qint64 alliance = 99000001;
const QString wallet = u"esi-wallet.read_character_wallet.v1"_s;
const QString corpWallet = u"esi-wallet.read_corporation_wallets.v1"_s;
const QString contacts = u"esi-alliances.read_contacts.v1"_s;

TokenRecord record(qint64 id, const QString &name, const QStringList &scopes, int minutesSinceUse,
                   TokenStatus status = TokenStatus::Valid)
{
    TokenRecord token;
    token.characterId = id;
    token.characterName = name;
    token.scopes = TokenRecord::normalizedScopes(scopes);
    token.status = status;
    token.lastUsedAt = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC).addSecs(-60LL * minutesSinceUse);
    return token;
}

ParameterValues values(const QString &name, qint64 id)
{
    ParameterValues result;
    result.set(name, QString::number(id));
    return result;
}

// Counts requests for tokens: the guard must refuse before the provider is even asked.
class CountingProvider final : public TokenProvider
{
public:
    void requestAccessToken(qint64, const QStringList &, const QUrl &,
                            std::function<void(const TokenResult &)> done) override
    {
        ++requests;
        done({u"header.payload.signature"_s, QString()});
    }

    int requests = 0;
};

} // namespace

class TestCharacterForCall : public QObject
{
    Q_OBJECT

private:
    SpecPtr m_spec;

    const Operation &op(const QString &operationId) const { return *m_spec->operation(operationId); }

    static std::optional<CharacterMembership> membership(qint64 characterId)
    {
        if (characterId == pilot || characterId == trader) {
            return CharacterMembership{corporation, alliance};
        }
        if (characterId == director) {
            return CharacterMembership{otherCorporation, alliance};
        }
        return std::nullopt;
    }

private Q_SLOTS:

    void initTestCase()
    {
        const SpecLoadResult loaded = Spec::fromFile(QStringLiteral(ESI_TEST_DATA "/openapi-2026-07-21.json"));
        QVERIFY2(loaded, qPrintable(loaded.error.toString()));
        m_spec = loaded.spec;
    }

    void pathCharacter_decidesForEveryCharacter_evenAgainstTheMostRecentlyUsed()
    {
        // Pilot used a minute ago, Trader an hour ago: the old rule would have sent Pilot's token both times.
        const QList<TokenRecord> tokens{record(pilot, u"Sandbox Pilot"_s, {wallet}, 1),
                                        record(trader, u"Sandbox Trader"_s, {wallet}, 60),
                                        record(director, u"Sandbox Director"_s, {wallet}, 30)};
        for (const qint64 id : {pilot, trader, director}) {
            const CallCharacter chosen = CharacterForCall::choose(op(u"GetCharactersCharacterIdWallet"_s),
                                                                  values(u"character_id"_s, id), 0, tokens);
            QVERIFY2(chosen.isOk(), qPrintable(chosen.message));
            QCOMPARE(chosen.characterId, id);
        }
    }

    void pathCharacter_notSignedIn_namesCharacterScopeAndCommand()
    {
        const QList<TokenRecord> tokens{record(pilot, u"Sandbox Pilot"_s, {wallet}, 1)};
        const CallCharacter chosen = CharacterForCall::choose(op(u"GetCharactersCharacterIdWallet"_s),
                                                              values(u"character_id"_s, trader), 0, tokens);
        QCOMPARE(chosen.problem, CallCharacter::Problem::NotSignedIn);
        QCOMPARE(chosen.characterId, 0);
        QVERIFY2(chosen.message.contains(u"character 2112000002 of the path is not signed in"_s),
                 qPrintable(chosen.message));
        QVERIFY(chosen.message.contains(wallet));
        QCOMPARE(chosen.signInCommand, u"esi login --character 2112000002 --scopes "_s + wallet);
        QVERIFY(chosen.message.contains(chosen.signInCommand));
    }

    void pathCharacter_lackingTheScope_orNeedingSignIn_isRefused()
    {
        const QList<TokenRecord> tokens{record(pilot, u"Sandbox Pilot"_s, {contacts}, 1),
                                        record(trader, u"Sandbox Trader"_s, {wallet}, 1, TokenStatus::Revoked)};
        const CallCharacter lacking = CharacterForCall::choose(op(u"GetCharactersCharacterIdWallet"_s),
                                                               values(u"character_id"_s, pilot), 0, tokens);
        QCOMPARE(lacking.problem, CallCharacter::Problem::MissingScope);
        QVERIFY2(lacking.message.contains(u"Sandbox Pilot (2112000001) lacks the scope "_s + wallet),
                 qPrintable(lacking.message));
        QCOMPARE(lacking.signInCommand, u"esi login --character 2112000001 --scopes "_s + wallet);

        const CallCharacter revoked = CharacterForCall::choose(op(u"GetCharactersCharacterIdWallet"_s),
                                                               values(u"character_id"_s, trader), 0, tokens);
        QCOMPARE(revoked.problem, CallCharacter::Problem::NotSignedIn);
        QVERIFY2(revoked.message.contains(u"revoked"_s), qPrintable(revoked.message));
        QVERIFY(revoked.message.contains(u"esi login --character 2112000002"_s));
    }

    void requestedCharacter_contradictingThePath_isRefused()
    {
        const QList<TokenRecord> tokens{record(pilot, u"Sandbox Pilot"_s, {wallet}, 1),
                                        record(trader, u"Sandbox Trader"_s, {wallet}, 1)};
        const CallCharacter chosen = CharacterForCall::choose(op(u"GetCharactersCharacterIdWallet"_s),
                                                              values(u"character_id"_s, trader), pilot, tokens);
        QCOMPARE(chosen.problem, CallCharacter::Problem::Contradiction);
        QVERIFY2(chosen.message.contains(u"character 2112000001 was chosen"_s) &&
                     chosen.message.contains(u"character_id=2112000002"_s),
                 qPrintable(chosen.message));
        // The same character twice is fine.
        QCOMPARE(CharacterForCall::choose(op(u"GetCharactersCharacterIdWallet"_s), values(u"character_id"_s, trader),
                                          trader, tokens)
                     .characterId,
                 trader);
    }

    void corporationRoute_takesTheMostRecentlyUsedMemberWithTheScope()
    {
        const QList<TokenRecord> tokens{record(pilot, u"Sandbox Pilot"_s, {corpWallet}, 50),
                                        record(trader, u"Sandbox Trader"_s, {corpWallet}, 5),
                                        record(director, u"Sandbox Director"_s, {corpWallet}, 1)};
        const Operation &wallets = op(u"GetCorporationsCorporationIdWallets"_s);
        CallCharacter chosen =
            CharacterForCall::choose(wallets, values(u"corporation_id"_s, corporation), 0, tokens, &membership);
        QVERIFY2(chosen.isOk(), qPrintable(chosen.message));
        QCOMPARE(chosen.characterId, trader); // Director was used last, but is not a member
        QVERIFY2(chosen.rolesNote.contains(u"Accountant"_s), qPrintable(chosen.rolesNote));
        chosen =
            CharacterForCall::choose(wallets, values(u"corporation_id"_s, otherCorporation), 0, tokens, &membership);
        QCOMPARE(chosen.characterId, director);
        // A requested character must be a member too.
        chosen =
            CharacterForCall::choose(wallets, values(u"corporation_id"_s, corporation), director, tokens, &membership);
        QCOMPARE(chosen.problem, CallCharacter::Problem::Contradiction);
        QVERIFY2(chosen.message.contains(u"not a member of corporation 98000001"_s), qPrintable(chosen.message));
    }

    void corporationRoute_withoutAMember_saysWhatIsMissing()
    {
        const QList<TokenRecord> tokens{record(pilot, u"Sandbox Pilot"_s, {corpWallet}, 1)};
        const CallCharacter chosen =
            CharacterForCall::choose(op(u"GetCorporationsCorporationIdWallets"_s),
                                     values(u"corporation_id"_s, otherCorporation), 0, tokens, &membership);
        QCOMPARE(chosen.problem, CallCharacter::Problem::NoMember);
        QVERIFY2(chosen.message.contains(u"member of corporation 98000002"_s), qPrintable(chosen.message));
        QVERIFY(chosen.message.contains(corpWallet));
        QVERIFY(chosen.message.contains(u"Sandbox Pilot (2112000001)"_s)); // signed in, not a member
        QVERIFY(chosen.message.contains(u"Accountant, Junior_Accountant"_s));
        QVERIFY(chosen.message.contains(u"esi login --scopes "_s + corpWallet));

        // A member without the scope is named with the command that adds it.
        const QList<TokenRecord> lacking{record(director, u"Sandbox Director"_s, {wallet}, 1)};
        const CallCharacter scopeless =
            CharacterForCall::choose(op(u"GetCorporationsCorporationIdWallets"_s),
                                     values(u"corporation_id"_s, otherCorporation), 0, lacking, &membership);
        QCOMPARE(scopeless.problem, CallCharacter::Problem::MissingScope);
        QVERIFY(scopeless.message.contains(u"esi login --character 2112000003 --scopes "_s + corpWallet));
    }

    void corporationRoute_unknownMembership_isNeitherGuessedNorSent()
    {
        const QList<TokenRecord> tokens{record(4000, u"Stranger"_s, {corpWallet}, 1)};
        const Operation &wallets = op(u"GetCorporationsCorporationIdWallets"_s);
        QCOMPARE(
            CharacterForCall::membershipsNeeded(wallets, values(u"corporation_id"_s, corporation), tokens, &membership),
            QList<qint64>{4000});
        const CallCharacter chosen =
            CharacterForCall::choose(wallets, values(u"corporation_id"_s, corporation), 0, tokens, &membership);
        QCOMPARE(chosen.problem, CallCharacter::Problem::MembershipUnknown);
        QCOMPARE(chosen.characterId, 0);
        // Character routes need no membership at all.
        QVERIFY(CharacterForCall::membershipsNeeded(op(u"GetCharactersCharacterIdWallet"_s),
                                                    values(u"character_id"_s, pilot), tokens, &membership)
                    .isEmpty());
    }

    void allianceRoute_takesAMemberOfTheAlliance()
    {
        const QList<TokenRecord> tokens{record(pilot, u"Sandbox Pilot"_s, {contacts}, 9),
                                        record(director, u"Sandbox Director"_s, {contacts}, 2)};
        const CallCharacter chosen = CharacterForCall::choose(
            op(u"GetAlliancesAllianceIdContacts"_s), values(u"alliance_id"_s, alliance), 0, tokens, &membership);
        QCOMPARE(chosen.characterId, director);
        const CallCharacter none = CharacterForCall::choose(op(u"GetAlliancesAllianceIdContacts"_s),
                                                            values(u"alliance_id"_s, 99000002), 0, tokens, &membership);
        QCOMPARE(none.problem, CallCharacter::Problem::NoMember);
        QVERIFY2(none.message.contains(u"alliance 99000002"_s), qPrintable(none.message));
    }

    void noPathOwner_usesTheRequestedOrTheMostRecentlyUsed()
    {
        const QString structures = u"esi-markets.structure_markets.v1"_s;
        const QList<TokenRecord> tokens{record(pilot, u"Sandbox Pilot"_s, {structures}, 10),
                                        record(trader, u"Sandbox Trader"_s, {structures}, 2)};
        const Operation &market = op(u"GetMarketsStructuresStructureId"_s);
        const ParameterValues structure = values(u"structure_id"_s, 1035466617946);
        QCOMPARE(CharacterForCall::choose(market, structure, 0, tokens).characterId, trader);
        QCOMPARE(CharacterForCall::choose(market, structure, pilot, tokens).characterId, pilot);
        const CallCharacter nobody = CharacterForCall::choose(market, structure, 0, {});
        QCOMPARE(nobody.problem, CallCharacter::Problem::NoCharacter);
        QVERIFY(nobody.message.contains(u"esi login --scopes "_s + structures));
        // Public routes need nobody.
        const CallCharacter open = CharacterForCall::choose(op(u"GetCharactersCharacterIdPortrait"_s),
                                                            values(u"character_id"_s, pilot), trader, tokens);
        QVERIFY(open.isOk());
        QCOMPARE(open.characterId, 0);
    }

    void esiCall_refusesAnotherCharactersTokenBeforeAskingForIt()
    {
        QNetworkAccessManager network;
        ManualClock clock;
        FetchServices services;
        services.network = &network;
        services.clock = &clock;
        EsiClientSettings settings;
        settings.baseUrl = QUrl(u"http://127.0.0.1:9"_s); // never reached
        EsiClient client(services, settings);
        CountingProvider provider;
        client.setTokenProvider(&provider);
        CallOptions options;
        options.characterId = pilot;
        EsiCall *call =
            client.call(m_spec, u"GetCharactersCharacterIdWallet"_s, values(u"character_id"_s, trader), options);
        QSignalSpy finished(call, &EsiCall::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(call->result().error, CallError::NotAuthorized);
        QVERIFY2(call->result().message.contains(u"names character 2112000002"_s), qPrintable(call->result().message));
        QCOMPARE(provider.requests, 0);
        QCOMPARE(call->result().statistics.requests, 0);
    }
};

QTEST_GUILESS_MAIN(TestCharacterForCall)
#include "tst_characterforcall.moc"
