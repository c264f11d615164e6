// `esi call --format sqlite --out F.db` as a process against an in-process esi-sandbox serving the real
// 2026-07-21 spec: every page of a paged operation in one run, a second call appending a run, an operation with
// array fields filling child tables, and --out required.
#include "core/clock.h"
#include "core/spec/spec.h"
#include "sandbox/sandboxserver.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestCallSqlite : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString err;
    };

    const QString m_spec = QStringLiteral(ESI_TEST_DATA "/openapi-2026-07-21.json");
    Esi::Core::SystemClock m_clock;
    std::unique_ptr<Esi::Sandbox::SandboxServer> m_sandbox;
    QTemporaryDir m_state;
    QTemporaryDir m_out;

    Run esi(const QStringList &words)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"ESI_STUDIO_CACHE_DIR"_s, m_state.path());
        environment.insert(u"ESI_STUDIO_DATA_DIR"_s, m_state.path());
        environment.remove(u"ESI_BASE_URL"_s);
        process.setProcessEnvironment(environment);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(ESI_BINARY_DIR "/cli/esi"),
                      QStringList{u"call"_s} + words +
                          QStringList{u"--spec"_s, m_spec, u"--base-url"_s, m_sandbox->baseUrl().toString()});
        // The sandbox lives in this process: keep its event loop running while esi talks to it.
        if (!finished.wait(60000)) {
            process.kill();
            process.waitForFinished();
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardError())};
    }

    static QList<QVariantList> query(const QString &path, const QString &sql)
    {
        QList<QVariantList> rows;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
            db.setDatabaseName(path);
            if (db.open()) {
                QSqlQuery q(db);
                q.exec(sql);
                while (q.next()) {
                    QVariantList row;
                    for (int i = 0; i < 4; ++i) {
                        row.append(q.value(i));
                    }
                    rows.append(row);
                }
            }
        }
        QSqlDatabase::removeDatabase(u"check"_s);
        return rows;
    }

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_state.isValid() && m_out.isValid());
        const Esi::Core::SpecLoadResult loaded = Esi::Core::Spec::fromFile(m_spec);
        QVERIFY(loaded);
        Esi::Sandbox::SandboxOptions options;
        options.pages = 3;
        options.itemsPerPage = 40;
        m_sandbox = std::make_unique<Esi::Sandbox::SandboxServer>(loaded.spec, QByteArray(), options, m_clock);
        QVERIFY(m_sandbox->start());
    }

    void allPages_oneRunPerCall_appendedToTheSameFile()
    {
        const QString file = m_out.filePath(u"market.db"_s);
        const QStringList words{u"GetMarketsRegionIdOrders"_s,
                                u"region_id=10000002"_s,
                                u"order_type=all"_s,
                                u"--all-pages"_s,
                                u"--format"_s,
                                u"sqlite"_s,
                                u"--out"_s,
                                file,
                                u"--no-cache"_s};
        Run run = esi(words);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = esi(words);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QList<QVariantList> runs =
            query(file, u"SELECT run_id, pages, rows, compatibility_date FROM esi_runs ORDER BY run_id"_s);
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs.at(1).at(0).toInt(), 2);
        QCOMPARE(runs.at(1).at(1).toInt(), 3);
        QCOMPARE(runs.at(1).at(2).toInt(), 120);
        QCOMPARE(runs.at(1).at(3).toString(), u"2026-07-21"_s);
        const QList<QVariantList> rows =
            query(file, u"SELECT count(*), count(DISTINCT run_id), typeof(price), typeof(is_buy_order) FROM "
                        "GetMarketsRegionIdOrders"_s);
        QCOMPARE(rows.first().at(0).toInt(), 240);
        QCOMPARE(rows.first().at(1).toInt(), 2);
        QCOMPARE(rows.first().at(2).toString(), u"real"_s);
        QCOMPARE(rows.first().at(3).toString(), u"integer"_s);
    }

    void arrayFields_fillChildTablesPointingAtTheirRow()
    {
        const QString file = m_out.filePath(u"types.db"_s);
        for (const QString &type : {u"34"_s, u"35"_s}) {
            const Run run = esi({u"GetUniverseTypesTypeId"_s, u"type_id="_s + type, u"--format"_s, u"sqlite"_s,
                                 u"--out"_s, file, u"--no-cache"_s});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        }
        const QList<QVariantList> orphans =
            query(file, u"SELECT count(*) FROM GetUniverseTypesTypeId_dogma_attributes a LEFT JOIN "
                        "GetUniverseTypesTypeId t ON a.parent_rowid = t.rowid AND a.run_id = t.run_id "
                        "WHERE t.rowid IS NULL"_s);
        QCOMPARE(orphans.first().first().toInt(), 0);
        const QList<QVariantList> types =
            query(file, u"SELECT group_concat(type_id) FROM GetUniverseTypesTypeId ORDER BY run_id"_s);
        QCOMPARE(types.first().first().toString(), u"34,35"_s);
        const QList<QVariantList> children =
            query(file, u"SELECT count(*) FROM GetUniverseTypesTypeId_dogma_attributes"_s);
        QVERIFY(children.first().first().toInt() > 0);
    }

    void withoutOut_refusedBeforeAnyRequest()
    {
        const Run run = esi({u"GetUniverseTypesTypeId"_s, u"type_id=34"_s, u"--format"_s, u"sqlite"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"--format sqlite writes a database file: add --out FILE.db"_s), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCallSqlite)
#include "tst_callsqlite.moc"
