#include "sandbox/routematcher.h"

#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Esi;

class TestRouteMatcher : public QObject
{
    Q_OBJECT

private:
    Core::SpecPtr m_spec;

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_spec = Core::Spec::fromFile(QStringLiteral(ESI_TEST_DATA "/openapi-2026-07-21.json")).spec;
        QVERIFY(m_spec);
    }

    void match_findsOperationAndPathValues_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expectedTemplate");
        QTest::addColumn<QString>("parameter");
        QTest::addColumn<QString>("value");
        QTest::newRow("one id") << u"GET"_s << u"/characters/123/assets"_s << u"/characters/{character_id}/assets"_s
                                << u"character_id"_s << u"123"_s;
        QTest::newRow("two ids") << u"GET"_s << u"/corporations/9/wallets/2/journal"_s
                                 << u"/corporations/{corporation_id}/wallets/{division}/journal"_s << u"division"_s
                                 << u"2"_s;
        QTest::newRow("literal beats template")
            << u"GET"_s << u"/markets/structures/77"_s << u"/markets/structures/{structure_id}"_s << u"structure_id"_s
            << u"77"_s;
        QTest::newRow("trailing slash") << u"GET"_s << u"/alliances/5/"_s << u"/alliances/{alliance_id}"_s
                                        << u"alliance_id"_s << u"5"_s;
        QTest::newRow("percent-encoded value")
            << u"GET"_s << u"/killmails/1/ab%20cd"_s << u"/killmails/{killmail_id}/{killmail_hash}"_s
            << u"killmail_hash"_s << u"ab cd"_s;
        QTest::newRow("other method") << u"POST"_s << u"/characters/1/assets/names"_s
                                      << u"/characters/{character_id}/assets/names"_s << u"character_id"_s << u"1"_s;
    }

    void match_findsOperationAndPathValues()
    {
        QFETCH(QString, method);
        QFETCH(QString, path);
        QFETCH(QString, expectedTemplate);
        QFETCH(QString, parameter);
        QFETCH(QString, value);
        const Sandbox::RouteMatcher matcher(*m_spec);
        const Sandbox::RouteMatch match = matcher.match(method, path);
        QVERIFY(match.isFound());
        QCOMPARE(match.operation->path, expectedTemplate);
        QCOMPARE(match.operation->method, method);
        QCOMPARE(match.pathParameters.value(parameter), value);
    }

    void match_reportsUnknownPathsAndWrongMethods()
    {
        const Sandbox::RouteMatcher matcher(*m_spec);
        const Sandbox::RouteMatch unknown = matcher.match(u"GET"_s, u"/characters/1/nothing"_s);
        QVERIFY(!unknown.isFound());
        QVERIFY(unknown.allowedMethods.isEmpty());
        const Sandbox::RouteMatch wrongMethod = matcher.match(u"DELETE"_s, u"/characters/1/assets"_s);
        QVERIFY(!wrongMethod.isFound());
        QCOMPARE(wrongMethod.allowedMethods, QStringList{u"GET"_s});
    }

    void match_honoursAPrefix()
    {
        const Sandbox::RouteMatcher matcher(*m_spec, u"/latest"_s);
        QVERIFY(matcher.match(u"GET"_s, u"/latest/alliances"_s).isFound());
        QVERIFY(!matcher.match(u"GET"_s, u"/alliances"_s).isFound());
    }

    void everyOperation_isFoundByItsOwnTemplate()
    {
        const Sandbox::RouteMatcher matcher(*m_spec);
        for (const Core::Operation &operation : m_spec->operations()) {
            QString path = operation.path;
            path.replace(u'{', u"x"_s).replace(u'}', u"x"_s); // template segments accept any value
            const Sandbox::RouteMatch match = matcher.match(operation.method, path);
            QVERIFY2(match.isFound(), qPrintable(operation.key()));
        }
    }
};

QTEST_GUILESS_MAIN(TestRouteMatcher)
#include "tst_routematcher.moc"
