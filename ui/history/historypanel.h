#pragma once

#include "core/result/historyentry.h"
#include "core/result/resultdata.h"
#include "ui/widgets/copyasmenu.h"

#include <QWidget>
#include <memory>

class QLabel;
class QTableView;
class QToolButton;

namespace Esi::Core {
class CallHistoryStore;
class HistoryRowsStore;
} // namespace Esi::Core

namespace Esi::Ui {

class CallHistoryModel;

// The history dock: every call with its parameters, character, date, outcome and timings. Re-run
// repeats a call; Compare puts two calls side by side (did the data change?); Copy as gives the request as
// curl, the esi command, Python or JavaScript, the access token left out unless it is asked for explicitly.
class HistoryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryPanel(Core::CallHistoryStore *store, QWidget *parent = nullptr);
    ~HistoryPanel() override;

    CallHistoryModel *model() const { return m_model; }

    QTableView *table() const { return m_table; }

    void reload();
    void record(const Core::HistoryEntry &entry); // already stored; shown on top
    // The same, keeping its rows (small results, recent calls: Core::HistoryRowsStore) for Compare.
    void record(const Core::HistoryEntry &entry, const Core::ResultDataPtr &rows);

    Core::HistoryRowsStore *rowsStore() const { return m_rows.get(); } // null when unavailable

    QList<Core::HistoryEntry> selectedEntries() const;
    void selectEntry(qint64 id);

    void compareSelected();

Q_SIGNALS:
    void rerunRequested(const Esi::Core::HistoryEntry &entry);
    void openRequested(const Esi::Core::HistoryEntry &entry); // fill the form without running
    // The selected call as curl, the esi command, Python or JavaScript; the access token only when asked for.
    void copyAsRequested(const Esi::Core::HistoryEntry &entry, Esi::Ui::CopyFormat format, bool includeToken);

private:
    void updateActions();
    void removeSelected();

    Core::CallHistoryStore *m_store;
    std::unique_ptr<Core::HistoryRowsStore> m_rows;
    CallHistoryModel *m_model;
    QTableView *m_table;
    QToolButton *m_rerun;
    QToolButton *m_compare;
    QToolButton *m_curl;
    QToolButton *m_remove;
    QLabel *m_status;
};

} // namespace Esi::Ui
