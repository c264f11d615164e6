#include "ui/mainwindow.h"

#include "core/spec/specrepository.h"
#include "esiversion.h"
#include "ui/explorer/operationdocsview.h"
#include "ui/explorer/operationtreepanel.h"
#include "ui/widgets/messagebanner.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

MainWindow::MainWindow(Core::SpecRepository *specRepository, QWidget *parent)
    : QMainWindow(parent)
    , m_specRepository(specRepository)
    , m_banner(new MessageBanner(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_treePanel(new OperationTreePanel(m_splitter))
    , m_docsView(new OperationDocsView(m_splitter))
    , m_specLabel(new QLabel(this))
    , m_serverLabel(new QLabel(this))
{
    setObjectName(u"mainWindow"_s);
    setAccessibleName(tr("ESI Studio"));
    setWindowTitle(tr("ESI Studio"));

    m_splitter->setObjectName(u"explorerSplitter"_s);
    m_splitter->setAccessibleName(tr("Explorer"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_treePanel);
    m_splitter->addWidget(m_docsView);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({700, 660});

    auto *central = new QWidget(this);
    central->setObjectName(u"centralWidget"_s);
    central->setAccessibleName(tr("Main area"));
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->setSpacing(6);
    layout->addWidget(m_banner);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    connect(m_treePanel, &OperationTreePanel::currentOperationChanged, this, &MainWindow::handleOperationChanged);

    createActions();
    createMenus();
    createStatusBar();

    m_lastDirectory = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    const QSize preferred(1360, 860);
    const QRect available = screen() ? screen()->availableGeometry() : QRect(QPoint(), preferred);
    resize(preferred.boundedTo(available.size() * 0.9));
    updateSpecStatus();
}

void MainWindow::createActions()
{
    m_openSpecAction = new QAction(tr("&Open Spec File\u2026"), this);
    m_openSpecAction->setObjectName(u"openSpecAction"_s);
    m_openSpecAction->setShortcut(QKeySequence::Open);
    m_openSpecAction->setStatusTip(tr("Browse a local ESI OpenAPI or Swagger document"));
    connect(m_openSpecAction, &QAction::triggered, this, &MainWindow::handleOpenSpecTriggered);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(u"quitAction"_s);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::close);

    m_aboutAction = new QAction(tr("&About ESI Studio"), this);
    m_aboutAction->setObjectName(u"aboutAction"_s);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::handleAboutTriggered);
}

void MainWindow::createMenus()
{
    menuBar()->setObjectName(u"menuBar"_s);
    menuBar()->setAccessibleName(tr("Menu bar"));

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(u"fileMenu"_s);
    file->setAccessibleName(tr("File"));
    file->addAction(m_openSpecAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(u"helpMenu"_s);
    help->setAccessibleName(tr("Help"));
    help->addAction(m_aboutAction);
}

void MainWindow::createStatusBar()
{
    statusBar()->setObjectName(u"statusBar"_s);
    statusBar()->setAccessibleName(tr("Status bar"));

    m_specLabel->setObjectName(u"specStatusLabel"_s);
    m_specLabel->setAccessibleName(tr("Loaded spec"));
    m_specLabel->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_specLabel, 1);

    m_serverLabel->setObjectName(u"serverStatusLabel"_s);
    m_serverLabel->setAccessibleName(tr("ESI server"));
    m_serverLabel->setTextFormat(Qt::PlainText);
    if (m_specRepository) {
        const QUrl server = m_specRepository->baseUrl();
        m_serverLabel->setText(tr("ESI: %1").arg(server.toDisplayString(QUrl::RemovePassword | QUrl::RemoveUserInfo)));
        m_serverLabel->setToolTip(tr("Requests and spec downloads go to this server"));
    }
    statusBar()->addPermanentWidget(m_serverLabel);
}

void MainWindow::setSpec(Core::SpecPtr spec)
{
    m_spec = std::move(spec);
    m_docsView->setSpec(m_spec);
    m_treePanel->setSpec(m_spec);
    updateSpecStatus();
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
    QString text = u"<h3>"_s + tr("ESI Studio %1").arg(QStringLiteral(ESI_STUDIO_VERSION)).toHtmlEscaped() + u"</h3>"_s;
    text += u"<p>"_s +
            tr("Explore EVE Online's ESI: browse every operation of a spec, read its scopes, limits, "
               "caching and paging.")
                .toHtmlEscaped() +
            u"</p>"_s;
    text += u"<p>"_s +
            tr("Built with Qt %1, running on Qt %2.")
                .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()))
                .toHtmlEscaped() +
            u"</p>"_s;
    if (m_spec) {
        text += u"<p>"_s +
                tr("Spec: %1, compatibility date %2.").arg(m_spec->title(), m_spec->version()).toHtmlEscaped() +
                u"</p>"_s;
    }
    return text;
}

void MainWindow::handleAboutTriggered()
{
    QMessageBox::about(this, tr("About ESI Studio"), aboutText());
}

void MainWindow::handleOperationChanged(int operationIndex)
{
    m_docsView->showOperation(operationIndex);
}

} // namespace Esi::Ui
