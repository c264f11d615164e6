// The Bearer checks esi-sandbox puts on authed ESI routes once its SSO is installed: 401 without a usable
// token, 403 without the scope or for another character (or corporation), every page with a good token, rate-limit
// buckets per character, and --no-auth-check.
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

} // namespace

class TestSandboxBearer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void esiRoute_refusesMissingOrBadTokens_data();
    void esiRoute_refusesMissingOrBadTokens();
    void esiRoute_refusesTokenWithoutScope();
    void esiRoute_refusesTokenOfAnotherCharacter();
    void corporationRoute_servesMembersOnly_asCharactersRouteSays();
    void esiRoute_servesEveryPageWithAValidToken();
    void esiRoute_publicRoutesNeedNoToken();
    void buckets_arePerCharacter();
    void noAuthCheck_answersAuthedRoutesWithoutToken();

private:
    void startServer(const Sandbox::SandboxOptions &options);

    Core::SpecPtr m_spec;
    std::unique_ptr<SsoSandbox> m_sso;
};

void TestSandboxBearer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_spec = Core::Spec::fromFile(QStringLiteral(ESI_TEST_DATA "/openapi-2026-07-21.json")).spec;
    QVERIFY(m_spec);
    const Core::Operation *assets = m_spec->operation(u"GetCharactersCharacterIdAssets"_s);
    QVERIFY(assets && assets->authed && assets->scopes == QStringList{assetsScope});
}

void TestSandboxBearer::init()
{
    startServer({});
}

void TestSandboxBearer::cleanup()
{
    m_sso.reset();
}

void TestSandboxBearer::startServer(const Sandbox::SandboxOptions &options)
{
    m_sso.reset();
    m_sso = std::make_unique<SsoSandbox>(m_spec, options);
    QVERIFY2(m_sso->area, qPrintable(m_sso->error));
}

void TestSandboxBearer::esiRoute_refusesMissingOrBadTokens_data()
{
    QTest::addColumn<QString>("authorization");
    QTest::addColumn<qint64>("advanceSecs");
    QTest::addColumn<QString>("error");
    QTest::newRow("no header") << QString() << 0LL << u"authentication required"_s;
    QTest::newRow("basic auth") << u"Basic dXNlcjpwYXNz"_s << 0LL << u"authentication required"_s;
    QTest::newRow("not a jwt") << u"Bearer abc.def"_s << 0LL << u"authentication failed"_s;
    QTest::newRow("forged") << u"forged"_s << 0LL << u"authentication failed"_s;
    QTest::newRow("tampered") << u"tampered"_s << 0LL << u"signature"_s;
    QTest::newRow("expired") << u"valid"_s << 1201LL << u"expired"_s;
}

void TestSandboxBearer::esiRoute_refusesMissingOrBadTokens()
{
    QFETCH(QString, authorization);
    QFETCH(qint64, advanceSecs);
    QFETCH(QString, error);
    const qint64 pilot = Sandbox::TestCharacters::all().first().id;
    if (authorization == "valid"_L1) {
        authorization = u"Bearer "_s + m_sso->signIn(pilot, {assetsScope}).value("access_token"_L1).toString();
    } else if (authorization == "forged"_L1) {
        // Right shape and claims, signed by a key this sandbox never published.
        const Sandbox::SigningKey forger;
        const QString genuine = m_sso->signIn(pilot, {assetsScope}).value("access_token"_L1).toString();
        authorization = u"Bearer "_s + forger.sign(SsoSandbox::payloadOf(genuine));
    } else if (authorization == "tampered"_L1) {
        // The genuine signature over a payload widened to another scope.
        const QString genuine = m_sso->signIn(pilot, {skillsScope}).value("access_token"_L1).toString();
        QJsonObject payload = SsoSandbox::payloadOf(genuine);
        payload.insert(u"scp"_s, assetsScope);
        authorization =
            u"Bearer "_s + genuine.section(u'.', 0, 0) + u'.' +
            QString::fromLatin1(Sandbox::SigningKey::base64Url(QJsonDocument(payload).toJson(QJsonDocument::Compact))) +
            u'.' + genuine.section(u'.', 2, 2);
    }
    m_sso->clock.advance(advanceSecs * 1000);
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!authorization.isEmpty()) {
        headers.append({"Authorization"_ba, authorization.toLatin1()});
    }
    const HttpResult answer = m_sso->get(u"/characters/%1/assets"_s.arg(pilot), headers);
    QCOMPARE(answer.status, 401);
    const QString message = answer.json().object().value("error"_L1).toString();
    QVERIFY2(message.contains(error), qPrintable(message));
    QVERIFY(answer.header("x-pages").isEmpty());
}

void TestSandboxBearer::esiRoute_refusesTokenWithoutScope()
{
    const qint64 pilot = Sandbox::TestCharacters::all().first().id;
    const QString token = m_sso->signIn(pilot, {skillsScope}).value("access_token"_L1).toString();
    const HttpResult answer =
        m_sso->get(u"/characters/%1/assets"_s.arg(pilot), {{"Authorization"_ba, "Bearer " + token.toLatin1()}});
    QCOMPARE(answer.status, 403);
    QCOMPARE(answer.json().object().value("error"_L1).toString(),
             u"token is missing the scope %1 that GetCharactersCharacterIdAssets needs"_s.arg(assetsScope));
}

void TestSandboxBearer::esiRoute_refusesTokenOfAnotherCharacter()
{
    const qint64 pilot = Sandbox::TestCharacters::all().at(0).id;
    const qint64 trader = Sandbox::TestCharacters::all().at(1).id;
    const QString token = m_sso->signIn(pilot, {assetsScope}).value("access_token"_L1).toString();
    const HttpResult answer =
        m_sso->get(u"/characters/%1/assets"_s.arg(trader), {{"Authorization"_ba, "Bearer " + token.toLatin1()}});
    QCOMPARE(answer.status, 403);
    const QString message = answer.json().object().value("error"_L1).toString();
    QVERIFY2(message.contains(QString::number(pilot)) && message.contains(QString::number(trader)),
             qPrintable(message));
}

void TestSandboxBearer::corporationRoute_servesMembersOnly_asCharactersRouteSays()
{
    const QString corpWallet = u"esi-wallet.read_corporation_wallets.v1"_s;
    for (const Sandbox::TestCharacter &character : Sandbox::TestCharacters::all()) {
        const QJsonObject about = m_sso->get(u"/characters/%1"_s.arg(character.id)).json().object();
        QCOMPARE(about.value("corporation_id"_L1).toInteger(), character.corporationId);
        QCOMPARE(about.value("alliance_id"_L1).toInteger(), character.allianceId);
        QCOMPARE(about.value("name"_L1).toString(), character.name);
        const QByteArray bearer =
            "Bearer " + m_sso->signIn(character.id, {corpWallet}).value("access_token"_L1).toString().toLatin1();
        for (const qint64 corporation :
             {Sandbox::TestCharacters::firstCorporation, Sandbox::TestCharacters::secondCorporation}) {
            const HttpResult answer =
                m_sso->get(u"/corporations/%1/wallets"_s.arg(corporation), {{"Authorization"_ba, bearer}});
            QCOMPARE(answer.status, corporation == character.corporationId ? 200 : 403);
            if (answer.status == 403) {
                QVERIFY(answer.json().object().value("error"_L1).toString().contains(u"not a member of corporation"_s));
            }
        }
    }
}

void TestSandboxBearer::esiRoute_servesEveryPageWithAValidToken()
{
    const qint64 pilot = Sandbox::TestCharacters::all().first().id;
    const QByteArray bearer =
        "Bearer " + m_sso->signIn(pilot, {assetsScope}).value("access_token"_L1).toString().toLatin1();
    const HttpResult first = m_sso->get(u"/characters/%1/assets"_s.arg(pilot), {{"Authorization"_ba, bearer}});
    QCOMPARE(first.status, 200);
    const int pages = first.header("x-pages").toInt();
    QCOMPARE(pages, Sandbox::SandboxOptions().pages);
    for (int page = 2; page <= pages; ++page) {
        const HttpResult next =
            m_sso->get(u"/characters/%1/assets?page=%2"_s.arg(pilot).arg(page), {{"Authorization"_ba, bearer}});
        QCOMPARE(next.status, 200);
        QCOMPARE(next.json().array().size(), Sandbox::SandboxOptions().itemsPerPage);
    }
}

void TestSandboxBearer::esiRoute_publicRoutesNeedNoToken()
{
    QCOMPARE(m_sso->get(u"/alliances"_s).status, 200);
    QCOMPARE(m_sso->get(u"/characters/%1"_s.arg(Sandbox::TestCharacters::all().first().id)).status, 200);
}

void TestSandboxBearer::buckets_arePerCharacter()
{
    const qint64 pilot = Sandbox::TestCharacters::all().at(0).id;
    const qint64 trader = Sandbox::TestCharacters::all().at(1).id;
    const QByteArray pilotBearer =
        "Bearer " + m_sso->signIn(pilot, {assetsScope}).value("access_token"_L1).toString().toLatin1();
    const QByteArray traderBearer =
        "Bearer " + m_sso->signIn(trader, {assetsScope}).value("access_token"_L1).toString().toLatin1();
    for (int call = 1; call <= 3; ++call) {
        const HttpResult answer =
            m_sso->get(u"/characters/%1/assets"_s.arg(pilot), {{"Authorization"_ba, pilotBearer}});
        QCOMPARE(answer.header("x-ratelimit-used"), QByteArray::number(2 * call));
    }
    // A fresh bucket for the other character; a refreshed token of the same character shares the old one.
    QCOMPARE(m_sso->get(u"/characters/%1/assets"_s.arg(trader), {{"Authorization"_ba, traderBearer}})
                 .header("x-ratelimit-used"),
             "2"_ba);
    const QByteArray secondPilotBearer =
        "Bearer " + m_sso->signIn(pilot, {assetsScope}).value("access_token"_L1).toString().toLatin1();
    QVERIFY(secondPilotBearer != pilotBearer);
    QCOMPARE(m_sso->get(u"/characters/%1/assets"_s.arg(pilot), {{"Authorization"_ba, secondPilotBearer}})
                 .header("x-ratelimit-used"),
             "8"_ba);
}

void TestSandboxBearer::noAuthCheck_answersAuthedRoutesWithoutToken()
{
    Sandbox::SandboxOptions options;
    options.authCheck = false;
    startServer(options);
    QCOMPARE(m_sso->get(u"/characters/1/assets"_s).status, 200);
    // The SSO itself still works.
    QVERIFY(!m_sso->signIn(Sandbox::TestCharacters::all().first().id, {assetsScope}).isEmpty());
}

QTEST_GUILESS_MAIN(TestSandboxBearer)
#include "tst_sandboxbearer.moc"
