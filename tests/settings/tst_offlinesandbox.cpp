// "Try it offline": the real esi-sandbox as a child process, a call through the app's client, the child gone
// afterwards; and the whole esi-studio started in offline mode.
#include "core/http/esicall.h"
#include "core/http/esiclient.h"
#include "core/settings/appsettings.h"
#include "core/settings/offlinesandbox.h"
#include "core/spec/specrepository.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <signal.h>

using namespace Esi::Core;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString appDirectory = QStringLiteral(ESI_BINARY_DIR "/app");

bool processExists(qint64 pid)
{
    return pid > 0 && ::kill(pid_t(pid), 0) == 0;
}

QByteArray commandLine(qint64 pid)
{
    QFile file(u"/proc/%1/cmdline"_s.arg(pid));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Set in this test's environment, so every process it starts (and every sandbox those start) carries it. Other
// tests run beside this one and start offline sandboxes of their own: those are not this test's to count or end.
constexpr char ownerVariable[] = "ESI_TEST_SANDBOX_OWNER";

QByteArray ownerEntry()
{
    return QByteArray(ownerVariable) + '=' + QByteArray::number(QCoreApplication::applicationPid()) + '\0';
}

bool startedByThisTest(const QString &pid)
{
    QFile environ(u"/proc/%1/environ"_s.arg(pid));
    if (!environ.open(QIODevice::ReadOnly)) {
        return false;
    }
    const QByteArray entries = environ.readAll();
    const QByteArray entry = ownerEntry();
    const QByteArray afterAnother = QByteArray(1, '\0') + entry;
    return entries.startsWith(entry) || entries.contains(afterAnother);
}

// Processes whose command line names the offline client id and that this test started (directly or through
// the app it started): the sandboxes esi-studio starts.
QList<qint64> offlineSandboxes()
{
    QList<qint64> found;
    const QStringList entries = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        QFile cmdline(u"/proc/%1/cmdline"_s.arg(entry));
        if (!ok || !cmdline.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QByteArray arguments = cmdline.readAll();
        if (arguments.contains("esi-sandbox") && arguments.contains(OfflineSandbox::clientId) &&
            startedByThisTest(entry)) {
            found.append(pid);
        }
    }
    return found;
}

} // namespace

class TestOfflineSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv(ownerVariable, QByteArray::number(QCoreApplication::applicationPid()));
    }

    // A failed check must not leave a sandbox this test's app started listening (only this test's: a test
    // beside it may have one running).
    void cleanup()
    {
        for (const qint64 pid : offlineSandboxes()) {
            ::kill(pid_t(pid), SIGTERM);
        }
    }

    void locate_findsTheBuildTreesSandboxBesideTheApp()
    {
        const QString found = OfflineSandbox::locate(appDirectory);
        QCOMPARE(found, QDir::cleanPath(QStringLiteral(ESI_BINARY_DIR "/sandbox/esi-sandbox")));
        QVERIFY(OfflineSandbox::locate(QDir::tempPath() + u"/no-such-folder"_s).isEmpty());
    }

    void start_aCallThroughTheClientReachesIt_andStopEndsTheChild()
    {
        QNetworkAccessManager network;
        OfflineSandbox sandbox(OfflineSandbox::locate(appDirectory), &network);
        QSignalSpy ready(&sandbox, &OfflineSandbox::ready);
        QString error;
        QVERIFY2(sandbox.startAndWait(&error), qPrintable(error));
        QCOMPARE(ready.size(), 1);
        QCOMPARE(sandbox.baseUrl().host(), u"127.0.0.1"_s);
        QVERIFY(sandbox.baseUrl().port() > 0);
        const qint64 pid = sandbox.processId();
        QVERIFY(processExists(pid));

        SystemClock clock;
        FetchServices services;
        services.network = &network;
        services.clock = &clock;
        EsiClientSettings settings;
        settings.baseUrl = sandbox.baseUrl();
        EsiClient client(services, settings);
        const SpecLoadResult spec = SpecRepository::loadBundled();
        QVERIFY(spec);
        EsiCall *call = client.call(spec.spec, u"GetStatus"_s, ParameterValues());
        QSignalSpy finished(call, &EsiCall::finished);
        QVERIFY(finished.wait(20000));
        const CallResult result = call->result();
        QVERIFY2(result.isOk(), qPrintable(result.message));
        QCOMPARE(result.pages.size(), 1);
        QCOMPARE(result.pages.constFirst().status, 200);
        QCOMPARE(result.pages.constFirst().url.port(), sandbox.baseUrl().port());
        QVERIFY(result.pages.constFirst().body.contains("players"));

        QSignalSpy stopped(&sandbox, &OfflineSandbox::stopped);
        sandbox.stop();
        QVERIFY(stopped.wait(10000));
        QVERIFY(!sandbox.isRunning());
        QTRY_VERIFY(!processExists(pid)); // reaped: no zombie either
    }

    void stop_returnsAtOnceAndKillsAChildThatIgnoresIt()
    {
        QTemporaryDir dir;
        const QString program = dir.filePath(u"stubborn-sandbox"_s);
        QFile script(program);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\ntrap '' TERM\nexec sleep 30\n");
        script.close();
        QVERIFY(script.setPermissions(script.permissions() | QFile::ExeOwner));
        QNetworkAccessManager network;
        OfflineSandbox sandbox(program, &network);
        QSignalSpy failed(&sandbox, &OfflineSandbox::failed);
        QSignalSpy stopped(&sandbox, &OfflineSandbox::stopped);
        sandbox.start(60000);
        QTRY_VERIFY(sandbox.processId() > 0);
        const qint64 pid = sandbox.processId();
        QTRY_VERIFY(commandLine(pid).startsWith("sleep")); // the trap is set: SIGTERM is ignored from here on

        sandbox.stop();
        QVERIFY(sandbox.isRunning()); // stop() did not wait for the child: the window stays responsive
        QVERIFY(processExists(pid));
        QVERIFY(stopped.wait(15000)); // killed after the grace period
        QVERIFY(!sandbox.isRunning());
        QTRY_VERIFY(!processExists(pid));
        QCOMPARE(failed.size(), 0);
    }

    void destructor_endsTheChild()
    {
        QNetworkAccessManager network;
        qint64 pid = 0;
        {
            OfflineSandbox sandbox(OfflineSandbox::locate(appDirectory), &network);
            QString error;
            QVERIFY2(sandbox.startAndWait(&error), qPrintable(error));
            pid = sandbox.processId();
            QVERIFY(processExists(pid));
        }
        QVERIFY(!processExists(pid));
    }

    void missingProgram_failsWithAClearMessage()
    {
        QNetworkAccessManager network;
        OfflineSandbox sandbox(QDir::tempPath() + u"/nowhere/esi-sandbox"_s, &network);
        QString error;
        QVERIFY(!sandbox.startAndWait(&error));
        QVERIFY2(error.contains(u"esi-sandbox was not found at"_s), qPrintable(error));
        QVERIFY2(error.contains(u"nowhere"_s), qPrintable(error));
        QVERIFY2(error.contains(u"reinstall"_s, Qt::CaseInsensitive), qPrintable(error));
    }

    void programThatIsNotTheSandbox_failsWithAClearMessage()
    {
        QNetworkAccessManager network;
        OfflineSandbox sandbox(u"/bin/false"_s, &network);
        QString error;
        QVERIFY(!sandbox.startAndWait(&error, 5000));
        QVERIFY2(error.contains(u"exit code 1"_s), qPrintable(error));
    }

    void sandboxDying_isReported()
    {
        QNetworkAccessManager network;
        OfflineSandbox sandbox(OfflineSandbox::locate(appDirectory), &network);
        QString error;
        QVERIFY2(sandbox.startAndWait(&error), qPrintable(error));
        QSignalSpy exited(&sandbox, &OfflineSandbox::exitedUnexpectedly);
        ::kill(pid_t(sandbox.processId()), SIGKILL);
        QVERIFY(exited.wait(10000));
        QVERIFY2(exited.constFirst().constFirst().toString().contains(u"esi-sandbox"_s),
                 qPrintable(exited.constFirst().constFirst().toString()));
        QVERIFY(!sandbox.isReady());
    }

    void app_inOfflineMode_startsTheSandboxAndStopsItOnExit()
    {
        const QString program = appDirectory + u"/esi-studio"_s;
        QVERIFY2(QFile::exists(program), "build the esi-studio target first");
        QTemporaryDir home;
        QVERIFY(home.isValid());
        writeOfflineSettings(home);
        const QList<qint64> before = offlineSandboxes();

        QProcess app;
        app.setProcessEnvironment(isolated(home));
        app.start(program, {u"--quit-after-ready"_s});
        QVERIFY(app.waitForFinished(60000));
        const QString errors = QString::fromLocal8Bit(app.readAllStandardError());
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QVERIFY2(app.exitCode() == 0, qPrintable(errors));
        QVERIFY2(!errors.contains(u"Offline sandbox:"_s), qPrintable(errors));
        // It ran on the sandbox: the offline state folder was made and used for the response cache.
        QVERIFY2(QFile::exists(home.filePath(u"cache/esi-studio/offline/responses.sqlite"_s)), qPrintable(errors));
        QVERIFY(!QFile::exists(home.filePath(u"cache/esi-studio/responses.sqlite"_s)));
        // And its child is gone.
        QTRY_COMPARE(offlineSandboxes(), before);
    }

    void app_killed_takesTheSandboxWithIt()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        writeOfflineSettings(home);
        const QList<qint64> before = offlineSandboxes();
        QProcess app;
        QProcessEnvironment environment = isolated(home);
        environment.insert(u"ESI_STUDIO_FIRST_RUN"_s, u"0"_s);
        app.setProcessEnvironment(environment);
        app.start(appDirectory + u"/esi-studio"_s, {u"--new-instance"_s});
        QVERIFY(app.waitForStarted(10000));
        // The engine opens its offline cache only once the sandbox answered; it has written its address by then.
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(home.filePath(u"cache/esi-studio/offline/responses.sqlite"_s)), 30000);
        QCOMPARE(offlineSandboxes().size(), before.size() + 1);
        ::kill(pid_t(app.processId()), SIGKILL); // no destructor runs: the kernel must end the child
        QVERIFY(app.waitForFinished(10000));
        QTRY_COMPARE_WITH_TIMEOUT(offlineSandboxes(), before, 10000);
    }

private:
    static void writeOfflineSettings(const QTemporaryDir &home)
    {
        QDir().mkpath(home.filePath(u"config/EsiStudio"_s));
        QSettings stored(home.filePath(u"config/EsiStudio/esi-studio.conf"_s), QSettings::IniFormat);
        stored.setValue(QLatin1StringView(AppSettings::offlineKey), true);
        stored.setValue(QLatin1StringView(AppSettings::firstRunDoneKey), true);
    }

    // The app must not touch the real profile of whoever runs the tests, nor follow their servers.
    static QProcessEnvironment isolated(const QTemporaryDir &home)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
        environment.insert(u"XDG_CACHE_HOME"_s, home.filePath(u"cache"_s));
        environment.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
        for (const QString &name : {u"ESI_BASE_URL"_s, u"ESI_SSO_URL"_s, u"ESI_STUDIO_CACHE_DIR"_s,
                                    u"ESI_STUDIO_DATA_DIR"_s, u"ESI_CLIENT_ID"_s}) {
            environment.remove(name);
        }
        return environment;
    }
};

QTEST_GUILESS_MAIN(TestOfflineSandbox)
#include "tst_offlinesandbox.moc"
