#include "hostilespec.h"
#include "scriptedserver.h"
#include "streamingserver.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 mib = 1024 * 1024;

ScriptedServer::Reply xPagesReply(const QByteArray &xPages)
{
    ScriptedServer::Reply reply;
    reply.headers = {{"X-Pages", xPages}};
    reply.body = "[{\"order_id\": 1}]";
    return reply;
}

} // namespace

// `esi call` as a separate process against servers on 127.0.0.1 that misbehave: every hostile case ends
// with a non-zero exit and a message that says what came and what to do.
class TestCallCommandHostile : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    const QString m_esiSpec = QStringLiteral(ESI_TEST_DATA "/openapi-2026-07-21.json");
    QString m_hostileSpec;
    QTemporaryDir m_state;

    Run esi(const QStringList &arguments, const QUrl &baseUrl, const QString &spec = QString())
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"ESI_STUDIO_CACHE_DIR"_s, m_state.path());
        environment.insert(u"ESI_STUDIO_DATA_DIR"_s, m_state.path());
        environment.remove(u"ESI_BASE_URL"_s);
        process.setProcessEnvironment(environment);
        QStringList all = arguments;
        all << u"--spec"_s << (spec.isEmpty() ? m_esiSpec : spec) << u"--base-url"_s << baseUrl.toString()
            << u"--no-cache"_s;
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
        run.err = process.readAllStandardError();
        return run;
    }

    Run orders(const QStringList &extra, const QUrl &baseUrl)
    {
        return esi(QStringList{u"GetMarketsRegionIdOrders"_s, u"region_id=10000002"_s, u"order_type=all"_s} + extra,
                   baseUrl);
    }

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_state.isValid());
        m_hostileSpec = m_state.filePath(u"hostile.json"_s);
        QFile file(m_hostileSpec);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(hostileSpec);
    }

    void xPagesOfABillion_exits1NamingTheCap()
    {
        ScriptedServer server([](const ScriptedServer::Request &) { return xPagesReply("1000000000"); });
        QVERIFY(server.start());
        const Run run = orders({u"--all-pages"_s}, server.baseUrl());
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(server.requests.size(), 1);
        QVERIFY2(run.err.contains("X-Pages: 1000000000") && run.err.contains("10,000 pages") &&
                     run.err.contains("--max-pages"),
                 run.err.constData());
        QVERIFY(run.out.isEmpty());
    }

    void brokenXPages_exits1QuotingTheHeader_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::newRow("negative") << QByteArray("-5");
        QTest::newRow("exponent") << QByteArray("1e9");
        QTest::newRow("above INT_MAX") << QByteArray("99999999999");
    }

    void brokenXPages_exits1QuotingTheHeader()
    {
        QFETCH(QByteArray, header);
        ScriptedServer server([header](const ScriptedServer::Request &) { return xPagesReply(header); });
        QVERIFY(server.start());
        const Run run = orders({u"--all-pages"_s}, server.baseUrl());
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(server.requests.size(), 1);
        QVERIFY2(run.err.contains(QByteArray(QByteArray("X-Pages: ") + header)) && run.err.contains("not a page count"),
                 run.err.constData());
    }

    void raisedMaxPages_fetchesThemAll()
    {
        ScriptedServer server([](const ScriptedServer::Request &) { return xPagesReply("3"); });
        QVERIFY(server.start());
        const Run capped = orders({u"--all-pages"_s, u"--max-pages"_s, u"2"_s}, server.baseUrl());
        QCOMPARE(capped.exitCode, 1);
        QVERIFY2(capped.err.contains("--max-pages"), capped.err.constData());
        const Run raised = orders({u"--all-pages"_s, u"--max-pages"_s, u"3"_s}, server.baseUrl());
        QCOMPARE(raised.exitCode, 0);
        QCOMPARE(server.requests.size(), 1 + 3);
    }

    void hugeAnnouncedBody_exits1WithoutDownloadingIt()
    {
        StreamingServer server;
        server.bodyBytes = 100 * mib;
        QVERIFY(server.start());
        const Run run = orders({}, server.baseUrl());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("64 MiB") && run.err.contains("--max-response-size"), run.err.constData());
        QVERIFY2(server.bytesSent < 32 * mib, QByteArray::number(server.bytesSent).constData());
    }

    void endlessBody_isAbortedEarly()
    {
        StreamingServer server;
        server.bodyBytes = 100 * mib;
        server.announceLength = false;
        QVERIFY(server.start());
        const Run run = orders({u"--max-response-size"_s, u"2M"_s}, server.baseUrl());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("grew past the response size cap of 2 MiB"), run.err.constData());
        QVERIFY2(server.bytesSent < 80 * mib, QByteArray::number(server.bytesSent).constData());
    }

    void badLimitOptions_exit2()
    {
        const QUrl nowhere(u"http://127.0.0.1:9"_s);
        for (const QStringList &options : {QStringList{u"--max-pages"_s, u"0"_s},
                                           {u"--max-pages"_s, u"1e9"_s},
                                           {u"--max-response-size"_s, u"lots"_s},
                                           {u"--max-response-size"_s, u"-1M"_s}}) {
            const Run run = orders(options, nowhere);
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains(options.constFirst().toUtf8()), run.err.constData());
        }
    }

    void htmlWithStatus200_exits1ShowingThePage()
    {
        ScriptedServer server([](const ScriptedServer::Request &) {
            ScriptedServer::Reply reply;
            reply.headers = {{"Content-Type", "text/html"}};
            reply.body = "<!DOCTYPE html><html><body>Down for maintenance</body></html>";
            return reply;
        });
        QVERIFY(server.start());
        const Run run = orders({}, server.baseUrl());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("HTTP 200") && run.err.contains("text/html") && run.err.contains("<!DOCTYPE html>"),
                 run.err.constData());
        QVERIFY(run.out.isEmpty());
    }

    void notModifiedWithNoCache_exits1()
    {
        ScriptedServer server([](const ScriptedServer::Request &) {
            ScriptedServer::Reply reply;
            reply.status = 304;
            return reply;
        });
        QVERIFY(server.start());
        const Run run = orders({}, server.baseUrl());
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(server.requests.size(), 1);
        QVERIFY2(run.err.contains("304") && run.err.contains("nothing is cached"), run.err.constData());
    }

    void headerValueWithCrLf_exits2BeforeSending()
    {
        ScriptedServer server;
        QVERIFY(server.start());
        const Run run = esi({u"GetThingsThingName"_s, u"thing_name=widget"_s, u"X-Note=a\r\nX-Injected: 1"_s},
                            server.baseUrl(), m_hostileSpec);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(server.requests.size(), 0);
        QVERIFY2(run.err.contains("X-Note") && run.err.contains("line break"), run.err.constData());
    }

    void pathValueDotDot_exits2BeforeSending()
    {
        ScriptedServer server;
        QVERIFY(server.start());
        for (const QString &value : {u".."_s, u"%2e%2e"_s}) {
            const Run run = esi({u"GetThingsThingName"_s, u"thing_name="_s + value}, server.baseUrl(), m_hostileSpec);
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains("thing_name") && run.err.contains("another path"), run.err.constData());
        }
        QCOMPARE(server.requests.size(), 0);
    }

    void csvCellsThatLookLikeFormulas_areDefused_unlessRaw()
    {
        ScriptedServer server([](const ScriptedServer::Request &) {
            ScriptedServer::Reply reply;
            reply.body = "{\"a_formula\": \"=HYPERLINK(\\\"http://x\\\")\", \"b_minus\": \"-5\", \"c_number\": -5, "
                         "\"d_at\": \"@SUM(1)\", \"e_plain\": \"Jita\"}";
            return reply;
        });
        QVERIFY(server.start());
        const QStringList call{u"GetThingsThingName"_s, u"thing_name=widget"_s, u"--format"_s, u"csv"_s};
        const Run safe = esi(call, server.baseUrl(), m_hostileSpec);
        QCOMPARE(safe.exitCode, 0);
        QCOMPARE(safe.out, QByteArray("a_formula,b_minus,c_number,d_at,e_plain\r\n"
                                      "\"'=HYPERLINK(\"\"http://x\"\")\",'-5,-5,'@SUM(1),Jita\r\n"));
        const Run raw = esi(call + QStringList{u"--csv-raw"_s}, server.baseUrl(), m_hostileSpec);
        QCOMPARE(raw.exitCode, 0);
        QCOMPARE(raw.out, QByteArray("a_formula,b_minus,c_number,d_at,e_plain\r\n"
                                     "\"=HYPERLINK(\"\"http://x\"\")\",-5,-5,@SUM(1),Jita\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestCallCommandHostile)
#include "tst_callcommandhostile.moc"
