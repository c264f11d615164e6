#pragma once

#include "core/settings/appsettings.h"
#include "core/statelocations.h"

#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>
#include <memory>

class QAction;
class QMainWindow;
class QNetworkAccessManager;
class QSettings;

namespace Esi::Core {
class Clock;
class EsiClient;
class OfflineSandbox;
class ResponseCache;
} // namespace Esi::Core

namespace Esi::Ui {

class CompatibilityDatePicker;
class LiveSettings;
class NameColumnsModel;
class OfflineIndicator;
class RestartOffer;
class SettingsDialog;
class SettingsMenuActions;

// The application's side of the settings: reads them at start and applies the theme, runs the first-run
// assistant when due, starts the offline sandbox when chosen, and gives the main window File > Settings,
// File > Try It Offline, Help > First-Run Assistant and the status bar's offline indicator. Saved values
// that can change while running (theme, User-Agent, concurrency, cache size, compatibility date) apply at
// once (LiveSettings); the others (server addresses, sign-in, language, cache location) at the next start,
// which it offers to do (RestartOffer). The menu actions and the offline indicator are their own classes.
// It knows the window only as a QMainWindow (menus, status bar) and its date picker; problems go out as
// problem(), which whoever composes the window shows.
class SettingsController : public QObject
{
    Q_OBJECT

public:
    // `locations`: the state roots main() decided for this run (online; offline mode uses their offline()).
    // `startEnvironment`: the environment main() read once (ESI_CONTACT_EMAIL, ESI_STUDIO_FIRST_RUN, and what
    // a restart starts with); nothing here reads the process environment.
    SettingsController(const Core::Clock &clock, std::unique_ptr<QSettings> store, Core::StateLocations locations,
                       QProcessEnvironment startEnvironment, QObject *parent = nullptr);
    ~SettingsController() override;

    const Core::AppSettings &settings() const { return m_settings; }

    QSettings &store() { return *m_store; }

    // Shows the assistant modally when FirstRunAssistant::isDue(); true when it was shown.
    bool runFirstRunIfDue(bool quitAfterReady, bool serversGiven = false);

    // Starts esi-sandbox (found next to the running executable) and waits until it answers. On failure the
    // message says what happened and the app stays on its usual servers.
    bool startOfflineSandbox(QNetworkAccessManager *network, QString *error);
    // The same with the executable named (tests, or a sandbox outside the usual places).
    bool startOfflineSandbox(const QString &program, QNetworkAccessManager *network, QString *error);

    Core::OfflineSandbox *offlineSandbox() const { return m_sandbox.get(); }

    bool isOffline() const;

    // The folder for state shared with `esi` in this run: $ESI_STUDIO_CACHE_DIR, else the cache location stored
    // when ESI Studio started (a new one applies at the next start), else the standard cache folder.
    QString cacheDirectory() const { return m_locations.cacheDirectory(); }

    // Adds the actions and the offline indicator to `window`; `datePicker`, `cache` and `client` receive live
    // changes.
    // The result table's name columns, which the "Show names for IDs" setting switches at once.
    void attachNames(NameColumnsModel *names);
    void attach(QMainWindow *window, CompatibilityDatePicker *datePicker, Core::ResponseCache *cache,
                Core::EsiClient *client);

    // The default compatibility date from the settings, chosen in the attached date picker (this may fetch
    // that date's spec, so not under --quit-after-ready).
    void pickStoredCompatibilityDate();

    QAction *settingsAction() const;
    QAction *firstRunAction() const;
    QAction *offlineAction() const;

    SettingsDialog *openSettings(); // File > Settings; the dialog is created on demand
    void openFirstRunAssistant();   // Help > First-Run Assistant

Q_SIGNALS:
    void settingsApplied(const Esi::Core::AppSettings &settings);
    // Something the user should see in the window (the offline sandbox stopped).
    void problem(const QString &title, const QString &details);

private:
    void handleSettingsSaved(const Core::AppSettings &previous, const Core::AppSettings &saved);
    void handleOfflineToggled();
    void updateOfflineIndicator();

    const Core::Clock &m_clock;
    std::unique_ptr<QSettings> m_store;
    Core::AppSettings m_settings;
    std::unique_ptr<LiveSettings> m_live;
    std::unique_ptr<Core::OfflineSandbox> m_sandbox;
    QProcessEnvironment m_startEnvironment;
    QPointer<QMainWindow> m_window;
    Core::ResponseCache *m_cache = nullptr;
    QPointer<SettingsDialog> m_dialog;
    SettingsMenuActions *m_actions = nullptr;
    OfflineIndicator *m_offlineIndicator = nullptr;
    RestartOffer *m_restart;
    Core::StateLocations m_locations; // this run's, decided at start
};

} // namespace Esi::Ui
