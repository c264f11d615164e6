#include "resultfixtures.h"
#include "tests/cli/filemodes.h"
#include "ui/result/exportjob.h"
#include "ui/result/provenance.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace Qt::Literals::StringLiterals;
using Esi::Core::CallOutcome;
using Esi::Core::CallOutcomePtr;
using Esi::Core::PageResult;
using Esi::Core::ResultData;
using Esi::Ui::ExportJob;
using Esi::Ui::ExportRequest;

namespace {

PageResult page(const QString &language, int number, const QByteArray &body, const QByteArray &etag)
{
    PageResult result;
    result.language = language;
    result.page = number;
    result.status = 200;
    result.body = body;
    result.headers = {{"ETag", etag}, {"Last-Modified", "Sat, 01 Aug 2026 11:00:00 GMT"}, {"X-Pages", "2"}};
    return result;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// Exports of a result to files, off the UI thread, with the provenance sidecar.
class TestExportJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void csv_flattensNestedFieldsAndQuotes();
    void json_mergesPagesAsReceived();
    void ndjson_writesOneRowPerLine();
    void severalLanguages_tagEachRow();
    void oneLanguage_writesOnlyItsRows();
    void provenance_describesWhereTheDataCameFrom();
    void sqlite_appendsARunWithItsProvenanceAndRows();
    void job_reportsProgressAndFinishes();
    void unwritableTarget_failsWithTheReason();
    void cancelledJob_leavesTheExistingFileAlone();
    void newExport_isPrivateAndAReplacedFileKeepsItsMode();

private:
    CallOutcomePtr outcome(const QList<PageResult> &pages) const;

    QString path(const QString &name) const { return m_directory.filePath(name); }

    QTemporaryDir m_directory;
    Esi::Core::SpecPtr m_spec;
};

void TestExportJob::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_directory.isValid());
    const auto loaded = Esi::Core::Spec::fromFile(QStringLiteral(ESI_TEST_DATA "/openapi-2026-07-21.json"));
    QVERIFY(loaded);
    m_spec = loaded.spec;
}

CallOutcomePtr TestExportJob::outcome(const QList<PageResult> &pages) const
{
    auto result = std::make_shared<CallOutcome>();
    result->request.spec = m_spec;
    result->request.operationId = u"GetMarketsRegionIdOrders"_s;
    result->request.values.set(u"region_id"_s, u"10000002"_s);
    result->request.values.set(u"order_type"_s, u"all"_s);
    result->request.options.mode = Esi::Core::CallMode::AllPages;
    result->baseUrl = QUrl(u"http://127.0.0.1:8080"_s);
    result->startedAt = QDateTime(QDate(2026, 8, 1), QTime(12, 0), Qt::UTC);
    result->finishedAt = result->startedAt.addSecs(3);
    result->result.pages = pages;
    result->data = ResultData::fromPages(pages);
    return result;
}

void TestExportJob::csv_flattensNestedFieldsAndQuotes()
{
    const CallOutcomePtr data = outcome(
        {page(u"en"_s, 1, ResultFixtures::csvPage1, "\"e1\""), page(u"en"_s, 2, ResultFixtures::csvPage2, "\"e2\"")});
    ExportRequest request;
    request.format = u"csv"_s;
    request.filePath = path(u"orders.csv"_s);
    request.provenance = false;
    QCOMPARE(ExportJob::write(*data, request), QString());
    QCOMPARE(readAll(request.filePath), QByteArray("a,b.c,d\r\n1,\"x, \"\"y\"\"\",\r\n2,,\"[1,2]\"\r\n"));
    QVERIFY(!QFile::exists(ExportRequest::sidecarPath(request.filePath)));
}

void TestExportJob::json_mergesPagesAsReceived()
{
    const CallOutcomePtr data =
        outcome({page(u"en"_s, 1, "[{\"a\":1},{\"a\":2}]", "\"e1\""), page(u"en"_s, 2, "[{\"a\":3}]", "\"e2\"")});
    ExportRequest request;
    request.format = u"json"_s;
    request.filePath = path(u"orders.json"_s);
    QCOMPARE(ExportJob::write(*data, request), QString());
    const QJsonArray rows = QJsonDocument::fromJson(readAll(request.filePath)).array();
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(2).toObject().value(u"a"_s).toInt(), 3);
}

void TestExportJob::ndjson_writesOneRowPerLine()
{
    const CallOutcomePtr data = outcome({page(u"en"_s, 1, "[{\"a\":1},{\"a\":2}]", "\"e1\"")});
    ExportRequest request;
    request.format = u"ndjson"_s;
    request.filePath = path(u"orders.ndjson"_s);
    QCOMPARE(ExportJob::write(*data, request), QString());
    QCOMPARE(readAll(request.filePath), QByteArray("{\"a\":1}\n{\"a\":2}\n"));
}

void TestExportJob::severalLanguages_tagEachRow()
{
    const CallOutcomePtr data = outcome({page(u"en"_s, 1, "[{\"name\":\"Tritanium\"}]", "\"e\""),
                                         page(u"de"_s, 1, "[{\"name\":\"Tritanium (de)\"}]", "\"d\"")});
    ExportRequest request;
    request.format = u"ndjson"_s;
    request.filePath = path(u"names.ndjson"_s);
    QCOMPARE(ExportJob::write(*data, request), QString());
    QCOMPARE(readAll(request.filePath), QByteArray("{\"language\":\"en\",\"name\":\"Tritanium\"}\n"
                                                   "{\"language\":\"de\",\"name\":\"Tritanium (de)\"}\n"));
}

void TestExportJob::oneLanguage_writesOnlyItsRows()
{
    const CallOutcomePtr data = outcome({page(u"en"_s, 1, "[{\"name\":\"Tritanium\"}]", "\"e\""),
                                         page(u"de"_s, 1, "[{\"name\":\"Tritanium (de)\"}]", "\"d\"")});
    ExportRequest request;
    request.format = u"csv"_s;
    request.filePath = path(u"names-de.csv"_s);
    request.language = 1;
    QCOMPARE(ExportJob::write(*data, request), QString());
    QCOMPARE(readAll(request.filePath), QByteArray("name\r\nTritanium (de)\r\n"));
    const QJsonObject provenance =
        QJsonDocument::fromJson(readAll(ExportRequest::sidecarPath(request.filePath))).object();
    QCOMPARE(provenance.value(u"languages"_s).toArray(), QJsonArray{u"de"_s});
}

void TestExportJob::provenance_describesWhereTheDataCameFrom()
{
    const CallOutcomePtr data =
        outcome({page(u"en"_s, 1, "[{\"a\":1},{\"a\":2}]", "\"e1\""), page(u"en"_s, 2, "[{\"a\":3}]", "\"e2\"")});
    ExportRequest request;
    request.format = u"csv"_s;
    request.filePath = path(u"with-provenance.csv"_s);
    QCOMPARE(ExportJob::write(*data, request), QString());
    const QByteArray sidecar = readAll(ExportRequest::sidecarPath(request.filePath));
    const QJsonObject provenance = QJsonDocument::fromJson(sidecar).object();
    QCOMPARE(provenance.value(u"operation"_s).toObject().value(u"operation_id"_s).toString(),
             u"GetMarketsRegionIdOrders"_s);
    QCOMPARE(provenance.value(u"operation"_s).toObject().value(u"path"_s).toString(), u"/markets/{region_id}/orders"_s);
    QCOMPARE(provenance.value(u"parameters"_s).toObject().value(u"region_id"_s).toString(), u"10000002"_s);
    QCOMPARE(provenance.value(u"compatibility_date"_s).toString(), u"2026-07-21"_s);
    QCOMPARE(provenance.value(u"pages"_s).toInt(), 2);
    QCOMPARE(provenance.value(u"rows"_s).toInt(), 3);
    QCOMPARE(provenance.value(u"etag"_s).toArray(), (QJsonArray{u"\"e1\""_s, u"\"e2\""_s}));
    QCOMPARE(provenance.value(u"last_modified"_s).toArray().size(), 1);
    QCOMPARE(provenance.value(u"mode"_s).toString(), u"all_pages"_s);
    QVERIFY(provenance.value(u"character"_s).isNull());
    QCOMPARE(provenance.value(u"fetched_at"_s).toString(), u"2026-08-01T12:00:00.000Z"_s);
    QCOMPARE(provenance.value(u"export"_s).toObject().value(u"file"_s).toString(), u"with-provenance.csv"_s);
    QVERIFY(!sidecar.contains("Bearer"));
}

void TestExportJob::sqlite_appendsARunWithItsProvenanceAndRows()
{
    const CallOutcomePtr data =
        outcome({page(u"en"_s, 1, "[{\"order_id\":1,\"price\":2.5,\"is_buy_order\":true}]", "\"e1\""),
                 page(u"en"_s, 2, "[{\"order_id\":2,\"price\":3}]", "\"e2\"")});
    ExportRequest request;
    request.format = u"sqlite"_s;
    request.filePath = path(u"orders.sqlite"_s);
    request.provenance = false;
    QCOMPARE(ExportJob::write(*data, request), QString());
    QCOMPARE(ExportJob::write(*data, request), QString());
    QStringList runs;
    QStringList rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"exportjob"_s);
        db.setDatabaseName(request.filePath);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"SELECT run_id, pages, rows, etag, fetched_at, server FROM esi_runs"_s));
        while (query.next()) {
            runs.append(QStringList{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                                    query.value(3).toString(), query.value(4).toString(), query.value(5).toString()}
                            .join(u' '));
        }
        QVERIFY(query.exec(u"SELECT run_id, order_id, typeof(price), is_buy_order FROM GetMarketsRegionIdOrders"_s));
        while (query.next()) {
            rows.append(QStringList{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                                    query.value(3).toString()}
                            .join(u' '));
        }
    }
    QSqlDatabase::removeDatabase(u"exportjob"_s);
    QCOMPARE(runs, (QStringList{u"1 2 2 \"e1\" 2026-08-01T12:00:00.000Z http://127.0.0.1:8080"_s,
                                u"2 2 2 \"e1\" 2026-08-01T12:00:00.000Z http://127.0.0.1:8080"_s}));
    QCOMPARE(rows, (QStringList{u"1 1 real 1"_s, u"1 2 real "_s, u"2 1 real 1"_s, u"2 2 real "_s}));
}

void TestExportJob::job_reportsProgressAndFinishes()
{
    QByteArray body = "[";
    for (int i = 0; i < 20000; ++i) {
        body += (i ? "," : "") + "{\"id\":"_ba + QByteArray::number(i) + "}";
    }
    body += "]";
    ExportRequest request;
    request.format = u"csv"_s;
    request.filePath = path(u"large.csv"_s);
    ExportJob job(outcome({page(u"en"_s, 1, body, "\"e\"")}), request);
    QCOMPARE(job.totalRows(), 20000);
    QSignalSpy progress(&job, &ExportJob::progressChanged);
    QSignalSpy finished(&job, &ExportJob::finished);
    job.start();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QVERIFY2(finished.at(0).at(1).toString().contains(u"large.csv"_s), qPrintable(finished.at(0).at(1).toString()));
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.constLast().at(0).toLongLong(), 20000);
    QCOMPARE(readAll(request.filePath).count('\n'), 20001);
}

void TestExportJob::unwritableTarget_failsWithTheReason()
{
    ExportRequest request;
    request.format = u"json"_s;
    request.filePath = path(u"missing-folder/out.json"_s);
    const QString error = ExportJob::write(*outcome({page(u"en"_s, 1, "[1]", "\"e\"")}), request);
    QVERIFY2(error.contains(u"missing-folder"_s), qPrintable(error));
}

void TestExportJob::cancelledJob_leavesTheExistingFileAlone()
{
    const QString target = path(u"keep.csv"_s);
    {
        QFile file(target);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("old contents\n");
    }
    ExportRequest request;
    request.format = u"csv"_s;
    request.filePath = target;
    int calls = 0;
    const QString error =
        ExportJob::write(*outcome({page(u"en"_s, 1, "[{\"a\":1}]", "\"e\"")}), request, [&calls](qint64) {
            ++calls;
            return false; // cancel at the first progress report
        });
    QCOMPARE(calls, 1);
    QVERIFY2(error.contains(u"cancelled"_s), qPrintable(error));
    QCOMPARE(readAll(target), QByteArray("old contents\n"));
}

QTEST_GUILESS_MAIN(TestExportJob)

void TestExportJob::newExport_isPrivateAndAReplacedFileKeepsItsMode()
{
    const mode_t previous = ::umask(022);
    const CallOutcomePtr data = outcome({page(u"en"_s, 1, ResultFixtures::csvPage1, "\"e1\"")});
    ExportRequest request;
    request.format = u"csv"_s;
    request.filePath = path(u"private.csv"_s);
    request.provenance = true;
    QCOMPARE(ExportJob::write(*data, request), QString());
    QCOMPARE(FileModes::modeOf(request.filePath), 0600); // its temporary file was 0600 from the start
    QCOMPARE(FileModes::modeOf(ExportRequest::sidecarPath(request.filePath)), 0600);

    request.filePath = path(u"shared.csv"_s);
    request.provenance = false;
    QFile shared(request.filePath);
    QVERIFY(shared.open(QIODevice::WriteOnly));
    shared.close();
    QVERIFY(::chmod(QFile::encodeName(request.filePath).constData(), 0644) == 0);
    QCOMPARE(ExportJob::write(*data, request), QString());
    QCOMPARE(FileModes::modeOf(request.filePath), 0644); // the user chose to share this one
    ::umask(previous);
}

#include "tst_exportjob.moc"
