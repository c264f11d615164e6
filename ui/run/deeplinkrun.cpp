#include "ui/run/deeplinkrun.h"

#include "core/http/esiclient.h"
#include "ui/run/runcontroller.h"
#include "ui/run/runrequest.h"

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

DeepLinkRun::DeepLinkRun(RunController *controller, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
{
    connect(m_controller, &RunController::outcomeReady, this, &DeepLinkRun::handleOutcome);
}

void DeepLinkRun::start(const QStringList &words)
{
    QString error;
    const std::optional<RunRequest> request = RunRequest::fromWords(words, &error);
    if (!request) {
        fail(exitNotStarted, tr("Cannot run from the command line"), error);
        return;
    }
    m_operationId = request->operationId;
    const Core::SpecPtr spec = m_controller->spec();
    if (!spec || !spec->operation(request->operationId)) {
        fail(exitNotStarted, tr("Cannot run %1").arg(request->operationId),
             tr("The spec shown (%1) has no operation \u201c%2\u201d. Operation IDs are case-sensitive, e.g. "
                "GetMarketsRegionIdOrders; 'esi spec ops' lists them.")
                 .arg(spec ? spec->version() : tr("none"), request->operationId));
        return;
    }
    const QList<Core::ValidationIssue> issues = Core::EsiClient::validate(*spec, request->operationId, request->values);
    if (!issues.isEmpty()) {
        QStringList messages;
        for (const Core::ValidationIssue &issue : issues) {
            messages.append(issue.message);
        }
        // The form shows the values too, each problem under its field.
        m_controller->openOperation(request->operationId, request->values,
                                    request->allPages ? Core::CallMode::AllPages : Core::CallMode::SinglePage);
        fail(exitNotStarted, tr("Cannot run %1: nothing was sent").arg(request->operationId), messages.join(u'\n'));
        return;
    }
    if (m_controller->isRunning()) {
        m_controller->cancel(); // the newest request wins, as a second Run would after Cancel
    }
    m_controller->openOperation(request->operationId, request->values,
                                request->allPages ? Core::CallMode::AllPages : Core::CallMode::SinglePage);
    m_waiting = true;
    QString why;
    if (m_controller->runAsRequested(&why) == RunController::RunStart::Refused) {
        m_waiting = false;
        fail(exitNotStarted, tr("Cannot run %1").arg(request->operationId), why);
    }
}

void DeepLinkRun::fail(int exitCode, const QString &title, const QString &details)
{
    Q_EMIT problem(title, details);
    Q_EMIT finished(exitCode, title + u": "_s + details);
}

void DeepLinkRun::handleOutcome(const Core::CallOutcomePtr &outcome)
{
    if (!m_waiting || !outcome || outcome->request.operationId != m_operationId) {
        return;
    }
    m_waiting = false;
    if (outcome->result.isOk()) {
        Q_EMIT finished(0, QString());
        return;
    }
    const QString reason =
        outcome->result.message.isEmpty() ? Core::callErrorName(outcome->result.error) : outcome->result.message;
    Q_EMIT finished(exitRunFailed, tr("%1 failed: %2").arg(m_operationId, reason));
}

} // namespace Esi::Ui
