// `esi call` over lists against esi-sandbox as a process: name=a,b,c with a failing item, name=@file and its
// bounds, values refused before anything is sent, a paged operation over two regions with every page, and the
// requests a 300-ID fan-out makes (cold, then from the cache), counted where the sandbox received them.
#include "../cli/signinharness.h"

#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

int countOf(const QString &text, const QString &what)
{
    return int(text.count(what));
}

QList<QJsonObject> ndjsonRows(const QByteArray &out)
{
    QList<QJsonObject> rows;
    for (const QByteArray &line : out.split('\n')) {
        if (!line.trimmed().isEmpty()) {
            rows.append(QJsonDocument::fromJson(line).object());
        }
    }
    return rows;
}

} // namespace

class TestCliFanOut : public QObject
{
    Q_OBJECT

private:
    SignInHarness m_harness;
    QTemporaryDir m_files;

    QString writeFile(const QString &name, const QByteArray &content)
    {
        QFile file(m_files.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
            qFatal("cannot write %s", qPrintable(file.fileName()));
        }
        return file.fileName();
    }

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString problem = m_harness.start({u"--missing-ids"_s, u"999"_s});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void cleanupTestCase() { m_harness.stop(); }

    void commaList_withAFailingItem_exitsOne_writesTheOtherRows_andNamesTheItem()
    {
        const qint64 before = m_harness.logSize();
        const EsiRun run = m_harness.esi({u"call"_s, u"GetUniverseTypesTypeId"_s, u"type_id=34,999,35"_s, u"--format"_s,
                                          u"ndjson"_s, u"--no-cache"_s});
        QCOMPARE(run.exitCode, 1);
        const QList<QJsonObject> rows = ndjsonRows(run.out);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).value(u"#type_id"_s).toInteger(), 34);
        QCOMPARE(rows.at(1).value(u"#type_id"_s).toInteger(), 35);
        QVERIFY2(run.err.contains(u"esi: type_id=999: "_s) && run.err.contains(u"404"_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"1 of 3 calls failed"_s), qPrintable(run.err));
        const QString log = m_harness.log(before);
        QCOMPARE(countOf(log, u"GET /universe/types/"_s), 3);
        QVERIFY(log.contains(u"GET /universe/types/999 -> 404"_s));
    }

    void everyItemSucceeding_exitsZero_withTheLeadingColumnFirstInCsv()
    {
        const EsiRun run =
            m_harness.esi({u"call"_s, u"GetUniverseTypesTypeId"_s, u"type_id=34,35"_s, u"--format"_s, u"csv"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QList<QByteArray> lines = run.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines.at(0).startsWith("#type_id,"), lines.at(0).constData());
        QVERIFY(lines.at(1).startsWith("34,"));
        QVERIFY(lines.at(2).startsWith("35,"));
    }

    void valueFile_oneValueALine_skippingBlankAndCommentLines()
    {
        const QString file = writeFile(u"ids.txt"_s, "# types\n36\n\n 37 \n36\n");
        const EsiRun run =
            m_harness.esi({u"call"_s, u"GetUniverseTypesTypeId"_s, u"type_id=@"_s + file, u"--format"_s, u"ndjson"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QList<QJsonObject> rows = ndjsonRows(run.out);
        QCOMPARE(rows.size(), 2); // 36 once
        QCOMPARE(rows.at(1).value(u"#type_id"_s).toInteger(), 37);
    }

    void valueFile_pastItsBounds_isRefusedBeforeAnythingIsSent()
    {
        QByteArray many;
        for (int i = 1; i <= 10001; ++i) {
            many += QByteArray::number(i) + '\n';
        }
        const QString tooMany = writeFile(u"many.txt"_s, many);
        const QString tooLarge = writeFile(u"large.txt"_s, QByteArray(5 * 1024 * 1024, '1'));
        const QString empty = writeFile(u"empty.txt"_s, "\n# nothing\n");
        const qint64 before = m_harness.logSize();
        EsiRun run = m_harness.esi({u"call"_s, u"GetUniverseTypesTypeId"_s, u"type_id=@"_s + tooMany});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"more than 10000 values (line 10001)"_s), qPrintable(run.err));
        run = m_harness.esi({u"call"_s, u"GetUniverseTypesTypeId"_s, u"type_id=@"_s + tooLarge});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"at most 4194304 are read"_s), qPrintable(run.err));
        run = m_harness.esi({u"call"_s, u"GetUniverseTypesTypeId"_s, u"type_id=@"_s + empty});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"holds no value"_s), qPrintable(run.err));
        run = m_harness.esi({u"call"_s, u"GetUniverseTypesTypeId"_s, u"type_id=@"_s + m_files.filePath(u"none"_s)});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"type_id: cannot read the value file"_s), qPrintable(run.err));
        QVERIFY2(!m_harness.log(before).contains(u"/universe/types"_s), qPrintable(m_harness.log(before)));
    }

    void badValueInAList_isRefusedBeforeAnythingIsSent()
    {
        const qint64 before = m_harness.logSize();
        const EsiRun run = m_harness.esi({u"call"_s, u"GetUniverseTypesTypeId"_s, u"type_id=34,abc,35"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(u"type_id=abc: "_s), qPrintable(run.err));
        QVERIFY(!m_harness.log(before).contains(u"/universe/types"_s));
    }

    void allCharacters_onAPublicOperation_isRefused()
    {
        const EsiRun run = m_harness.esi({u"call"_s, u"GetCharactersDetail"_s, u"character_id=@all"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"needs no token"_s), qPrintable(run.err));
        const EsiRun other = m_harness.esi({u"call"_s, u"GetUniverseTypesTypeId"_s, u"type_id=@all"_s});
        QCOMPARE(other.exitCode, 2);
        QVERIFY2(other.err.contains(u"only character_id takes @all"_s), qPrintable(other.err));
    }

    void pagedOperation_fansOutWithEveryPage()
    {
        const qint64 before = m_harness.logSize();
        const EsiRun run =
            m_harness.esi({u"call"_s, u"GetMarketsRegionIdOrders"_s, u"region_id=10000002,10000043"_s,
                           u"order_type=all"_s, u"--all-pages"_s, u"--format"_s, u"ndjson"_s, u"--no-cache"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QList<QJsonObject> rows = ndjsonRows(run.out);
        QCOMPARE(rows.size(), 2 * 3 * 50); // two regions, the sandbox's 3 pages of 50 orders each
        QCOMPARE(rows.constFirst().value(u"#region_id"_s).toInteger(), 10000002);
        QCOMPARE(rows.constLast().value(u"#region_id"_s).toInteger(), 10000043);
        const QString log = m_harness.log(before);
        for (const QString &region : {u"10000002"_s, u"10000043"_s}) {
            const QString orders = u"GET /markets/%1/orders?order_type=all"_s.arg(region);
            QVERIFY2(log.contains(orders + u" -> 200"_s), qPrintable(log)); // page 1 goes without a page number
            QVERIFY2(log.contains(orders + u"&page=2 -> 200"_s), qPrintable(log));
            QVERIFY2(log.contains(orders + u"&page=3 -> 200"_s), qPrintable(log));
        }
        QCOMPARE(countOf(log, u"/orders?"_s), 6);
    }

    void threeHundredIds_makeThreeHundredRequests_thenNoneFromTheCache()
    {
        QByteArray ids;
        for (int id = 5000; id < 5300; ++id) {
            ids += QByteArray::number(id) + '\n';
        }
        const QString file = writeFile(u"ids300.txt"_s, ids);
        qint64 before = m_harness.logSize();
        EsiRun run = m_harness.esi(
            {u"call"_s, u"GetUniverseTypesTypeId"_s, u"type_id=@"_s + file, u"--stats"_s, u"--format"_s, u"csv"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out.trimmed().split('\n').size(), 301);
        QCOMPARE(countOf(m_harness.log(before), u"GET /universe/types/"_s), 300);
        QVERIFY2(run.err.contains(u"{\"requests\":300,\"pages\":300,\"from_cache\":0,"_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"\"items\":300,\"failed\":0"_s), qPrintable(run.err));
        before = m_harness.logSize();
        run = m_harness.esi({u"call"_s, u"GetUniverseTypesTypeId"_s, u"type_id=@"_s + file, u"--stats"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(countOf(m_harness.log(before), u"GET /universe/types/"_s), 0);
        QVERIFY2(run.err.contains(u"{\"requests\":0,\"pages\":300,\"from_cache\":300,"_s), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCliFanOut)
#include "tst_clifanout.moc"
