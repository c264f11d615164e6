#pragma once

#include "core/result/calloutcome.h"

#include <QObject>
#include <QStringList>

namespace Esi::Ui {

class RunController;

// Runs what `esi-studio --run OPERATION_ID [name=value ...] [--all-pages]` (or `esi call ... --open-in-studio`,
// or a later launch handing over to this window) asked for: opens the operation with those values and runs it
// as if Run were pressed, without the large-fetch question (the pages were asked for explicitly). A wrong
// operation or value is shown as a problem, never sent.
class DeepLinkRun : public QObject
{
    Q_OBJECT

public:
    static constexpr int exitRunFailed = 1;  // the run ran and failed (or was cancelled)
    static constexpr int exitNotStarted = 2; // unknown operation, bad value, no character: nothing sent

    explicit DeepLinkRun(RunController *controller, QObject *parent = nullptr);

    // `words`: the operation first, then name=value words and --all-pages (RunRequest::fromWords).
    void start(const QStringList &words);

    bool isWaiting() const { return m_waiting; }

Q_SIGNALS:
    void problem(const QString &title, const QString &details);
    // Once per start(): 0 when the run succeeded and its rows are in the table; message says what failed.
    void finished(int exitCode, const QString &message);

private:
    void fail(int exitCode, const QString &title, const QString &details);
    void handleOutcome(const Core::CallOutcomePtr &outcome);

    RunController *m_controller;
    QString m_operationId;
    bool m_waiting = false;
};

} // namespace Esi::Ui
