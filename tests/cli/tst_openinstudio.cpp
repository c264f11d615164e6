#include "ui/desktop/singleinstance.h"

#include <QDir>
#include <QFile>
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

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

// `esi call ... --open-in-studio`: the call is checked in esi (a bad value never reaches the GUI), then handed
// to esi-studio as --run words; with ESI Studio running, the real esi-studio passes it on to that window.
class TestOpenInStudio : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void badValue_failsInEsiWithAClearMessageAndStartsNothing();
    void optionWithoutACounterpart_isRefused();
    void checkedCall_startsEsiStudioWithTheRunWords();
    void noEsiStudio_saysWhereItLooked();
    void runningStudio_receivesTheCallThroughEsiStudio();

private:
    Run esi(const QStringList &arguments, const QString &path, const QString &dataDirectory = {});
    QStringList recordedArguments() const;

    QTemporaryDir m_home;
    QString m_fakeBin;  // a stand-in esi-studio that records its arguments
    QString m_realBin;  // a link to the built esi-studio
    QString m_emptyBin; // no esi-studio at all
};

void TestOpenInStudio::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_home.isValid());
    m_fakeBin = m_home.filePath(u"fake-bin"_s);
    m_realBin = m_home.filePath(u"real-bin"_s);
    m_emptyBin = m_home.filePath(u"empty-bin"_s);
    for (const QString &folder : {m_fakeBin, m_realBin, m_emptyBin}) {
        QVERIFY(QDir().mkpath(folder));
    }
    QFile fake(m_fakeBin + u"/esi-studio"_s);
    QVERIFY(fake.open(QIODevice::WriteOnly));
    fake.write("#!/bin/sh\nprintf '%s\\n' \"$@\" > \"$0.args\"\n"); // builtins only: PATH holds nothing else
    fake.close();
    QVERIFY(fake.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    QVERIFY(QFile::link(QStringLiteral(ESI_BINARY_DIR "/app/esi-studio"), m_realBin + u"/esi-studio"_s));
}

void TestOpenInStudio::init()
{
    QFile::remove(m_fakeBin + u"/esi-studio.args"_s);
}

Run TestOpenInStudio::esi(const QStringList &arguments, const QString &path, const QString &dataDirectory)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"PATH"_s, path);
    environment.insert(u"XDG_CACHE_HOME"_s, m_home.filePath(u"cache"_s));
    environment.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
    environment.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
    environment.insert(u"ESI_STUDIO_DATA_DIR"_s, dataDirectory.isEmpty() ? m_home.filePath(u"data"_s) : dataDirectory);
    environment.insert(u"ESI_BASE_URL"_s, u"http://127.0.0.1:9"_s); // nothing may leave the machine
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(ESI_BINARY_DIR "/cli/esi"), QStringList{u"call"_s} + arguments);
    if (!finished.wait(30000)) {
        process.kill();
        process.waitForFinished();
    }
    Run run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QStringList TestOpenInStudio::recordedArguments() const
{
    QFile file(m_fakeBin + u"/esi-studio.args"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    lines.removeAll(QString());
    return lines;
}

void TestOpenInStudio::badValue_failsInEsiWithAClearMessageAndStartsNothing()
{
    const Run run = esi(
        {u"GetMarketsRegionIdOrders"_s, u"region_id=Jita"_s, u"order_type=sell"_s, u"--open-in-studio"_s}, m_fakeBin);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("esi: region_id: 'Jita' is not an integer"), run.err.constData());
    QTest::qWait(200); // a started stand-in would have written its arguments by now
    QVERIFY(!QFile::exists(m_fakeBin + u"/esi-studio.args"_s));
}

void TestOpenInStudio::optionWithoutACounterpart_isRefused()
{
    const Run run = esi({u"GetMarketsRegionIdOrders"_s, u"region_id=10000002"_s, u"order_type=sell"_s, u"--format"_s,
                         u"csv"_s, u"--open-in-studio"_s},
                        m_fakeBin);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("drop --format"), run.err.constData());
}

void TestOpenInStudio::checkedCall_startsEsiStudioWithTheRunWords()
{
    const Run run = esi({u"GetMarketsRegionIdOrders"_s, u"region_id=10000002"_s, u"order_type=sell"_s, u"--all-pages"_s,
                         u"--open-in-studio"_s},
                        m_fakeBin);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out, QByteArray());
    QTRY_COMPARE(recordedArguments(), QStringList({u"--run"_s, u"GetMarketsRegionIdOrders"_s, u"region_id=10000002"_s,
                                                   u"order_type=sell"_s, u"--all-pages"_s}));
}

void TestOpenInStudio::noEsiStudio_saysWhereItLooked()
{
    const Run run = esi({u"GetStatus"_s, u"--open-in-studio"_s}, m_emptyBin);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("esi-studio is neither next to esi"), run.err.constData());
}

void TestOpenInStudio::runningStudio_receivesTheCallThroughEsiStudio()
{
    // This test plays the running ESI Studio; the real esi-studio that esi starts hands the run over to it.
    const QString data = m_home.filePath(u"running"_s);
    SingleInstance running(SingleInstance::serverNameFor(data, thisUser()));
    QCOMPARE(running.claim(), SingleInstance::Role::Primary);
    running.setReady();
    QSignalSpy runs(&running, &SingleInstance::runRequested);

    const Run run = esi({u"GetMarketsRegionIdOrders"_s, u"region_id=10000002"_s, u"order_type=all"_s, u"page=2"_s,
                         u"--open-in-studio"_s},
                        m_realBin, data);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QTRY_COMPARE_WITH_TIMEOUT(runs.size(), 1, 20000);
    QCOMPARE(runs.constFirst().constFirst().toStringList(),
             QStringList({u"GetMarketsRegionIdOrders"_s, u"region_id=10000002"_s, u"order_type=all"_s, u"page=2"_s}));
}

QTEST_MAIN(TestOpenInStudio)
#include "tst_openinstudio.moc"
