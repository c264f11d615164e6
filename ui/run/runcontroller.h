#pragma once

#include "core/result/calloutcome.h"
#include "core/result/historyentry.h"
#include "core/spec/spec.h"
#include "ui/run/explorerservices.h"
#include "ui/widgets/copyasmenu.h"

#include <QFuture>
#include <QHash>
#include <QList>
#include <QObject>

class QWidget;

namespace Esi::Ui {

class CallRunner;
class HistoryPanel;
class ParameterListLauncher;
class ResultPanel;
class RunPanel;
class RequestCopier;
class WatchController;

// The path of one run from click to table: checks the form, asks before a large all-pages fetch,
// starts the call, shows progress, hands the outcome to the result views, records it in the history
// and remembers the values for the operation. Also re-runs history entries and copies requests as code.
class RunController : public QObject
{
    Q_OBJECT

public:
    RunController(const ExplorerServices &services, RunPanel *runPanel, ResultPanel *resultPanel,
                  HistoryPanel *historyPanel, QWidget *window, QObject *parent = nullptr);

    ~RunController() override { writePendingHistory(); } // quitting while an entry is hashed still records it

    void setSpec(Core::SpecPtr spec);
    void setOperation(int operationIndex);

    enum class RunStart {
        Started,
        Pending, // learning the picked character's corporation first; starts by itself once known
        Refused, // nothing sent; the reason went to statusMessage
    };

    // Starts a run of the form as filled in; false (and says why) when it cannot start.
    bool run();
    // The same checks as run() but no question before a large fetch: the deep link (esi-studio --run) asked for
    // the run, pages included, explicitly. *why says what refused it.
    RunStart runAsRequested(QString *why);
    // Selects the operation and fills the form with exactly these values and the mode (the deep link); the
    // operation must be in the spec shown.
    bool openOperation(const QString &operationId, const Core::ParameterValues &values, Core::CallMode mode);
    void cancel();
    bool isRunning() const;

    // Selects the entry's operation, fills the form with its values and options, and runs it (rerun) or
    // leaves it for the user to run (open).
    bool rerun(const Core::HistoryEntry &entry);
    bool open(const Core::HistoryEntry &entry);

    CallRunner *runner() const { return m_runner; }

    ParameterListLauncher *listLauncher() const { return m_listLauncher; }

    WatchController *watch() const { return m_watch; } // null without a call engine

    static constexpr int largeFanOut = 100; // more calls than this: ask first

    Core::CallOutcomePtr lastOutcome() const { return m_lastOutcome; }

    void updateEstimate();

    Core::SpecPtr spec() const { return m_spec; }

Q_SIGNALS:
    void operationRequested(const QString &operationId); // the window selects it in the tree
    void statusMessage(const QString &text);
    void problem(const QString &title, const QString &details);
    void outcomeReady(const Esi::Core::CallOutcomePtr &outcome);

private:
    RunStart tryRun(bool confirmLarge, QString *why);
    bool start(const Core::CallRequest &request, bool confirmLarge);
    // One call per value of the form's lists; "every signed-in character" is resolved now.
    bool startFanOut(Core::CallRequest request, const Core::Operation &operation, bool confirmLarge);
    // Corporation and alliance routes: the picked character must be a member (CharacterForCall); learns its
    // membership first and runs again. Pending while learning; Refused (with *why) when nothing may be sent.
    RunStart checkMembership(const Core::Operation &operation, bool confirmLarge, QString *why);
    bool loadEntry(const Core::HistoryEntry &entry);
    void handleStarted(const Core::CallRequest &request);
    void handleFinished(const Core::CallOutcomePtr &outcome);
    void recordFinishedHistory(); // the finished runs whose entries are ready, in order
    void record(const Core::CallOutcomePtr &outcome, Core::HistoryEntry entry);
    void handleCopyFromHistory(const Core::HistoryEntry &entry, CopyFormat format, bool includeToken);
    QString finishedSummary(const Core::CallOutcome &outcome) const;

    ExplorerServices m_services;
    RunPanel *m_runPanel;
    ResultPanel *m_resultPanel;
    HistoryPanel *m_historyPanel;
    QWidget *m_window;
    RequestCopier *m_copier; // copy as curl, esi command, Python, JavaScript
    CallRunner *m_runner = nullptr;
    ParameterListLauncher *m_listLauncher = nullptr;
    WatchController *m_watch = nullptr;
    Core::SpecPtr m_spec;
    int m_operationIndex = -1;
    Core::CallOutcomePtr m_lastOutcome;
    QHash<QString, int> m_lastPages; // X-Pages of this session's runs, by operationId
    bool m_learningMembership = false;

    struct PendingHistory
    {
        Core::CallOutcomePtr outcome;
        QFuture<Core::HistoryEntry> entry;
    };

    void writePendingHistory(); // waits for the entries still hashed on the pool and stores them (no signals)
    QList<PendingHistory> m_pendingHistory; // finished runs whose entry is still being made (on the pool)
};

} // namespace Esi::Ui
