// `esi` and `esi-sandbox` as processes on a small hostile spec whose schemas fan out (FanSpec: 9 KB, each
// level twenty $refs to the next, ten levels). Each run must end with a correct result or a clear error
// naming the schema; before expansion was bounded, `esi call` grew past 4 GB and never finished.
#include "tests/spec/fanspec.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

} // namespace

class TestCliHostileSpec : public QObject
{
    Q_OBJECT

private:
    Run esi(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"ESI_BASE_URL"_s);
        environment.insert(u"ESI_STUDIO_CACHE_DIR"_s, m_scratch.path() + u"/cache"_s);
        environment.insert(u"ESI_STUDIO_DATA_DIR"_s, m_scratch.path() + u"/data"_s);
        process.setProcessEnvironment(environment);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(ESI_BINARY_DIR "/cli/esi"), arguments);
        Run run;
        // A generous bound, not a timing assertion: without the fix the process never ends.
        if (!finished.wait(60000)) {
            process.kill();
            process.waitForFinished();
            run.err = u"esi did not finish"_s;
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = process.readAllStandardOutput();
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    QTemporaryDir m_scratch;
    QString m_fanSpec;
    QString m_requiredFanSpec;
    QProcess m_sandbox;
    QString m_sandboxUrl;

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_scratch.isValid());
        m_fanSpec = m_scratch.filePath(u"fan.json"_s);
        m_requiredFanSpec = m_scratch.filePath(u"fan-required.json"_s);
        for (const auto &[path, json] :
             {std::pair{m_fanSpec, FanSpec::build()}, std::pair{m_requiredFanSpec, FanSpec::build(10, 20, true)}}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(json);
        }
        QVERIFY(QFile(m_fanSpec).size() < 10 * 1024);

        m_sandbox.start(QStringLiteral(ESI_BINARY_DIR "/sandbox/esi-sandbox"),
                        {u"--port"_s, u"0"_s, u"--spec"_s, m_fanSpec, u"--no-auth-check"_s});
        QVERIFY(m_sandbox.waitForStarted(10000));
        while (!m_sandbox.canReadLine() && m_sandbox.waitForReadyRead(10000)) {
        }
        const QString line = QString::fromUtf8(m_sandbox.readLine()).trimmed();
        QVERIFY2(line.startsWith(u"listening on http://127.0.0.1:"_s), qPrintable(line));
        m_sandboxUrl = line.mid(u"listening on "_s.size());
    }

    void cleanupTestCase()
    {
        m_sandbox.terminate();
        m_sandbox.waitForFinished(10000);
    }

    void call_getsABoundedValidBodyFromTheSandbox()
    {
        const Run run = esi({u"call"_s, u"--spec"_s, m_fanSpec, u"--base-url"_s, m_sandboxUrl, u"GetFan"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.size() < 32 * 1024 * 1024);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QVERIFY(!document.isNull());
    }

    void call_checksADeepBodyBeforeSending()
    {
        const Run run = esi({u"call"_s, u"--spec"_s, m_fanSpec, u"--base-url"_s, m_sandboxUrl, u"PostFan"_s,
                             u"body={\"p0\":{\"p1\":{\"p2\":\"text\"}}}"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"body.p0.p1.p2"_s) && run.err.contains(u"expected an object"_s),
                 qPrintable(run.err));
    }

    void specShow_describesTheOperation()
    {
        const Run run = esi({u"spec"_s, u"show"_s, u"--spec"_s, m_fanSpec, u"GetFan"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains("object (L0)"), run.out.constData());
    }

    void specDiff_saysWhichSchemasItCouldNotCompare()
    {
        const Run run = esi({u"spec"_s, u"diff"_s, u"--from"_s, m_fanSpec, u"--to"_s, m_requiredFanSpec});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString out = QString::fromUtf8(run.out);
        QVERIFY2(out.contains(u"response schema not compared: the schema #/components/schemas/L0 expands to more "
                              "than 50000 nodes"_s),
                 qPrintable(out.left(2000)));
    }

    void sandbox_answersARequiredFanWithAnErrorNamingTheSchema()
    {
        QProcess sandbox;
        sandbox.start(QStringLiteral(ESI_BINARY_DIR "/sandbox/esi-sandbox"),
                      {u"--port"_s, u"0"_s, u"--spec"_s, m_requiredFanSpec, u"--no-auth-check"_s});
        QVERIFY(sandbox.waitForStarted(10000));
        while (!sandbox.canReadLine() && sandbox.waitForReadyRead(10000)) {
        }
        const QString url = QString::fromUtf8(sandbox.readLine()).trimmed().mid(u"listening on "_s.size());
        const Run run = esi({u"call"_s, u"--spec"_s, m_requiredFanSpec, u"--base-url"_s, url, u"GetFan"_s});
        sandbox.terminate();
        QVERIFY(sandbox.waitForFinished(10000));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"500"_s) && run.err.contains(u"#/components/schemas/L0"_s), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCliHostileSpec)
#include "tst_clihostilespec.moc"
