#include "ui/run/runcontroller.h"

#include "core/auth/characteraffiliations.h"
#include "core/auth/characterforcall.h"
#include "core/clock.h"
#include "core/fanout/fanoutcharacters.h"
#include "core/http/esiclient.h"
#include "core/http/ratelimittracker.h"
#include "core/http/tokenprovider.h"
#include "core/result/callhistorystore.h"
#include "ui/history/historypanel.h"
#include "ui/result/resultpanel.h"
#include "ui/run/callrunner.h"
#include "ui/run/characterpicker.h"
#include "ui/run/fetchestimate.h"
#include "ui/run/parameterform.h"
#include "ui/run/parameterlistlauncher.h"
#include "ui/run/parametermemory.h"
#include "ui/run/requestcopier.h"
#include "ui/run/runpanel.h"
#include "ui/watch/watchcontroller.h"
#include "ui/widgets/humanformat.h"

#include <QFutureWatcher>
#include <QMessageBox>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

RunController::RunController(const ExplorerServices &services, RunPanel *runPanel, ResultPanel *resultPanel,
                             HistoryPanel *historyPanel, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_runPanel(runPanel)
    , m_resultPanel(resultPanel)
    , m_historyPanel(historyPanel)
    , m_window(window)
    , m_copier(new RequestCopier(services, window, this))
{
    connect(m_copier, &RequestCopier::statusMessage, this, &RunController::statusMessage);
    connect(m_copier, &RequestCopier::problem, this, &RunController::problem);
    m_listLauncher = new ParameterListLauncher(m_runPanel, m_resultPanel, m_window, this);
    m_listLauncher->setAffiliations(m_services.affiliations);
    if (m_services.client && m_services.clock) {
        m_runner = new CallRunner(m_services.client, *m_services.clock, this);
        connect(m_runner, &CallRunner::started, this, &RunController::handleStarted);
        connect(m_runner, &CallRunner::progressChanged, m_runPanel, &RunPanel::showProgress);
        connect(m_runner, &CallRunner::fanOutProgressChanged, m_runPanel, &RunPanel::showFanOutProgress);
        connect(m_runner, &CallRunner::waiting, m_runPanel, &RunPanel::showWaiting);
        connect(m_runner, &CallRunner::decodingStarted, m_runPanel, &RunPanel::showDecoding);
        connect(m_runner, &CallRunner::rowsChanged, m_resultPanel,
                [panel = m_resultPanel](const Core::ResultDataPtr &rows) { panel->showRows(rows); });
        connect(m_runner, &CallRunner::finished, this, &RunController::handleFinished);
        // Watch: re-runs on Expires while the runner is free; every outcome after the panel shows it.
        m_watch = new WatchController(m_resultPanel, *m_services.clock, m_services.settings, this);
        connect(m_watch, &WatchController::runRequested, this, [this](const Core::CallRequest &request) {
            if (!m_runner->isRunning()) {
                m_runner->start(request);
            }
        });
        connect(m_runner, &CallRunner::finished, m_watch, &WatchController::handleOutcome);
    } else {
        m_runPanel->setRunAvailable(false, tr("Runs are unavailable: ESI Studio was started without a call engine."));
    }
    m_runPanel->setDefaultLanguage(m_services.language);
    connect(m_runPanel, &RunPanel::runRequested, this, &RunController::run);
    connect(m_runPanel, &RunPanel::cancelRequested, this, &RunController::cancel);
    connect(m_runPanel, &RunPanel::optionsChanged, this, &RunController::updateEstimate);
    connect(m_runPanel, &RunPanel::copyAsRequested, this, [this](CopyFormat format, bool includeToken) {
        m_copier->copy(m_runPanel->request(), format, includeToken);
    });
    connect(m_runPanel->form(), &ParameterForm::submitted, this, &RunController::run);
    if (m_services.rateLimits) {
        connect(m_services.rateLimits, &Core::RateLimitTracker::bucketChanged, this, &RunController::updateEstimate);
    }
    if (m_historyPanel) {
        connect(m_historyPanel, &HistoryPanel::rerunRequested, this, &RunController::rerun);
        connect(m_historyPanel, &HistoryPanel::openRequested, this, &RunController::open);
        connect(m_historyPanel, &HistoryPanel::copyAsRequested, this, &RunController::handleCopyFromHistory);
    }
}

void RunController::setSpec(Core::SpecPtr spec)
{
    m_spec = std::move(spec);
    m_operationIndex = -1;
    m_runPanel->setOperation(m_spec, -1);
    updateEstimate();
}

void RunController::setOperation(int operationIndex)
{
    m_operationIndex = operationIndex;
    m_runPanel->setOperation(m_spec, operationIndex);
    if (const Core::Operation *op = m_runPanel->operation(); op && m_services.memory) {
        m_runPanel->form()->setValues(m_services.memory->recall(op->operationId));
        m_runPanel->syncCharacterWithPath();
    }
    updateEstimate();
}

bool RunController::isRunning() const
{
    return m_runner && m_runner->isRunning();
}

bool RunController::run()
{
    return tryRun(true, nullptr) == RunStart::Started;
}

RunController::RunStart RunController::runAsRequested(QString *why)
{
    return tryRun(false, why);
}

RunController::RunStart RunController::tryRun(bool confirmLarge, QString *why)
{
    const auto refuse = [this, why](const QString &reason) {
        if (why) {
            *why = reason;
        }
        Q_EMIT statusMessage(reason);
        return RunStart::Refused;
    };
    const Core::Operation *op = m_runPanel->operation();
    if (!op || !m_runner) {
        return refuse(tr("Nothing sent: pick an operation first."));
    }
    if (isRunning()) {
        return refuse(tr("Nothing sent: a run is in progress; cancel it first."));
    }
    const QList<Core::ValidationIssue> issues = m_runPanel->form()->validate(true);
    if (!issues.isEmpty()) {
        m_runPanel->form()->focusFirstProblem();
        return refuse(tr("Nothing sent: fix the %n marked parameter(s) first.", nullptr, int(issues.size())));
    }
    if (m_runPanel->characterPicker()->isBlocking()) {
        return refuse(
            tr("Nothing sent: %1 needs a signed-in character with %2.").arg(op->operationId, op->scopes.join(u", "_s)));
    }
    if (const RunStart membership = checkMembership(*op, confirmLarge, why); membership != RunStart::Started) {
        return membership;
    }
    if (!start(m_runPanel->request(), confirmLarge)) {
        if (why) {
            *why = tr("Run not started.");
        }
        return RunStart::Refused; // start() said so
    }
    return RunStart::Started;
}

bool RunController::openOperation(const QString &operationId, const Core::ParameterValues &values, Core::CallMode mode)
{
    if (!m_spec || !m_spec->operation(operationId)) {
        return false;
    }
    Q_EMIT operationRequested(operationId);
    if (m_operationIndex != m_spec->indexOf(operationId)) {
        setOperation(m_spec->indexOf(operationId));
    }
    m_runPanel->form()->setValues(values);
    Core::CallOptions options = m_runPanel->options();
    options.mode = mode;
    m_runPanel->setOptions(options);
    m_runPanel->syncCharacterWithPath();
    return true;
}

RunController::RunStart RunController::checkMembership(const Core::Operation &operation, bool confirmLarge,
                                                       QString *why)
{
    using Core::CharacterForCall;
    const Core::ParameterValues values = m_runPanel->form()->values();
    const CharacterForCall::PathOwner owner = CharacterForCall::pathOwner(operation, values);
    Core::CharacterAffiliations *affiliations = m_services.affiliations;
    if (!affiliations || owner.id == 0 ||
        (owner.kind != CharacterForCall::Owner::Corporation && owner.kind != CharacterForCall::Owner::Alliance)) {
        return RunStart::Started;
    }
    const qint64 picked = m_runPanel->options().characterId;
    if (!affiliations->membership(picked) && !m_learningMembership) {
        m_learningMembership = true;
        affiliations->setSpec(m_spec);
        Q_EMIT statusMessage(tr("Checking which corporation %1 belongs to\u2026")
                                 .arg(m_runPanel->characterPicker()->currentCharacterName()));
        affiliations->learnMemberships({picked}, [self = QPointer<RunController>(this), confirmLarge] {
            if (self) {
                self->tryRun(confirmLarge, nullptr);
                self->m_learningMembership = false;
            }
        });
        return RunStart::Pending;
    }
    const Core::CallCharacter chosen =
        CharacterForCall::choose(operation, values, picked, m_runPanel->tokens(),
                                 [affiliations](qint64 characterId) { return affiliations->membership(characterId); });
    if (!chosen.isOk()) {
        const QString reason = tr("Nothing sent: %1").arg(chosen.message);
        if (why) {
            *why = reason;
        }
        Q_EMIT statusMessage(reason);
        return RunStart::Refused;
    }
    return RunStart::Started;
}

void RunController::cancel()
{
    if (m_runner) {
        m_runner->cancel();
    }
}

bool RunController::start(const Core::CallRequest &request, bool confirmLarge)
{
    const Core::Operation *op = request.spec ? request.spec->operation(request.operationId) : nullptr;
    if (!op || !m_runner) {
        return false;
    }
    if (confirmLarge) {
        updateEstimate();
        std::optional<int> lastPages;
        if (m_lastPages.contains(op->operationId)) {
            lastPages = m_lastPages.value(op->operationId);
        } else if (m_services.history) {
            lastPages = m_services.history->lastPageCount(op->operationId);
        }
        std::optional<int> tokensLeft;
        if (m_services.rateLimits && op->rateLimit.isValid()) {
            if (const auto bucket =
                    m_services.rateLimits->bucket(op->rateLimit.group, op->authed ? request.options.characterId : 0)) {
                tokensLeft = bucket->remaining;
            }
        }
        const FetchEstimate estimate = FetchEstimate::of(*op, request.options, lastPages, tokensLeft,
                                                         m_services.client->settings().limits.maxPages);
        if (estimate.isLarge() &&
            QMessageBox::question(m_window, tr("Large Fetch"), estimate.confirmation(),
                                  QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes) != QMessageBox::Yes) {
            Q_EMIT statusMessage(tr("Run not started."));
            return false;
        }
    }
    if (m_services.memory) {
        m_services.memory->remember(request.operationId, request.values);
    }
    if (request.isFanOut()) {
        return startFanOut(request, *op, confirmLarge);
    }
    m_runner->start(request);
    return true;
}

bool RunController::startFanOut(Core::CallRequest request, const Core::Operation &operation, bool confirmLarge)
{
    const QList<Core::TokenRecord> tokens = m_runPanel->tokens();
    if (request.allCharacters) { // the characters that qualify now, not when the list was made
        const QList<qint64> characters = Core::FanOutCharacters::withScopes(tokens, operation);
        if (characters.isEmpty()) {
            Q_EMIT statusMessage(tr("Nothing sent: %1").arg(Core::FanOutCharacters::noneMessage(tokens, operation)));
            return false;
        }
        Core::FanOutPlan plan(request.fanOut.base());
        QString error;
        for (const Core::FanOutPlan::List &list : request.fanOut.lists()) {
            QStringList values = list.values;
            if (list.parameter == u"character_id"_s) {
                values.clear();
                for (const qint64 id : characters) {
                    values.append(QString::number(id));
                }
            }
            if (!plan.addList(list.parameter, values, &error)) {
                Q_EMIT statusMessage(tr("Nothing sent: %1").arg(error));
                return false;
            }
        }
        request.fanOut = plan;
    }
    QList<Core::FanOutItem> items = request.fanOut.items();
    if (confirmLarge && items.size() > largeFanOut &&
        QMessageBox::question(m_window, tr("Many Calls"),
                              tr("This runs %1 %n time(s), once per value. Run it?", nullptr, int(items.size()))
                                  .arg(operation.operationId),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes) != QMessageBox::Yes) {
        Q_EMIT statusMessage(tr("Run not started."));
        return false;
    }
    if (operation.authed) {
        // Each item's path decides its token (CharacterForCall); a refusal fails that item alone, sending nothing.
        Core::CharacterAffiliations *affiliations = m_services.affiliations;
        const Core::CharacterForCall::MembershipLookup membership =
            [affiliations](qint64 characterId) -> std::optional<Core::CharacterMembership> {
            return affiliations ? affiliations->membership(characterId) : std::nullopt;
        };
        // The picker follows a single character_id; with a list of them each item's path alone decides.
        const qint64 requested = request.fanOut.isListed(u"character_id"_s) ? 0 : request.options.characterId;
        for (Core::FanOutItem &item : items) {
            const Core::CallCharacter chosen =
                Core::CharacterForCall::choose(operation, item.values, requested, tokens, membership);
            if (chosen.isOk()) {
                item.characterId = chosen.characterId;
            } else {
                item.refusal = chosen.message;
            }
        }
    }
    m_runner->startFanOut(request, items);
    return true;
}

void RunController::handleStarted(const Core::CallRequest &request)
{
    m_runPanel->setRunning(true);
    m_resultPanel->showRunning(request);
}

QString RunController::finishedSummary(const Core::CallOutcome &outcome) const
{
    const Core::CallResult &result = outcome.result;
    const QString elapsed = HumanFormat::duration(outcome.startedAt.msecsTo(outcome.finishedAt));
    if (outcome.fanOutItems > 0 && result.error != Core::CallError::Cancelled) {
        const int failed = int(outcome.failures.size());
        return tr("Done: %1 of %2 calls \u00b7 %3 failed \u00b7 %4 rows \u00b7 %5")
            .arg(HumanFormat::count(outcome.fanOutItems - failed), HumanFormat::count(outcome.fanOutItems),
                 HumanFormat::count(failed), HumanFormat::count(outcome.data ? outcome.data->totalRowCount() : 0),
                 elapsed);
    }
    if (result.isOk()) {
        return tr("Done: %1 pages \u00b7 %2 rows \u00b7 %3")
            .arg(HumanFormat::count(result.pages.size()),
                 HumanFormat::count(outcome.data ? outcome.data->totalRowCount() : 0), elapsed);
    }
    if (result.error == Core::CallError::Cancelled) {
        return tr("Cancelled after %1 pages").arg(HumanFormat::count(result.pages.size()));
    }
    return tr("Failed: %1").arg(Core::callErrorName(result.error));
}

void RunController::handleFinished(const Core::CallOutcomePtr &outcome)
{
    m_lastOutcome = outcome;
    m_runPanel->setRunning(false);
    m_runPanel->showFinished(finishedSummary(*outcome));
    if (outcome->result.error == Core::CallError::InvalidInput) {
        m_runPanel->form()->validate(true);
    }
    m_resultPanel->setOutcome(outcome);
    Q_EMIT statusMessage(finishedSummary(*outcome)); // now: a later run's start must not be overwritten by it
    // The entry's hash was taken while the pages decoded (CallRunner), so the entry is ready at once. When it was
    // not (a cancelled run, several languages), the bodies are hashed on the pool and the entry is recorded once
    // that is done; entries are recorded in the order the runs finished.
    QFuture<Core::HistoryEntry> entry = !outcome->bodyHash.isEmpty() || outcome->result.pages.isEmpty()
                                            ? QtFuture::makeReadyFuture(Core::HistoryEntry::of(*outcome))
                                            : QtConcurrent::run([outcome] { return Core::HistoryEntry::of(*outcome); });
    m_pendingHistory.append({outcome, entry});
    if (!entry.isFinished()) {
        auto *watcher = new QFutureWatcher<Core::HistoryEntry>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
            watcher->deleteLater();
            recordFinishedHistory();
        });
        watcher->setFuture(entry);
    }
    recordFinishedHistory();
}

void RunController::recordFinishedHistory()
{
    while (!m_pendingHistory.isEmpty() && m_pendingHistory.constFirst().entry.isFinished()) {
        const PendingHistory done = m_pendingHistory.takeFirst();
        record(done.outcome, done.entry.result());
    }
}

void RunController::record(const Core::CallOutcomePtr &outcome, Core::HistoryEntry entry)
{
    if (m_services.history && m_services.history->isOpen()) {
        entry.id = m_services.history->add(entry);
        if (m_historyPanel && entry.id > 0) {
            m_historyPanel->record(entry, outcome->data); // small results keep their rows for Compare
        }
    }
    if (entry.ok && entry.xPages > 0 && outcome->request.options.mode == Core::CallMode::AllPages) {
        m_lastPages.insert(entry.operationId, entry.xPages);
    }
    updateEstimate();
    Q_EMIT outcomeReady(outcome);
}

void RunController::writePendingHistory()
{
    for (const PendingHistory &pending : std::as_const(m_pendingHistory)) {
        Core::HistoryEntry entry = pending.entry.result(); // waits for the hash
        if (m_services.history && m_services.history->isOpen()) {
            m_services.history->add(entry);
        }
    }
    m_pendingHistory.clear();
}

void RunController::updateEstimate()
{
    const Core::Operation *op = m_runPanel->operation();
    if (!op) {
        m_runPanel->setEstimate(QString(), false);
        return;
    }
    const Core::CallOptions options = m_runPanel->options();
    std::optional<int> lastPages;
    if (m_lastPages.contains(op->operationId)) {
        lastPages = m_lastPages.value(op->operationId);
    } else if (m_services.history) {
        lastPages = m_services.history->lastPageCount(op->operationId);
    }
    std::optional<int> tokensLeft;
    if (m_services.rateLimits && op->rateLimit.isValid()) {
        if (const auto bucket =
                m_services.rateLimits->bucket(op->rateLimit.group, op->authed ? options.characterId : 0)) {
            tokensLeft = bucket->remaining;
        }
    }
    const FetchEstimate estimate = FetchEstimate::of(*op, options, lastPages, tokensLeft);
    m_runPanel->setEstimate(estimate.text(), estimate.isLarge());
}

bool RunController::loadEntry(const Core::HistoryEntry &entry)
{
    if (!m_spec || !m_spec->operation(entry.operationId)) {
        Q_EMIT problem(tr("Cannot re-run %1").arg(entry.operationId),
                       tr("The spec shown (%1) has no operation %2; pick the compatibility date %3 it was run "
                          "with.")
                           .arg(m_spec ? m_spec->version() : tr("none"), entry.operationId, entry.compatibilityDate));
        return false;
    }
    Q_EMIT operationRequested(entry.operationId);
    if (m_operationIndex != m_spec->indexOf(entry.operationId)) {
        setOperation(m_spec->indexOf(entry.operationId));
    }
    m_runPanel->form()->setValues(entry.values);
    m_runPanel->form()->clearLists();
    Core::FanOutPlan lists;
    QString listProblem;
    if (!lists.addListsFromJson(entry.fanOutLists, &listProblem)) {
        Q_EMIT problem(tr("Cannot re-run %1").arg(entry.operationId), listProblem);
        return false;
    }
    for (const Core::FanOutPlan::List &list : lists.lists()) {
        m_runPanel->form()->setList(list.parameter, list.values,
                                    entry.allCharacters && list.parameter == u"character_id"_s);
    }
    m_runPanel->setOptions(entry.options);
    if (const QString characterProblem = m_runPanel->characterProblem(); !characterProblem.isEmpty()) {
        Q_EMIT problem(tr("Cannot re-run %1").arg(entry.operationId), characterProblem);
        return false;
    }
    // A character_id in the values decides (the picker followed it); otherwise the recorded character must be offered.
    const Core::Operation *op = m_runPanel->operation();
    const bool pathDecides = op && Core::CharacterForCall::pathOwner(*op, m_runPanel->form()->values()).id != 0 &&
                             Core::CharacterForCall::pathOwner(*op, m_runPanel->form()->values()).kind ==
                                 Core::CharacterForCall::Owner::Character;
    const bool listedCharacters = !m_runPanel->form()->list(u"character_id"_s).isEmpty(); // each item decides
    if (!pathDecides && !listedCharacters && entry.options.characterId != 0 &&
        m_runPanel->options().characterId != entry.options.characterId) {
        Q_EMIT problem(tr("Cannot re-run %1 as %2").arg(entry.operationId, entry.characterName),
                       tr("%1 is not signed in with the scopes this operation needs.").arg(entry.characterName));
        return false;
    }
    if (m_spec->version() != entry.compatibilityDate) {
        Q_EMIT statusMessage(tr("Using compatibility date %1; the call was recorded with %2.")
                                 .arg(m_spec->version(), entry.compatibilityDate));
    }
    return true;
}

bool RunController::rerun(const Core::HistoryEntry &entry)
{
    if (isRunning() || !loadEntry(entry)) {
        return false;
    }
    return start(m_runPanel->request(), false); // asked for explicitly: no second question
}

bool RunController::open(const Core::HistoryEntry &entry)
{
    return loadEntry(entry);
}

void RunController::handleCopyFromHistory(const Core::HistoryEntry &entry, CopyFormat format, bool includeToken)
{
    if (!m_spec || !m_spec->operation(entry.operationId)) {
        Q_EMIT problem(tr("Cannot copy %1").arg(entry.operationId),
                       tr("The spec shown has no operation %1.").arg(entry.operationId));
        return;
    }
    Core::CallRequest request;
    request.spec = m_spec;
    request.operationId = entry.operationId;
    request.values = entry.values;
    request.options = entry.options;
    request.characterName = entry.characterName;
    // A call over lists keeps its lists, so RequestCopier refuses it as it does for the form.
    QString listProblem;
    if (!request.fanOut.addListsFromJson(entry.fanOutLists, &listProblem)) {
        Q_EMIT problem(tr("Cannot copy %1").arg(entry.operationId), listProblem);
        return;
    }
    m_copier->copy(request, format, includeToken);
}

} // namespace Esi::Ui
