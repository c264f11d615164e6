#include "core/clock.h"
#include "sandbox/sandboxserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// `esi call --names` as users run it: separate processes against an in-process esi-sandbox, the name cache in
// $ESI_STUDIO_CACHE_DIR shared between runs.
class TestCallNames : public QObject
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
    int m_nameRequests = 0;

    Run esi(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"ESI_STUDIO_CACHE_DIR"_s, m_state.path());
        environment.insert(u"ESI_STUDIO_DATA_DIR"_s, m_state.path());
        environment.remove(u"ESI_BASE_URL"_s);
        process.setProcessEnvironment(environment);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(ESI_BINARY_DIR "/cli/esi"),
                      QStringList{u"call"_s} + arguments +
                          QStringList{u"--spec"_s, m_spec, u"--base-url"_s, m_sandbox->baseUrl().toString()});
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

    static QJsonObject namesStatistics(const Run &run)
    {
        return run.errLines.isEmpty()
                   ? QJsonObject()
                   : QJsonDocument::fromJson(run.errLines.last()).object().value(u"names"_s).toObject();
    }

    static QStringList orderArguments(const QString &region, const QString &format)
    {
        return {u"GetMarketsRegionIdOrders"_s,
                u"region_id="_s + region,
                u"order_type=all"_s,
                u"--all-pages"_s,
                u"--names"_s,
                u"--stats"_s,
                u"--format"_s,
                format};
    }

    // Every order has a type and system name; a station location has a name, a structure's is null.
    static void checkOrder(const QJsonObject &order)
    {
        QCOMPARE(order.value(u"type_name"_s).toString(), u"Type %1"_s.arg(order.value(u"type_id"_s).toInteger()));
        QCOMPARE(order.value(u"system_name"_s).toString(), u"System %1"_s.arg(order.value(u"system_id"_s).toInteger()));
        const qint64 location = order.value(u"location_id"_s).toInteger();
        QVERIFY(order.contains(u"location_name"_s));
        if (location >= 1'000'000'000'000) {
            QVERIFY(order.value(u"location_name"_s).isNull());
        } else {
            QVERIFY(order.value(u"location_name"_s).toString().endsWith(QString::number(location)));
        }
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
        options.itemsPerPage = 40;
        m_sandbox = std::make_unique<Esi::Sandbox::SandboxServer>(loaded.spec, QByteArray(), options, m_clock);
        QVERIFY(m_sandbox->start());
        connect(m_sandbox.get(), &Esi::Sandbox::SandboxServer::responseWritten, this,
                [this](const QString &method, const QString &target, int) {
                    if (method == u"POST"_s && target.startsWith(u"/universe/names"_s)) {
                        ++m_nameRequests;
                    }
                });
    }

    void json_addsNameFields_structuresStayNull()
    {
        const Run run = esi(orderArguments(u"10000002"_s, u"json"_s));
        QCOMPARE(run.exitCode, 0);
        const QJsonArray orders = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(orders.size(), 3 * 40);
        bool sawStructure = false;
        for (const QJsonValue &order : orders) {
            checkOrder(order.toObject());
            sawStructure = sawStructure || order.toObject().value(u"location_name"_s).isNull();
        }
        QVERIFY(sawStructure); // the generator puts one location in ten in a structure
        const QJsonObject statistics = namesStatistics(run);
        QCOMPARE(statistics.value(u"requests"_s).toInt(), 1);  // fewer than 1,000 distinct IDs: one request
        QCOMPARE(statistics.value(u"not_found"_s).toInt(), 0); // structures are never asked
        QCOMPARE(m_nameRequests, 1);
    }

    void fanOut_namesTheRowsOfEveryItem_inOneNaming()
    {
        const int before = m_nameRequests;
        const Run run = esi(orderArguments(u"10000030,10000032"_s, u"json"_s));
        QCOMPARE(run.exitCode, 0);
        const QJsonArray orders = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(orders.size(), 2 * 3 * 40);
        QSet<QString> regions;
        for (const QJsonValue &order : orders) {
            regions.insert(order.toObject().value(u"#region_id"_s).toVariant().toString());
            checkOrder(order.toObject());
        }
        QCOMPARE(regions, QSet<QString>({u"10000030"_s, u"10000032"_s}));
        QVERIFY(m_nameRequests - before <= 1); // both items' IDs (fewer than 1,000) in one request at most
    }

    void secondRun_asksNothing_ndjsonToo()
    {
        const int before = m_nameRequests;
        const Run run = esi(orderArguments(u"10000002"_s, u"ndjson"_s));
        QCOMPARE(run.exitCode, 0);
        const QList<QByteArray> lines = run.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 3 * 40);
        for (const QByteArray &line : lines) {
            checkOrder(QJsonDocument::fromJson(line).object());
        }
        QCOMPARE(m_nameRequests, before);
        const QJsonObject statistics = namesStatistics(run);
        QCOMPARE(statistics.value(u"requests"_s).toInt(), 0);
        QCOMPARE(statistics.value(u"from_cache"_s).toInt(), statistics.value(u"asked"_s).toInt());
    }

    void csv_hasNameColumnsNextToTheIds()
    {
        const Run run = esi(orderArguments(u"10000043"_s, u"csv"_s));
        QCOMPARE(run.exitCode, 0);
        const QList<QByteArray> lines = run.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 1 + 3 * 40);
        const QList<QByteArray> header = lines.first().trimmed().split(',');
        for (const QByteArray &column : {"type_id"_ba, "type_name"_ba, "location_name"_ba, "system_name"_ba}) {
            QVERIFY2(header.contains(column), lines.first().constData());
        }
        const qsizetype typeName = header.indexOf("type_name");
        const QList<QByteArray> first = lines.at(1).trimmed().split(',');
        QVERIFY2(first.at(typeName).startsWith("Type "), lines.at(1).constData());
    }

    void operationWithoutIds_saysSo_andWritesTheRowsAsTheyAre()
    {
        const Run plain = esi({u"GetStatus"_s});
        const Run named = esi({u"GetStatus"_s, u"--names"_s});
        QCOMPARE(named.exitCode, 0);
        QCOMPARE(named.out, plain.out);
        QVERIFY(named.errLines.join('\n').contains("hold no EVE IDs"));
    }
};

QTEST_GUILESS_MAIN(TestCallNames)
#include "tst_callnames.moc"
