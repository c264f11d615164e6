#pragma once

#include "core/result/historyentry.h"
#include "core/result/resultdata.h"

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace Esi::Ui {

class RowCompareView;

// Two calls side by side, field by field, differences marked: did the parameters, the outcome, the
// timings or the data itself (by a hash of every page body) change between them?
class HistoryCompareDialog : public QDialog
{
    Q_OBJECT

public:
    HistoryCompareDialog(const Core::HistoryEntry &first, const Core::HistoryEntry &second, QWidget *parent = nullptr);

    QString verdict() const; // the headline: same data, different data, or not comparable

    int differenceCount() const { return m_differences; }

    QTreeWidget *fields() const { return m_fields; }

    // Two calls of one operation: their rows compared as a watch compares snapshots (first = the older call's).
    // Shown below the fields; null rows say they were not kept.
    void compareRows(const Core::ResultDataPtr &first, const Core::ResultDataPtr &second);

    RowCompareView *rows() const { return m_rows; } // null unless compareRows was called

private:
    void addRow(const QString &field, const QString &first, const QString &second, bool significant = true);

    QLabel *m_verdict;
    QTreeWidget *m_fields;
    RowCompareView *m_rows = nullptr;
    QString m_path;
    int m_differences = 0;
};

} // namespace Esi::Ui
