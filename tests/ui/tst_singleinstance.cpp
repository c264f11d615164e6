#include "ui/desktop/singleinstance.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Esi::Ui::SingleInstance;

namespace {

// The user name esi-studio takes from the environment it starts with (this process's, which it inherits).
QString thisUser()
{
    return Esi::Ui::SingleInstance::userNameIn(QProcessEnvironment::systemEnvironment());
}

} // namespace

// One ESI Studio per user and data directory, tried with real esi-studio processes on the test's display.
class TestSingleInstance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void serverName_dependsOnDataDirectoryOnly_data();
    void serverName_dependsOnDataDirectoryOnly();
    void secondLaunch_handsOverSpecAndExitsZero();
    void secondLaunch_raisesRunningAppAndExitsZero();
    void handOverBeforeReady_isAnsweredAndDeliveredOnceReady();
    void staleSocket_isTakenOver();
    void handOverWithRun_deliversTheRunAfterTheActivation();
    void handOverWithARunThatIsNoWords_isRefused();
    void newInstanceAndQuitAfterReady_ignoreRunningInstance_data();
    void newInstanceAndQuitAfterReady_ignoreRunningInstance();
    void otherDataDirectory_startsItsOwnInstance();

private:
    QProcessEnvironment environmentFor(const QString &dataDirectory) const;
    void start(QProcess &process, const QString &dataDirectory, const QStringList &arguments = {});
    static bool isListening(const QString &serverName);

    // Hands over as another launch would, without blocking, so this process's own primary can answer.
    static QJsonObject requestActivation(const QString &serverName, const QString &specFile,
                                         const QJsonArray &run = {});

    QTemporaryDir m_home;
};

void TestSingleInstance::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_home.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(ESI_BINARY_DIR "/app/esi-studio")), "build the esi-studio target first");
}

QProcessEnvironment TestSingleInstance::environmentFor(const QString &dataDirectory) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_CACHE_HOME"_s, m_home.filePath(u"cache"_s));
    environment.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
    environment.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
    environment.insert(u"ESI_STUDIO_DATA_DIR"_s, dataDirectory);
    environment.insert(u"ESI_STUDIO_FIRST_RUN"_s, u"0"_s); // the window itself, not the first-run assistant
    // Nothing may leave the machine: compatibility dates are fetched from a closed local port.
    environment.insert(u"ESI_BASE_URL"_s, u"http://127.0.0.1:9"_s);
    environment.insert(u"ESI_SSO_URL"_s, u"http://127.0.0.1:9"_s);
    return environment;
}

void TestSingleInstance::start(QProcess &process, const QString &dataDirectory, const QStringList &arguments)
{
    process.setProcessEnvironment(environmentFor(dataDirectory));
    process.setProcessChannelMode(QProcess::ForwardedOutputChannel); // stderr is read, stdout shown
    process.start(QStringLiteral(ESI_BINARY_DIR "/app/esi-studio"), arguments);
    QVERIFY2(process.waitForStarted(), qPrintable(process.errorString()));
}

bool TestSingleInstance::isListening(const QString &serverName)
{
    QLocalSocket probe; // connects and leaves without a request: the app ignores it
    probe.connectToServer(serverName);
    return probe.waitForConnected(200);
}

QJsonObject TestSingleInstance::requestActivation(const QString &serverName, const QString &specFile,
                                                  const QJsonArray &run)
{
    QLocalSocket client;
    client.connectToServer(serverName);
    if (!client.waitForConnected(1000)) {
        return {};
    }
    QJsonObject request{{u"command"_s, u"activate"_s}, {u"spec"_s, specFile}};
    if (!run.isEmpty()) {
        request.insert(u"run"_s, run);
    }
    client.write(QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n');
    QDeadlineTimer deadline(SingleInstance::replyTimeoutMs);
    while (!client.canReadLine() && !deadline.hasExpired()) {
        QTest::qWait(10); // the primary in this process answers from the event loop
    }
    return QJsonDocument::fromJson(client.readLine()).object();
}

void TestSingleInstance::serverName_dependsOnDataDirectoryOnly_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<bool>("same");
    const QString base = m_home.filePath(u"profile"_s);
    QTest::newRow("same path") << base << base << true;
    QTest::newRow("uncleaned path") << base << base + u"/../profile/."_s << true;
    QTest::newRow("other path") << base << m_home.filePath(u"other"_s) << false;
}

void TestSingleInstance::serverName_dependsOnDataDirectoryOnly()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(bool, same);
    const QString a = SingleInstance::serverNameFor(first, thisUser());
    QCOMPARE(a == SingleInstance::serverNameFor(second, thisUser()), same);
    QVERIFY2(a.startsWith(u"esi-studio-"_s) && a.size() < 40, qPrintable(a)); // fits any socket path
}

void TestSingleInstance::secondLaunch_handsOverSpecAndExitsZero()
{
    // This test process is the running instance; esi-studio is the second launch.
    const QString data = m_home.filePath(u"handover"_s);
    SingleInstance running(SingleInstance::serverNameFor(data, thisUser()));
    QCOMPARE(running.claim(), SingleInstance::Role::Primary);
    running.setReady();
    QSignalSpy activations(&running, &SingleInstance::activationRequested);

    QProcess second;
    QSignalSpy finished(&second, &QProcess::finished);
    second.setWorkingDirectory(QStringLiteral(ESI_TEST_DATA));
    start(second, data, {u"--spec"_s, u"openapi-2025-08-26.json"_s});
    QVERIFY2(finished.wait(20000), "the second launch did not exit");
    QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    QVERIFY2(second.exitCode() == 0, second.readAllStandardError().constData());
    QCOMPARE(activations.size(), 1);
    // Relative to where the second launch started, so the running one (elsewhere) can open it.
    QCOMPARE(activations.at(0).at(0).toString(), QStringLiteral(ESI_TEST_DATA "/openapi-2025-08-26.json"));
}

void TestSingleInstance::secondLaunch_raisesRunningAppAndExitsZero()
{
    const QString data = m_home.filePath(u"raise"_s);
    const QString name = SingleInstance::serverNameFor(data, thisUser());
    QProcess first;
    start(first, data);
    QTRY_VERIFY_WITH_TIMEOUT(isListening(name), 20000);

    QProcess second;
    QSignalSpy finished(&second, &QProcess::finished);
    start(second, data);
    QVERIFY2(finished.wait(20000), "the second launch did not exit");
    QVERIFY2(second.exitCode() == 0, second.readAllStandardError().constData());
    QCOMPARE(first.state(), QProcess::Running);

    // A third hand-over, from here, learns that the first process received the second launch's as well.
    SingleInstance third(name);
    QCOMPARE(third.claim(), SingleInstance::Role::Secondary);
    QCOMPARE(third.activations(), 2);

    first.kill();
    QVERIFY(first.waitForFinished());
}

void TestSingleInstance::handOverBeforeReady_isAnsweredAndDeliveredOnceReady()
{
    // Start-up runs nested event loops (first-run assistant, offline sandbox) before the app can raise a window:
    // a launch handing over then must not be lost.
    const QString name = SingleInstance::serverNameFor(m_home.filePath(u"early"_s), thisUser());
    SingleInstance running(name);
    QCOMPARE(running.claim(), SingleInstance::Role::Primary);
    QSignalSpy activations(&running, &SingleInstance::activationRequested);

    QJsonObject reply = requestActivation(name, u"/specs/first.json"_s);
    QCOMPARE(reply.value(u"activated"_s).toBool(), true); // the other launch may exit
    reply = requestActivation(name, u"/specs/second.json"_s);
    QCOMPARE(reply.value(u"activations"_s).toInt(), 2);
    QCOMPARE(activations.size(), 0);

    running.setReady();
    QCOMPARE(activations.size(), 2);
    QCOMPARE(activations.at(0).at(0).toString(), u"/specs/first.json"_s);
    QCOMPARE(activations.at(1).at(0).toString(), u"/specs/second.json"_s);

    running.setReady(); // nothing is delivered twice
    QCOMPARE(activations.size(), 2);
    reply = requestActivation(name, QString());
    QCOMPARE(reply.value(u"activated"_s).toBool(), true);
    QCOMPARE(activations.size(), 3); // once ready, at once
}

void TestSingleInstance::staleSocket_isTakenOver()
{
    const QString data = m_home.filePath(u"stale"_s);
    const QString name = SingleInstance::serverNameFor(data, thisUser());
    QProcess crashed;
    start(crashed, data);
    QTRY_VERIFY_WITH_TIMEOUT(isListening(name), 20000);
    crashed.kill(); // SIGKILL: the socket file stays behind
    QVERIFY(crashed.waitForFinished());
    QVERIFY(!isListening(name));

    QProcess next;
    start(next, data);
    QTRY_VERIFY_WITH_TIMEOUT(isListening(name), 20000);
    QCOMPARE(next.state(), QProcess::Running);
    SingleInstance probe(name);
    QCOMPARE(probe.claim(), SingleInstance::Role::Secondary);
    QCOMPARE(probe.activations(), 1);
    next.kill();
    QVERIFY(next.waitForFinished());
}

void TestSingleInstance::newInstanceAndQuitAfterReady_ignoreRunningInstance_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("quit after ready") << QStringList{u"--quit-after-ready"_s};
    QTest::newRow("new instance") << QStringList{u"--new-instance"_s, u"--quit-after-ready"_s};
}

void TestSingleInstance::newInstanceAndQuitAfterReady_ignoreRunningInstance()
{
    QFETCH(QStringList, arguments);
    const QString data = m_home.filePath(u"independent"_s);
    SingleInstance running(SingleInstance::serverNameFor(data, thisUser()));
    QCOMPARE(running.claim(), SingleInstance::Role::Primary);
    running.setReady();
    QSignalSpy activations(&running, &SingleInstance::activationRequested);

    QProcess other;
    QSignalSpy finished(&other, &QProcess::finished);
    start(other, data, arguments);
    QVERIFY2(finished.wait(20000), "esi-studio --quit-after-ready did not exit");
    QVERIFY2(other.exitCode() == 0, other.readAllStandardError().constData());
    QCOMPARE(activations.size(), 0);
}

void TestSingleInstance::otherDataDirectory_startsItsOwnInstance()
{
    SingleInstance running(SingleInstance::serverNameFor(m_home.filePath(u"mine"_s), thisUser()));
    QCOMPARE(running.claim(), SingleInstance::Role::Primary);
    running.setReady();
    QSignalSpy activations(&running, &SingleInstance::activationRequested);

    const QString otherData = m_home.filePath(u"theirs"_s);
    QProcess other;
    start(other, otherData);
    QTRY_VERIFY_WITH_TIMEOUT(isListening(SingleInstance::serverNameFor(otherData, thisUser())), 20000);
    QCOMPARE(other.state(), QProcess::Running);
    QCOMPARE(activations.size(), 0);
    other.kill();
    QVERIFY(other.waitForFinished());
}

void TestSingleInstance::handOverWithRun_deliversTheRunAfterTheActivation()
{
    const QString name = SingleInstance::serverNameFor(m_home.filePath(u"run"_s), thisUser());
    SingleInstance running(name);
    QCOMPARE(running.claim(), SingleInstance::Role::Primary);
    QStringList order;
    connect(&running, &SingleInstance::activationRequested, this,
            [&order](const QString &spec) { order.append(u"activate "_s + spec); });
    connect(&running, &SingleInstance::runRequested, this,
            [&order](const QStringList &words) { order.append(u"run "_s + words.join(u' ')); });

    const QJsonObject reply = requestActivation(name, u"/specs/a.json"_s, QJsonArray{u"GetStatus"_s, u"--all-pages"_s});
    QCOMPARE(reply.value(u"activated"_s).toBool(), true);
    QCOMPARE(order, QStringList()); // held until ready, like every hand-over
    running.setReady();
    // The spec opens first, so the run uses it.
    QCOMPARE(order, QStringList({u"activate /specs/a.json"_s, u"run GetStatus --all-pages"_s}));
}

void TestSingleInstance::handOverWithARunThatIsNoWords_isRefused()
{
    const QString name = SingleInstance::serverNameFor(m_home.filePath(u"badrun"_s), thisUser());
    SingleInstance running(name);
    QCOMPARE(running.claim(), SingleInstance::Role::Primary);
    running.setReady();
    QSignalSpy runs(&running, &SingleInstance::runRequested);
    QSignalSpy activations(&running, &SingleInstance::activationRequested);
    const QJsonObject reply = requestActivation(name, QString(), QJsonArray{u"GetStatus"_s, QJsonObject{}});
    QCOMPARE(reply.value(u"activated"_s).toBool(), false);
    QCOMPARE(runs.size(), 0);
    QCOMPARE(activations.size(), 0);
}

QTEST_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
