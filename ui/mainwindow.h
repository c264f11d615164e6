#pragma once

#include "core/clock.h"
#include "core/result/calloutcome.h"
#include "core/spec/spec.h"
#include "ui/desktop/restorablewindow.h"
#include "ui/result/exportrequest.h"
#include "ui/run/characterpicker.h"
#include "ui/run/explorerservices.h"

class QAction;
class QDockWidget;
class QLabel;
class QSplitter;

namespace Esi::Core {
class SpecRepository;
class TokenStore;
} // namespace Esi::Core

namespace Esi::Ui {

class AboutDialog;
class CompatibilityDatePicker;
class ExportController;
class HistoryPanel;
class LimitsPanel;
class MessageBanner;
class OperationDocsView;
class OperationInfoPanel;
class OperationTreePanel;
class QuickSwitcher;
class ResultPanel;
class RunController;
class RunPanel;
class ShortcutsDialog;
class SpecDiffDialog;

// Composes the panels and the window's actions. Work happens in the panels, in RunController and in core.
class MainWindow : public RestorableWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const ExplorerServices &services, QWidget *parent = nullptr);
    // Browsing only: no calls, no limits, no history.
    explicit MainWindow(Core::SpecRepository *specRepository, QWidget *parent = nullptr);
    ~MainWindow() override;

    void setSpec(Core::SpecPtr spec);

    Core::SpecPtr spec() const { return m_spec; }

    // What File > Open Spec File does once a file is chosen. A file that does not load leaves the current
    // spec in place and says why in the message banner.
    bool openSpecFile(const QString &fileName);
    void showSpecError(const QString &title, const Core::SpecError &error);
    void showProblem(const QString &title, const QString &details);

    void refreshCompatibilityDates();
    QString currentOperationId() const override;
    bool selectOperation(const QString &operationId) override;

    // Characters signed in, for the character picker and the limits dock (the token store fills these).
    void setCharacters(const QList<CharacterChoice> &characters);
    // Keeps the character picker and the limits dock's names in step with the signed-in characters.
    void setTokenStore(Core::TokenStore *store);
    // Whether someone handles signInRequested; the picker offers its sign-in button only then.
    void setSignInAvailable(bool available);

    void exportResult(const ExportRequest &request); // the last outcome, without the dialog

    QString aboutText() const;

    OperationTreePanel *treePanel() const { return m_treePanel; }

    RunPanel *runPanel() const { return m_runPanel; }

    ResultPanel *resultPanel() const { return m_resultPanel; }

    LimitsPanel *limitsPanel() const { return m_limitsPanel; }

    HistoryPanel *historyPanel() const { return m_historyPanel; }

    RunController *runController() const { return m_runController; }

    ExportController *exporter() const { return m_exporter; }

    CompatibilityDatePicker *datePicker() const { return m_datePicker; }

    QuickSwitcher *quickSwitcher() const { return m_quickSwitcher; }

    SpecDiffDialog *diffDialog(); // created on first use

    AboutDialog *aboutDialog();         // created on first use
    ShortcutsDialog *shortcutsDialog(); // created on first use; lists the shortcuts live when it opens

    OperationInfoPanel *infoPanel() const { return m_infoPanel; }

Q_SIGNALS:
    void signInRequested(const QStringList &scopes);
    void characterManagerRequested(); // Characters > Manage Characters

private:
    void createPanels();
    void createActions();
    void createMenus();
    void createToolBar();
    void createStatusBar();
    void handleOpenSpecTriggered();
    void handleAboutTriggered();
    void handleShortcutsTriggered();
    void handleOperationChanged(int operationIndex);
    void handleExportTriggered();
    void handleExportFinished(bool ok, const QString &message);
    void handleDiffTriggered();
    void updateSpecStatus();
    void updateActions();
    void updateCharacters();

    Core::SystemClock m_systemClock; // for the browsing-only constructor
    ExplorerServices m_services;
    Core::SpecPtr m_spec;
    QString m_lastDirectory;
    Core::TokenStore *m_tokenStore = nullptr;

    MessageBanner *m_banner = nullptr;
    CompatibilityDatePicker *m_datePicker = nullptr;
    QSplitter *m_splitter = nullptr;
    QSplitter *m_workSplitter = nullptr;
    OperationTreePanel *m_treePanel = nullptr;
    OperationInfoPanel *m_infoPanel = nullptr;
    RunPanel *m_runPanel = nullptr;
    ResultPanel *m_resultPanel = nullptr;
    LimitsPanel *m_limitsPanel = nullptr;
    HistoryPanel *m_historyPanel = nullptr;
    QDockWidget *m_limitsDock = nullptr;
    QDockWidget *m_historyDock = nullptr;
    RunController *m_runController = nullptr;
    ExportController *m_exporter = nullptr;
    QuickSwitcher *m_quickSwitcher = nullptr;
    SpecDiffDialog *m_diffDialog = nullptr;
    AboutDialog *m_aboutDialog = nullptr;
    ShortcutsDialog *m_shortcutsDialog = nullptr;
    QLabel *m_specLabel = nullptr;
    QLabel *m_serverLabel = nullptr;

    QAction *m_openSpecAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_runAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_goToAction = nullptr;
    QAction *m_diffAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_manageCharactersAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
};

} // namespace Esi::Ui
