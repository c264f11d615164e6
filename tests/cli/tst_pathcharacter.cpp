// The path decides whose token `esi call` sends, checked on what esi-sandbox received (its --verbose log
// names the caller of every authed request): two, then three signed-in characters called in turn without
// --character, a contradicting --character, a character who is not signed in or lacks the scope, and
// corporation routes with and without a signed-in member. Real processes, real (private) keychain.
#include "signinharness.h"

#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 pilot = 2112000001;    // corporation 98000001
constexpr qint64 trader = 2112000002;   // corporation 98000001
constexpr qint64 director = 2112000003; // corporation 98000002
const QString wallet = u"esi-wallet.read_character_wallet.v1"_s;
const QString corpWallet = u"esi-wallet.read_corporation_wallets.v1"_s;
const QString assets = u"esi-assets.read_assets.v1"_s;

QString walletPath(qint64 characterId)
{
    return u"/characters/%1/wallet"_s.arg(characterId);
}

} // namespace

class TestPathCharacter : public QObject
{
    Q_OBJECT

private:
    SignInHarness m_harness;

    // Calls the wallet of `characterId` without --character; the sandbox log of that run.
    QString callWallet(qint64 characterId, EsiRun *run)
    {
        const qint64 before = m_harness.logSize();
        *run = m_harness.esi(
            {u"call"_s, u"GetCharactersCharacterIdWallet"_s, u"character_id=%1"_s.arg(characterId), u"--no-cache"_s});
        return m_harness.log(before);
    }

    // Every character's wallet, each three times in turn: each request carries its own character's token.
    void everyCallCarriesThePathCharactersToken(const QList<qint64> &characters)
    {
        for (int round = 0; round < 3; ++round) {
            for (const qint64 character : characters) {
                EsiRun run;
                const QString log = callWallet(character, &run);
                QVERIFY2(run.exitCode == 0, qPrintable(run.err));
                QVERIFY(!QJsonDocument::fromJson(run.out).isNull());
                const QString expected = u"GET %1 -> 200"_s.arg(walletPath(character));
                QVERIFY2(log.contains(expected) && log.contains(u" as test:%1\n"_s.arg(character)), qPrintable(log));
                QVERIFY2(!log.contains(u"-> 403"_s), qPrintable(log));
            }
        }
    }

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "no D-Bus session: run this test through ctest (KEYRING), which starts one with a keyring");
        const QString problem = m_harness.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QString signedIn = m_harness.login(pilot, {wallet, corpWallet});
        QVERIFY2(signedIn.isEmpty(), qPrintable(signedIn));
        signedIn = m_harness.login(trader, {wallet, corpWallet});
        QVERIFY2(signedIn.isEmpty(), qPrintable(signedIn));
    }

    void cleanupTestCase() { m_harness.stop(); }

    void twoCharacters_eachCallCarriesThePathCharactersToken()
    {
        everyCallCarriesThePathCharactersToken({pilot, trader});
    }

    void contradictingCharacter_isRefusedBeforeAnythingIsSent()
    {
        const qint64 before = m_harness.logSize();
        const EsiRun run = m_harness.esi({u"call"_s, u"GetCharactersCharacterIdWallet"_s,
                                          u"character_id=%1"_s.arg(trader), u"--character"_s, QString::number(pilot)});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(
            run.err.contains(u"character %1 was chosen, but the path names character_id=%2"_s.arg(pilot).arg(trader)),
            qPrintable(run.err));
        QVERIFY2(!m_harness.log(before).contains(u"/wallet"_s), qPrintable(m_harness.log(before)));
    }

    void characterNotSignedIn_exitsTwoNamingScopeAndLoginCommand()
    {
        EsiRun run;
        const QString log = callWallet(director, &run);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"character %1 of the path is not signed in"_s.arg(director)), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"esi login --character %1 --scopes %2"_s.arg(director).arg(wallet)),
                 qPrintable(run.err));
        QVERIFY2(!log.contains(walletPath(director)), qPrintable(log));
    }

    void characterLackingTheScope_exitsTwoNamingIt()
    {
        const EsiRun run =
            m_harness.esi({u"call"_s, u"GetCharactersCharacterIdAssets"_s, u"character_id=%1"_s.arg(pilot)});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"Sandbox Pilot (%1) lacks the scope %2"_s.arg(pilot).arg(assets)),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains(u"esi login --character %1 --scopes %2"_s.arg(pilot).arg(assets)),
                 qPrintable(run.err));
    }

    void corporationRoute_withoutASignedInMember_namesWhatIsMissing()
    {
        const qint64 before = m_harness.logSize();
        const EsiRun run =
            m_harness.esi({u"call"_s, u"GetCorporationsCorporationIdWallets"_s, u"corporation_id=98000002"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"needs a signed-in member of corporation 98000002 with scope %1"_s.arg(corpWallet)),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains(u"Accountant"_s), qPrintable(run.err)); // the roles the route declares
        QVERIFY2(run.err.contains(u"esi login --scopes %1"_s.arg(corpWallet)), qPrintable(run.err));
        QVERIFY(!m_harness.log(before).contains(u"/corporations/98000002/wallets"_s));
    }

    void corporationRoute_usesTheMostRecentlyUsedMember()
    {
        // The last wallet call above was the trader's: of the two members, the trader was used last.
        EsiRun last;
        callWallet(trader, &last);
        QCOMPARE(last.exitCode, 0);
        const qint64 before = m_harness.logSize();
        const EsiRun run = m_harness.esi(
            {u"call"_s, u"GetCorporationsCorporationIdWallets"_s, u"corporation_id=98000001"_s, u"--no-cache"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString log = m_harness.log(before);
        QVERIFY2(log.contains(u"GET /corporations/98000001/wallets -> 200"_s) &&
                     log.contains(u" as test:%1\n"_s.arg(trader)),
                 qPrintable(log));
        // Naming the other member works; naming someone outside the corporation does not.
        const EsiRun named =
            m_harness.esi({u"call"_s, u"GetCorporationsCorporationIdWallets"_s, u"corporation_id=98000001"_s,
                           u"--character"_s, QString::number(pilot), u"--no-cache"_s});
        QVERIFY2(named.exitCode == 0, qPrintable(named.err));
    }

    void threeCharacters_eachCallCarriesItsOwnToken_andTheDirectorServesItsCorporation()
    {
        const QString signedIn = m_harness.login(director, {wallet, corpWallet});
        QVERIFY2(signedIn.isEmpty(), qPrintable(signedIn));
        everyCallCarriesThePathCharactersToken({pilot, trader, director});
        const qint64 before = m_harness.logSize();
        const EsiRun run = m_harness.esi(
            {u"call"_s, u"GetCorporationsCorporationIdWallets"_s, u"corporation_id=98000002"_s, u"--no-cache"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(m_harness.log(before).contains(u" as test:%1\n"_s.arg(director)), qPrintable(m_harness.log(before)));
        const EsiRun outsider = m_harness.esi({u"call"_s, u"GetCorporationsCorporationIdWallets"_s,
                                               u"corporation_id=98000002"_s, u"--character"_s, QString::number(pilot)});
        QCOMPARE(outsider.exitCode, 2);
        QVERIFY2(outsider.err.contains(u"is not a member of corporation 98000002"_s), qPrintable(outsider.err));
    }

    void noRequestEverCarriedAnotherCharactersToken()
    {
        // Over the whole run the sandbox never refused a token for a path's character or corporation.
        const QString log = m_harness.log();
        QVERIFY2(!log.contains(u"-> 403"_s), qPrintable(log));
        static const QRegularExpression walletLine(u"GET /characters/(\\d+)/wallet -> \\d+ .* as test:(\\d+)"_s);
        int checked = 0;
        for (auto lines = walletLine.globalMatch(log); lines.hasNext(); ++checked) {
            const QRegularExpressionMatch line = lines.next();
            QCOMPARE(line.captured(2), line.captured(1));
        }
        QVERIFY(checked >= 15);
    }
};

QTEST_GUILESS_MAIN(TestPathCharacter)
#include "tst_pathcharacter.moc"
