#include "app/application.h"

#include "app/keepalivebanner.h"
#include "app/quitafterready.h"
#include "app/statefolders.h"
#include "core/auth/characteraffiliations.h"
#include "core/auth/ssosettings.h"
#include "core/auth/tokenkeepalive.h"
#include "core/auth/tokenservices.h"
#include "core/auth/tokenstore.h"
#include "core/http/errorlimittracker.h"
#include "core/http/esiclient.h"
#include "core/http/limitstatestore.h"
#include "core/http/ratelimittracker.h"
#include "core/http/responsecache.h"
#include "core/result/callhistorystore.h"
#include "core/settings/offlinesandbox.h"
#include "core/spec/specrepository.h"
#include "esiversion.h"
#include "ui/desktop/singleinstance.h"
#include "ui/desktop/windowstate.h"
#include "ui/mainwindow.h"
#include "ui/names/namecolumnsmodel.h"
#include "ui/result/resultpanel.h"
#include "ui/result/resulttableview.h"
#include "ui/run/deeplinkrun.h"
#include "ui/run/parametermemory.h"
#include "ui/run/runcontroller.h"
#include "ui/run/runrequest.h"
#include "ui/settings/settingscontroller.h"
#include "ui/tokens/portraitcache.h"
#include "ui/tokens/signinlauncher.h"
#include "ui/tokens/tokenmanagerwindow.h"

#include <QApplication>
#include <QFileInfo>
#include <QIcon>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStatusBar>
#include <cstdio>
#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace Esi::App {

namespace {

constexpr int limitRefreshMs = 1000; // the limits dock shows tokens returning to their buckets live
constexpr int limitAnnounceMs = 200; // a paged call updates the dock and the estimate 5 times a second, not per page
constexpr int signInMessageMs = 15000;

void printError(const QString &message)
{
    std::fprintf(stderr, "esi-studio: %s\n", qUtf8Printable(message));
}

} // namespace

void Application::describe(QApplication &application)
{
    application.setOrganizationName(u"EsiStudio"_s);
    application.setApplicationName(u"esi-studio"_s);
    application.setApplicationDisplayName(tr("ESI Studio"));
    application.setApplicationVersion(QStringLiteral(ESI_STUDIO_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral(ESI_STUDIO_APP_ID));
    QApplication::setWindowIcon(QIcon(u":/esi/icons/esi-studio.svg"_s));
}

Core::StateLocations Application::stateLocations(const QProcessEnvironment &environment)
{
    // The config root first: the settings file in it may choose the cache root.
    const Core::StateLocations roots = Core::StateLocations::fromEnvironment(environment);
    for (const QString &message : StateFolders::moveSettings(roots)) {
        printError(message);
    }
    const QSettings stored(roots.settingsFile(), QSettings::IniFormat);
    return Core::StateLocations::fromEnvironment(environment, Core::AppSettings::load(stored).cacheDirectory);
}

Application::Application(QProcessEnvironment environment, Core::StateLocations locations)
    : m_environment(std::move(environment))
    , m_locations(std::move(locations))
    , m_options(m_environment)
{}

Application::~Application() = default;

std::optional<int> Application::start(const QStringList &arguments)
{
    // Before any text is made, --help included.
    QStringList languageProblems;
    m_uiLanguage.apply(
        UiLanguage::choose(QSettings(m_locations.settingsFile(), QSettings::IniFormat), QLocale::system()),
        QLocale::system(), &languageProblems);
    for (const QString &problem : std::as_const(languageProblems)) {
        printError(problem);
    }
    m_options.addGroup(&m_run);
    if (const std::optional<int> exitCode = m_options.parse(arguments)) {
        return exitCode;
    }
    m_options.newInstance = m_options.newInstance || m_run.quitAfterRun;
    if (const std::optional<int> exitCode = claimSingleInstance()) {
        return exitCode;
    }
    for (const QString &message : StateFolders::prepare(m_locations)) {
        printError(message);
    }
    m_settings = std::make_unique<Ui::SettingsController>(
        m_clock, std::make_unique<QSettings>(m_locations.settingsFile(), QSettings::IniFormat), m_locations,
        m_environment);
    connect(m_settings.get(), &Ui::SettingsController::problem, this,
            [this](const QString &title, const QString &details) {
                if (m_window) {
                    m_window->showProblem(title, details);
                }
            });
    m_settings->runFirstRunIfDue(m_options.quitAfterReady, m_options.serversGiven());

    std::optional<Core::SpecError> fileError;
    const Core::SpecLoadResult loaded = loadStartSpec(&fileError);
    if (fileError) {
        printError(tr("cannot load spec %1: %2").arg(m_options.specFile, fileError->toString()));
        if (m_options.quitAfterReady) {
            return exitUsage;
        }
    }
    if (!loaded) {
        printError(tr("the bundled spec could not be read: %1").arg(loaded.error.toString()));
        if (m_options.quitAfterReady) {
            return exitNoSpec;
        }
    }

    m_network = new QNetworkAccessManager(this);
    QStringList engineProblems;
    chooseServers(&engineProblems);
    // Shared with `esi` (offline: the sandbox's own).
    m_specRepository = new Core::SpecRepository(m_network, m_locations.specDirectory(), m_options.baseUrl, this);

    createCallEngine(&engineProblems);
    if (m_client) {
        // Memberships for corporation and alliance routes (runs) and names for the Characters window.
        m_affiliations = std::make_unique<Core::CharacterAffiliations>(m_client.get());
    }
    Ui::ExplorerServices services;
    services.clock = &m_clock;
    services.specRepository = m_specRepository;
    services.client = m_client.get();
    services.rateLimits = m_rateLimits.get();
    services.errorLimits = m_errorLimits.get();
    services.history = m_history && m_history->isOpen() ? m_history.get() : nullptr;
    services.memory = m_memory.get();
    services.tokens = m_tokens ? &m_tokens->provider() : nullptr;
    services.affiliations = m_affiliations.get();
    services.language = m_uiLanguage.language().isEmpty() ? u"en"_s : m_uiLanguage.language();
    services.nameCacheFile = m_locations.nameCache(); // shared with `esi call --names`
    services.settings = &m_settings->store();

    m_window = std::make_unique<Ui::MainWindow>(services);
    m_window->setSpec(loaded.spec);
    if (m_tokens) {
        m_window->setTokenStore(&m_tokens->store()); // the character picker also follows `esi login`
        wireSignIn();
        createCharacterManager();
        m_window->setSignInAvailable(true);
    }
    if (!engineProblems.isEmpty()) {
        m_window->showProblem(tr("Some of ESI Studio's state is unavailable"), engineProblems.join(u'\n'));
    }
    if (fileError) {
        m_window->showSpecError(tr("Could not open \u201c%1\u201d").arg(QFileInfo(m_options.specFile).fileName()),
                                *fileError);
    } else if (!loaded) {
        m_window->showSpecError(tr("The bundled spec could not be read"), loaded.error);
    }
    m_settings->attach(m_window.get(), m_window->datePicker(), m_cache->isOpen() ? m_cache.get() : nullptr,
                       m_client.get());
    m_settings->attachNames(m_window->resultPanel()->tableView()->names());
    const bool timingRun = m_options.quitAfterReady || m_run.quitAfterRun;
    if (!timingRun) { // a timing run keeps the default layout
        QSettings stored(m_locations.settingsFile(), QSettings::IniFormat);
        Ui::WindowState::restore(*m_window, stored);
        connect(qApp, &QCoreApplication::aboutToQuit, this, &Application::saveWindowState);
    }
    m_deepLink = std::make_unique<Ui::DeepLinkRun>(m_window->runController());
    connect(m_deepLink.get(), &Ui::DeepLinkRun::problem, m_window.get(), &Ui::MainWindow::showProblem);
    if (m_run.quitAfterRun) {
        connect(m_deepLink.get(), &Ui::DeepLinkRun::finished, this, &Application::handleDeepLinkFinished);
    }
    if (m_instance) {
        connect(m_instance.get(), &Ui::SingleInstance::activationRequested, this,
                &Application::handleActivationRequested);
        connect(m_instance.get(), &Ui::SingleInstance::runRequested, m_deepLink.get(), &Ui::DeepLinkRun::start);
    }
    m_window->show();
    if (m_instance) {
        m_instance->setReady(); // launches that handed over during start-up raise the window now
    }

    if (!m_run.words.isEmpty()) { // once the loop runs and the window is up, as a click on Run would
        QTimer::singleShot(0, m_deepLink.get(), [this] { m_deepLink->start(m_run.words); });
    }
    if (m_options.quitAfterReady) {
        m_quitAfterReady = std::make_unique<QuitAfterReady>(m_window.get());
        m_quitAfterReady->start();
    } else if (!m_run.quitAfterRun) {
        m_window->refreshCompatibilityDates(); // in the background; cached and bundled dates are offered meanwhile
        m_settings->pickStoredCompatibilityDate();
    }
    return std::nullopt;
}

void Application::createCallEngine(QStringList *problems)
{
    // Shared with `esi` so both count the same tokens and reuse the same responses.
    QString error;
    m_cache = std::make_unique<Core::ResponseCache>(m_locations.responseCache(), m_clock,
                                                    m_settings->settings().cacheMaxBytes());
    if (!m_cache->open(&error)) {
        problems->append(tr("Response cache: %1 Calls go to ESI every time.").arg(error));
    }
    m_limits = std::make_unique<Core::LimitStateStore>(m_locations.limitState());
    if (!m_limits->open(&error)) {
        problems->append(tr("Rate-limit state: %1 Limits are tracked for this window only.").arg(error));
    }
    m_rateLimits = std::make_unique<Core::RateLimitTracker>(m_limits.get(), m_clock);
    m_errorLimits = std::make_unique<Core::ErrorLimitTracker>(m_limits.get(), m_clock);
    m_rateLimits->setRefreshInterval(limitRefreshMs);
    m_errorLimits->setRefreshInterval(limitRefreshMs);
    m_rateLimits->setAnnounceInterval(limitAnnounceMs);
    m_errorLimits->setAnnounceInterval(limitAnnounceMs);

    Core::FetchServices fetch;
    fetch.network = m_network;
    fetch.clock = &m_clock;
    fetch.cache = m_cache->isOpen() ? m_cache.get() : nullptr;
    fetch.rateLimits = m_rateLimits.get();
    fetch.errorLimits = m_errorLimits.get();
    Core::EsiClientSettings settings;
    settings.baseUrl = m_options.baseUrl;
    settings.defaultConcurrency = m_settings->settings().concurrency;
    settings.limits = m_settings->settings().responseLimits();
    const Core::UserAgent userAgent = m_settings->settings().effectiveUserAgent(m_environment);
    if (userAgent.isValid()) {
        settings.userAgent = userAgent;
    } else {
        problems->append(tr("User-Agent: %1 Requests carry ESI Studio's own User-Agent.").arg(userAgent.error()));
    }
    m_client = std::make_unique<Core::EsiClient>(fetch, settings);
    openTokenStore(problems);

    // Offline, the sandbox's calls and values stay in the offline roots, apart from the real ones.
    m_history = std::make_unique<Core::CallHistoryStore>(m_locations.historyDatabase());
    if (!m_history->open(&error)) {
        problems->append(tr("Call history: %1 Calls are not remembered.").arg(error));
    }
    m_memory = std::make_unique<Ui::ParameterMemory>(m_locations.rememberedValues());
}

void Application::openTokenStore(QStringList *problems)
{
    // The same settings file, database and keychain entries as `esi login`, so characters signed in there
    // are here too.
    const QSettings stored(m_locations.settingsFile(), QSettings::IniFormat);
    Core::SsoSettings sso = Core::SsoSettings::load(stored).withEnvironment(m_environment);
    if (const QString clientId = m_environment.value(u"ESI_CLIENT_ID"_s).trimmed(); !clientId.isEmpty()) {
        sso.clientId = clientId;
    }
    if (!m_options.ssoUrl.isEmpty()) {
        sso.baseUrl = m_options.ssoUrl;
    }
    if (m_settings->isOffline()) {
        sso.clientId = QString::fromLatin1(Core::OfflineSandbox::clientId); // the only client the sandbox accepts
    }
    QString error;
    auto tokens = std::make_unique<Core::TokenServices>(m_clock, m_network);
    if (!tokens->open(sso, m_locations, QByteArrayLiteral("EsiStudio/" ESI_STUDIO_VERSION), &error)) {
        problems->append(tr("Characters: %1 Authed operations cannot run.").arg(error));
        return;
    }
    m_tokens = std::move(tokens);
    m_client->setTokenProvider(&m_tokens->provider());
}

void Application::wireSignIn()
{
    // The embedded browser first (its plugin loads on the first sign-in), the system browser when asked for.
    // Whether QtWebEngine may start is decided from this process's user and environment before its plugin
    // loads: as root without a sandbox opt-out Chromium would abort the whole app.
    Ui::SignInLauncher::Options options;
    options.webEngine = Ui::WebEngineEnvironment::fromProcess(uint(::geteuid()), m_environment);
    options.webEngine.openGlUsable = &Ui::WebEngineCheck::probeOpenGl;
    m_signIn = std::make_unique<Ui::SignInLauncher>(m_tokens->sso(), m_tokens->store(), std::move(options));
    // The sign-in window belongs to (and blocks) the window that asked for it.
    connect(m_window.get(), &Ui::MainWindow::signInRequested, m_signIn.get(), [this](const QStringList &scopes) {
        m_signIn->setDialogParent(m_window.get());
        m_signIn->start(scopes);
    });
    connect(m_signIn.get(), &Ui::SignInLauncher::failed, this,
            [this](const QString &reason) { m_window->showProblem(tr("Sign-in did not complete"), reason); });
    connect(m_signIn.get(), &Ui::SignInLauncher::embeddedBrowserUnavailable, this, [this](const QString &reason) {
        m_window->showProblem(tr("Signing in through your web browser instead"), reason);
    });
    connect(m_signIn.get(), &Ui::SignInLauncher::systemBrowserOpened, this, [this] {
        m_window->statusBar()->showMessage(tr("Continue the sign-in in your web browser."), signInMessageMs);
    });
    connect(m_signIn.get(), &Ui::SignInLauncher::signedIn, this,
            [this](qint64, const QString &name, const QStringList &lostScopes) {
                m_window->statusBar()->showMessage(tr("Signed in as %1.").arg(name), signInMessageMs);
                if (!lostScopes.isEmpty()) {
                    m_window->showProblem(tr("%1 was signed in with fewer scopes").arg(name),
                                          tr("The new sign-in did not grant %1; sign in again and approve them to "
                                             "use the operations that need them.")
                                              .arg(lostScopes.join(u", "_s)));
                }
            });
}

void Application::createCharacterManager()
{
    m_tokenSettings = std::make_unique<QSettings>(m_locations.settingsFile(), QSettings::IniFormat);
    m_keepAlive = std::make_unique<Core::TokenKeepAlive>(m_tokens->store(), m_clock);
    m_keepAlive->setIntervalDays(Core::TokenKeepAlive::loadIntervalDays(*m_tokenSettings));
    // Failures in the background would go unseen with the Characters window closed, and the token may then die.
    m_keepAliveBanner = std::make_unique<KeepAliveBanner>(
        m_tokens->store(), [window = m_window.get()](const QString &title, const QString &details) {
            window->showProblem(title, details);
        });
    connect(m_keepAlive.get(), &Core::TokenKeepAlive::refreshFailed, m_keepAliveBanner.get(),
            &KeepAliveBanner::handleRefreshFailed);
    // Working again (any refresh, or a new sign-in): its next failure is news again.
    connect(&m_tokens->store(), &Core::TokenStore::tokenRefreshed, m_keepAliveBanner.get(),
            &KeepAliveBanner::handleWorkingAgain);
    connect(m_signIn.get(), &Ui::SignInLauncher::signedIn, m_keepAliveBanner.get(),
            [banner = m_keepAliveBanner.get()](qint64 characterId) { banner->handleWorkingAgain(characterId); });
    connect(m_window.get(), &Ui::MainWindow::characterManagerRequested, this, &Application::showCharacterManager);
}

void Application::showCharacterManager()
{
    if (!m_characterManager) {
        // Offline (the sandbox) nothing may reach the real image server: placeholders only.
        const QUrl imageServer =
            m_settings->isOffline() ? QUrl() : QUrl(QLatin1StringView(Ui::PortraitCache::defaultImageServer));
        m_portraits = std::make_unique<Ui::PortraitCache>(m_network, imageServer, m_locations.portraitDirectory());
        Ui::TokenManagerServices services;
        services.store = &m_tokens->store();
        services.secrets = &m_tokens->secrets();
        services.clock = &m_clock;
        services.portraits = m_portraits.get();
        services.affiliations = m_affiliations.get();
        services.keepAlive = m_keepAlive.get();
        services.history = m_history && m_history->isOpen() ? m_history.get() : nullptr;
        services.settings = m_tokenSettings.get();
        // A child window of the main window (its own Qt::Window), so it neither keeps the app running once the
        // main window closes nor outlives it; it is destroyed before m_window (declared after it).
        m_characterManager = std::make_unique<Ui::TokenManagerWindow>(services, m_window.get());
        connect(m_characterManager.get(), &Ui::TokenManagerWindow::signInRequested, m_signIn.get(),
                [this](const QStringList &scopes) {
                    m_signIn->setDialogParent(m_characterManager.get());
                    m_signIn->start(scopes);
                });
        connect(m_signIn.get(), &Ui::SignInLauncher::signedIn, m_characterManager.get(),
                &Ui::TokenManagerWindow::showSignInResult);
        connect(m_signIn.get(), &Ui::SignInLauncher::failed, m_characterManager.get(),
                &Ui::TokenManagerWindow::showSignInFailure);
        // "Scopes for the operations I use" also counts this session's calls when the history is off.
        connect(m_window->runController(), &Ui::RunController::outcomeReady, m_characterManager.get(),
                [manager = m_characterManager.get()](const Core::CallOutcomePtr &outcome) {
                    manager->noteOperationRun(outcome->request.operationId);
                });
    }
    if (m_affiliations) {
        m_affiliations->setSpec(m_window->spec());
    }
    m_characterManager->setSpec(m_window->spec());
    m_characterManager->show();
    m_characterManager->raise();
    m_characterManager->activateWindow();
}

void Application::chooseServers(QStringList *problems)
{
    const Core::AppSettings &stored = m_settings->settings();
    if (stored.offline && m_options.baseUrl.isEmpty() && m_options.ssoUrl.isEmpty()) {
        QString error;
        if (m_settings->startOfflineSandbox(m_network, &error)) {
            m_options.baseUrl = m_settings->offlineSandbox()->baseUrl();
            m_options.ssoUrl = m_options.baseUrl;
            // The sandbox's characters, tokens, locks, signing keys, cached responses, limits, specs, portraits,
            // history and remembered values stay apart from the real ones.
            m_locations = m_locations.offline();
        } else {
            problems->append(tr("Offline sandbox: %1 ESI Studio uses the usual servers instead.").arg(error));
        }
    }
    if (m_options.baseUrl.isEmpty()) {
        m_options.baseUrl = stored.esiBaseUrl;
        for (const Core::SettingsProblem &problem : stored.validate(m_clock)) {
            if (problem.key == QLatin1StringView(Core::AppSettings::esiBaseUrlKey)) {
                problems->append(problem.message);
                m_options.baseUrl = Core::AppSettings::defaultEsiBaseUrl();
            }
        }
    }
}

std::optional<int> Application::claimSingleInstance()
{
    if (m_options.newInstance) {
        return std::nullopt;
    }
    // Before chooseServers(): the start (online) data root, whichever mode the running window is in.
    m_instance = std::make_unique<Ui::SingleInstance>(
        Ui::SingleInstance::serverNameFor(m_locations.dataDirectory(), Ui::SingleInstance::userNameIn(m_environment)));
    const QString specFile =
        m_options.specFile.isEmpty() ? QString() : QFileInfo(m_options.specFile).absoluteFilePath();
    switch (m_instance->claim(specFile, m_run.words)) {
    case Ui::SingleInstance::Role::Primary:
        return std::nullopt;
    case Ui::SingleInstance::Role::Secondary:
        if (!m_options.baseUrl.isEmpty() || !m_options.ssoUrl.isEmpty()) {
            printError(tr("raised the ESI Studio already running; its servers stay as they are (start with "
                          "--new-instance for a window on other servers)"));
        }
        return 0;
    case Ui::SingleInstance::Role::Unreachable:
        break;
    }
    // A window that cannot be raised is no reason to refuse a new one.
    printError(tr("%1; opening a new window").arg(m_instance->error()));
    m_instance.reset();
    return std::nullopt;
}

void Application::handleActivationRequested(const QString &specFile)
{
    if (!specFile.isEmpty()) {
        m_window->openSpecFile(specFile);
    }
    m_window->setWindowState((m_window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

void Application::handleDeepLinkFinished(int exitCode, const QString &message)
{
    if (!message.isEmpty()) {
        printError(message);
    }
    QCoreApplication::exit(exitCode);
}

void Application::saveWindowState()
{
    QSettings stored(m_locations.settingsFile(), QSettings::IniFormat);
    Ui::WindowState::save(*m_window, stored);
}

Core::SpecLoadResult Application::loadStartSpec(std::optional<Core::SpecError> *fileError) const
{
    if (!m_options.specFile.isEmpty()) {
        Core::SpecLoadResult fromFile = Core::Spec::fromFile(m_options.specFile);
        if (fromFile) {
            return fromFile;
        }
        *fileError = fromFile.error;
    }
    return Core::SpecRepository::loadBundled();
}

} // namespace Esi::App
