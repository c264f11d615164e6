#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    QString standardError;
    bool finished = false;
};

} // namespace

// Runs the built esi-studio as a user would, on the display the test runs on.
class TestAppSmoke : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void quitAfterReady_exitsZero_data();
    void quitAfterReady_exitsZero();
    void malformedSpec_exitsNonZeroNamingTheFile();
    void missingSpec_exitsNonZeroNamingTheFile();
    void badServerUrl_isRejected_data();
    void badServerUrl_isRejected();

private:
    Run run(const QStringList &arguments, const QProcessEnvironment &extra = {});

    QTemporaryDir m_home;
};

void TestAppSmoke::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_home.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(ESI_BINARY_DIR "/app/esi-studio")), "build the esi-studio target first");
}

Run TestAppSmoke::run(const QStringList &arguments, const QProcessEnvironment &extra)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // The app must not touch the real profile of whoever runs the tests.
    environment.insert(u"XDG_CACHE_HOME"_s, m_home.filePath(u"cache"_s));
    environment.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
    environment.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
    environment.remove(u"ESI_BASE_URL"_s);
    environment.remove(u"ESI_SSO_URL"_s);
    const QStringList keys = extra.keys();
    for (const QString &key : keys) {
        environment.insert(key, extra.value(key));
    }
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(ESI_BINARY_DIR "/app/esi-studio"), arguments);
    Run result;
    result.finished = process.waitForFinished(20000);
    if (!result.finished) {
        process.kill();
        process.waitForFinished();
    }
    result.exitCode = process.exitCode();
    result.exitStatus = process.exitStatus();
    result.standardError = QString::fromLocal8Bit(process.readAllStandardError());
    return result;
}

void TestAppSmoke::quitAfterReady_exitsZero_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("bundled spec") << QStringList{u"--quit-after-ready"_s};
    QTest::newRow("local spec") << QStringList{u"--spec"_s, QStringLiteral(ESI_TEST_DATA "/openapi-2025-08-26.json"),
                                               u"--quit-after-ready"_s};
    QTest::newRow("swagger spec and servers") << QStringList{u"--spec"_s,
                                                             QStringLiteral(ESI_TEST_DATA "/swagger-latest-1.36.json"),
                                                             u"--base-url"_s,
                                                             u"http://127.0.0.1:8097"_s,
                                                             u"--sso-url"_s,
                                                             u"http://127.0.0.1:8098"_s,
                                                             u"--quit-after-ready"_s};
}

void TestAppSmoke::quitAfterReady_exitsZero()
{
    QFETCH(QStringList, arguments);
    const Run result = run(arguments);
    QVERIFY2(result.finished, "esi-studio did not quit within 20 s");
    QCOMPARE(result.exitStatus, QProcess::NormalExit);
    QVERIFY2(result.exitCode == 0, qPrintable(result.standardError));
}

void TestAppSmoke::malformedSpec_exitsNonZeroNamingTheFile()
{
    const QString fileName = m_home.filePath(u"malformed-spec.json"_s);
    QFile file(fileName);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"openapi\": \"3.1.0\", \"paths\": [}");
    file.close();

    const Run result = run({u"--spec"_s, fileName, u"--quit-after-ready"_s});
    QVERIFY(result.finished);
    QCOMPARE(result.exitStatus, QProcess::NormalExit);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.standardError.contains(fileName), qPrintable(result.standardError));
    QVERIFY2(result.standardError.contains(u"malformed JSON"_s), qPrintable(result.standardError));
}

void TestAppSmoke::missingSpec_exitsNonZeroNamingTheFile()
{
    const QString fileName = m_home.filePath(u"no-such-spec.json"_s);
    const Run result = run({u"--spec"_s, fileName, u"--quit-after-ready"_s});
    QVERIFY(result.finished);
    QCOMPARE(result.exitStatus, QProcess::NormalExit);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.standardError.contains(fileName), qPrintable(result.standardError));
}

void TestAppSmoke::badServerUrl_isRejected_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("environmentVariable");
    QTest::addColumn<QString>("environmentValue");
    QTest::addColumn<QString>("named");

    QTest::newRow("option scheme") << QStringList{u"--base-url"_s, u"ftp://esi.example"_s} << QString() << QString()
                                   << u"--base-url"_s;
    QTest::newRow("option no host") << QStringList{u"--sso-url"_s, u"https://"_s} << QString() << QString()
                                    << u"--sso-url"_s;
    QTest::newRow("environment") << QStringList() << u"ESI_BASE_URL"_s << u"esi.evetech.net"_s << u"ESI_BASE_URL"_s;
}

void TestAppSmoke::badServerUrl_isRejected()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, environmentVariable);
    QFETCH(QString, environmentValue);
    QFETCH(QString, named);

    QProcessEnvironment extra;
    if (!environmentVariable.isEmpty()) {
        extra.insert(environmentVariable, environmentValue);
    }
    const Run result = run(arguments + QStringList{u"--quit-after-ready"_s}, extra);
    QVERIFY(result.finished);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.standardError.contains(named), qPrintable(result.standardError));
}

QTEST_GUILESS_MAIN(TestAppSmoke)
#include "tst_appsmoke.moc"
