#include "sandbox/sandboxserver.h"
#include "ui/desktop/singleinstance.h"

#include <QLocalSocket>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Esi;

namespace {

// The user name esi-studio takes from the environment it starts with (this process's, which it inherits).
QString thisUser()
{
    return Esi::Ui::SingleInstance::userNameIn(QProcessEnvironment::systemEnvironment());
}

constexpr int pages = 4;

} // namespace

// esi-studio --run as processes against esi-sandbox in this test: a fresh window runs and (with
// --quit-after-run) exits with the run's status; a later launch hands its run to the window already running.
class TestDeepLinkProcess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void freshInstance_runsAndQuitsZeroWithNothingOnStdout();
    void freshInstance_failedRun_quitsOne();
    void freshInstance_unknownOperation_quitsTwoSayingWhy();
    void runningInstance_runsWhatALaterLaunchHandsOver();

private:
    void start(QProcess &process, const QString &dataDirectory, const QStringList &arguments, const QUrl &server);

    int ordersServed() const { return m_ordersServed; }

    QTemporaryDir m_home;
    std::unique_ptr<Sandbox::SandboxServer> m_sandbox;
    Core::SystemClock m_clock;
    int m_ordersServed = 0;
};

void TestDeepLinkProcess::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_home.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(ESI_BINARY_DIR "/app/esi-studio")), "build the esi-studio target first");
    const auto loaded = Core::Spec::fromFile(QStringLiteral(ESI_TEST_DATA "/openapi-2026-07-21.json"));
    QVERIFY2(loaded, qPrintable(loaded.error.toString()));
    Sandbox::SandboxOptions options;
    options.pages = pages;
    options.itemsPerPage = 10;
    m_sandbox = std::make_unique<Sandbox::SandboxServer>(loaded.spec, QByteArray(), options, m_clock);
    QVERIFY2(m_sandbox->start() != 0, qPrintable(m_sandbox->errorString()));
    connect(m_sandbox.get(), &Sandbox::SandboxServer::responseWritten, this,
            [this](const QString &, const QString &target, int status) {
                if (target.startsWith(u"/markets/10000002/orders") && status == 200) {
                    ++m_ordersServed;
                }
            });
}

void TestDeepLinkProcess::start(QProcess &process, const QString &dataDirectory, const QStringList &arguments,
                                const QUrl &server)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_CACHE_HOME"_s, m_home.filePath(u"cache"_s));
    environment.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
    environment.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
    environment.insert(u"ESI_STUDIO_DATA_DIR"_s, dataDirectory);
    environment.insert(u"ESI_STUDIO_CACHE_DIR"_s, dataDirectory + u"/cache"_s); // every run reaches the server
    environment.insert(u"ESI_STUDIO_FIRST_RUN"_s, u"0"_s);
    environment.insert(u"ESI_BASE_URL"_s, server.toString());
    environment.insert(u"ESI_SSO_URL"_s, server.toString());
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(ESI_BINARY_DIR "/app/esi-studio"), arguments);
    QVERIFY2(process.waitForStarted(), qPrintable(process.errorString()));
}

void TestDeepLinkProcess::freshInstance_runsAndQuitsZeroWithNothingOnStdout()
{
    const int served = ordersServed();
    QProcess studio;
    QSignalSpy finished(&studio, &QProcess::finished);
    start(studio, m_home.filePath(u"fresh"_s),
          {u"--run"_s, u"GetMarketsRegionIdOrders"_s, u"region_id=10000002"_s, u"order_type=buy"_s, u"--all-pages"_s,
           u"--quit-after-run"_s},
          m_sandbox->baseUrl());
    QVERIFY2(finished.wait(30000), "esi-studio --quit-after-run did not exit");
    QVERIFY2(studio.exitCode() == 0, studio.readAllStandardError().constData());
    QCOMPARE(studio.readAllStandardOutput(), QByteArray());
    QCOMPARE(ordersServed() - served, pages);
}

void TestDeepLinkProcess::freshInstance_failedRun_quitsOne()
{
    QProcess studio;
    QSignalSpy finished(&studio, &QProcess::finished);
    // Nothing listens on the discard port: the run fails.
    start(studio, m_home.filePath(u"failed"_s), {u"--run"_s, u"GetStatus"_s, u"--quit-after-run"_s},
          QUrl(u"http://127.0.0.1:9"_s));
    QVERIFY2(finished.wait(30000), "esi-studio --quit-after-run did not exit");
    const QByteArray errors = studio.readAllStandardError();
    QVERIFY2(studio.exitCode() == 1, errors.constData());
    QVERIFY2(errors.contains("GetStatus failed"), errors.constData());
    QCOMPARE(studio.readAllStandardOutput(), QByteArray());
}

void TestDeepLinkProcess::freshInstance_unknownOperation_quitsTwoSayingWhy()
{
    const int served = ordersServed();
    QProcess studio;
    QSignalSpy finished(&studio, &QProcess::finished);
    start(studio, m_home.filePath(u"unknown"_s),
          {u"--run"_s, u"GetMarketsRegionOrders"_s, u"region_id=10000002"_s, u"--quit-after-run"_s},
          m_sandbox->baseUrl());
    QVERIFY2(finished.wait(30000), "esi-studio --quit-after-run did not exit");
    const QByteArray errors = studio.readAllStandardError();
    QVERIFY2(studio.exitCode() == 2, errors.constData());
    QVERIFY2(errors.contains("no operation \xe2\x80\x9cGetMarketsRegionOrders\xe2\x80\x9d"), errors.constData());
    QCOMPARE(ordersServed(), served);
}

void TestDeepLinkProcess::runningInstance_runsWhatALaterLaunchHandsOver()
{
    const QString data = m_home.filePath(u"running"_s);
    QProcess first;
    start(first, data, {}, m_sandbox->baseUrl());
    const QString name = Ui::SingleInstance::serverNameFor(data, thisUser());
    QTRY_VERIFY_WITH_TIMEOUT(
        [&name] {
            QLocalSocket probe;
            probe.connectToServer(name);
            return probe.waitForConnected(200);
        }(),
        20000);

    const int served = ordersServed();
    QProcess second;
    QSignalSpy finished(&second, &QProcess::finished);
    start(second, data,
          {u"--run"_s, u"GetMarketsRegionIdOrders"_s, u"region_id=10000002"_s, u"order_type=sell"_s, u"--all-pages"_s},
          m_sandbox->baseUrl());
    QVERIFY2(finished.wait(20000), "the second launch did not exit");
    QVERIFY2(second.exitCode() == 0, second.readAllStandardError().constData());
    // The running window fetched every page; the second launch fetched nothing itself.
    QTRY_COMPARE_WITH_TIMEOUT(ordersServed() - served, pages, 20000);
    QCOMPARE(first.state(), QProcess::Running);
    first.kill();
    QVERIFY(first.waitForFinished());
}

QTEST_MAIN(TestDeepLinkProcess)
#include "tst_deeplinkprocess.moc"
