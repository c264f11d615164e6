#pragma once

#include "ui/history/historyentry.h"

#include <QWidget>

class QLabel;
class QTableView;
class QToolButton;

namespace Esi::Ui {

class CallHistoryModel;
class CallHistoryStore;

// The history dock: every call with its parameters, character, date, outcome and timings. Re-run
// repeats a call; Compare puts two calls side by side (did the data change?); Copy as curl gives the
// request with the Authorization header redacted unless the token is asked for explicitly.
class HistoryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryPanel(CallHistoryStore *store, QWidget *parent = nullptr);

    CallHistoryModel *model() const { return m_model; }

    QTableView *table() const { return m_table; }

    void reload();
    void record(const HistoryEntry &entry); // already stored; shown on top

    QList<HistoryEntry> selectedEntries() const;
    void selectEntry(qint64 id);

    void compareSelected();

Q_SIGNALS:
    void rerunRequested(const Esi::Ui::HistoryEntry &entry);
    void openRequested(const Esi::Ui::HistoryEntry &entry); // fill the form without running
    void copyAsCurlRequested(const Esi::Ui::HistoryEntry &entry, bool includeAuthorization);

private:
    void updateActions();
    void removeSelected();

    CallHistoryStore *m_store;
    CallHistoryModel *m_model;
    QTableView *m_table;
    QToolButton *m_rerun;
    QToolButton *m_compare;
    QToolButton *m_curl;
    QToolButton *m_remove;
    QLabel *m_status;
};

} // namespace Esi::Ui
