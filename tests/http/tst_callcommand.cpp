#include "core/clock.h"
#include "sandbox/sandboxserver.h"
#include "scriptedserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// `esi call` as users run it: a separate process against a local ESI, the cache and limit state in
// $ESI_STUDIO_CACHE_DIR.
class TestCallCommand : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QList<QByteArray> errLines;
    };

    const QString m_spec = QStringLiteral(ESI_TEST_DATA "/openapi-2026-07-21.json");
    Esi::Core::SystemClock m_clock;
    std::unique_ptr<Esi::Sandbox::SandboxServer> m_sandbox;
    QTemporaryDir m_state;
    int m_requests = 0;

    Run esi(const QStringList &arguments, const QUrl &baseUrl = QUrl())
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"ESI_STUDIO_CACHE_DIR"_s, m_state.path());
        environment.insert(u"ESI_STUDIO_DATA_DIR"_s, m_state.path()); // an empty token database, not the user's
        environment.remove(u"ESI_BASE_URL"_s);
        process.setProcessEnvironment(environment);
        QStringList all = arguments;
        all << u"--spec"_s << m_spec << u"--base-url"_s
            << (baseUrl.isEmpty() ? m_sandbox->baseUrl() : baseUrl).toString();
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(ESI_BINARY_DIR "/cli/esi"), QStringList{u"call"_s} + all);
        // The servers live in this process: keep its event loop running while esi talks to them.
        if (!finished.wait(60000)) {
            qWarning("esi did not finish");
            process.kill();
            process.waitForFinished();
        }
        Run run;
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = process.readAllStandardOutput();
        run.errLines = process.readAllStandardError().split('\n');
        run.errLines.removeAll(QByteArray());
        return run;
    }

    static QJsonObject statsLine(const Run &run)
    {
        return run.errLines.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(run.errLines.last()).object();
    }

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_state.isValid());
        const Esi::Core::SpecLoadResult loaded = Esi::Core::Spec::fromFile(m_spec);
        QVERIFY(loaded);
        Esi::Sandbox::SandboxOptions options;
        options.pages = 3;
        options.itemsPerPage = 4;
        m_sandbox = std::make_unique<Esi::Sandbox::SandboxServer>(loaded.spec, QByteArray(), options, m_clock);
        QVERIFY(m_sandbox->start());
        connect(m_sandbox.get(), &Esi::Sandbox::SandboxServer::responseWritten, this,
                [this](const QString &, const QString &, int) { ++m_requests; });
    }

    void csvOfAllPages_withStatsLine()
    {
        const Run run = esi({u"GetMarketsRegionIdOrders"_s, u"region_id=10000002"_s, u"order_type=all"_s,
                             u"--all-pages"_s, u"--format"_s, u"csv"_s, u"--stats"_s});
        QCOMPARE(run.exitCode, 0);
        const QList<QByteArray> lines = run.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 1 + 3 * 4);
        QVERIFY2(lines.first().contains("order_id") && lines.first().contains("price"), lines.first().constData());
        QCOMPARE(run.errLines.size(), 1);
        QVERIFY(run.errLines.last().startsWith("{\"requests\":"));
        const QJsonObject stats = statsLine(run);
        QCOMPARE(stats.keys(), (QStringList{u"bytes"_s, u"elapsed_ms"_s, u"error_limit_remain"_s, u"from_cache"_s,
                                            u"not_modified"_s, u"pages"_s, u"ratelimit"_s, u"requests"_s}));
        QCOMPARE(stats.value(u"requests"_s).toInt(), 3);
        QCOMPARE(stats.value(u"pages"_s).toInt(), 3);
        QCOMPARE(stats.value(u"from_cache"_s).toInt(), 0);
        QVERIFY(stats.value(u"bytes"_s).toInt() > 0);
        const QJsonObject bucket = stats.value(u"ratelimit"_s).toObject().value(u"market-order"_s).toObject();
        QCOMPARE(bucket.value(u"limit"_s).toInt(), 12000);
        QCOMPARE(bucket.value(u"remaining"_s).toInt(), 12000 - 3 * 2);
        QCOMPARE(stats.value(u"error_limit_remain"_s).toInt(), 100);
    }

    void secondRun_isAnsweredFromTheSharedCache()
    {
        const QStringList arguments{u"GetMarketsRegionIdOrders"_s, u"region_id=10000003"_s, u"order_type=sell"_s,
                                    u"--all-pages"_s, u"--stats"_s};
        const Run first = esi(arguments);
        QCOMPARE(first.exitCode, 0);
        const int requestsBefore = m_requests;
        const Run second = esi(arguments);
        QCOMPARE(second.exitCode, 0);
        QCOMPARE(m_requests, requestsBefore);
        QCOMPARE(statsLine(second).value(u"from_cache"_s).toInt(), 3);
        QCOMPARE(statsLine(second).value(u"requests"_s).toInt(), 0);
        QCOMPARE(second.out, first.out);
        QCOMPARE(QJsonDocument::fromJson(first.out).array().size(), 12);
    }

    void twoProcessesAtOnce_shareTheCache_andARepeatSendsNothing()
    {
        const QStringList arguments{u"GetMarketsRegionIdOrders"_s,
                                    u"region_id=10000005"_s,
                                    u"order_type=all"_s,
                                    u"--all-pages"_s,
                                    u"--format"_s,
                                    u"ndjson"_s};
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"ESI_STUDIO_CACHE_DIR"_s, m_state.path());
        environment.insert(u"ESI_STUDIO_DATA_DIR"_s, m_state.path());
        environment.remove(u"ESI_BASE_URL"_s);
        QProcess first;
        QProcess second;
        QSignalSpy firstDone(&first, &QProcess::finished);
        QSignalSpy secondDone(&second, &QProcess::finished);
        for (QProcess *process : {&first, &second}) {
            process->setProcessEnvironment(environment);
            process->start(QStringLiteral(ESI_BINARY_DIR "/cli/esi"),
                           QStringList{u"call"_s} + arguments +
                               QStringList{u"--spec"_s, m_spec, u"--base-url"_s, m_sandbox->baseUrl().toString()});
        }
        QVERIFY(firstDone.wait(60000) || firstDone.size() == 1);
        QTRY_COMPARE_WITH_TIMEOUT(secondDone.size(), 1, 60000);
        QCOMPARE(first.exitCode(), 0);
        QCOMPARE(second.exitCode(), 0);
        const QByteArray rows = first.readAllStandardOutput();
        QCOMPARE(rows.count('\n'), 3 * 4);
        QCOMPARE(second.readAllStandardOutput(), rows);

        // Both wrote their pages on exit; a third run within Expires sends nothing at all.
        const int requestsBefore = m_requests;
        const Run third = esi(arguments + QStringList{u"--stats"_s});
        QCOMPARE(third.exitCode, 0);
        QCOMPARE(m_requests, requestsBefore);
        QCOMPARE(statsLine(third).value(u"requests"_s).toInt(), 0);
        QCOMPARE(statsLine(third).value(u"from_cache"_s).toInt(), 3);
        QCOMPARE(third.out, rows);
    }

    void firstPageOnly_byDefault_withNote()
    {
        const Run run = esi(
            {u"GetMarketsRegionIdOrders"_s, u"region_id=10000004"_s, u"order_type=all"_s, u"--format"_s, u"ndjson"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed().split('\n').size(), 4);
        QCOMPARE(run.errLines, QList<QByteArray>{"esi: note: this is page 1 of 3; add --all-pages for every page"});
    }

    void badValues_exitWith2BeforeAnyRequest()
    {
        const int requestsBefore = m_requests;
        const Run run = esi({u"GetMarketsRegionIdOrders"_s, u"region_id=abc"_s, u"order_type=bye"_s});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.errLines, (QList<QByteArray>{"esi: order_type: 'bye' is not one of buy, sell, all",
                                                  "esi: region_id: 'abc' is not an integer"}));
        QVERIFY(run.out.isEmpty());
        QCOMPARE(m_requests, requestsBefore);
    }

    void unknownOperation_exitsWith2()
    {
        const Run run = esi({u"GetNothingAtAll"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.errLines.first().startsWith("esi: unknown operation 'GetNothingAtAll'"));
    }

    void authedWithNoSignedInCharacter_exitsWith2SayingHowToSignIn()
    {
        const int before = m_requests;
        const Run run = esi({u"GetCharactersCharacterIdAssets"_s, u"character_id=1"_s});
        QCOMPARE(run.exitCode, 2); // the path's character is not signed in: refused before sending
        QCOMPARE(run.errLines.size(), 1);
        QCOMPARE(run.errLines.at(0), "esi: character 1 of the path is not signed in; GetCharactersCharacterIdAssets "
                                     "needs its token with scope esi-assets.read_assets.v1, so nothing was sent. Sign "
                                     "it in with: esi login --character 1 --scopes esi-assets.read_assets.v1");
        QCOMPARE(m_requests, before); // nothing was sent
    }

    void esiError_exitsWith1WithItsMessage()
    {
        ScriptedServer server([](const ScriptedServer::Request &) {
            return ScriptedServer::Reply{404, {}, R"({"error": "Alliance not found"})", 0};
        });
        QVERIFY(server.start());
        const Run run = esi({u"GetAlliancesAllianceId"_s, u"alliance_id=99"_s, u"--stats"_s}, server.baseUrl());
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.errLines.first(), "esi: GetAlliancesAllianceId answered HTTP 404: Alliance not found");
        QCOMPARE(statsLine(run).value(u"requests"_s).toInt(), 1);
        QCOMPARE(server.requests.size(), 1);
    }

    void allLanguages_toFile_tagsRowsWithLanguage()
    {
        const QString file = m_state.filePath(u"types.ndjson"_s);
        const Run run = esi({u"GetUniverseTypesTypeId"_s, u"type_id=587"_s, u"--all-languages"_s, u"--format"_s,
                             u"ndjson"_s, u"--out"_s, file});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.isEmpty());
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = written.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 8);
        QStringList languages;
        for (const QByteArray &line : lines) {
            languages.append(QJsonDocument::fromJson(line).object().value(u"language"_s).toString());
        }
        QCOMPARE(languages, (QStringList{u"en"_s, u"de"_s, u"fr"_s, u"ja"_s, u"ru"_s, u"zh"_s, u"ko"_s, u"es"_s}));
    }

    void conflictingOptions_exitWith2()
    {
        QCOMPARE(esi({u"GetAlliances"_s, u"--page"_s, u"2"_s, u"--all-pages"_s}).exitCode, 2);
        QCOMPARE(esi({u"GetAlliances"_s, u"--lang"_s, u"xx"_s}).exitCode, 2);
        QCOMPARE(esi({u"GetAlliances"_s, u"--format"_s, u"xml"_s}).exitCode, 2);
        const Run paged = esi({u"GetAlliances"_s, u"--page"_s, u"2"_s});
        QCOMPARE(paged.exitCode, 2);
        QVERIFY(paged.errLines.first().contains("GetAlliances is not paged by page number"));
    }
};

QTEST_GUILESS_MAIN(TestCallCommand)
#include "tst_callcommand.moc"
