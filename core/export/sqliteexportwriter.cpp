#include "core/export/sqliteexportwriter.h"

#include "core/export/sqliteschema.h"
#include "core/export/sqlitetable.h"
#include "core/http/sqlitefile.h"
#include "core/privatefiles.h"
#include "esiversion.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDevice>
#include <QFileInfo>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <array>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

namespace {

constexpr QByteArrayView sqliteMagic("SQLite format 3\0", 16);
constexpr qint64 copyChunk = 256 * 1024;

constexpr std::array<QLatin1StringView, 14> runColumns{QLatin1StringView("run_id"),
                                                       QLatin1StringView("operation"),
                                                       QLatin1StringView("table_name"),
                                                       QLatin1StringView("parameters"),
                                                       QLatin1StringView("compatibility_date"),
                                                       QLatin1StringView("server"),
                                                       QLatin1StringView("languages"),
                                                       QLatin1StringView("fetched_at"),
                                                       QLatin1StringView("etag"),
                                                       QLatin1StringView("last_modified"),
                                                       QLatin1StringView("pages"),
                                                       QLatin1StringView("rows"),
                                                       QLatin1StringView("written_at"),
                                                       QLatin1StringView("generator")};

} // namespace

SqliteExportWriter::SqliteExportWriter(std::shared_ptr<const ExportRun> run)
    : m_run(run ? std::move(run) : std::make_shared<const ExportRun>())
{}

SqliteExportWriter::~SqliteExportWriter()
{
    close();
}

QString SqliteExportWriter::formatName() const
{
    return u"sqlite"_s;
}

QString SqliteExportWriter::mimeType() const
{
    return u"application/vnd.sqlite3"_s;
}

QString SqliteExportWriter::tableName(const QString &operationId)
{
    return SqliteSchema::cleanName(operationId.isEmpty() ? u"result"_s : operationId);
}

void SqliteExportWriter::close()
{
    if (m_database && m_inTransaction) {
        m_database->rollback();
    }
    m_inTransaction = false;
    m_table.reset();
    m_database.reset(); // closes the connection and removes its name
}

void SqliteExportWriter::writeStart()
{
    m_rows = 0;
    auto *file = qobject_cast<QFileDevice *>(device());
    m_target = file ? file->fileName() : QString();
    if (m_target.isEmpty()) {
        fail(tr("A SQLite export needs a file to write to (with esi: --out FILE.db)."));
        return;
    }
    if (!QFileInfo::exists(m_target)) {
        PrivateFiles::restrictToUser(*file); // a new file is 0600; a replaced one keeps the mode its owner gave it
    }
    if (openCopy(m_target)) {
        startRun();
    }
}

bool SqliteExportWriter::openCopy(const QString &target)
{
    const QFileInfo info(target);
    const QString where = QDir::toNativeSeparators(target);
    m_copy = std::make_unique<QTemporaryFile>(info.dir().filePath(u"."_s + info.fileName() + u".XXXXXX.tmp"_s));
    if (!m_copy->open()) { // 0600 whatever the umask
        fail(tr("Cannot create a temporary file beside %1: %2").arg(where, m_copy->errorString()));
        return false;
    }
    if (info.exists() && info.size() > 0) {
        QFile existing(target);
        if (!existing.open(QIODevice::ReadOnly)) {
            fail(tr("Cannot read %1 to add a run to it: %2").arg(where, existing.errorString()));
            return false;
        }
        if (QByteArrayView(existing.peek(sqliteMagic.size())) != sqliteMagic) {
            fail(tr("%1 exists and is not a SQLite database; it was left as it was. Choose another file name.")
                     .arg(where));
            return false;
        }
        while (!existing.atEnd()) {
            const QByteArray chunk = existing.read(copyChunk);
            if (chunk.isEmpty() || m_copy->write(chunk) != chunk.size()) {
                fail(tr("Cannot copy %1 to add a run to it: %2").arg(where, m_copy->errorString()));
                return false;
            }
        }
    }
    if (!m_copy->flush()) {
        fail(tr("Cannot copy %1 to add a run to it: %2").arg(where, m_copy->errorString()));
        return false;
    }
    m_database = std::make_unique<SqliteFile>(m_copy->fileName(), 0);
    QString error;
    if (!m_database->open(tr("SQLite export"), &error)) {
        fail(error);
        return false;
    }
    // A file for people and other programs: an ordinary rollback journal, no -wal/-shm beside it.
    m_database->exec(u"PRAGMA journal_mode=DELETE"_s);
    m_database->exec(u"PRAGMA foreign_keys=ON"_s);
    return true;
}

bool SqliteExportWriter::startRun()
{
    if (!m_database->beginWrite()) {
        fail(tr("Cannot start writing %1: %2").arg(QDir::toNativeSeparators(m_target), m_database->lastError()));
        return false;
    }
    m_inTransaction = true;
    QString error;
    const bool created = m_database->exec(
        u"CREATE TABLE IF NOT EXISTS esi_runs (run_id INTEGER PRIMARY KEY, operation TEXT NOT NULL, "
        "table_name TEXT NOT NULL, parameters TEXT, compatibility_date TEXT, server TEXT, languages TEXT, "
        "fetched_at TEXT, etag TEXT, last_modified TEXT, pages INTEGER, rows INTEGER, written_at TEXT, "
        "generator TEXT)"_s,
        &error);
    QSqlQuery info(m_database->database());
    QStringList found;
    if (created && info.exec(u"PRAGMA table_info(esi_runs)"_s)) {
        while (info.next()) {
            found.append(info.value(1).toString());
        }
    }
    for (const QLatin1StringView column : runColumns) {
        if (created && !found.contains(column)) {
            fail(tr("%1 has an esi_runs table without a %2 column, so it was not written by an ESI Studio export; "
                    "export into another file.")
                     .arg(QDir::toNativeSeparators(m_target), column));
            return false;
        }
    }
    if (!created) {
        fail(tr("Cannot prepare %1: %2").arg(QDir::toNativeSeparators(m_target), error));
        return false;
    }
    const ExportRun &run = *m_run;
    const QString table = tableName(run.operationId);
    QSqlQuery insert(m_database->database());
    insert.prepare(u"INSERT INTO esi_runs (operation, table_name, parameters, compatibility_date, server, "
                   "fetched_at, written_at, generator, rows) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)"_s);
    insert.addBindValue(run.operationId);
    insert.addBindValue(table);
    insert.addBindValue(run.parametersJson);
    insert.addBindValue(run.compatibilityDate);
    insert.addBindValue(run.server);
    insert.addBindValue(run.fetchedAt.isValid() ? run.fetchedAt.toUTC().toString(Qt::ISODateWithMs) : QString());
    insert.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    insert.addBindValue(QString(u"ESI Studio "_s + QStringLiteral(ESI_STUDIO_VERSION)));
    if (!insert.exec()) {
        fail(tr("Cannot record the run in %1: %2").arg(QDir::toNativeSeparators(m_target), insert.lastError().text()));
        return false;
    }
    m_runId = insert.lastInsertId().toLongLong();
    QJsonObject rowSchema;
    if (run.spec) {
        if (const Operation *operation = run.spec->operation(run.operationId)) {
            rowSchema = SqliteSchema::rowSchema(*run.spec, *operation);
        }
    }
    m_table = std::make_unique<SqliteTable>(m_database->database(), table, run.spec.get(), rowSchema);
    if (!m_table->prepare(&error)) {
        fail(error);
        return false;
    }
    return true;
}

void SqliteExportWriter::writePage(const QJsonArray &rows)
{
    if (!m_table || hasError()) {
        return;
    }
    QString error;
    for (const QJsonValue &row : rows) {
        if (!m_table->insert(row, m_runId, -1, 0, &error)) {
            fail(error);
            return;
        }
        ++m_rows;
    }
}

void SqliteExportWriter::writeEnd()
{
    if (!m_table || hasError()) {
        return;
    }
    const ExportRun &run = *m_run;
    QSqlQuery update(m_database->database());
    update.prepare(u"UPDATE esi_runs SET languages = ?, etag = ?, last_modified = ?, pages = ?, rows = ? "
                   "WHERE run_id = ?"_s);
    update.addBindValue(run.languages.join(u','));
    update.addBindValue(run.etag);
    update.addBindValue(run.lastModified);
    update.addBindValue(run.pages);
    update.addBindValue(m_rows);
    update.addBindValue(m_runId);
    if (!update.exec()) {
        fail(tr("Cannot record the run in %1: %2").arg(QDir::toNativeSeparators(m_target), update.lastError().text()));
        return;
    }
    m_inTransaction = false;
    if (!m_database->commit()) {
        fail(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_target), m_database->lastError()));
        return;
    }
    m_table.reset();
    m_database.reset();
    // The finished copy goes to the device, which replaces the target once the caller commits it.
    QFile copy(m_copy->fileName());
    if (!copy.open(QIODevice::ReadOnly)) {
        fail(tr("Cannot read the finished export for %1: %2")
                 .arg(QDir::toNativeSeparators(m_target), copy.errorString()));
        return;
    }
    while (!copy.atEnd() && !hasError()) {
        const QByteArray chunk = copy.read(copyChunk);
        if (chunk.isEmpty()) {
            fail(tr("Cannot read the finished export for %1: %2")
                     .arg(QDir::toNativeSeparators(m_target), copy.errorString()));
            return;
        }
        buffer().append(chunk);
        flushIfFull();
    }
}

} // namespace Esi::Core
