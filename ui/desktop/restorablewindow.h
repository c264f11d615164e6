#pragma once

#include <QMainWindow>

namespace Esi::Ui {

// A main window whose state WindowState keeps between runs: beyond docks, splitters and tabs, the operation
// selected in it. The desktop folder knows this much of the window and nothing of its panels.
class RestorableWindow : public QMainWindow
{
    Q_OBJECT

public:
    using QMainWindow::QMainWindow;

    // The selected operation's id; empty when none is selected.
    virtual QString currentOperationId() const = 0;
    // False when the window has no such operation.
    virtual bool selectOperation(const QString &operationId) = 0;
};

} // namespace Esi::Ui
