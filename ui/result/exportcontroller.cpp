#include "ui/result/exportcontroller.h"

#include "ui/result/exportdialog.h"
#include "ui/result/exportjob.h"
#include "ui/widgets/humanformat.h"

#include <QDir>
#include <QFileInfo>
#include <QProgressDialog>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

namespace {

constexpr int progressDelayMs = 400; // small exports finish before a dialog would flash up

} // namespace

ExportController::ExportController(QWidget *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_directory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
{}

ExportController::~ExportController() = default;

bool ExportController::isRunning() const
{
    return !m_job.isNull();
}

bool ExportController::exportWithDialog(const Core::CallOutcomePtr &outcome)
{
    if (!outcome || !outcome->data || isRunning()) {
        return false;
    }
    ExportDialog dialog(*outcome, m_directory, m_window);
    if (dialog.exec() != QDialog::Accepted) {
        return false;
    }
    start(outcome, dialog.request());
    return true;
}

void ExportController::start(const Core::CallOutcomePtr &outcome, const ExportRequest &request)
{
    if (isRunning()) {
        return;
    }
    m_directory = QFileInfo(request.filePath).absolutePath();
    m_job = new ExportJob(outcome, request, this);
    const qint64 total = m_job->totalRows();

    m_progress = new QProgressDialog(m_window);
    m_progress->setObjectName(u"exportProgress"_s);
    m_progress->setAccessibleName(tr("Export progress"));
    m_progress->setWindowTitle(tr("Exporting"));
    m_progress->setLabelText(
        tr("Writing %1 rows to %2\u2026").arg(HumanFormat::count(total), QFileInfo(request.filePath).fileName()));
    m_progress->setWindowModality(Qt::NonModal);
    m_progress->setMinimumDuration(progressDelayMs);
    m_progress->setRange(0, int(qMin<qint64>(total, INT_MAX)));
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, m_job, &ExportJob::cancel);
    connect(m_job, &ExportJob::progressChanged, m_progress,
            [progress = m_progress](qint64 written) { progress->setValue(int(qMin<qint64>(written, INT_MAX))); });
    connect(m_job, &ExportJob::finished, this, &ExportController::handleJobFinished);
    m_job->start();
}

void ExportController::handleJobFinished(bool ok, const QString &message)
{
    if (m_progress) {
        m_progress->deleteLater();
    }
    if (m_job) {
        m_job->deleteLater();
    }
    m_job = nullptr;
    Q_EMIT finished(ok, message);
}

} // namespace Esi::Ui
