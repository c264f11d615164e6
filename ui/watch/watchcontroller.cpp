#include "ui/watch/watchcontroller.h"

#include "core/clock.h"
#include "ui/result/resultpanel.h"
#include "ui/result/resulttablemodel.h"
#include "ui/result/resulttableview.h"
#include "ui/watch/watchbar.h"
#include "ui/watch/watchhighlight.h"
#include "ui/watch/watchnotifier.h"

#include <QCheckBox>
#include <QComboBox>
#include <QSettings>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

namespace {

const QString notifyKey = u"watch/notify"_s;

bool sameCall(const Core::CallRequest &a, const Core::CallRequest &b)
{
    return a.operationId == b.operationId && a.values == b.values && a.options.mode == b.options.mode &&
           a.options.language == b.options.language && a.options.allLanguages == b.options.allLanguages &&
           a.options.characterId == b.options.characterId;
}

QString timeText(const QDateTime &time)
{
    return time.toLocalTime().time().toString(u"HH:mm:ss"_s);
}

} // namespace

WatchController::WatchController(ResultPanel *panel, const Core::Clock &clock, QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_panel(panel)
    , m_clock(clock)
    , m_settings(settings)
    , m_watcher(new Core::Watcher(clock, this))
    , m_bar(new WatchBar(panel))
    , m_notifier(new WatchNotifier(this))
{
    m_panel->addBar(m_bar);
    const bool notify = m_settings && m_settings->value(notifyKey, false).toBool();
    m_bar->notify()->setChecked(notify);
    m_notifier->setEnabled(notify);
    connect(m_bar->notify(), &QCheckBox::toggled, this, [this](bool on) {
        m_notifier->setEnabled(on);
        if (m_settings) {
            m_settings->setValue(notifyKey, on);
        }
    });
    connect(m_bar->toggle(), &QToolButton::toggled, this, [this](bool on) {
        if (on && !isWatching()) {
            startWatching();
        } else if (!on && isWatching()) {
            stopWatching();
        }
    });
    connect(m_bar->snapshots(), &QComboBox::activated, this,
            [this](int index) { showSnapshot(m_bar->snapshots()->itemData(index).toInt()); });
    connect(m_watcher, &Core::Watcher::runRequested, this, [this] { Q_EMIT runRequested(m_request); });
    connect(m_watcher, &Core::Watcher::snapshotAdded, this, &WatchController::handleSnapshot);
    connect(m_watcher, &Core::Watcher::stopped, this, &WatchController::handleStopped);
    updateToggle();
}

void WatchController::startWatching()
{
    const Core::CallOutcomePtr outcome = m_outcome;
    if (!outcome || !outcome->result.isOk() || outcome->request.isFanOut() || !outcome->request.spec) {
        updateToggle();
        return;
    }
    m_request = outcome->request;
    if (const Core::Operation *operation = outcome->operation()) {
        m_watcher->setIdentityCandidates(Core::RowIdentity::idColumnsOfOperation(*m_request.spec, *operation),
                                         operation->path);
    }
    m_watcher->startWith(outcome->result, outcome->data,
                         outcome->finishedAt.isValid() ? outcome->finishedAt : m_clock.now());
    updateToggle();
}

void WatchController::stopWatching()
{
    m_watcher->stop();
}

void WatchController::handleOutcome(const Core::CallOutcomePtr &outcome)
{
    m_outcome = outcome;
    if (isWatching() && outcome) {
        if (!sameCall(outcome->request, m_request) || outcome->result.error == Core::CallError::Cancelled) {
            m_watcher->stop(); // another call (or a cancel) took the result panel
        } else {
            m_watcher->addResult(outcome->result, outcome->data,
                                 outcome->finishedAt.isValid() ? outcome->finishedAt : m_clock.now());
        }
    } else if (m_decorated) { // marks of a watch that ended: the table shows another result now
        m_decorated = false;
        m_panel->tableView()->model()->setDecoration({});
        m_bar->setRemovedRows({});
    }
    updateToggle();
}

void WatchController::handleSnapshot(const Core::WatchSnapshot &snapshot)
{
    fillPicker();
    m_bar->setStatus(statusText(snapshot));
    if (!snapshot.ok) {
        return; // the table keeps the last good rows' marks
    }
    highlight(snapshot);
    if (snapshot.compared && !snapshot.diff.isEmpty()) {
        m_notifier->notify(tr("%1 changed").arg(m_request.operationId), snapshot.diff.summary());
    }
}

void WatchController::handleStopped(const QString &reason)
{
    const int count = int(m_watcher->snapshots().size());
    m_bar->setStatus(reason.isEmpty() ? tr("Watch stopped; the last %n snapshots stay browsable.", nullptr, count)
                                      : tr("Watch stopped: %1").arg(reason));
    updateToggle();
}

void WatchController::highlight(const Core::WatchSnapshot &snapshot)
{
    ResultTableModel *model = m_panel->tableView()->model();
    model->setDecoration(WatchHighlight::decorationFor(snapshot, model));
    m_decorated = true;
    m_bar->setRemovedRows(snapshot.compared ? WatchHighlight::removedRows(snapshot) : QStringList());
}

bool WatchController::showSnapshot(int number)
{
    for (const Core::WatchSnapshot &snapshot : m_watcher->snapshots()) {
        if (snapshot.number == number && snapshot.ok && snapshot.data) {
            m_panel->tableView()->setResult(snapshot.data, 0);
            highlight(snapshot);
            m_bar->setStatus(statusText(snapshot));
            const int index = m_bar->snapshots()->findData(number);
            m_bar->snapshots()->setCurrentIndex(index);
            return true;
        }
    }
    return false;
}

void WatchController::fillPicker()
{
    QComboBox *picker = m_bar->snapshots();
    const QSignalBlocker blocker(picker);
    picker->clear();
    const auto &snapshots = m_watcher->snapshots();
    for (auto it = snapshots.rbegin(); it != snapshots.rend(); ++it) {
        const QString what = !it->ok ? tr("failed") : it->compared ? it->diff.summary() : tr("first");
        picker->addItem(tr("#%1 %2 \u00b7 %3").arg(it->number).arg(timeText(it->fetchedAt), what), it->number);
    }
    picker->setVisible(picker->count() > 0);
}

void WatchController::updateToggle()
{
    QToolButton *toggle = m_bar->toggle();
    const QSignalBlocker blocker(toggle);
    const bool watchable = m_outcome && m_outcome->result.isOk() && !m_outcome->request.isFanOut();
    toggle->setEnabled(isWatching() || watchable);
    toggle->setChecked(isWatching());
    if (!isWatching() && !watchable) {
        toggle->setToolTip(m_outcome && m_outcome->request.isFanOut()
                               ? tr("A run over lists of values cannot be watched")
                               : tr("Run a call first; a successful result can be watched"));
    } else {
        toggle->setToolTip(tr("Run the call again each time its answer expires (never earlier) and highlight what "
                              "changed; an unchanged answer costs a 304"));
    }
}

QString WatchController::statusText(const Core::WatchSnapshot &snapshot) const
{
    QString text;
    if (!snapshot.ok) {
        text =
            tr("Snapshot %1 at %2 failed: %3").arg(snapshot.number).arg(timeText(snapshot.fetchedAt), snapshot.error);
    } else if (!snapshot.compared) {
        text = tr("Snapshot %1 at %2: %n rows", nullptr, int(snapshot.rows))
                   .arg(snapshot.number)
                   .arg(timeText(snapshot.fetchedAt));
    } else if (snapshot.isNotModified()) {
        text = tr("Snapshot %1 at %2: no change (304 Not Modified)")
                   .arg(snapshot.number)
                   .arg(timeText(snapshot.fetchedAt));
    } else {
        text =
            tr("Snapshot %1 at %2: %3").arg(snapshot.number).arg(timeText(snapshot.fetchedAt), snapshot.diff.summary());
    }
    if (isWatching() && m_watcher->nextRunAt().isValid()) {
        text += tr(" \u00b7 next run at %1").arg(timeText(m_watcher->nextRunAt()));
    }
    return text;
}

} // namespace Esi::Ui
