#pragma once

#include "core/spec/spec.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QSplitter;

namespace Esi::Core {
class SpecRepository;
}

namespace Esi::Ui {

class MessageBanner;
class OperationDocsView;
class OperationTreePanel;

// Composes the panels and the window's actions. Work happens in the panels and in core.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Core::SpecRepository *specRepository, QWidget *parent = nullptr);

    void setSpec(Core::SpecPtr spec);

    Core::SpecPtr spec() const { return m_spec; }

    // What File > Open Spec File does once a file is chosen. A file that does not load leaves the current
    // spec in place and says why in the message banner.
    bool openSpecFile(const QString &fileName);
    void showSpecError(const QString &title, const Core::SpecError &error);

    QString aboutText() const;

private:
    void createActions();
    void createMenus();
    void createStatusBar();
    void handleOpenSpecTriggered();
    void handleAboutTriggered();
    void handleOperationChanged(int operationIndex);
    void updateSpecStatus();

    Core::SpecRepository *m_specRepository;
    Core::SpecPtr m_spec;
    QString m_lastDirectory;

    MessageBanner *m_banner;
    QSplitter *m_splitter;
    OperationTreePanel *m_treePanel;
    OperationDocsView *m_docsView;
    QLabel *m_specLabel;
    QLabel *m_serverLabel;
    QAction *m_openSpecAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
};

} // namespace Esi::Ui
