// The esi-sandbox executable: --help, argument errors, and a real run read through its stdout.
#include "sandboxclient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString program = QStringLiteral(ESI_BINARY_DIR "/sandbox/esi-sandbox");

} // namespace

class TestSandboxProcess : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(QFile::exists(program), qPrintable(program));
    }

    void help_exitsZeroAndListsEveryKnob()
    {
        QProcess process;
        process.start(program, {u"--help"_s});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        const QString help = QString::fromUtf8(process.readAllStandardOutput());
        const QStringList knobs{u"--spec"_s,
                                u"--host"_s,
                                u"--port"_s,
                                u"--seed"_s,
                                u"--pages"_s,
                                u"--items-per-page"_s,
                                u"--change-between-pages"_s,
                                u"--latency-ms"_s,
                                u"--fault-rate"_s,
                                u"--slow-body-ms"_s,
                                u"--truncate-rate"_s,
                                u"--bucket-scale"_s,
                                u"--bucket-tokens"_s,
                                u"--window-seconds"_s,
                                u"--error-limit"_s,
                                u"--error-window"_s,
                                u"--verbose"_s,
                                u"--sso-token-lifetime"_s,
                                u"--client-id"_s,
                                u"--no-auth-check"_s};
        for (const QString &knob : knobs) {
            QVERIFY2(help.contains(knob), qPrintable(knob));
        }
    }

    void badArguments_exitTwoNamingTheOption_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("pages zero") << QStringList{u"--pages"_s, u"0"_s} << u"--pages"_s;
        QTest::newRow("rate above one") << QStringList{u"--fault-rate"_s, u"1.5"_s} << u"--fault-rate"_s;
        QTest::newRow("port text") << QStringList{u"--port"_s, u"http"_s} << u"--port"_s;
        QTest::newRow("unknown option") << QStringList{u"--latency"_s, u"5"_s} << u"latency"_s;
        QTest::newRow("host name") << QStringList{u"--host"_s, u"example.com"_s} << u"--host"_s;
        QTest::newRow("token lifetime zero")
            << QStringList{u"--sso-token-lifetime"_s, u"0"_s} << u"--sso-token-lifetime"_s;
        QTest::newRow("blank client id") << QStringList{u"--client-id"_s, u" "_s} << u"--client-id"_s;
    }

    void badArguments_exitTwoNamingTheOption()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        QProcess process;
        process.start(program, arguments);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY2(QString::fromUtf8(process.readAllStandardError()).contains(mentions), qPrintable(mentions));
    }

    void unreadableSpec_exitsOneWithTheFileName()
    {
        QProcess process;
        process.start(program, {u"--spec"_s, u"/nonexistent/openapi.json"_s});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 1);
        QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(u"/nonexistent/openapi.json"_s));
    }

    void run_printsItsPortFirstAndServes()
    {
        QProcess process;
        process.start(program,
                      {u"--port"_s, u"0"_s, u"--spec"_s, QStringLiteral(ESI_TEST_DATA "/openapi-2025-12-16.json"),
                       u"--pages"_s, u"7"_s, u"--verbose"_s, u"--no-auth-check"_s});
        QVERIFY(process.waitForStarted(10000));
        while (!process.canReadLine() && process.waitForReadyRead(10000)) {
        }
        const QString line = QString::fromUtf8(process.readLine());
        const QRegularExpressionMatch match =
            QRegularExpression(u"^listening on http://127\\.0\\.0\\.1:(\\d+)\\n$"_s).match(line);
        QVERIFY2(match.hasMatch(), qPrintable(line));

        SandboxClient client(QUrl(u"http://127.0.0.1:"_s + match.captured(1)));
        const HttpResult dates = client.get(u"/meta/compatibility-dates"_s);
        QCOMPARE(dates.status, 200);
        QCOMPARE(dates.json().object().value(u"compatibility_dates"_s).toArray(), QJsonArray{u"2025-12-16"_s});
        QCOMPARE(client.get(u"/characters/1/assets"_s).header("x-pages"), "7"_ba);

        process.terminate();
        QVERIFY(process.waitForFinished(10000));
        QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(u"GET /characters/1/assets -> 200"_s));
    }

    void defaultSpec_isTheBundledOneWithTheSso()
    {
        QProcess process;
        process.start(program, {});
        QVERIFY(process.waitForStarted(10000));
        while (!process.canReadLine() && process.waitForReadyRead(10000)) {
        }
        const QString line = QString::fromUtf8(process.readLine()).trimmed();
        QVERIFY2(line.startsWith(u"listening on http://127.0.0.1:"_s), qPrintable(line));
        SandboxClient client(QUrl(line.mid(u"listening on "_s.size())));
        QCOMPARE(client.get(u"/alliances"_s).status, 200);
        // Authed routes want a token unless --no-auth-check; the SSO that issues them is at the same address.
        QCOMPARE(client.get(u"/characters/1/assets"_s).status, 401);
        const HttpResult discovery = client.get(u"/.well-known/oauth-authorization-server"_s);
        QCOMPARE(discovery.status, 200);
        QCOMPARE(discovery.json().object().value(u"issuer"_s).toString(), line.mid(u"listening on "_s.size()));
        process.terminate();
        QVERIFY(process.waitForFinished(10000));
    }
};

QTEST_GUILESS_MAIN(TestSandboxProcess)
#include "tst_sandboxprocess.moc"
