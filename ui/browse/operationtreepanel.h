#pragma once

#include "core/spec/spec.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QModelIndex;
class QTreeView;

namespace Esi::Ui {

class OperationFilterProxyModel;
class OperationTreeModel;

// The explorer's left side: a filter field over the tree of tags and operations. Tells which operation
// the user picked; what to do with it is the window's business.
class OperationTreePanel : public QWidget
{
    Q_OBJECT

public:
    explicit OperationTreePanel(QWidget *parent = nullptr);

    void setSpec(Core::SpecPtr spec);

    QString filterText() const;
    void setFilterText(const QString &text);
    void focusFilter();

    // Selects and reveals an operation (clearing a filter that hides it); false if the spec lacks it.
    bool selectOperation(QStringView operationId);

    int currentOperationIndex() const { return m_currentOperation; } // -1 when none

    OperationTreeModel *model() const { return m_model; }

    OperationFilterProxyModel *filterModel() const { return m_filterModel; }

Q_SIGNALS:
    void currentOperationChanged(int operationIndex); // index into Spec::operations(), -1 when none

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void handleFilterTextChanged(const QString &text);
    void handleCurrentIndexChanged(const QModelIndex &current);
    void handleFilterReturnPressed();
    void restoreCurrentOperation();
    void updateCountLabel();
    void updateColumns();
    QModelIndex firstVisibleOperation() const;

    OperationTreeModel *m_model;
    OperationFilterProxyModel *m_filterModel;
    QLineEdit *m_filter;
    QTreeView *m_view;
    QLabel *m_countLabel;
    int m_currentOperation = -1;
    bool m_restoringSelection = false;
};

} // namespace Esi::Ui
