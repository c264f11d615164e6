// `esi call character_id=@all` and character lists over three signed-in esi-sandbox characters: each request
// carries its own character's token (checked on what the sandbox received: its --verbose log names whose
// token came), @all takes only the characters holding the scope, and a character who is not signed in fails
// that item only, with nothing sent for it. Real processes, real (private) keychain.
#include "../cli/signinharness.h"

#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 pilot = 2112000001;
constexpr qint64 trader = 2112000002;
constexpr qint64 director = 2112000003;
const QString wallet = u"esi-wallet.read_character_wallet.v1"_s;
const QString assets = u"esi-assets.read_assets.v1"_s;

QList<QJsonObject> ndjsonRows(const QByteArray &out)
{
    QList<QJsonObject> rows;
    for (const QByteArray &line : out.split('\n')) {
        if (!line.trimmed().isEmpty()) {
            rows.append(QJsonDocument::fromJson(line).object());
        }
    }
    return rows;
}

// Every "GET /characters/<id>/<route>" line of the log: the path's character and the token's.
QList<std::pair<QString, QString>> callers(const QString &log, const QString &route)
{
    const QRegularExpression line(u"GET /characters/(\\d+)/%1 -> \\d+ .* as test:(\\d+)"_s.arg(route));
    QList<std::pair<QString, QString>> result;
    for (auto lines = line.globalMatch(log); lines.hasNext();) {
        const QRegularExpressionMatch match = lines.next();
        result.append({match.captured(1), match.captured(2)});
    }
    return result;
}

} // namespace

class TestCliFanOutCharacters : public QObject
{
    Q_OBJECT

private:
    SignInHarness m_harness;

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "no D-Bus session: run this test through ctest (KEYRING), which starts one with a keyring");
        const QString problem = m_harness.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        for (const auto &[character, scopes] : QList<std::pair<qint64, QStringList>>{
                 {pilot, {wallet}}, {trader, {wallet}}, {director, {wallet, assets}}}) {
            const QString signedIn = m_harness.login(character, scopes);
            QVERIFY2(signedIn.isEmpty(), qPrintable(signedIn));
        }
    }

    void cleanupTestCase() { m_harness.stop(); }

    void allCharacters_eachRequestCarriesItsOwnCharactersToken()
    {
        for (int round = 0; round < 2; ++round) {
            const qint64 before = m_harness.logSize();
            const EsiRun run = m_harness.esi({u"call"_s, u"GetCharactersCharacterIdWallet"_s, u"character_id=@all"_s,
                                              u"--no-cache"_s, u"--format"_s, u"ndjson"_s});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            const QList<QJsonObject> rows = ndjsonRows(run.out);
            QCOMPARE(rows.size(), 3);
            QSet<qint64> labelled;
            for (const QJsonObject &row : rows) {
                labelled.insert(row.value(u"#character_id"_s).toInteger());
                QVERIFY(row.contains(u"value"_s)); // the wallet balance, a number, wrapped
            }
            QCOMPARE(labelled, (QSet<qint64>{pilot, trader, director}));
            const QString log = m_harness.log(before);
            const auto seen = callers(log, u"wallet"_s);
            QCOMPARE(seen.size(), 3);
            QSet<QString> paths;
            for (const auto &[path, token] : seen) {
                QCOMPARE(token, path); // each request carried the token of the character its path names
                paths.insert(path);
            }
            QCOMPARE(paths.size(), 3);
            QVERIFY2(!log.contains(u"-> 403"_s) && !log.contains(u"-> 401"_s), qPrintable(log));
        }
    }

    void allCharacters_takesOnlyThoseHoldingTheScope()
    {
        const qint64 before = m_harness.logSize();
        const EsiRun run = m_harness.esi({u"call"_s, u"GetCharactersCharacterIdAssets"_s, u"character_id=@all"_s,
                                          u"--no-cache"_s, u"--format"_s, u"ndjson"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const auto seen = callers(m_harness.log(before), u"assets"_s);
        QVERIFY(!seen.isEmpty());
        for (const auto &[path, token] : seen) {
            QCOMPARE(path, QString::number(director));
            QCOMPARE(token, path);
        }
        for (const QJsonObject &row : ndjsonRows(run.out)) {
            QCOMPARE(row.value(u"#character_id"_s).toInteger(), director);
        }
    }

    void listedCharacterNotSignedIn_failsThatItemOnly_withNothingSentForIt()
    {
        constexpr qint64 stranger = 2112000009;
        const qint64 before = m_harness.logSize();
        const EsiRun run = m_harness.esi({u"call"_s, u"GetCharactersCharacterIdWallet"_s,
                                          u"character_id=%1,%2"_s.arg(stranger).arg(trader), u"--no-cache"_s,
                                          u"--format"_s, u"ndjson"_s});
        QCOMPARE(run.exitCode, 1);
        const QList<QJsonObject> rows = ndjsonRows(run.out);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.constFirst().value(u"#character_id"_s).toInteger(), trader);
        QVERIFY2(run.err.contains(u"character_id=%1: "_s.arg(stranger)) &&
                     run.err.contains(u"esi login --character %1"_s.arg(stranger)),
                 qPrintable(run.err));
        const QString log = m_harness.log(before);
        QVERIFY2(!log.contains(u"/characters/%1/wallet"_s.arg(stranger)), qPrintable(log));
        QCOMPARE(callers(log, u"wallet"_s).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliFanOutCharacters)
#include "tst_clifanoutcharacters.moc"
