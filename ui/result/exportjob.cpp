#include "ui/result/exportjob.h"

#include "core/export/exportwriterfactory.h"
#include "core/names/rownames.h"
#include "core/privatefiles.h"
#include "ui/result/provenance.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPromise>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

namespace {

constexpr qsizetype chunkRows = 4096; // rows handed to the writer at once; progress is reported per chunk

QString saveError(const QSaveFile &file)
{
    return ExportJob::tr("Could not write %1: %2").arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
}

} // namespace

ExportJob::ExportJob(Core::CallOutcomePtr outcome, ExportRequest request, QObject *parent)
    : QObject(parent)
    , m_outcome(std::move(outcome))
    , m_request(std::move(request))
    , m_watcher(new QFutureWatcher<QString>(this))
{
    if (m_outcome && m_outcome->data) {
        m_totalRows =
            m_request.language < 0 ? m_outcome->data->totalRowCount() : m_outcome->data->rowCount(m_request.language);
    }
    connect(m_watcher, &QFutureWatcher<QString>::progressValueChanged, this,
            [this](int value) { Q_EMIT progressChanged(value, m_totalRows); });
    connect(m_watcher, &QFutureWatcher<QString>::finished, this, &ExportJob::handleFinished);
}

ExportJob::~ExportJob()
{
    m_watcher->disconnect(this);
    m_watcher->cancel();
    m_watcher->waitForFinished();
}

void ExportJob::start()
{
    const Core::CallOutcomePtr outcome = m_outcome;
    const ExportRequest request = m_request;
    const qint64 total = m_totalRows;
    m_watcher->setFuture(QtConcurrent::run([outcome, request, total](QPromise<QString> &promise) {
        promise.setProgressRange(0, int(qMin<qint64>(total, INT_MAX)));
        const QString error = ExportJob::write(*outcome, request, [&promise](qint64 written) {
            promise.setProgressValue(int(qMin<qint64>(written, INT_MAX)));
            return !promise.isCanceled();
        });
        promise.addResult(error);
    }));
}

void ExportJob::cancel()
{
    m_watcher->cancel();
}

bool ExportJob::isRunning() const
{
    return m_watcher->isRunning();
}

void ExportJob::handleFinished()
{
    if (m_watcher->isCanceled() || m_watcher->future().resultCount() == 0) {
        Q_EMIT finished(
            false, tr("Export cancelled; %1 was left as it was.").arg(QDir::toNativeSeparators(m_request.filePath)));
        return;
    }
    const QString error = m_watcher->result();
    if (!error.isEmpty()) {
        Q_EMIT finished(false, error);
        return;
    }
    QString message = tr("Exported %1 rows to %2").arg(m_totalRows).arg(QDir::toNativeSeparators(m_request.filePath));
    if (m_request.provenance) {
        message += tr(" (provenance in %1)").arg(QFileInfo(ExportRequest::sidecarPath(m_request.filePath)).fileName());
    }
    Q_EMIT finished(true, message);
}

QString ExportJob::write(const Core::CallOutcome &outcome, const ExportRequest &request,
                         const std::function<bool(qint64)> &progress)
{
    if (!outcome.data) {
        return tr("There are no rows to export.");
    }
    Core::ExportWriterFactory::Options options;
    options.byteOrderMark = request.byteOrderMark;
    options.csvEscapeFormulas = request.escapeFormulas;
    if (request.format == u"sqlite") { // the run goes into the file's esi_runs, beside the rows
        options.sqliteRun = std::make_shared<Core::ExportRun>(
            Core::ExportRun::describe(outcome.request.spec, outcome.request.operationId, outcome.request.values,
                                      outcome.baseUrl, outcome.startedAt));
        options.sqliteRun->takePages(outcome.result.pages);
    }
    QString problem;
    const std::unique_ptr<Core::ExportWriter> writer =
        Core::ExportWriterFactory::create(request.format, options, &problem);
    if (!writer) {
        return problem;
    }
    QSaveFile file(request.filePath);
    const bool newFile = !QFileInfo::exists(request.filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        return saveError(file);
    }
    if (newFile) {
        Core::PrivateFiles::restrictToUser(file); // a replaced file keeps the mode its owner gave it
    }
    const Core::ResultData &data = *outcome.data;
    // Rows of several languages in one file say which language they are in.
    const bool tagLanguage = request.language < 0 && data.languageCount() > 1;
    const bool addNames = request.names && request.resolvedNames && !request.idColumns.isEmpty();
    const Core::RowNames names(addNames ? request.idColumns : QList<Core::IdColumn>());
    qint64 written = 0;
    bool ok = writer->begin(&file);
    for (int language = 0; ok && language < data.languageCount(); ++language) {
        if (request.language >= 0 && request.language != language) {
            continue;
        }
        const QString languageName = data.languages().at(language);
        const Core::ResultData::Rows rows = data.rows(language); // rebuilt one at a time from the compact cells
        for (qsizetype start = 0; ok && start < rows.size(); start += chunkRows) {
            QJsonArray chunk;
            const qsizetype end = qMin(rows.size(), start + chunkRows);
            for (qsizetype i = start; i < end; ++i) {
                const QJsonValue value = rows.at(i);
                if (tagLanguage) {
                    QJsonObject row = value.isObject() ? value.toObject() : QJsonObject{{u"value"_s, value}};
                    row.insert(u"language"_s, languageName);
                    chunk.append(row);
                } else {
                    chunk.append(value);
                }
            }
            ok = writer->writeRows(addNames ? names.withNames(chunk, *request.resolvedNames) : chunk);
            written += end - start;
            if (progress && !progress(written)) {
                file.cancelWriting();
                return tr("Export cancelled.");
            }
        }
    }
    ok = ok && writer->finish();
    if (!ok) {
        file.cancelWriting();
        return tr("Could not export to %1: %2").arg(QDir::toNativeSeparators(request.filePath), writer->errorString());
    }
    if (!file.commit()) {
        return saveError(file);
    }
    if (request.provenance) {
        QSaveFile sidecar(ExportRequest::sidecarPath(request.filePath));
        const QJsonObject provenance = Provenance::of(outcome, request, QDateTime::currentDateTimeUtc(), written);
        const bool newSidecar = !QFileInfo::exists(sidecar.fileName());
        if (!sidecar.open(QIODevice::WriteOnly) || (newSidecar && !Core::PrivateFiles::restrictToUser(sidecar)) ||
            sidecar.write(QJsonDocument(provenance).toJson(QJsonDocument::Indented)) < 0 || !sidecar.commit()) {
            return tr("The export was written, but its provenance file was not: %1").arg(saveError(sidecar));
        }
    }
    return {};
}

} // namespace Esi::Ui
