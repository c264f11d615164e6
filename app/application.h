#pragma once

#include "core/clock.h"
#include "core/spec/spec.h"

#include <QObject>
#include <QUrl>
#include <memory>
#include <optional>

class QApplication;
class QNetworkAccessManager;

namespace Esi::Core {
class ErrorLimitTracker;
class EsiClient;
class LimitStateStore;
class RateLimitTracker;
class ResponseCache;
class SpecRepository;
class TokenServices;
} // namespace Esi::Core

namespace Esi::Ui {
class CallHistoryStore;
class MainWindow;
class ParameterMemory;
class SystemBrowserSignIn;
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
    Core::SpecLoadResult loadStartSpec(std::optional<Core::SpecError> *fileError) const;
    void quitWhenShown();
    void handleWindowExposed();

    Options m_options;
    Core::SystemClock m_clock;
    QNetworkAccessManager *m_network = nullptr;
    Core::SpecRepository *m_specRepository = nullptr;
    std::unique_ptr<Core::ResponseCache> m_cache;
    std::unique_ptr<Core::LimitStateStore> m_limits;
    std::unique_ptr<Core::RateLimitTracker> m_rateLimits;
    std::unique_ptr<Core::ErrorLimitTracker> m_errorLimits;
    std::unique_ptr<Core::EsiClient> m_client;
    std::unique_ptr<Core::TokenServices> m_tokens;
    std::unique_ptr<Ui::CallHistoryStore> m_history;
    std::unique_ptr<Ui::ParameterMemory> m_memory;
    std::unique_ptr<Ui::MainWindow> m_window;
    std::unique_ptr<Ui::SystemBrowserSignIn> m_signIn;
    bool m_quitScheduled = false;
};

} // namespace Esi::App
