#include "../http/scriptedserver.h"
#include "filemodes.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace Qt::Literals::StringLiterals;

// `esi call --out F` as a process: rows are written as pages arrive, in page order, into a temporary file
// beside F that replaces F only on success. Failures and Ctrl+C leave F as it was and no temporary file.
class TestCallOutFile : public QObject
{
    Q_OBJECT

private:
    static constexpr int pages = 5;
    static constexpr int rowsPerPage = 3;

    QTemporaryDir m_state;
    std::unique_ptr<QTemporaryDir> m_out;
    std::unique_ptr<ScriptedServer> m_server;

    static QByteArray pageBody(int page, int rows = rowsPerPage)
    {
        QByteArray body = "[";
        for (int i = 0; i < rows; ++i) {
            body += (i ? ",{\"order_id\":" : "{\"order_id\":") + QByteArray::number(page * 100 + i) + '}';
        }
        return body + ']';
    }

    static QByteArray expectedNdjson(int lastPage = pages)
    {
        QByteArray text;
        for (int page = 1; page <= lastPage; ++page) {
            for (int i = 0; i < rowsPerPage; ++i) {
                text += "{\"order_id\":" + QByteArray::number(page * 100 + i) + "}\n";
            }
        }
        return text;
    }

    // Pages as ESI sends them; `delayOf` and `statusOf` script the exceptions.
    void serve(
        std::function<int(int)> delayOf, std::function<int(int)> statusOf = [](int) { return 200; })
    {
        m_server->setHandler([delayOf, statusOf](const ScriptedServer::Request &request) {
            const int page =
                request.query.hasQueryItem(u"page"_s) ? request.query.queryItemValue(u"page"_s).toInt() : 1;
            ScriptedServer::Reply reply;
            reply.status = statusOf(page);
            reply.delayMs = delayOf(page);
            reply.headers = {{"X-Pages"_ba, QByteArray::number(pages)}};
            reply.body = reply.status == 200 ? pageBody(page) : QByteArray("{\"error\":\"scripted failure\"}");
            return reply;
        });
    }

    QString outFile() const { return m_out->filePath(u"orders.ndjson"_s); }

    QStringList outFolderEntries() const
    {
        return QDir(m_out->path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    }

    void startEsi(QProcess &process, const QStringList &extra = {}, const QString &region = u"10000002"_s)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"ESI_STUDIO_CACHE_DIR"_s, m_state.path());
        environment.insert(u"ESI_STUDIO_DATA_DIR"_s, m_state.path());
        environment.remove(u"ESI_BASE_URL"_s);
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(ESI_BINARY_DIR "/cli/esi"),
                      QStringList{u"call"_s, u"GetMarketsRegionIdOrders"_s, u"region_id="_s + region,
                                  u"order_type=all"_s, u"--all-pages"_s, u"--format"_s, u"ndjson"_s, u"--out"_s,
                                  outFile(), u"--no-cache"_s, u"--spec"_s,
                                  QStringLiteral(ESI_TEST_DATA "/openapi-2026-07-21.json"), u"--base-url"_s,
                                  m_server->baseUrl().toString()} +
                          extra);
    }

    int runEsi(QByteArray *errors = nullptr)
    {
        QProcess process;
        QSignalSpy finished(&process, &QProcess::finished);
        startEsi(process);
        if (!finished.wait(60000)) {
            process.kill();
            process.waitForFinished();
            return -1;
        }
        if (errors) {
            *errors = process.readAllStandardError();
        }
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

    static QByteArray contents(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // What a running process has written so far into its open file in the output folder (its temporary file,
    // which has no name of its own), read through /proc.
    QByteArray writtenSoFar(qint64 pid) const
    {
        const QDir descriptors(u"/proc/%1/fd"_s.arg(pid));
        const QStringList entries = descriptors.entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot);
        for (const QString &entry : entries) {
            if (QFileInfo(descriptors.filePath(entry)).symLinkTarget().startsWith(m_out->path())) {
                return contents(descriptors.filePath(entry));
            }
        }
        return {};
    }

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_state.isValid());
    }

    void init()
    {
        m_out = std::make_unique<QTemporaryDir>();
        QVERIFY(m_out->isValid());
        m_server = std::make_unique<ScriptedServer>();
        QVERIFY(m_server->start() != 0);
    }

    void pagesArrivingOutOfOrder_areWrittenInPageOrder()
    {
        // Page 2 comes last of all: pages 3..5 wait for it, then everything goes out in order.
        serve([](int page) { return page == 2 ? 600 : (page == 1 ? 0 : 10 * (pages - page)); });
        QByteArray errors;
        QCOMPARE(runEsi(&errors), 0);
        QCOMPARE(contents(outFile()), expectedNdjson());
        QCOMPARE(outFolderEntries(), QStringList{u"orders.ndjson"_s}); // no temporary file left beside it
        QCOMPARE(FileModes::modeOf(outFile()), 0600);
        QCOMPARE(m_server->requests.size(), pages);
    }

    void success_replacesAnExistingFileKeepingItsMode()
    {
        QFile existing(outFile());
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("old contents\n");
        existing.close();
        QVERIFY(existing.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup));
        serve([](int) { return 0; });
        QCOMPARE(runEsi(), 0);
        QCOMPARE(contents(outFile()), expectedNdjson());
        QCOMPARE(FileModes::modeOf(outFile()), 0640);
        QCOMPARE(outFolderEntries(), QStringList{u"orders.ndjson"_s});
    }

    void failureMidWay_leavesNoFileAndNoTemporaryFile()
    {
        // Pages 1 and 2 are written before page 4 fails.
        serve([](int page) { return page == 4 ? 300 : 0; }, [](int page) { return page == 4 ? 404 : 200; });
        QByteArray errors;
        QCOMPARE(runEsi(&errors), 1);
        QVERIFY2(errors.contains("404"), errors.constData());
        QVERIFY(!QFile::exists(outFile()));
        QCOMPARE(outFolderEntries(), QStringList());
    }

    void failureMidWay_leavesAnExistingFileUntouched()
    {
        QFile existing(outFile());
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("old contents\n");
        existing.close();
        serve([](int page) { return page == 4 ? 300 : 0; }, [](int page) { return page == 4 ? 404 : 200; });
        QCOMPARE(runEsi(), 1);
        QCOMPARE(contents(outFile()), "old contents\n"_ba);
        QCOMPARE(outFolderEntries(), QStringList{u"orders.ndjson"_s});
    }

    void interrupt_removesTheTemporaryFileAndLeavesTheOldOne()
    {
        QFile existing(outFile());
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("old contents\n");
        existing.close();
        serve([](int page) { return page == 5 ? 30000 : 0; }); // page 5 hangs: esi waits for it
        QProcess process;
        QSignalSpy finished(&process, &QProcess::finished);
        startEsi(process);
        // Page 5 is asked for together with pages 2..4, which answer at once and are written meanwhile.
        QTRY_VERIFY_WITH_TIMEOUT(m_server->requests.size() == pages, 30000);
        ::kill(pid_t(process.processId()), SIGINT);
        QVERIFY(finished.wait(30000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 128 + SIGINT);
        QVERIFY(process.readAllStandardError().contains("interrupted"));
        QCOMPARE(contents(outFile()), "old contents\n"_ba);
        QCOMPARE(outFolderEntries(), QStringList{u"orders.ndjson"_s});
    }

    void fanOut_writesEachItemAsItFinishes_thenInterruptLeavesNoFile()
    {
        // The second region hangs; the first one's rows (more than the writers' 256 KiB buffer), each led by its
        // #region_id, reach the file meanwhile.
        constexpr int bigPage = 3000;
        m_server->setHandler([](const ScriptedServer::Request &request) {
            ScriptedServer::Reply reply;
            reply.delayMs = request.path.contains(u"10000043"_s) ? 30000 : 0;
            reply.headers = {{"X-Pages"_ba, QByteArray::number(pages)}};
            reply.body = pageBody(
                request.query.hasQueryItem(u"page"_s) ? request.query.queryItemValue(u"page"_s).toInt() : 1, bigPage);
            return reply;
        });
        QProcess process;
        QSignalSpy finished(&process, &QProcess::finished);
        startEsi(process, {}, u"10000002,10000043"_s);
        QTRY_VERIFY_WITH_TIMEOUT(writtenSoFar(process.processId()).size() >= 256 * 1024, 30000);
        const QList<QByteArray> lines = writtenSoFar(process.processId()).split('\n');
        QCOMPARE(lines.first(), "{\"#region_id\":10000002,\"order_id\":100}"_ba);
        QCOMPARE(lines.at(bigPage), "{\"#region_id\":10000002,\"order_id\":200}"_ba); // page 2 after page 1
        QCOMPARE(process.state(), QProcess::Running);
        ::kill(pid_t(process.processId()), SIGINT);
        QVERIFY(finished.wait(30000));
        QCOMPARE(process.exitCode(), 128 + SIGINT);
        QVERIFY(!QFile::exists(outFile()));
        QCOMPARE(outFolderEntries(), QStringList());
    }

    void fanOut_success_writesEveryItemInItemOrder()
    {
        serve([](int) { return 0; });
        QProcess process;
        QSignalSpy finished(&process, &QProcess::finished);
        startEsi(process, {}, u"10000043,10000002"_s);
        QVERIFY(finished.wait(60000));
        QCOMPARE(process.exitCode(), 0);
        const QList<QByteArray> lines = contents(outFile()).split('\n');
        QCOMPARE(lines.size(), 2 * pages * rowsPerPage + 1);
        QVERIFY(lines.first().startsWith("{\"#region_id\":10000043,\"order_id\":100}"));
        QVERIFY(lines.at(pages * rowsPerPage).startsWith("{\"#region_id\":10000002,\"order_id\":100}"));
        QCOMPARE(outFolderEntries(), QStringList{u"orders.ndjson"_s});
        QCOMPARE(FileModes::modeOf(outFile()), 0600);
    }
};

QTEST_GUILESS_MAIN(TestCallOutFile)
#include "tst_calloutfile.moc"
