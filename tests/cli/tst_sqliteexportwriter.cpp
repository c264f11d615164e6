#include "core/export/exportwriterfactory.h"
#include "core/export/sqliteexportwriter.h"
#include "core/export/sqliteschema.h"
#include "sqliterows.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <sys/stat.h>

using namespace Qt::Literals::StringLiterals;
using namespace Esi::Core;

namespace {

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

// One read-only connection for the checks, removed again when the reader goes.
class Reader
{
public:
    explicit Reader(const QString &path)
        : m_name(u"reader-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        db.open();
    }

    ~Reader()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }

    QList<QVariantList> rows(const QString &sql) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        QList<QVariantList> result;
        if (!query.exec(sql)) {
            qWarning("query failed: %s", qPrintable(sql));
            return result;
        }
        while (query.next()) {
            QVariantList row;
            for (int i = 0; i < query.record().count(); ++i) {
                row.append(query.value(i));
            }
            result.append(row);
        }
        return result;
    }

    QVariant value(const QString &sql) const
    {
        const QList<QVariantList> all = rows(sql);
        return all.isEmpty() || all.first().isEmpty() ? QVariant() : all.first().first();
    }

    QStringList columns(const QString &table) const
    {
        QStringList names;
        for (const QVariantList &row : rows(u"PRAGMA table_info(%1)"_s.arg(SqliteSchema::quoted(table)))) {
            names.append(row.at(1).toString());
        }
        return names;
    }

private:
    QString m_name;
};

} // namespace

// The SQLite export on the real 2026-07-21 spec: typed columns from the response schema, array fields in
// child tables, a run per export, hostile names quoted, and a failed export leaving the file as it was.
class TestSqliteExportWriter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SpecPtr m_spec;

    std::shared_ptr<ExportRun> run(const QString &operationId, const QString &parameter) const
    {
        ParameterValues values;
        values.set(u"type_id"_s, parameter);
        auto described = std::make_shared<ExportRun>(ExportRun::describe(
            m_spec, operationId, values, QUrl(u"https://esi.evetech.net"_s), QDateTime::currentDateTimeUtc()));
        described->etag = u"\"abc\""_s;
        described->pages = 1;
        return described;
    }

    // Exports like ExportJob and `esi --out`: a QSaveFile committed only when the writer finished.
    static QString exportTo(const QString &path, std::shared_ptr<ExportRun> run, const QList<QJsonArray> &pages)
    {
        ExportWriterFactory::Options options;
        options.sqliteRun = std::move(run);
        const std::unique_ptr<ExportWriter> writer = ExportWriterFactory::create(u"sqlite", options);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            return file.errorString();
        }
        bool ok = writer->begin(&file);
        for (const QJsonArray &page : pages) {
            ok = ok && writer->writeRows(page);
        }
        ok = ok && writer->finish();
        if (!ok) {
            file.cancelWriting();
            return writer->errorString();
        }
        return file.commit() ? QString() : file.errorString();
    }

    static QByteArray contents(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QStringList leftovers() const
    {
        return QDir(m_dir.path()).entryList({u"*.tmp"_s, u"*-journal"_s}, QDir::Files | QDir::Hidden);
    }

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        const SpecLoadResult loaded = Spec::fromFile(QStringLiteral(ESI_TEST_DATA "/openapi-2026-07-21.json"));
        QVERIFY(loaded);
        m_spec = loaded.spec;
    }

    void typeRow_getsTypedColumnsAndAChildTablePerArrayField()
    {
        const QString path = m_dir.filePath(u"types.db"_s);
        QCOMPARE(exportTo(path, run(u"GetUniverseTypesTypeId"_s, u"34"_s), {QJsonArray{object(tritaniumRow)}}),
                 QString());
        Reader db(path);
        const QList<QVariantList> types =
            db.rows(u"SELECT type FROM pragma_table_info('GetUniverseTypesTypeId') WHERE name IN "
                    "('type_id', 'mass', 'name', 'published') ORDER BY name"_s);
        QCOMPARE(types.size(), 4); // mass, name, published, type_id
        QCOMPARE(types.at(0).first().toString(), u"REAL"_s);
        QCOMPARE(types.at(1).first().toString(), u"TEXT"_s);
        QCOMPARE(types.at(2).first().toString(), u"INTEGER"_s);
        QCOMPARE(types.at(3).first().toString(), u"INTEGER"_s);
        QCOMPARE(db.value(u"SELECT published FROM GetUniverseTypesTypeId"_s).toInt(), 1);
        QCOMPARE(db.value(u"SELECT typeof(type_id) FROM GetUniverseTypesTypeId"_s).toString(), u"integer"_s);
        // The array is a child table with its items in order, pointing at the parent row.
        QCOMPARE(db.value(u"SELECT group_concat(attribute_id) FROM (SELECT attribute_id FROM "
                          "GetUniverseTypesTypeId_dogma_attributes ORDER BY item_index)"_s)
                     .toString(),
                 u"161,162,4"_s);
        QCOMPARE(db.value(u"SELECT count(*) FROM GetUniverseTypesTypeId_dogma_attributes a JOIN "
                          "GetUniverseTypesTypeId t ON a.parent_rowid = t.rowid WHERE t.type_id = 34"_s)
                     .toInt(),
                 3);
        QVERIFY(!db.columns(u"GetUniverseTypesTypeId"_s).contains(u"dogma_attributes"_s));
        // Declared but absent in this row: the table and column exist all the same.
        QVERIFY(db.columns(u"GetUniverseTypesTypeId_dogma_effects"_s).contains(u"is_default"_s));
        QCOMPARE(db.rows(u"PRAGMA foreign_key_list(GetUniverseTypesTypeId_dogma_attributes)"_s).size(), 2);
        QCOMPARE(db.value(u"SELECT operation || ' ' || parameters || ' ' || compatibility_date || ' ' || rows "
                          "FROM esi_runs"_s)
                     .toString(),
                 u"GetUniverseTypesTypeId {\"parameters\":[[\"type_id\",\"34\"]]} 2026-07-21 1"_s);
        QCOMPARE(db.value(u"SELECT etag FROM esi_runs"_s).toString(), u"\"abc\""_s);

        struct stat info
        {
        };

        QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, mode_t(0600));
        QCOMPARE(leftovers(), QStringList());
    }

    void secondExport_appendsARunAndItsRows()
    {
        const QString path = m_dir.filePath(u"history.db"_s);
        QCOMPARE(exportTo(path, run(u"GetUniverseTypesTypeId"_s, u"34"_s), {QJsonArray{object(tritaniumRow)}}),
                 QString());
        QCOMPARE(exportTo(path, run(u"GetUniverseTypesTypeId"_s, u"35"_s), {QJsonArray{object(pyeriteRow)}}),
                 QString());
        Reader db(path);
        QCOMPARE(db.value(u"SELECT group_concat(run_id) FROM esi_runs"_s).toString(), u"1,2"_s);
        QCOMPARE(db.value(u"SELECT group_concat(run_id || ':' || type_id) FROM GetUniverseTypesTypeId"_s).toString(),
                 u"1:34,2:35"_s);
        QCOMPARE(db.value(u"SELECT count(*) FROM GetUniverseTypesTypeId_dogma_attributes WHERE run_id = 2"_s).toInt(),
                 1);
        QCOMPARE(db.value(u"SELECT is_default FROM GetUniverseTypesTypeId_dogma_effects"_s).toInt(), 0);
        QCOMPARE(db.value(u"SELECT description FROM GetUniverseTypesTypeId WHERE run_id = 2"_s).toString(),
                 u"Pyerite, \"a soft crystal-like mineral\"."_s);
    }

    void hostileNames_areQuoted_valuesBound_andCaseTwinsKeptApart()
    {
        const QString path = m_dir.filePath(u"hostile.db"_s);
        QJsonArray rows = QJsonDocument::fromJson(QByteArray(hostileRows)).array();
        QJsonObject longRow{{QString(300, u'k'), 1}, {QString(299, u'k') + u'j', 2}};
        rows.append(longRow);
        auto described = std::make_shared<ExportRun>();
        described->operationId = u"Get\"Hostile\"; DROP TABLE x"_s;
        QCOMPARE(exportTo(path, described, {rows}), QString());
        Reader db(path);
        const QString table = SqliteExportWriter::tableName(described->operationId);
        QCOMPARE(db.value(u"SELECT count(*) FROM esi_runs"_s).toInt(), 1);
        QCOMPARE(db.value(u"SELECT count(*) FROM %1"_s.arg(SqliteSchema::quoted(table))).toInt(), 3);
        const QStringList columns = db.columns(table);
        QVERIFY(columns.contains(u"a\"; DROP TABLE esi_runs; --"_s));
        QVERIFY2(columns.contains(u"rowid_"_s) && columns.contains(u"RUN_ID_"_s), qPrintable(columns.join(u'|')));
        QVERIFY2(columns.contains(u"Name"_s) && columns.contains(u"name_"_s), qPrintable(columns.join(u"|"_s)));
        QVERIFY(columns.contains(u"tab_here"_s));
        QVERIFY(columns.contains(u"late_column"_s));
        QCOMPARE(db.value(u"SELECT %1 FROM %2 WHERE rowid = 1"_s.arg(
                              SqliteSchema::quoted(u"a\"; DROP TABLE esi_runs; --"_s), SqliteSchema::quoted(table)))
                     .toString(),
                 u"x'); DROP TABLE esi_runs; --"_s);
        QCOMPARE(db.value(u"SELECT \"rowid_\" FROM %1 WHERE rowid = 1"_s.arg(SqliteSchema::quoted(table))).toInt(), 7);
        // Two long names that share their first 120 characters stay two columns.
        int longColumns = 0;
        for (const QString &column : columns) {
            longColumns += column.size() == SqliteSchema::maxNameLength ? 1 : 0;
        }
        QCOMPARE(longColumns, 2);
        QCOMPARE(db.value(u"SELECT group_concat(%1, '|') FROM %2"_s.arg(SqliteSchema::quoted(u"x\"y"_s),
                                                                        SqliteSchema::quoted(table + u"_list"_s)))
                     .toString(),
                 u"z|w\n"_s);
        QCOMPARE(db.value(u"SELECT group_concat(value) FROM %1"_s.arg(SqliteSchema::quoted(table + u"_nested.\"q\""_s)))
                     .toString(),
                 u"1,2"_s);
    }

    void changedColumnType_isRefused_andTheFileLeftAsItWas()
    {
        const QString path = m_dir.filePath(u"typed.db"_s);
        auto described = std::make_shared<ExportRun>();
        described->operationId = u"Anything"_s;
        QCOMPARE(exportTo(path, described, {QJsonArray{QJsonObject{{u"a"_s, 1}}}}), QString());
        const QByteArray before = contents(path);
        const QString error = exportTo(path, described, {QJsonArray{QJsonObject{{u"a"_s, u"text"_s}}}});
        QVERIFY2(error.contains(u"Column a of table Anything is INTEGER in the file, but TEXT"_s), qPrintable(error));
        QCOMPARE(contents(path), before);
        // A new column is added; the old rows have NULL there.
        QCOMPARE(exportTo(path, described, {QJsonArray{QJsonObject{{u"a"_s, 2}, {u"b"_s, 0.5}}}}), QString());
        Reader db(path);
        QCOMPARE(db.value(u"SELECT count(*) FROM Anything WHERE b IS NULL"_s).toInt(), 1);
        QCOMPARE(leftovers(), QStringList());
    }

    void fileThatIsNotSqlite_isRefusedAndKept()
    {
        const QString path = m_dir.filePath(u"orders.csv"_s);
        QFile csv(path);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("order_id\r\n1\r\n");
        csv.close();
        const QString error = exportTo(path, std::make_shared<ExportRun>(), {QJsonArray{QJsonObject{{u"a"_s, 1}}}});
        QVERIFY2(error.contains(u"is not a SQLite database"_s), qPrintable(error));
        QCOMPARE(contents(path), QByteArray("order_id\r\n1\r\n"));
        QCOMPARE(leftovers(), QStringList());
    }

    void aDeviceWithoutAFile_isRefusedWithWhatToDo()
    {
        const std::unique_ptr<ExportWriter> writer = ExportWriterFactory::create(u"sqlite");
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(!writer->begin(&buffer));
        QVERIFY2(writer->errorString().contains(u"--out FILE.db"_s), qPrintable(writer->errorString()));
        QVERIFY(ExportWriterFactory::needsFile(u"sqlite"));
        QVERIFY(!ExportWriterFactory::needsFile(u"csv"));
    }

    void pythonsSqliteModule_readsTheSameFile()
    {
        const QString path = m_dir.filePath(u"python.db"_s);
        QCOMPARE(exportTo(path, run(u"GetUniverseTypesTypeId"_s, u"34"_s), {QJsonArray{object(tritaniumRow)}}),
                 QString());
        QProcess python;
        python.start(u"python3"_s,
                     {u"-c"_s,
                      u"import sqlite3,sys\n"
                      "c=sqlite3.connect(sys.argv[1])\n"
                      "print(c.execute('pragma integrity_check').fetchone()[0])\n"
                      "print(c.execute('pragma foreign_key_check').fetchall())\n"
                      "print(c.execute('select t.name, sum(a.value) from GetUniverseTypesTypeId t join "
                      "GetUniverseTypesTypeId_dogma_attributes a on a.parent_rowid=t.rowid').fetchone())\n"_s,
                      path});
        QVERIFY2(python.waitForStarted(), "python3 is missing: run .ci/install-deps"); // the independent reader
        QVERIFY(python.waitForFinished());
        QCOMPARE(python.readAllStandardOutput(), QByteArray("ok\n[]\n('Tritanium', 1.01)\n"));
    }
};

QTEST_GUILESS_MAIN(TestSqliteExportWriter)
#include "tst_sqliteexportwriter.moc"
