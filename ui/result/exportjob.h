#pragma once

#include "core/result/calloutcome.h"
#include "ui/result/exportrequest.h"

#include <QFutureWatcher>
#include <QObject>

namespace Esi::Ui {

// Writes one result to a file with core's export writers on a worker thread, reporting rows written,
// and the provenance sidecar next to it. The file appears only once complete (QSaveFile): a cancelled
// or failed export leaves an existing file untouched.
class ExportJob : public QObject
{
    Q_OBJECT

public:
    ExportJob(Core::CallOutcomePtr outcome, ExportRequest request, QObject *parent = nullptr);
    ~ExportJob() override;

    const ExportRequest &request() const { return m_request; }

    qint64 totalRows() const { return m_totalRows; }

    void start();
    void cancel();
    bool isRunning() const;

    // Runs the export on the calling thread; returns an empty string on success, else what failed.
    static QString write(const Core::CallOutcome &outcome, const ExportRequest &request,
                         const std::function<bool(qint64 rowsWritten)> &progress = {});

Q_SIGNALS:
    void progressChanged(qint64 rowsWritten, qint64 totalRows);
    void finished(bool ok, const QString &message); // message: what was written, or what failed

private:
    void handleFinished();

    Core::CallOutcomePtr m_outcome;
    ExportRequest m_request;
    qint64 m_totalRows = 0;
    QFutureWatcher<QString> *m_watcher;
};

} // namespace Esi::Ui
