#include "ui/settings/settingscontroller.h"

#include "core/http/esiclient.h"
#include "core/http/responsecache.h"
#include "core/settings/offlinesandbox.h"
#include "core/statelocations.h"
#include "ui/browse/compatibilitydatepicker.h"
#include "ui/mainwindow.h"
#include "ui/settings/firstrunassistant.h"
#include "ui/settings/settingsdialog.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QStatusBar>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

namespace {

constexpr int statusMessageMs = 8000;

} // namespace

SettingsController::SettingsController(const Core::Clock &clock, std::unique_ptr<QSettings> store, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_store(std::move(store))
    , m_settings(Core::AppSettings::load(*m_store))
    , m_startEnvironment(QProcessEnvironment::systemEnvironment())
    , m_startCacheDirectory(m_settings.cacheDirectory)
{
    if (m_settings.theme != Core::AppSettings::Theme::System) {
        m_theme.apply(m_settings.theme);
    }
}

SettingsController::~SettingsController() = default;

bool SettingsController::runFirstRunIfDue(bool quitAfterReady, bool serversGiven)
{
    if (!FirstRunAssistant::isDue(*m_store, quitAfterReady, serversGiven)) {
        return false;
    }
    FirstRunAssistant assistant(m_settings, m_store.get(), m_clock);
    assistant.exec();
    m_settings = Core::AppSettings::load(*m_store);
    return true;
}

bool SettingsController::startOfflineSandbox(QNetworkAccessManager *network, QString *error)
{
    const QString program = Core::OfflineSandbox::locate(QCoreApplication::applicationDirPath());
    if (program.isEmpty()) {
        *error = tr("esi-sandbox was not found next to ESI Studio (looked in %1). Reinstall ESI Studio, or build "
                    "the esi-sandbox target.")
                     .arg(Core::OfflineSandbox::candidates(QCoreApplication::applicationDirPath()).join(u", "_s));
        return false;
    }
    return startOfflineSandbox(program, network, error);
}

bool SettingsController::startOfflineSandbox(const QString &program, QNetworkAccessManager *network, QString *error)
{
    m_sandbox = std::make_unique<Core::OfflineSandbox>(program, network);
    if (!m_sandbox->startAndWait(error)) {
        m_sandbox.reset();
        return false;
    }
    return true;
}

bool SettingsController::isOffline() const
{
    return m_sandbox && m_sandbox->isReady();
}

QString SettingsController::cacheDirectory() const
{
    return Core::StateLocations::cacheDirectory(QProcessEnvironment::systemEnvironment(), m_startCacheDirectory);
}

void SettingsController::attach(MainWindow *window, Core::ResponseCache *cache, Core::EsiClient *client)
{
    m_window = window;
    m_cache = cache;
    m_client = client;

    m_settingsAction = new QAction(tr("&Settings\u2026"), window);
    m_settingsAction->setObjectName(u"settingsAction"_s);
    m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_settingsAction->setStatusTip(tr("Client ID, contact email, servers, cache, language and theme"));
    connect(m_settingsAction, &QAction::triggered, this, &SettingsController::openSettings);
    window->addAction(m_settingsAction); // the shortcut works wherever the focus is

    m_offlineAction = new QAction(window);
    m_offlineAction->setObjectName(u"offlineModeAction"_s);
    connect(m_offlineAction, &QAction::triggered, this, &SettingsController::handleOfflineToggled);

    m_firstRunAction = new QAction(tr("&First-Run Assistant\u2026"), window);
    m_firstRunAction->setObjectName(u"firstRunAction"_s);
    m_firstRunAction->setStatusTip(tr("Set up signing in or the offline sandbox again"));
    connect(m_firstRunAction, &QAction::triggered, this, &SettingsController::openFirstRunAssistant);

    if (auto *file = window->findChild<QMenu *>(u"fileMenu"_s)) {
        QAction *quit = window->findChild<QAction *>(u"quitAction"_s);
        QAction *before = quit && file->actions().contains(quit) ? quit : nullptr;
        file->insertAction(before, m_offlineAction);
        file->insertAction(before, m_settingsAction);
        file->insertSeparator(before);
    }
    if (auto *help = window->findChild<QMenu *>(u"helpMenu"_s)) {
        help->insertAction(help->actions().value(0), m_firstRunAction);
    }

    m_offlineLabel = new QLabel(window);
    m_offlineLabel->setObjectName(u"offlineIndicator"_s);
    m_offlineLabel->setAccessibleName(tr("Offline sandbox"));
    m_offlineLabel->setTextFormat(Qt::PlainText);
    m_offlineLabel->setStyleSheet(u"QLabel { background: #f0ad4e; color: black; padding: 1px 6px; "
                                  "border-radius: 3px; }"_s);
    m_goOnlineButton = new QToolButton(window);
    m_goOnlineButton->setObjectName(u"goOnlineButton"_s);
    m_goOnlineButton->setAccessibleName(tr("Go back online"));
    m_goOnlineButton->setText(tr("Go Back Online"));
    m_goOnlineButton->setToolTip(tr("Use EVE's servers again (ESI Studio restarts)"));
    connect(m_goOnlineButton, &QToolButton::clicked, this, &SettingsController::handleOfflineToggled);
    window->statusBar()->insertPermanentWidget(0, m_offlineLabel);
    window->statusBar()->insertPermanentWidget(1, m_goOnlineButton);
    if (m_sandbox) {
        connect(m_sandbox.get(), &Core::OfflineSandbox::exitedUnexpectedly, this, [this](const QString &why) {
            updateOfflineIndicator();
            if (m_window) {
                m_window->showProblem(tr("The offline sandbox stopped"),
                                      why + u'\n' + tr("Restart ESI Studio to start it again."));
            }
        });
    }
    updateOfflineIndicator();
}

void SettingsController::pickStoredCompatibilityDate(MainWindow *window)
{
    if (!m_settings.compatibilityDate.isEmpty() && window->datePicker()) {
        window->datePicker()->pickDate(m_settings.compatibilityDate);
    }
}

void SettingsController::updateOfflineIndicator()
{
    const bool offline = isOffline();
    if (m_offlineLabel) {
        m_offlineLabel->setText(
            offline
                ? tr("OFFLINE SANDBOX at %1: generated data, not EVE's servers").arg(m_sandbox->baseUrl().toString())
                : QString());
        m_offlineLabel->setToolTip(offline ? tr("Calls and sign-ins go to the bundled esi-sandbox; its test "
                                                "characters need no EVE account.")
                                           : QString());
        m_offlineLabel->setVisible(offline);
        m_goOnlineButton->setVisible(offline);
    }
    if (m_offlineAction) {
        m_offlineAction->setText(m_settings.offline ? tr("Go Back &Online") : tr("Try It &Offline"));
        m_offlineAction->setStatusTip(m_settings.offline
                                          ? tr("Use EVE's servers again at the next start")
                                          : tr("Explore every feature against a local sandbox, no EVE account "
                                               "needed"));
    }
}

SettingsDialog *SettingsController::openSettings()
{
    if (!m_dialog) {
        m_dialog = new SettingsDialog(m_settings, m_store.get(), m_clock, m_cache, m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &SettingsDialog::settingsSaved, this, &SettingsController::handleSettingsSaved);
        connect(m_dialog, &SettingsDialog::cacheCleared, this, [this](qint64) {
            if (m_window) {
                m_window->statusBar()->showMessage(tr("Response cache cleared"), statusMessageMs);
            }
        });
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    return m_dialog;
}

void SettingsController::openFirstRunAssistant()
{
    const Core::AppSettings previous = m_settings;
    auto *assistant = new FirstRunAssistant(m_settings, m_store.get(), m_clock, m_window);
    assistant->setAttribute(Qt::WA_DeleteOnClose);
    connect(assistant, &QWizard::accepted, this,
            [this, previous] { handleSettingsSaved(previous, Core::AppSettings::load(*m_store)); });
    assistant->show();
}

void SettingsController::handleSettingsSaved(const Core::AppSettings &previous, const Core::AppSettings &saved)
{
    m_settings = saved;
    applyLive(saved);
    updateOfflineIndicator();
    Q_EMIT settingsApplied(saved);

    QStringList later;
    if (previous.sso.clientId != saved.sso.clientId || previous.sso.callbackUrl != saved.sso.callbackUrl ||
        previous.sso.baseUrl != saved.sso.baseUrl) {
        later.append(tr("sign-in"));
    }
    if (previous.esiBaseUrl != saved.esiBaseUrl) {
        later.append(tr("ESI server"));
    }
    if (previous.language != saved.language) {
        later.append(tr("language"));
    }
    if (previous.cacheDirectory != saved.cacheDirectory) {
        later.append(tr("cache location"));
    }
    if (previous.offline != saved.offline) {
        later.append(saved.offline ? tr("offline sandbox") : tr("back online"));
    }
    if (!later.isEmpty()) {
        offerRestart(tr("These changes take effect when ESI Studio restarts: %1.").arg(later.join(u", "_s)));
    }
}

void SettingsController::applyLive(const Core::AppSettings &settings)
{
    if (settings.theme != m_theme.current()) {
        m_theme.apply(settings.theme);
    }
    if (m_client) {
        Core::EsiClientSettings client = m_client->settings();
        client.defaultConcurrency = settings.concurrency;
        client.limits = settings.responseLimits();
        // The same header as at start-up: ESI_CONTACT_EMAIL keeps priority over the stored address.
        if (const Core::UserAgent agent = settings.effectiveUserAgent(QProcessEnvironment::systemEnvironment());
            agent.isValid()) {
            client.userAgent = agent;
        }
        m_client->setSettings(client);
    }
    if (m_cache) {
        m_cache->setMaxBytes(settings.cacheMaxBytes());
    }
    if (m_window && !settings.compatibilityDate.isEmpty() && m_window->datePicker() &&
        m_window->datePicker()->currentDate() != settings.compatibilityDate) {
        m_window->datePicker()->pickDate(settings.compatibilityDate);
    }
}

void SettingsController::handleOfflineToggled()
{
    const Core::AppSettings previous = m_settings;
    Core::AppSettings next = m_settings;
    next.offline = !m_settings.offline;
    next.save(*m_store);
    handleSettingsSaved(previous, next);
}

void SettingsController::offerRestart(const QString &reason)
{
    if (!m_window) {
        return;
    }
    const QMessageBox::StandardButton answer =
        QMessageBox::question(m_window, tr("Restart ESI Studio?"), reason + u"\n\n"_s + tr("Restart now?"),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes) {
        m_window->statusBar()->showMessage(reason, statusMessageMs);
        return;
    }
    if (!m_restartRequested) {
        m_restartRequested = true;
        // Launched once this process is on its way out (its windows closed, settings synced); a new sandbox
        // child picks its own free port, so the two never compete.
        connect(qApp, &QCoreApplication::aboutToQuit, this, [this] {
            QProcess next;
            next.setProcessEnvironment(m_startEnvironment);
            const QStringList arguments = QCoreApplication::arguments().mid(1);
#ifdef Q_OS_UNIX
            // The new process starts once this one has gone, so the single-instance guard is free again and
            // it does not merely raise the window that is closing.
            next.setProgram(u"/bin/sh"_s);
            next.setArguments(QStringList{u"-c"_s,
                                          u"while kill -0 \"$1\" 2>/dev/null; do sleep 0.1; done; shift; exec \"$@\""_s,
                                          u"esi-studio-restart"_s, QString::number(QCoreApplication::applicationPid()),
                                          QCoreApplication::applicationFilePath()} +
                              arguments);
#else
            next.setProgram(QCoreApplication::applicationFilePath());
            next.setArguments(arguments + QStringList{u"--new-instance"_s});
#endif
            next.startDetached();
        });
    }
    m_window->close();
}

} // namespace Esi::Ui
