#pragma once

#include "core/result/calloutcome.h"
#include "ui/result/exportrequest.h"

#include <QObject>
#include <QPointer>

class QProgressDialog;
class QWidget;

namespace Esi::Ui {

class ExportJob;

// Runs exports for the window: asks with ExportDialog, writes on a worker thread with a non-modal
// progress dialog (Cancel stops it and leaves any existing file alone), and tells how it went.
class ExportController : public QObject
{
    Q_OBJECT

public:
    explicit ExportController(QWidget *window, QObject *parent = nullptr);
    ~ExportController() override;

    void setDirectory(const QString &directory) { m_directory = directory; }

    QString directory() const { return m_directory; }

    // Opens the dialog for `outcome`; returns false when the user cancelled it.
    bool exportWithDialog(const Core::CallOutcomePtr &outcome);
    void start(const Core::CallOutcomePtr &outcome, const ExportRequest &request);
    bool isRunning() const;

Q_SIGNALS:
    void finished(bool ok, const QString &message);

private:
    void handleJobFinished(bool ok, const QString &message);

    QWidget *m_window;
    QString m_directory;
    QPointer<ExportJob> m_job;
    QPointer<QProgressDialog> m_progress;
};

} // namespace Esi::Ui
