#include "core/spec/spec.h"
#include "ui/run/curlcommand.h"

#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Esi::Core::ParameterValues;
using Esi::Core::RequestContext;
using Esi::Core::Spec;
using Esi::Core::SpecPtr;
using Esi::Ui::CurlCommand;

// Copy as curl: the engine's own request as a shell command, the token redacted unless asked for.
class TestCurlCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void publicGet_hasUrlAndEsiHeaders();
    void authedCall_redactsTheTokenByDefault();
    void authedCall_includesTheTokenOnlyWhenAsked();
    void post_sendsTheBody();
    void shellQuoting_data();
    void shellQuoting();

private:
    RequestContext context() const;

    SpecPtr m_spec;
};

void TestCurlCommand::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const auto loaded = Spec::fromFile(QStringLiteral(ESI_TEST_DATA "/openapi-2026-07-21.json"));
    QVERIFY(loaded);
    m_spec = loaded.spec;
}

RequestContext TestCurlCommand::context() const
{
    RequestContext context;
    context.baseUrl = QUrl(u"https://esi.evetech.net"_s);
    context.compatibilityDate = u"2026-07-21"_s;
    context.accessToken = u"secret-token-value"_s;
    return context;
}

void TestCurlCommand::publicGet_hasUrlAndEsiHeaders()
{
    ParameterValues values;
    values.set(u"region_id"_s, u"10000002"_s);
    values.set(u"order_type"_s, u"sell"_s);
    RequestContext publicContext = context();
    publicContext.accessToken.clear();
    const QString command =
        CurlCommand::build(*m_spec->operation(u"GetMarketsRegionIdOrders"), values, publicContext, false);
    QVERIFY2(command.startsWith(u"curl 'https://esi.evetech.net/markets/10000002/orders"_s), qPrintable(command));
    QVERIFY(command.contains(u"order_type=sell"_s));
    QVERIFY(command.contains(u"-H 'X-Compatibility-Date: 2026-07-21'"_s));
    QVERIFY(command.contains(u"-H 'User-Agent: "_s));
    QVERIFY(!command.contains(u"-X GET"_s));
    QVERIFY(!command.contains(u"Authorization"_s));
}

void TestCurlCommand::authedCall_redactsTheTokenByDefault()
{
    ParameterValues values;
    values.set(u"character_id"_s, u"90000001"_s);
    const QString command =
        CurlCommand::build(*m_spec->operation(u"GetCharactersCharacterIdAssets"), values, context(), false);
    QVERIFY2(command.contains(u"-H 'Authorization: Bearer <redacted>'"_s), qPrintable(command));
    QVERIFY(!command.contains(u"secret-token-value"_s));
}

void TestCurlCommand::authedCall_includesTheTokenOnlyWhenAsked()
{
    ParameterValues values;
    values.set(u"character_id"_s, u"90000001"_s);
    const QString command =
        CurlCommand::build(*m_spec->operation(u"GetCharactersCharacterIdAssets"), values, context(), true);
    QVERIFY2(command.contains(u"-H 'Authorization: Bearer secret-token-value'"_s), qPrintable(command));
}

void TestCurlCommand::post_sendsTheBody()
{
    ParameterValues values;
    values.setBody(u"[30000142, 587]"_s);
    const QString command = CurlCommand::build(*m_spec->operation(u"PostUniverseNames"), values, context(), false);
    QVERIFY2(command.startsWith(u"curl -X POST 'https://esi.evetech.net/universe/names"_s), qPrintable(command));
    QVERIFY(command.contains(u"--data-raw '"_s));
    QVERIFY(command.contains(u"30000142"_s));
    QVERIFY(command.contains(u"Content-Type: application/json"_s));
    QVERIFY(command.contains(u" \\\n  -H "_s)); // one option per line
}

void TestCurlCommand::shellQuoting_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("plain") << u"abc"_s << u"'abc'"_s;
    QTest::newRow("single quote") << u"it's"_s << u"'it'\\''s'"_s;
    QTest::newRow("dollar and backtick stay literal") << u"$HOME `x`"_s << u"'$HOME `x`'"_s;
}

void TestCurlCommand::shellQuoting()
{
    QFETCH(QString, text);
    QFETCH(QString, quoted);
    QCOMPARE(CurlCommand::shellQuoted(text), quoted);
}

QTEST_GUILESS_MAIN(TestCurlCommand)
#include "tst_curlcommand.moc"
