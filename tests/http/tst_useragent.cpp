#include "core/http/useragent.h"
#include "esiversion.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Esi::Core::UserAgent;

class TestUserAgent : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void appName_followsDjangoEsiPascalCaseRule_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("space") << u"app name"_s << u"AppName"_s;
        QTest::newRow("hyphen") << u"app-name"_s << u"AppName"_s;
        QTest::newRow("mixed separators") << u"my cool-app"_s << u"MyCoolApp"_s;
        QTest::newRow("repeated separators") << u"my  --app"_s << u"MyApp"_s;
        QTest::newRow("lowercase unchanged") << u"appname"_s << u"appname"_s;
        QTest::newRow("pascal unchanged") << u"AppName"_s << u"AppName"_s;
        QTest::newRow("camel unchanged") << u"appName"_s << u"appName"_s;
        QTest::newRow("underscore unchanged") << u"app_name"_s << u"app_name"_s;
        QTest::newRow("inner capitals kept") << u"my ESI tool"_s << u"MyESITool"_s;
    }

    void appName_followsDjangoEsiPascalCaseRule()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(UserAgent::pascalCaseAppName(input), expected);
        const UserAgent agent(input, u"1.0"_s, QString(), QString());
        QVERIFY2(agent.isValid(), qPrintable(agent.error()));
        QCOMPARE(agent.appName(), expected);
    }

    void header_isNarrowToBroad_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("expected");
        const QString studio = UserAgent::studioProduct();
        QTest::newRow("everything") << u"my app"_s << u"1.2.3"_s << u"foo@example.com"_s
                                    << u"https://github.com/me/app"_s
                                    << u"MyApp/1.2.3 (foo@example.com; +https://github.com/me/app) "_s + studio;
        QTest::newRow("no url") << u"AppName"_s << u"1.2.3"_s << u"foo@example.com"_s << QString()
                                << u"AppName/1.2.3 (foo@example.com) "_s + studio;
        QTest::newRow("no email") << u"AppName"_s << u"1.2.3"_s << QString() << u"https://example.com/"_s
                                  << u"AppName/1.2.3 (+https://example.com/) "_s + studio;
        QTest::newRow("no contact") << u"AppName"_s << u"1.2.3"_s << QString() << QString()
                                    << u"AppName/1.2.3 "_s + studio;
        QTest::newRow("no version") << u"AppName"_s << QString() << u"foo@example.com"_s << QString()
                                    << u"AppName (foo@example.com) "_s + studio;
        QTest::newRow("no app") << QString() << QString() << u"foo@example.com"_s << QString()
                                << studio + u" (foo@example.com)"_s;
        QTest::newRow("nothing") << QString() << QString() << QString() << QString() << studio;
        QTest::newRow("trimmed") << u"  app  "_s << u" 2.0 "_s << u" a.b@c.de "_s << QString()
                                 << u"app/2.0 (a.b@c.de) "_s + studio;
    }

    void header_isNarrowToBroad()
    {
        QFETCH(QString, name);
        QFETCH(QString, version);
        QFETCH(QString, email);
        QFETCH(QString, url);
        QFETCH(QString, expected);
        const UserAgent agent(name, version, email, url);
        QVERIFY2(agent.isValid(), qPrintable(agent.error()));
        QCOMPARE(agent.invalidPart(), UserAgent::Part::None);
        QCOMPARE(agent.toString(), expected);
        QCOMPARE(agent.toHeaderValue(), expected.toLatin1());
    }

    void defaultAgent_isStudioProduct()
    {
        QCOMPARE(UserAgent().toString(), u"EsiStudio/"_s + QLatin1StringView(ESI_STUDIO_VERSION));
    }

    void badParts_areRejectedWithReason_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("expectedFragment");
        QTest::addColumn<UserAgent::Part>("part"); // which part the caller must point at
        QTest::newRow("newline in name") << u"App\nName"_s << QString() << QString() << QString()
                                         << u"app name contains a control character (U+000A) at position 4"_s
                                         << UserAgent::Part::AppName;
        QTest::newRow("tab in email") << u"App"_s << QString() << u"a@b.c\t"_s.append(u'x') << QString()
                                      << u"contact email contains a control character (U+0009)"_s
                                      << UserAgent::Part::ContactEmail;
        QTest::newRow("escape in version")
            << u"App"_s << u"1.\x1b"_s << QString() << QString()
            << u"app version contains a control character (U+001B)"_s << UserAgent::Part::AppVersion;
        QTest::newRow("slash in name") << u"App/Name"_s << QString() << QString() << QString()
                                       << u"app name 'App/Name' contains '/'"_s << UserAgent::Part::AppName;
        QTest::newRow("parenthesis in name") << u"App(1)"_s << QString() << QString() << QString()
                                             << u"app name 'App(1)' contains '('"_s << UserAgent::Part::AppName;
        QTest::newRow("space in version")
            << u"App"_s << u"1.0 beta"_s << QString() << QString() << u"app version '1.0 beta' contains a space"_s
            << UserAgent::Part::AppVersion;
        QTest::newRow("version without name")
            << QString() << u"1.0"_s << QString() << QString() << u"app version '1.0' is given without an app name"_s
            << UserAgent::Part::AppVersion;
        QTest::newRow("email without at")
            << u"App"_s << QString() << u"foo.example.com"_s << QString()
            << u"contact email 'foo.example.com' is not an email address"_s << UserAgent::Part::ContactEmail;
        QTest::newRow("email without domain dot")
            << u"App"_s << QString() << u"foo@example"_s << QString()
            << u"contact email 'foo@example' is not an email address"_s << UserAgent::Part::ContactEmail;
        QTest::newRow("email with semicolon") << u"App"_s << QString() << u"a;b@example.com"_s << QString()
                                              << u"is not an email address"_s << UserAgent::Part::ContactEmail;
        QTest::newRow("relative url") << u"App"_s << QString() << QString() << u"github.com/me"_s
                                      << u"source URL 'github.com/me' is not an absolute http(s) URL"_s
                                      << UserAgent::Part::SourceUrl;
        QTest::newRow("ftp url") << u"App"_s << QString() << QString() << u"ftp://example.com"_s
                                 << u"is not an absolute http(s) URL"_s << UserAgent::Part::SourceUrl;
        QTest::newRow("url with parenthesis") << u"App"_s << QString() << QString() << u"https://x.org/a)b"_s
                                              << u"is not an absolute http(s) URL"_s << UserAgent::Part::SourceUrl;
    }

    void badParts_areRejectedWithReason()
    {
        QFETCH(QString, name);
        QFETCH(QString, version);
        QFETCH(QString, email);
        QFETCH(QString, url);
        QFETCH(QString, expectedFragment);
        const UserAgent agent(name, version, email, url);
        QVERIFY(!agent.isValid());
        QVERIFY2(agent.error().contains(expectedFragment), qPrintable(agent.error()));
        QFETCH(UserAgent::Part, part);
        QCOMPARE(agent.invalidPart(), part);
    }
};

QTEST_GUILESS_MAIN(TestUserAgent)
#include "tst_useragent.moc"
