// esi-studio's command line: servers from the options or the environment main() read, and room for another
// part's options (such as --run) without touching the parser.
#include "app/serverurl.h"
#include "app/startupoptiongroup.h"
#include "app/startupoptions.h"

#include <QCommandLineParser>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Esi::App::StartupOptions;

namespace {

// Stands in for a later option group: --run OPERATION_ID [name=value ...].
class RunGroup final : public Esi::App::StartupOptionGroup
{
public:
    void addOptions(QCommandLineParser &parser) override { parser.addOption(m_run); }

    bool read(const QCommandLineParser &parser, QStringList *positional, QString *error) override
    {
        if (!parser.isSet(m_run)) {
            return true;
        }
        operationId = parser.value(m_run);
        if (operationId.isEmpty()) {
            *error = u"--run needs an operation ID"_s;
            return false;
        }
        values = *positional;
        positional->clear();
        return true;
    }

    QString operationId;
    QStringList values;

private:
    QCommandLineOption m_run{u"run"_s, u"Run an operation."_s, u"operation"_s};
};

} // namespace

class TestStartupOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void servers_comeFromTheOptionsElseTheGivenEnvironment()
    {
        QProcessEnvironment environment;
        environment.insert(u"ESI_BASE_URL"_s, u"http://127.0.0.1:8080"_s);
        environment.insert(u"ESI_SSO_URL"_s, u"https://login.example.com"_s);
        qputenv("ESI_BASE_URL", "http://127.0.0.2:1"); // the process's own is not read
        StartupOptions options(environment);
        QCOMPARE(options.parse({u"esi-studio"_s, u"--sso-url"_s, u"http://localhost:9"_s}), std::nullopt);
        qunsetenv("ESI_BASE_URL");
        QCOMPARE(options.baseUrl, QUrl(u"http://127.0.0.1:8080"_s));
        QCOMPARE(options.ssoUrl, QUrl(u"http://localhost:9"_s));
        QVERIFY(options.serversGiven());
        QVERIFY(!options.quitAfterReady);
    }

    void quitAfterReady_impliesANewInstance()
    {
        StartupOptions options{QProcessEnvironment()};
        QCOMPARE(options.parse({u"esi-studio"_s, u"--quit-after-ready"_s, u"--spec"_s, u"a.json"_s}), std::nullopt);
        QVERIFY(options.quitAfterReady);
        QVERIFY(options.newInstance);
        QCOMPARE(options.specFile, u"a.json"_s);
        QVERIFY(!options.serversGiven());
    }

    void badServerOrStrayArgument_isAUsageError()
    {
        StartupOptions plainHttp{QProcessEnvironment()};
        QCOMPARE(plainHttp.parse({u"esi-studio"_s, u"--base-url"_s, u"http://esi.example.com"_s}),
                 std::optional<int>(StartupOptions::exitUsage));
        StartupOptions stray{QProcessEnvironment()};
        QCOMPARE(stray.parse({u"esi-studio"_s, u"file.json"_s}), std::optional<int>(StartupOptions::exitUsage));
    }

    void serverUrl_acceptsHttpsAndLoopbackHttpOnly()
    {
        QString error;
        QVERIFY(Esi::App::ServerUrl::parse(u"https://esi.evetech.net"_s, u"--base-url"_s, &error));
        QVERIFY(Esi::App::ServerUrl::parse(u"http://[::1]:8080"_s, u"--base-url"_s, &error));
        QVERIFY(!Esi::App::ServerUrl::parse(u"https://esi.evetech.net/?a=b"_s, u"--base-url"_s, &error));
        QVERIFY(!Esi::App::ServerUrl::parse(u"esi.evetech.net"_s, u"ESI_BASE_URL"_s, &error));
        QVERIFY2(error.contains(u"ESI_BASE_URL"_s), qPrintable(error));
    }

    void anotherGroup_addsItsOptionAndTakesItsPositionalArguments()
    {
        RunGroup run;
        StartupOptions options{QProcessEnvironment()};
        options.addGroup(&run);
        QCOMPARE(options.parse({u"esi-studio"_s, u"--run"_s, u"GetStatus"_s, u"a=1"_s, u"b=2"_s}), std::nullopt);
        QCOMPARE(run.operationId, u"GetStatus"_s);
        QCOMPARE(run.values, (QStringList{u"a=1"_s, u"b=2"_s}));

        RunGroup bad;
        StartupOptions empty{QProcessEnvironment()};
        empty.addGroup(&bad);
        QCOMPARE(empty.parse({u"esi-studio"_s, u"--run="_s}), std::optional<int>(StartupOptions::exitUsage));
    }
};

QTEST_GUILESS_MAIN(TestStartupOptions)
#include "tst_startupoptions.moc"
