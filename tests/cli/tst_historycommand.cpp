#include "core/result/callhistorystore.h"
#include "core/statelocations.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Esi::Core::CallHistoryStore;
using Esi::Core::HistoryEntry;
using Esi::Core::StateLocations;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

HistoryEntry entry(const QString &operationId, qint64 startedMs, bool ok)
{
    HistoryEntry entry;
    entry.startedAt = QDateTime::fromMSecsSinceEpoch(startedMs, Qt::UTC);
    entry.finishedAt = entry.startedAt.addMSecs(250);
    entry.operationId = operationId;
    entry.method = u"get"_s;
    entry.path = u"/markets/{region_id}/orders"_s;
    entry.compatibilityDate = u"2025-08-26"_s;
    entry.server = u"http://127.0.0.1:1/"_s;
    entry.ok = ok;
    entry.outcome = ok ? u"ok"_s : u"HttpError"_s;
    entry.httpStatus = ok ? 200 : 404;
    entry.message = ok ? QString() : u"Region not found"_s;
    entry.pages = ok ? 2 : 0;
    entry.rows = ok ? 1500 : 0;
    entry.requests = ok ? 2 : 1;
    entry.bodyHash = ok ? QByteArray::fromHex("00ff10") : QByteArray();
    return entry;
}

} // namespace

// `esi history` reads the call history the GUI writes: the same file, found the way the GUI finds it.
class TestHistoryCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void listsTheGuiHistoryNewestFirstAsJson();
    void printsATableForPeople();
    void limitKeepsTheNewest();
    void aMissingHistoryIsEmptyAndNotCreated();
    void aBadLimitIsBadInput();

private:
    Run esi(const QStringList &arguments);
    QString guiHistoryPath() const; // where ESI Studio itself puts it, asked the GUI's way
    void writeGuiHistory();

    std::unique_ptr<QTemporaryDir> m_home;
};

void TestHistoryCommand::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
}

QString TestHistoryCommand::guiHistoryPath() const
{
    // The GUI's own path: the history file under the data root that esi() hands the process.
    const StateLocations locations(m_home->path() + u"/config/esi-studio"_s, m_home->path() + u"/data/esi-studio"_s,
                                   m_home->path() + u"/cache/esi-studio"_s);
    return locations.historyDatabase();
}

void TestHistoryCommand::writeGuiHistory()
{
    const QString path = guiHistoryPath();
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    CallHistoryStore store(path);
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    HistoryEntry first = entry(u"get_markets_region_id_orders"_s, 1'700'000'000'000, true);
    first.values.set(u"region_id"_s, u"10000002"_s);
    first.values.set(u"order_type"_s, u"all"_s);
    first.options.mode = Esi::Core::CallMode::AllPages;
    first.options.characterId = 90000001;
    first.characterName = u"Ana \"Trader\", Jr."_s;
    QVERIFY(store.add(first) > 0);
    HistoryEntry second = entry(u"post_universe_names"_s, 1'700'000'060'000, false);
    second.values.setBody(u"[30000142]"_s);
    QVERIFY(store.add(second) > 0);
}

Run TestHistoryCommand::esi(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Every state folder in this test's home: never the user's own.
    environment.insert(u"HOME"_s, m_home->path());
    environment.insert(u"XDG_DATA_HOME"_s, m_home->path() + u"/data"_s);
    environment.insert(u"XDG_CONFIG_HOME"_s, m_home->path() + u"/config"_s);
    environment.insert(u"XDG_CACHE_HOME"_s, m_home->path() + u"/cache"_s);
    environment.insert(u"ESI_STUDIO_CACHE_DIR"_s, m_home->path() + u"/cache/esi-studio"_s);
    environment.insert(u"ESI_STUDIO_DATA_DIR"_s, m_home->path() + u"/data/esi-studio"_s);
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(ESI_BINARY_DIR "/cli/esi"), arguments);
    Run run;
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

void TestHistoryCommand::listsTheGuiHistoryNewestFirstAsJson()
{
    writeGuiHistory();
    const Run run = esi({u"history"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.endsWith('\n'), run.out.constData());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QVERIFY(document.isArray());
    const QJsonArray calls = document.array();
    QCOMPARE(calls.size(), 2);

    const QJsonObject newest = calls.at(0).toObject();
    QCOMPARE(newest[u"operation_id"_s].toString(), u"post_universe_names"_s);
    QCOMPARE(newest[u"ok"_s].toBool(), false);
    QCOMPARE(newest[u"outcome"_s].toString(), u"HttpError"_s);
    QCOMPARE(newest[u"http_status"_s].toInt(), 404);
    QCOMPARE(newest[u"message"_s].toString(), u"Region not found"_s);
    QCOMPARE(newest[u"started_at"_s].toString(), u"2023-11-14T22:14:20.000Z"_s);
    QCOMPARE(newest[u"parameters"_s].toObject(),
             QJsonObject({{u"parameters"_s, QJsonArray()}, {u"body"_s, u"[30000142]"_s}}));
    QCOMPARE(newest[u"character_id"_s].toInteger(), 0);

    const QJsonObject oldest = calls.at(1).toObject();
    QCOMPARE(oldest[u"operation_id"_s].toString(), u"get_markets_region_id_orders"_s);
    QCOMPARE(oldest[u"ok"_s].toBool(), true);
    QCOMPARE(oldest[u"all_pages"_s].toBool(), true);
    QCOMPARE(oldest[u"character_id"_s].toInteger(), 90000001);
    QCOMPARE(oldest[u"character_name"_s].toString(), u"Ana \"Trader\", Jr."_s);
    QCOMPARE(oldest[u"rows"_s].toInteger(), 1500);
    QCOMPARE(oldest[u"pages"_s].toInt(), 2);
    QCOMPARE(oldest[u"started_at"_s].toString(), u"2023-11-14T22:13:20.000Z"_s);
    QCOMPARE(oldest[u"finished_at"_s].toString(), u"2023-11-14T22:13:20.250Z"_s);
    QCOMPARE(oldest[u"body_sha256"_s].toString(), u"00ff10"_s);
    const QJsonArray parameters = oldest[u"parameters"_s].toObject()[u"parameters"_s].toArray();
    QCOMPARE(parameters,
             QJsonArray({QJsonArray{u"region_id"_s, u"10000002"_s}, QJsonArray{u"order_type"_s, u"all"_s}}));
    QVERIFY(!oldest[u"parameters"_s].toObject().contains(u"body"_s));
}

void TestHistoryCommand::printsATableForPeople()
{
    writeGuiHistory();
    const Run run = esi({u"history"_s});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = QString::fromUtf8(run.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(0).startsWith(u"ID"_s));
    QVERIFY2(lines.at(1).contains(u"post_universe_names"_s) && lines.at(1).contains(u"HttpError (404)"_s),
             qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).contains(u"region_id=10000002, order_type=all"_s), qPrintable(lines.at(2)));
}

void TestHistoryCommand::limitKeepsTheNewest()
{
    writeGuiHistory();
    const Run run = esi({u"history"_s, u"--json"_s, u"--limit"_s, u"1"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray calls = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(calls.size(), 1);
    QCOMPARE(calls.at(0).toObject()[u"operation_id"_s].toString(), u"post_universe_names"_s);
}

void TestHistoryCommand::aMissingHistoryIsEmptyAndNotCreated()
{
    const Run json = esi({u"history"_s, u"--json"_s});
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(json.out, QByteArray("[]\n"));
    const Run table = esi({u"history"_s});
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.out.isEmpty());
    QVERIFY2(table.err.contains(u"empty"_s), qPrintable(table.err));
    QVERIFY(!QFileInfo::exists(guiHistoryPath()));
}

void TestHistoryCommand::aBadLimitIsBadInput()
{
    for (const QString &limit : {u"-1"_s, u"ten"_s, u"99999999999"_s}) {
        const Run run = esi({u"history"_s, u"--limit"_s, limit});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"--limit"_s), qPrintable(run.err));
    }
}

QTEST_GUILESS_MAIN(TestHistoryCommand)
#include "tst_historycommand.moc"
