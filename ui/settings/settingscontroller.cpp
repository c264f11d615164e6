#include "ui/settings/settingscontroller.h"

#include "core/settings/offlinesandbox.h"
#include "ui/settings/firstrunassistant.h"
#include "ui/settings/livesettings.h"
#include "ui/settings/offlineindicator.h"
#include "ui/settings/restartoffer.h"
#include "ui/settings/settingsdialog.h"
#include "ui/settings/settingsmenuactions.h"

#include <QAction>
#include <QCoreApplication>
#include <QMainWindow>
#include <QSettings>
#include <QStatusBar>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

namespace {

constexpr int statusMessageMs = 8000;

} // namespace

SettingsController::SettingsController(const Core::Clock &clock, std::unique_ptr<QSettings> store,
                                       Core::StateLocations locations, QProcessEnvironment startEnvironment,
                                       QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_store(std::move(store))
    , m_settings(Core::AppSettings::load(*m_store))
    , m_live(std::make_unique<LiveSettings>(m_settings, startEnvironment))
    , m_startEnvironment(startEnvironment)
    , m_restart(new RestartOffer(std::move(startEnvironment), this))
    , m_locations(std::move(locations))
{}

SettingsController::~SettingsController() = default;

bool SettingsController::runFirstRunIfDue(bool quitAfterReady, bool serversGiven)
{
    if (!FirstRunAssistant::isDue(*m_store, quitAfterReady, serversGiven, m_startEnvironment)) {
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

QAction *SettingsController::settingsAction() const
{
    return m_actions ? m_actions->settings() : nullptr;
}

QAction *SettingsController::firstRunAction() const
{
    return m_actions ? m_actions->firstRun() : nullptr;
}

QAction *SettingsController::offlineAction() const
{
    return m_actions ? m_actions->offline() : nullptr;
}

void SettingsController::attachNames(NameColumnsModel *names)
{
    m_live->attachNames(names);
}

void SettingsController::attach(QMainWindow *window, CompatibilityDatePicker *datePicker, Core::ResponseCache *cache,
                                Core::EsiClient *client)
{
    m_window = window;
    m_cache = cache;
    m_live->attach(datePicker, cache, client);
    m_restart->setWindow(window);

    m_actions = new SettingsMenuActions(window);
    connect(m_actions->settings(), &QAction::triggered, this, &SettingsController::openSettings);
    connect(m_actions->offline(), &QAction::triggered, this, &SettingsController::handleOfflineToggled);
    connect(m_actions->firstRun(), &QAction::triggered, this, &SettingsController::openFirstRunAssistant);

    m_offlineIndicator = new OfflineIndicator(window);
    connect(m_offlineIndicator, &OfflineIndicator::goOnlineRequested, this, &SettingsController::handleOfflineToggled);
    if (m_sandbox) {
        connect(m_sandbox.get(), &Core::OfflineSandbox::exitedUnexpectedly, this, [this](const QString &why) {
            updateOfflineIndicator();
            Q_EMIT problem(tr("The offline sandbox stopped"),
                           why + u'\n' + tr("Restart ESI Studio to start it again."));
        });
    }
    updateOfflineIndicator();
}

void SettingsController::pickStoredCompatibilityDate()
{
    m_live->pickCompatibilityDate(m_settings);
}

void SettingsController::updateOfflineIndicator()
{
    if (m_offlineIndicator) {
        m_offlineIndicator->update(m_sandbox.get());
    }
    if (m_actions) {
        m_actions->setOfflineChosen(m_settings.offline);
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
    m_live->apply(saved);
    updateOfflineIndicator();
    Q_EMIT settingsApplied(saved);
    m_restart->offer(RestartOffer::changesAtNextStart(previous, saved));
}

void SettingsController::handleOfflineToggled()
{
    const Core::AppSettings previous = m_settings;
    Core::AppSettings next = m_settings;
    next.offline = !m_settings.offline;
    next.save(*m_store);
    handleSettingsSaved(previous, next);
}

} // namespace Esi::Ui
