// `esi call` says what it waits for: a separate esi process against an in-process sandbox whose buckets and
// error limit are tiny. The line comes at once (the test reads it while esi is still waiting, then stops it);
// --no-wait fails at once with exit 1 and the same facts.
#include "core/clock.h"
#include "sandbox/sandboxserver.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestCallWaits : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QString err;
    };

    const QString m_spec = QStringLiteral(ESI_TEST_DATA "/openapi-2026-07-21.json");
    Esi::Core::SystemClock m_clock;
    std::unique_ptr<Esi::Sandbox::SandboxServer> m_sandbox;
    QTemporaryDir m_state;

    QStringList arguments(const QStringList &words) const
    {
        return QStringList{u"call"_s} + words +
               QStringList{u"--spec"_s, m_spec, u"--base-url"_s, m_sandbox->baseUrl().toString()};
    }

    void prepare(QProcess &process) const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"ESI_STUDIO_CACHE_DIR"_s, m_state.path());
        environment.insert(u"ESI_STUDIO_DATA_DIR"_s, m_state.path());
        environment.remove(u"ESI_BASE_URL"_s);
        process.setProcessEnvironment(environment);
    }

    Run esi(const QStringList &words)
    {
        QProcess process;
        prepare(process);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(ESI_BINARY_DIR "/cli/esi"), arguments(words));
        // The sandbox lives in this process: keep its event loop running while esi talks to it.
        if (!finished.wait(60000)) {
            process.kill();
            process.waitForFinished();
        }
        Run run;
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = process.readAllStandardOutput();
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    // Starts esi, returns its stderr once it holds `needle` (esi still running), then stops it.
    QString stderrWhileRunning(const QStringList &words, const QString &needle, bool *stillRunning)
    {
        QProcess process;
        prepare(process);
        process.start(QStringLiteral(ESI_BINARY_DIR "/cli/esi"), arguments(words));
        QString err;
        const bool seen = QTest::qWaitFor(
            [&] {
                err += QString::fromUtf8(process.readAllStandardError());
                return err.contains(needle) || process.state() == QProcess::NotRunning;
            },
            30000);
        *stillRunning = seen && process.state() == QProcess::Running;
        process.kill(); // the Ctrl+C of this test
        process.waitForFinished();
        return err + QString::fromUtf8(process.readAllStandardError());
    }

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_state.isValid());
        const Esi::Core::SpecLoadResult loaded = Esi::Core::Spec::fromFile(m_spec);
        QVERIFY(loaded);
        Esi::Sandbox::SandboxOptions options;
        options.bucketTokens = 2; // one 2xx empties every bucket for 15 minutes
        options.windowSeconds = 900;
        options.errorLimit = 12; // two errors leave 10: the client's safety margin
        options.errorWindowSeconds = 600;
        m_sandbox = std::make_unique<Esi::Sandbox::SandboxServer>(loaded.spec, QByteArray(), options, m_clock);
        QVERIFY(m_sandbox->start());
    }

    void emptyBucket_isAnnouncedAtOnceWhileWaiting()
    {
        const QStringList portrait{u"GetCharactersCharacterIdPortrait"_s, u"character_id=2112000001"_s,
                                   u"--no-cache"_s};
        const Run first = esi(portrait);
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        bool stillRunning = false;
        const QString err = stderrWhileRunning(portrait, u"Ctrl+C stops"_s, &stillRunning);
        QVERIFY2(stillRunning, qPrintable(err));
        static const QRegularExpression line(
            u"^esi: waiting 1[45]:\\d\\d for bucket char-detail: 0 of 2 tokens; Ctrl\\+C stops$"_s,
            QRegularExpression::MultilineOption);
        QVERIFY2(line.match(err).hasMatch(), qPrintable(err));
        QCOMPARE(err.count(u"waiting"_s), 1); // one line at once; the next only after 30 s
    }

    void noWait_failsAtOnceWithTheSameFacts()
    {
        const Run run =
            esi({u"GetCharactersCharacterIdPortrait"_s, u"character_id=2112000001"_s, u"--no-cache"_s, u"--no-wait"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        static const QRegularExpression line(
            u"^esi: --no-wait: not waiting 1[45]:\\d\\d for bucket char-detail: 0 of 2 tokens; nothing more was sent$"_s,
            QRegularExpression::MultilineOption);
        QVERIFY2(line.match(run.err).hasMatch(), qPrintable(run.err));
    }

    void errorLimit_isAnnouncedWithTheErrorsLeft()
    {
        // Two 404s (a page beyond X-Pages) bring the sandbox's 12 errors down to the client's margin of 10.
        for (int i = 0; i < 2; ++i) {
            const Run missing = esi({u"GetUniverseGroups"_s, u"--page"_s, u"9"_s, u"--no-cache"_s});
            QVERIFY2(missing.exitCode == 1 && missing.err.contains(u"404"_s), qPrintable(missing.err));
        }
        const Run refused = esi({u"GetUniverseGroups"_s, u"--no-cache"_s, u"--no-wait"_s});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(u"for the ESI error limit: 10 errors left in the window, sending stops at 10"_s),
                 qPrintable(refused.err));
        bool stillRunning = false;
        const QString err =
            stderrWhileRunning({u"GetUniverseGroups"_s, u"--no-cache"_s}, u"Ctrl+C stops"_s, &stillRunning);
        QVERIFY2(stillRunning, qPrintable(err));
        QVERIFY2(err.contains(u"esi: waiting "_s) && err.contains(u"for the ESI error limit"_s), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestCallWaits)
#include "tst_callwaits.moc"
