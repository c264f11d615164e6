#include "ui/mainwindow.h"

#include "core/auth/tokenstore.h"
#include "core/spec/specrepository.h"
#include "ui/browse/compatibilitydatepicker.h"
#include "ui/browse/operationinfopanel.h"
#include "ui/browse/operationtreepanel.h"
#include "ui/browse/quickswitcher.h"
#include "ui/browse/specdiffdialog.h"
#include "ui/desktop/aboutdialog.h"
#include "ui/desktop/shortcutsdialog.h"
#include "ui/history/historypanel.h"
#include "ui/result/exportcontroller.h"
#include "ui/result/resultpanel.h"
#include "ui/run/callrunner.h"
#include "ui/run/runcontroller.h"
#include "ui/run/runpanel.h"
#include "ui/status/limitspanel.h"
#include "ui/widgets/messagebanner.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

namespace {

constexpr int statusMessageMs = 8000;

ExplorerServices browsingOnly(Core::SpecRepository *repository)
{
    ExplorerServices services;
    services.specRepository = repository;
    return services;
}

} // namespace

MainWindow::MainWindow(Core::SpecRepository *specRepository, QWidget *parent)
    : MainWindow(browsingOnly(specRepository), parent)
{}

MainWindow::MainWindow(const ExplorerServices &services, QWidget *parent)
    : RestorableWindow(parent)
    , m_services(services)
{
    if (!m_services.clock) {
        m_services.clock = &m_systemClock;
    }
    setObjectName(u"mainWindow"_s);
    setAccessibleName(tr("ESI Studio"));
    setWindowTitle(tr("ESI Studio"));
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);

    createPanels();
    createActions();
    createMenus();
    createToolBar();
    createStatusBar();

    m_lastDirectory = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    const QSize preferred(1480, 900);
    const QRect available = screen() ? screen()->availableGeometry() : QRect(QPoint(), preferred);
    resize(preferred.boundedTo(available.size() * 0.9));
    updateSpecStatus();
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::createPanels()
{
    m_banner = new MessageBanner(this);
    m_datePicker = new CompatibilityDatePicker(m_services.specRepository, this);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_treePanel = new OperationTreePanel(m_splitter);
    m_workSplitter = new QSplitter(Qt::Vertical, m_splitter);
    m_infoPanel = new OperationInfoPanel(m_workSplitter);
    m_runPanel = new RunPanel(m_infoPanel);
    m_resultPanel = new ResultPanel(*m_services.clock, m_workSplitter);

    m_splitter->setObjectName(u"explorerSplitter"_s);
    m_splitter->setAccessibleName(tr("Explorer"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_treePanel);
    m_splitter->addWidget(m_workSplitter);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({300, 1000});

    m_workSplitter->setObjectName(u"workSplitter"_s);
    m_workSplitter->setAccessibleName(tr("Operation and result"));
    m_workSplitter->setChildrenCollapsible(false);
    m_workSplitter->addWidget(m_infoPanel);
    m_workSplitter->addWidget(m_resultPanel);
    m_workSplitter->setStretchFactor(0, 0);
    m_workSplitter->setStretchFactor(1, 1);
    m_workSplitter->setSizes({330, 500});

    // The request form first: it is what a run needs; docs and schema are a click (or Alt+D) away.
    m_infoPanel->insertTab(0, m_runPanel, tr("Re&quest"));
    m_infoPanel->setCurrentIndex(0);

    auto *central = new QWidget(this);
    central->setObjectName(u"centralWidget"_s);
    central->setAccessibleName(tr("Main area"));
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->setSpacing(6);
    layout->addWidget(m_banner);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    m_limitsPanel = new LimitsPanel(m_services.rateLimits, m_services.errorLimits, *m_services.clock, this);
    m_limitsDock = new QDockWidget(tr("Limits"), this);
    m_limitsDock->setObjectName(u"limitsDock"_s);
    m_limitsDock->setAccessibleName(tr("Limits"));
    m_limitsDock->setWidget(m_limitsPanel);
    addDockWidget(Qt::RightDockWidgetArea, m_limitsDock);

    m_historyPanel = new HistoryPanel(m_services.history, this);
    m_historyDock = new QDockWidget(tr("History"), this);
    m_historyDock->setObjectName(u"historyDock"_s);
    m_historyDock->setAccessibleName(tr("History"));
    m_historyDock->setWidget(m_historyPanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_historyDock);
    resizeDocks({m_limitsDock}, {345}, Qt::Horizontal);
    resizeDocks({m_historyDock}, {140}, Qt::Vertical);

    m_runController = new RunController(m_services, m_runPanel, m_resultPanel, m_historyPanel, this, this);
    m_exporter = new ExportController(this, this);
    m_quickSwitcher = new QuickSwitcher(this);

    connect(m_treePanel, &OperationTreePanel::currentOperationChanged, this, &MainWindow::handleOperationChanged);
    connect(m_datePicker, &CompatibilityDatePicker::specLoaded, this, [this](const Core::SpecPtr &spec) {
        m_banner->dismiss();
        setSpec(spec);
    });
    connect(m_runController, &RunController::operationRequested, this, &MainWindow::selectOperation);
    connect(m_runController, &RunController::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, statusMessageMs); });
    connect(m_runController, &RunController::problem, this, &MainWindow::showProblem);
    connect(m_runController, &RunController::outcomeReady, this, &MainWindow::updateActions);
    if (CallRunner *runner = m_runController->runner()) {
        connect(runner, &CallRunner::started, this, &MainWindow::updateActions);
        connect(runner, &CallRunner::finished, this, &MainWindow::updateActions);
    }
    connect(m_resultPanel, &ResultPanel::exportRequested, this, &MainWindow::handleExportTriggered);
    connect(m_exporter, &ExportController::finished, this, &MainWindow::handleExportFinished);
    connect(m_quickSwitcher, &QuickSwitcher::operationChosen, this, &MainWindow::selectOperation);
    connect(m_runPanel->characterPicker(), &CharacterPicker::signInRequested, this, &MainWindow::signInRequested);
}

void MainWindow::createActions()
{
    m_openSpecAction = new QAction(tr("&Open Spec File\u2026"), this);
    m_openSpecAction->setObjectName(u"openSpecAction"_s);
    m_openSpecAction->setShortcut(QKeySequence::Open);
    m_openSpecAction->setStatusTip(tr("Browse a local ESI OpenAPI or Swagger document"));
    connect(m_openSpecAction, &QAction::triggered, this, &MainWindow::handleOpenSpecTriggered);

    m_exportAction = new QAction(tr("&Export Result\u2026"), this);
    m_exportAction->setObjectName(u"exportAction"_s);
    m_exportAction->setShortcut(Qt::CTRL | Qt::Key_E);
    m_exportAction->setStatusTip(tr("Save the rows of the last call as JSON, NDJSON or CSV"));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::handleExportTriggered);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(u"quitAction"_s);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::close);

    m_runAction = new QAction(style()->standardIcon(QStyle::SP_MediaPlay), tr("&Run"), this);
    m_runAction->setObjectName(u"runAction"_s);
    m_runAction->setShortcuts({Qt::CTRL | Qt::Key_Return, Qt::CTRL | Qt::Key_Enter});
    m_runAction->setStatusTip(tr("Run the selected operation with the form's values"));
    connect(m_runAction, &QAction::triggered, m_runController, &RunController::run);

    m_cancelAction = new QAction(style()->standardIcon(QStyle::SP_MediaStop), tr("&Cancel Run"), this);
    m_cancelAction->setObjectName(u"cancelAction"_s);
    m_cancelAction->setShortcut(Qt::CTRL | Qt::Key_Period);
    m_cancelAction->setStatusTip(tr("Stop the running call; nothing more is sent"));
    connect(m_cancelAction, &QAction::triggered, m_runController, &RunController::cancel);

    m_goToAction = new QAction(tr("&Go to Operation\u2026"), this);
    m_goToAction->setObjectName(u"goToOperationAction"_s);
    m_goToAction->setShortcut(Qt::CTRL | Qt::Key_K);
    m_goToAction->setStatusTip(tr("Jump to an operation by id, path, summary or scope"));
    connect(m_goToAction, &QAction::triggered, m_quickSwitcher, &QuickSwitcher::popup);

    m_diffAction = new QAction(tr("&What Changed\u2026"), this);
    m_diffAction->setObjectName(u"whatChangedAction"_s);
    m_diffAction->setStatusTip(tr("Operations added, removed and changed since another compatibility date"));
    connect(m_diffAction, &QAction::triggered, this, &MainWindow::handleDiffTriggered);

    m_manageCharactersAction = new QAction(tr("&Manage Characters\u2026"), this);
    m_manageCharactersAction->setObjectName(u"manageCharactersAction"_s);
    m_manageCharactersAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_C);
    m_manageCharactersAction->setStatusTip(tr("Signed-in characters, their tokens and scopes"));
    m_manageCharactersAction->setEnabled(false); // until a token store is set
    connect(m_manageCharactersAction, &QAction::triggered, this, &MainWindow::characterManagerRequested);

    m_aboutAction = new QAction(tr("&About ESI Studio"), this);
    m_aboutAction->setObjectName(u"aboutAction"_s);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::handleAboutTriggered);

    m_shortcutsAction = new QAction(tr("&Keyboard Shortcuts\u2026"), this);
    m_shortcutsAction->setObjectName(u"shortcutsAction"_s);
    m_shortcutsAction->setShortcut(Qt::CTRL | Qt::Key_Slash);
    m_shortcutsAction->setStatusTip(tr("List every keyboard shortcut of this window"));
    connect(m_shortcutsAction, &QAction::triggered, this, &MainWindow::handleShortcutsTriggered);

    for (QAction *action : {m_runAction, m_cancelAction, m_goToAction, m_exportAction}) {
        addAction(action); // shortcuts work wherever the focus is
    }
}

void MainWindow::createMenus()
{
    menuBar()->setObjectName(u"menuBar"_s);
    menuBar()->setAccessibleName(tr("Menu bar"));

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(u"fileMenu"_s);
    file->setAccessibleName(tr("File"));
    file->addAction(m_openSpecAction);
    file->addAction(m_exportAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *explore = menuBar()->addMenu(tr("&Explore"));
    explore->setObjectName(u"exploreMenu"_s);
    explore->setAccessibleName(tr("Explore"));
    explore->addAction(m_goToAction);
    explore->addAction(m_diffAction);
    explore->addSeparator();
    explore->addAction(m_runAction);
    explore->addAction(m_cancelAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(u"viewMenu"_s);
    view->setAccessibleName(tr("View"));
    QAction *limits = m_limitsDock->toggleViewAction();
    limits->setObjectName(u"toggleLimitsAction"_s);
    QAction *history = m_historyDock->toggleViewAction();
    history->setObjectName(u"toggleHistoryAction"_s);
    view->addAction(limits);
    view->addAction(history);

    QMenu *characters = menuBar()->addMenu(tr("&Characters"));
    characters->setObjectName(u"charactersMenu"_s);
    characters->setAccessibleName(tr("Characters"));
    characters->addAction(m_manageCharactersAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(u"helpMenu"_s);
    help->setAccessibleName(tr("Help"));
    help->addAction(m_shortcutsAction);
    help->addAction(m_aboutAction);
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Explorer"));
    bar->setObjectName(u"explorerToolBar"_s);
    bar->setAccessibleName(tr("Explorer tools"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addWidget(m_datePicker);
    bar->addSeparator();
    bar->addAction(m_diffAction);
    bar->addAction(m_goToAction);
}

void MainWindow::createStatusBar()
{
    statusBar()->setObjectName(u"statusBar"_s);
    statusBar()->setAccessibleName(tr("Status bar"));

    m_specLabel = new QLabel(this);
    m_specLabel->setObjectName(u"specStatusLabel"_s);
    m_specLabel->setAccessibleName(tr("Loaded spec"));
    m_specLabel->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_specLabel);

    m_serverLabel = new QLabel(this);
    m_serverLabel->setObjectName(u"serverStatusLabel"_s);
    m_serverLabel->setAccessibleName(tr("ESI server"));
    m_serverLabel->setTextFormat(Qt::PlainText);
    if (m_services.specRepository) {
        const QUrl server = m_services.specRepository->baseUrl();
        m_serverLabel->setText(tr("ESI: %1").arg(server.toDisplayString(QUrl::RemovePassword | QUrl::RemoveUserInfo)));
        m_serverLabel->setToolTip(tr("Requests and spec downloads go to this server"));
    }
    statusBar()->addPermanentWidget(m_serverLabel);
}

void MainWindow::setSpec(Core::SpecPtr spec)
{
    m_spec = std::move(spec);
    m_infoPanel->setSpec(m_spec);
    m_runController->setSpec(m_spec);
    m_treePanel->setSpec(m_spec);
    m_datePicker->setCurrentSpec(m_spec);
    m_quickSwitcher->setSpec(m_spec);
    if (m_diffDialog) {
        m_diffDialog->setCurrentSpec(m_spec);
        m_diffDialog->setDates(m_datePicker->dates());
    }
    updateSpecStatus();
    updateActions();
}

void MainWindow::updateSpecStatus()
{
    if (!m_spec) {
        setWindowTitle(tr("ESI Studio"));
        m_specLabel->setText(tr("No spec loaded"));
        m_specLabel->setToolTip({});
        return;
    }
    setWindowTitle(tr("ESI Studio \u2014 %1").arg(m_spec->version()));
    m_specLabel->setText(tr("%1 \u00b7 %2 \u00b7 %3 \u00b7 %4 operations")
                             .arg(m_spec->title(), m_spec->version(), Core::formatName(m_spec->format()),
                                  QString::number(m_spec->operations().size())));
    m_specLabel->setToolTip(tr("Loaded from %1").arg(m_spec->source()));
}

void MainWindow::updateActions()
{
    const bool running = m_runController->isRunning();
    m_runAction->setEnabled(m_runPanel->operation() != nullptr && m_runController->runner() && !running);
    m_cancelAction->setEnabled(running);
    const Core::CallOutcomePtr outcome = m_resultPanel->outcome();
    m_exportAction->setEnabled(outcome && outcome->data && outcome->data->totalRowCount() > 0);
    m_diffAction->setEnabled(m_spec != nullptr);
}

bool MainWindow::openSpecFile(const QString &fileName)
{
    const Core::SpecLoadResult result = Core::Spec::fromFile(fileName);
    if (!result) {
        showSpecError(tr("Could not open \u201c%1\u201d").arg(QFileInfo(fileName).fileName()), result.error);
        return false;
    }
    m_banner->dismiss();
    setSpec(result.spec);
    return true;
}

void MainWindow::showSpecError(const QString &title, const Core::SpecError &error)
{
    QString details = error.toString();
    if (m_spec) {
        details += u'\n' + tr("Still showing the spec for %1 (%2).").arg(m_spec->version(), m_spec->source());
    }
    m_banner->showMessage(MessageBanner::Kind::Error, title, details);
}

void MainWindow::showProblem(const QString &title, const QString &details)
{
    m_banner->showMessage(MessageBanner::Kind::Error, title, details);
}

void MainWindow::refreshCompatibilityDates()
{
    m_datePicker->refreshDates();
}

QString MainWindow::currentOperationId() const
{
    const int operation = m_treePanel->currentOperationIndex();
    if (m_spec && operation >= 0 && operation < m_spec->operations().size()) {
        return m_spec->operations().at(operation).operationId;
    }
    return QString();
}

bool MainWindow::selectOperation(const QString &operationId)
{
    return m_treePanel->selectOperation(operationId);
}

void MainWindow::setCharacters(const QList<CharacterChoice> &characters)
{
    m_runPanel->characterPicker()->setCharacters(characters);
    QHash<qint64, QString> names;
    for (const CharacterChoice &character : characters) {
        names.insert(character.id, character.name);
    }
    m_limitsPanel->setCharacterNames(names);
}

void MainWindow::setTokenStore(Core::TokenStore *store)
{
    if (m_tokenStore) {
        m_tokenStore->disconnect(this);
    }
    m_tokenStore = store;
    m_manageCharactersAction->setEnabled(m_tokenStore != nullptr);
    if (m_tokenStore) {
        connect(m_tokenStore, &Core::TokenStore::tokensChanged, this, &MainWindow::updateCharacters);
    }
    updateCharacters();
}

void MainWindow::updateCharacters()
{
    const QList<Core::TokenRecord> tokens = m_tokenStore ? m_tokenStore->tokens() : QList<Core::TokenRecord>();
    setCharacters(CharacterChoice::fromRecords(tokens));
    m_runPanel->setTokens(tokens);
}

void MainWindow::setSignInAvailable(bool available)
{
    m_runPanel->characterPicker()->setSignInAvailable(available);
}

void MainWindow::handleOpenSpecTriggered()
{
    const QString fileName = QFileDialog::getOpenFileName(this, tr("Open ESI Spec"), m_lastDirectory,
                                                          tr("OpenAPI or Swagger documents (*.json);;All files (*)"));
    if (fileName.isEmpty()) {
        return;
    }
    m_lastDirectory = QFileInfo(fileName).absolutePath();
    openSpecFile(fileName);
}

QString MainWindow::aboutText() const
{
    return AboutDialog::html(m_spec.get());
}

AboutDialog *MainWindow::aboutDialog()
{
    if (!m_aboutDialog) {
        m_aboutDialog = new AboutDialog(this);
    }
    m_aboutDialog->setSpec(m_spec);
    return m_aboutDialog;
}

void MainWindow::handleAboutTriggered()
{
    aboutDialog()->open();
}

ShortcutsDialog *MainWindow::shortcutsDialog()
{
    if (!m_shortcutsDialog) {
        m_shortcutsDialog = new ShortcutsDialog(this, this);
    }
    return m_shortcutsDialog;
}

void MainWindow::handleShortcutsTriggered()
{
    ShortcutsDialog *dialog = shortcutsDialog();
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void MainWindow::handleOperationChanged(int operationIndex)
{
    m_infoPanel->showOperation(operationIndex);
    m_runController->setOperation(operationIndex);
    updateActions();
}

void MainWindow::handleExportTriggered()
{
    m_exporter->exportWithDialog(m_resultPanel->outcome());
}

void MainWindow::exportResult(const ExportRequest &request)
{
    if (const Core::CallOutcomePtr outcome = m_resultPanel->outcome(); outcome && outcome->data) {
        m_exporter->start(outcome, request);
    }
}

void MainWindow::handleExportFinished(bool ok, const QString &message)
{
    if (ok) {
        statusBar()->showMessage(message, statusMessageMs);
    } else {
        m_banner->showMessage(MessageBanner::Kind::Error, tr("Export failed"), message);
    }
}

SpecDiffDialog *MainWindow::diffDialog()
{
    if (!m_diffDialog) {
        m_diffDialog = new SpecDiffDialog(m_services.specRepository, this);
        m_diffDialog->setCurrentSpec(m_spec);
        m_diffDialog->setDates(m_datePicker->dates());
        connect(m_datePicker, &CompatibilityDatePicker::datesChanged, m_diffDialog, &SpecDiffDialog::setDates);
        connect(m_diffDialog, &SpecDiffDialog::operationActivated, this, &MainWindow::selectOperation);
    }
    return m_diffDialog;
}

void MainWindow::handleDiffTriggered()
{
    SpecDiffDialog *dialog = diffDialog();
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

} // namespace Esi::Ui
