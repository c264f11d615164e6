// `esi call ... --watch` against esi-sandbox with a short Expires (--expires-seconds 1) and market orders that move
// on every second request of their first page (--evolve-every 2): snapshot 1 is fetched, snapshot 2 revalidates
// (304: no change), snapshot 3 has one order gone, one new and one changed, snapshot 4 revalidates again. Also a
// far Expires held to --watch-ceiling (the cache answers), Ctrl+C and SIGTERM ending the watch with exit 0, and
// options that do not go with --watch.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QList<QJsonObject> events;
    QString err;
};

QList<QJsonObject> eventsOf(const QByteArray &out)
{
    QList<QJsonObject> events;
    for (const QByteArray &line : out.split('\n')) {
        if (!line.isEmpty()) {
            events.append(QJsonDocument::fromJson(line).object());
        }
    }
    return events;
}

QList<QJsonObject> ofSnapshot(const QList<QJsonObject> &events, int n, const QString &event = {})
{
    QList<QJsonObject> out;
    for (const QJsonObject &object : events) {
        if (object.value(u"n"_s).toInt() == n && (event.isEmpty() || object.value(u"event"_s).toString() == event)) {
            out.append(object);
        }
    }
    return out;
}

} // namespace

class TestWatchCall : public QObject
{
    Q_OBJECT

private:
    // A sandbox of its own per test: --evolve-every counts the requests it sees.
    QString startSandbox(QProcess &sandbox, const QStringList &extra)
    {
        sandbox.start(QStringLiteral(ESI_BINARY_DIR "/sandbox/esi-sandbox"),
                      QStringList{u"--port"_s, u"0"_s, u"--pages"_s, u"1"_s, u"--items-per-page"_s, u"5"_s} + extra);
        if (!sandbox.waitForStarted(10000)) {
            return {};
        }
        while (!sandbox.canReadLine() && sandbox.waitForReadyRead(10000)) {
        }
        const QString line = QString::fromUtf8(sandbox.readLine()).trimmed();
        return line.startsWith(u"listening on "_s) ? line.mid(u"listening on "_s.size()) : QString();
    }

    void prepare(QProcess &process, const QString &cacheName)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"ESI_BASE_URL"_s);
        environment.insert(u"ESI_STUDIO_CACHE_DIR"_s, m_scratch.path() + u'/' + cacheName);
        environment.insert(u"ESI_STUDIO_DATA_DIR"_s, m_scratch.path() + u"/data"_s);
        process.setProcessEnvironment(environment);
    }

    Run esi(const QStringList &arguments, const QString &cacheName)
    {
        QProcess process;
        prepare(process, cacheName);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(ESI_BINARY_DIR "/cli/esi"), arguments);
        Run run;
        if (!finished.wait(120000)) { // a bound for a hung process, not a timing assertion
            process.kill();
            process.waitForFinished();
            run.err = u"esi did not finish"_s;
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.events = eventsOf(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    static QStringList orders(const QString &url)
    {
        return {u"call"_s,
                u"GetMarketsRegionIdOrders"_s,
                u"region_id=10000002"_s,
                u"order_type=all"_s,
                u"--base-url"_s,
                url,
                u"--watch"_s,
                u"--watch-floor"_s,
                u"1"_s};
    }

    // Runs a watch until its first snapshot is out, then sends `signalNumber`.
    void stopsCleanlyOn(int signalNumber, const QString &word)
    {
        QProcess sandbox;
        const QString url = startSandbox(sandbox, {u"--expires-seconds"_s, u"1"_s});
        QVERIFY(!url.isEmpty());
        QProcess process;
        prepare(process, u"cache-signal-"_s + word);
        process.start(QStringLiteral(ESI_BINARY_DIR "/cli/esi"), orders(url));
        QVERIFY(process.waitForStarted(10000));
        QByteArray out;
        while (!out.contains("\"event\":\"snapshot\"") && process.waitForReadyRead(60000)) {
            out += process.readAllStandardOutput();
        }
        QVERIFY2(out.contains("\"event\":\"snapshot\""), out.constData());
        ::kill(pid_t(process.processId()), signalNumber);
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(process.exitCode() == 0, qPrintable(err));
        QVERIFY2(err.contains(u"watch stopped (%1)"_s.arg(word)), qPrintable(err));
        out += process.readAllStandardOutput();
        for (const QJsonObject &event : eventsOf(out)) { // every line written is whole JSON
            QVERIFY2(!event.isEmpty(), out.constData());
        }
        sandbox.terminate();
        sandbox.waitForFinished(10000);
    }

    QTemporaryDir m_scratch;

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_scratch.isValid());
    }

    void watch_reportsEachSnapshotAndEveryChangedOrder()
    {
        QProcess sandbox;
        const QString url = startSandbox(sandbox, {u"--expires-seconds"_s, u"1"_s, u"--evolve-every"_s, u"2"_s});
        QVERIFY(!url.isEmpty());
        const Run run = esi(orders(url) + QStringList{u"--count"_s, u"4"_s}, u"cache-evolve"_s);
        sandbox.terminate();
        sandbox.waitForFinished(10000);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        const QList<QJsonObject> snapshots = [&] {
            QList<QJsonObject> list;
            for (const QJsonObject &event : run.events) {
                if (event.value(u"event"_s) == u"snapshot"_s) {
                    list.append(event);
                }
            }
            return list;
        }();
        QCOMPARE(snapshots.size(), 4);
        const QList<int> statuses{200, 304, 200, 304};
        const QStringList served{u"network"_s, u"revalidated"_s, u"network"_s, u"revalidated"_s};
        for (int i = 0; i < 4; ++i) {
            const QJsonObject &snapshot = snapshots.at(i);
            QCOMPARE(snapshot.value(u"n"_s).toInt(), i + 1);
            QCOMPARE(snapshot.value(u"status"_s).toInt(), statuses.at(i));
            QCOMPARE(snapshot.value(u"served"_s).toString(), served.at(i));
            QCOMPARE(snapshot.value(u"rows"_s).toInt(), 5);
            QCOMPARE(snapshot.value(u"identity"_s).toString(), u"order_id"_s);
            QVERIFY(snapshot.value(u"fetched_at"_s).toString().endsWith(u'Z'));
            QCOMPARE(snapshot.value(u"next_reason"_s).toString(), u"expires"_s);
        }
        // The 304 rounds: no change at all.
        for (const int n : {1, 2, 4}) {
            QCOMPARE(ofSnapshot(run.events, n).size(), 1);
            QCOMPARE(snapshots.at(n - 1).value(u"added"_s).toInt() + snapshots.at(n - 1).value(u"removed"_s).toInt() +
                         snapshots.at(n - 1).value(u"changed"_s).toInt(),
                     0);
        }
        // Snapshot 3: the first order went, a sixth came, the third changed.
        QCOMPARE(snapshots.at(2).value(u"added"_s).toInt(), 1);
        QCOMPARE(snapshots.at(2).value(u"removed"_s).toInt(), 1);
        QCOMPARE(snapshots.at(2).value(u"changed"_s).toInt(), 1);
        const QList<QJsonObject> added = ofSnapshot(run.events, 3, u"added"_s);
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.constFirst().value(u"key"_s).toString(), u"1000000006"_s);
        QCOMPARE(added.constFirst().value(u"row"_s).toObject().value(u"order_id"_s).toInteger(), 1000000006);
        const QList<QJsonObject> removed = ofSnapshot(run.events, 3, u"removed"_s);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.constFirst().value(u"key"_s).toString(), u"1000000001"_s);
        QCOMPARE(removed.constFirst().value(u"row"_s).toObject().value(u"order_id"_s).toInteger(), 1000000001);
        const QList<QJsonObject> changed = ofSnapshot(run.events, 3, u"changed"_s);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.constFirst().value(u"key"_s).toString(), u"1000000003"_s);
        const QJsonObject before = changed.constFirst().value(u"old"_s).toObject();
        const QJsonObject after = changed.constFirst().value(u"new"_s).toObject();
        QVERIFY(!before.isEmpty());
        QCOMPARE(before.keys(), after.keys());
        QVERIFY(!before.contains(u"order_id"_s)); // the identity itself never changes
        for (const QString &column : before.keys()) {
            QVERIFY2(before.value(column) != after.value(column), qPrintable(column));
        }
    }

    void watch_holdsAFarExpiresToTheCeilingAndTheCacheAnswers()
    {
        QProcess sandbox; // market orders declare a 300 s cache age
        const QString url = startSandbox(sandbox, {});
        QVERIFY(!url.isEmpty());
        const Run run =
            esi(orders(url) + QStringList{u"--count"_s, u"2"_s, u"--watch-ceiling"_s, u"1"_s}, u"cache-ceiling"_s);
        sandbox.terminate();
        sandbox.waitForFinished(10000);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.events.size(), 2);
        QCOMPARE(run.events.at(0).value(u"next_reason"_s).toString(), u"ceiling"_s);
        QCOMPARE(run.events.at(1).value(u"served"_s).toString(), u"cache"_s); // nothing was asked before Expires
        QCOMPARE(run.events.at(1).value(u"changed"_s).toInt(), 0);
    }

    void ctrlC_stopsTheWatchWithExitZero() { stopsCleanlyOn(SIGINT, u"interrupted"_s); }

    void sigterm_stopsTheWatchWithExitZero() { stopsCleanlyOn(SIGTERM, u"terminated"_s); }

    void watch_refusesOptionsThatDoNotGoWithIt_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("message");
        QTest::newRow("out") << QStringList{u"--watch"_s, u"--out"_s, u"x.json"_s} << u"--out"_s;
        QTest::newRow("format") << QStringList{u"--watch"_s, u"--format"_s, u"csv"_s} << u"--format"_s;
        QTest::newRow("count without watch") << QStringList{u"--count"_s, u"3"_s} << u"--count goes with --watch"_s;
        QTest::newRow("count zero") << QStringList{u"--watch"_s, u"--count"_s, u"0"_s} << u"--count \"0\""_s;
        QTest::newRow("floor too small") << QStringList{u"--watch"_s, u"--watch-floor"_s, u"0"_s}
                                         << u"--watch-floor \"0\""_s;
        QTest::newRow("list") << QStringList{u"--watch"_s, u"type_id=34,35"_s} << u"lists of values"_s;
    }

    void watch_refusesOptionsThatDoNotGoWithIt()
    {
        QFETCH(QStringList, extra);
        QFETCH(QString, message);
        const Run run = esi(QStringList{u"call"_s, u"GetMarketsRegionIdOrders"_s, u"region_id=10000002"_s,
                                        u"order_type=all"_s, u"--base-url"_s, u"http://127.0.0.1:9"_s} +
                                extra,
                            u"cache-usage"_s);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.events.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWatchCall)
#include "tst_watchcall.moc"
