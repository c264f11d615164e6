#pragma once

#include "core/result/calloutcome.h"
#include "core/watch/watcher.h"

#include <QObject>

class QSettings;

namespace Esi::Ui {

class ResultPanel;
class WatchBar;
class WatchNotifier;

// "Watch" on the result panel: takes the run on screen as snapshot 1 and asks (runRequested) for the same request
// again each time the last answer's Expires passes (Core::Watcher: never earlier, floor and ceiling). Whoever runs
// calls hands every outcome to handleOutcome: one of the watched operation is the next snapshot (the user's own
// re-run counts too), another operation or a cancel stops the watch. Each snapshot's added and changed rows are
// highlighted in the table (WatchHighlight), removed ones listed, the counts shown, the last Watcher::DefaultKeep
// snapshots browsable, and a change optionally notified (setting `watch/notify`, off by default).
class WatchController : public QObject
{
    Q_OBJECT

public:
    WatchController(ResultPanel *panel, const Core::Clock &clock, QSettings *settings, QObject *parent = nullptr);

    Core::Watcher *watcher() const { return m_watcher; }

    WatchBar *bar() const { return m_bar; }

    WatchNotifier *notifier() const { return m_notifier; }

    bool isWatching() const { return m_watcher->isActive(); }

    void startWatching(); // the outcome on screen must be a successful single call
    void stopWatching();

    // Shows snapshot `number` (one of Watcher::snapshots) in the table with its highlights.
    bool showSnapshot(int number);

    void handleOutcome(const Core::CallOutcomePtr &outcome);

Q_SIGNALS:
    void runRequested(const Esi::Core::CallRequest &request);

private:
    void handleSnapshot(const Core::WatchSnapshot &snapshot);
    void handleStopped(const QString &reason);
    void highlight(const Core::WatchSnapshot &snapshot);
    void fillPicker();
    void updateToggle();
    QString statusText(const Core::WatchSnapshot &snapshot) const;

    ResultPanel *m_panel;
    const Core::Clock &m_clock;
    QSettings *m_settings;
    Core::Watcher *m_watcher;
    WatchBar *m_bar;
    WatchNotifier *m_notifier;
    Core::CallOutcomePtr m_outcome; // the last one shown
    Core::CallRequest m_request;    // what is watched
    bool m_decorated = false;       // the table carries a snapshot's marks
};

} // namespace Esi::Ui
