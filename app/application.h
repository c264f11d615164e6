#pragma once

#include "app/runoptions.h"
#include "app/startupoptions.h"
#include "app/uilanguage.h"
#include "core/clock.h"
#include "core/spec/spec.h"
#include "core/statelocations.h"

#include <QObject>
#include <QProcessEnvironment>
#include <memory>
#include <optional>

class QApplication;
class QNetworkAccessManager;
class QSettings;

namespace Esi::Core {
class ErrorLimitTracker;
class EsiClient;
class LimitStateStore;
class RateLimitTracker;
class CharacterAffiliations;
class ResponseCache;
class CallHistoryStore;
class SpecRepository;
class TokenKeepAlive;
class TokenServices;
} // namespace Esi::Core

namespace Esi::Ui {
class DeepLinkRun;
class MainWindow;
class ParameterMemory;
class PortraitCache;
class SettingsController;
class SingleInstance;
class SignInLauncher;
class TokenManagerWindow;
} // namespace Esi::Ui

namespace Esi::App {

class KeepAliveBanner;
class QuitAfterReady;

// The one place that creates and wires ESI Studio's objects: it builds the network access, the spec
// repository, the state stores and the main window, and hands each its dependencies. The command line is
// StartupOptions', the keep-alive banner KeepAliveBanner's, --quit-after-ready QuitAfterReady's.
class Application : public QObject
{
    Q_OBJECT

public:
    using Options = StartupOptions;

    // Exit codes besides 0.
    static constexpr int exitUsage = StartupOptions::exitUsage; // bad command line, or --spec did not load
                                                                // with --quit-after-ready
    static constexpr int exitNoSpec = 3;                        // not even the bundled spec could be read
    static constexpr int exitNeverShown = 4;                    // --quit-after-ready: the window never became visible

    // Names the application (organization, desktop file, version, icon) before anything reads settings.
    static void describe(QApplication &application);

    // The state roots main() decided from the environment and the stored cache folder; nothing later reads the
    // environment for them. Offline mode uses locations.offline().
    static Core::StateLocations stateLocations(const QProcessEnvironment &environment);

    // `environment`: the process environment main() read once (server overrides, client ID, User-Agent contact,
    // the sign-in browser's checks). `locations`: where state lives (stateLocations()).
    Application(QProcessEnvironment environment, Core::StateLocations locations);
    ~Application() override;

    // Returns an exit code when the process should end without entering the event loop.
    std::optional<int> start(const QStringList &arguments);

    const Options &options() const { return m_options; }

    // This run's state roots: the start ones, or their offline() ones on the offline sandbox.
    const Core::StateLocations &locations() const { return m_locations; }

private:
    // The call engine and what it shares with `esi` (response cache, limit state), the history and the
    // remembered form values. What cannot be opened is reported in `problems` and left out.
    void createCallEngine(QStringList *problems);
    void openTokenStore(QStringList *problems);
    // The stored ESI server, or the offline sandbox when chosen; --base-url/--sso-url and their variables win.
    void chooseServers(QStringList *problems);
    void wireSignIn();
    // The keep-alive from start-up; the character manager window on first use of Characters > Manage.
    void createCharacterManager();
    void showCharacterManager();
    Core::SpecLoadResult loadStartSpec(std::optional<Core::SpecError> *fileError) const;
    // Hands over to the ESI Studio already running for this user and data directory (exit code 0), or becomes
    // the one later launches hand over to.
    std::optional<int> claimSingleInstance();
    void handleActivationRequested(const QString &specFile);
    void handleDeepLinkFinished(int exitCode, const QString &message); // --quit-after-run
    void saveWindowState();

    QProcessEnvironment m_environment;
    Core::StateLocations m_locations;
    Options m_options;
    RunOptions m_run; // --run, --all-pages, --quit-after-run
    UiLanguage m_uiLanguage;
    Core::SystemClock m_clock;
    std::unique_ptr<Ui::SettingsController> m_settings; // stored settings, theme, offline sandbox
    QNetworkAccessManager *m_network = nullptr;
    Core::SpecRepository *m_specRepository = nullptr;
    std::unique_ptr<Core::ResponseCache> m_cache;
    std::unique_ptr<Core::LimitStateStore> m_limits;
    std::unique_ptr<Core::RateLimitTracker> m_rateLimits;
    std::unique_ptr<Core::ErrorLimitTracker> m_errorLimits;
    std::unique_ptr<Core::EsiClient> m_client;
    std::unique_ptr<Core::TokenServices> m_tokens;
    std::unique_ptr<Core::CallHistoryStore> m_history;
    std::unique_ptr<Ui::ParameterMemory> m_memory;
    std::unique_ptr<Ui::MainWindow> m_window;
    std::unique_ptr<Ui::SignInLauncher> m_signIn; // after m_window: it goes first, with its dialog
    std::unique_ptr<Ui::SingleInstance> m_instance;
    std::unique_ptr<Ui::DeepLinkRun> m_deepLink; // --run, and runs handed over by later launches
    // Declared last so they go first: they use the token store, the client and the sign-in launcher.
    std::unique_ptr<QSettings> m_tokenSettings;
    std::unique_ptr<Core::TokenKeepAlive> m_keepAlive;
    std::unique_ptr<Ui::PortraitCache> m_portraits;
    std::unique_ptr<Core::CharacterAffiliations> m_affiliations;
    std::unique_ptr<Ui::TokenManagerWindow> m_characterManager;
    std::unique_ptr<KeepAliveBanner> m_keepAliveBanner;
    std::unique_ptr<QuitAfterReady> m_quitAfterReady;
};

} // namespace Esi::App
