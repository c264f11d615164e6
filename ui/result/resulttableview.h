#pragma once

#include "core/result/resultdata.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace Esi::Ui {

class ResultTableModel;

// The table tab: a filter over all or one column, the table (sortable by clicking a header, Ctrl+C
// copies the selected cells as tab-separated text) and a row count that says what the filter keeps.
class ResultTableView : public QWidget
{
    Q_OBJECT

public:
    explicit ResultTableView(QWidget *parent = nullptr);

    void setResult(Core::ResultDataPtr rows, int language = 0);
    void setLanguage(int language);

    ResultTableModel *model() const { return m_model; }

    QTableView *table() const { return m_table; }

    void setFilterText(const QString &text); // applies at once (no typing delay)
    QString countText() const;

    QString selectionAsText() const; // tab-separated, one line per row
    void copySelection() const;

private:
    void applyFilter();
    void updateCount();
    void fitColumns();

    ResultTableModel *m_model;
    QLineEdit *m_filter;
    QComboBox *m_filterColumn;
    QTableView *m_table;
    QLabel *m_count;
    QTimer *m_filterDelay;
};

} // namespace Esi::Ui
