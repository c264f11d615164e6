#pragma once

#include "app/uilanguage.h"
#include "core/clock.h"
#include "core/spec/spec.h"

#include <QMap>
#include <QObject>
#include <QUrl>
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
class MainWindow;
class ParameterMemory;
class PortraitCache;
class SettingsController;
class SingleInstance;
class SignInLauncher;
class TokenManagerWindow;
} // namespace Esi::Ui

namespace Esi::App {

// The one place that creates and wires ESI Studio's objects: it reads the command line, builds the
// network access, the spec repository and the main window, and hands each its dependencies.
class Application : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString specFile; // --spec: a local document instead of the bundled spec
        QUrl baseUrl;     // --base-url or ESI_BASE_URL
        QUrl ssoUrl;      // --sso-url or ESI_SSO_URL; empty: EVE SSO's own
        bool quitAfterReady = false;
        bool newInstance = false; // --new-instance: do not hand over to an ESI Studio already running
    };

    // Exit codes besides 0.
    static constexpr int exitUsage = 2;      // bad command line, or --spec did not load with --quit-after-ready
    static constexpr int exitNoSpec = 3;     // not even the bundled spec could be read
    static constexpr int exitNeverShown = 4; // --quit-after-ready: the window never became visible

    // Names the application (organization, desktop file, version, icon) before anything reads settings.
    static void describe(QApplication &application);

    Application();
    ~Application() override;

    // Returns an exit code when the process should end without entering the event loop.
    std::optional<int> start(const QStringList &arguments);

    const Options &options() const { return m_options; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::optional<int> parseOptions(const QStringList &arguments);
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
    // One banner for the characters the keep-alive could not refresh; each is named once until it refreshes.
    void handleKeepAliveFailed(qint64 characterId, const QString &error);
    Core::SpecLoadResult loadStartSpec(std::optional<Core::SpecError> *fileError) const;
    void quitWhenShown();
    void handleWindowExposed();
    // Hands over to the ESI Studio already running for this user and data directory (exit code 0), or becomes
    // the one later launches hand over to.
    std::optional<int> claimSingleInstance();
    void handleActivationRequested(const QString &specFile);
    void saveWindowState();

    Options m_options;
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
    // Declared last so they go first: they use the token store, the client and the sign-in launcher.
    std::unique_ptr<QSettings> m_tokenSettings;
    std::unique_ptr<Core::TokenKeepAlive> m_keepAlive;
    std::unique_ptr<Ui::PortraitCache> m_portraits;
    std::unique_ptr<Core::CharacterAffiliations> m_affiliations;
    std::unique_ptr<Ui::TokenManagerWindow> m_characterManager;
    QMap<qint64, std::pair<QString, QString>> m_keepAliveFailures; // character id -> name, error (reported)
    bool m_quitScheduled = false;
};

} // namespace Esi::App
