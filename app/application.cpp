#include "app/application.h"

#include "core/auth/characteraffiliations.h"
#include "core/auth/servertrust.h"
#include "core/auth/ssosettings.h"
#include "core/auth/tokenkeepalive.h"
#include "core/auth/tokenservices.h"
#include "core/auth/tokenstore.h"
#include "core/http/errorlimittracker.h"
#include "core/http/esiclient.h"
#include "core/http/limitstatestore.h"
#include "core/http/ratelimittracker.h"
#include "core/http/responsecache.h"
#include "core/privatefiles.h"
#include "core/result/callhistorystore.h"
#include "core/settings/offlinesandbox.h"
#include "core/spec/specrepository.h"
#include "core/statelocations.h"
#include "esiversion.h"
#include "ui/desktop/singleinstance.h"
#include "ui/desktop/windowstate.h"
#include "ui/mainwindow.h"
#include "ui/run/parametermemory.h"
#include "ui/run/runcontroller.h"
#include "ui/settings/settingscontroller.h"
#include "ui/tokens/portraitcache.h"
#include "ui/tokens/signinlauncher.h"
#include "ui/tokens/tokenmanagerwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QWindow>
#include <cstdio>
#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace Esi::App {

namespace {

constexpr int neverShownTimeoutMs = 15000;
constexpr int limitRefreshMs = 1000; // the limits dock shows tokens returning to their buckets live
constexpr int signInMessageMs = 15000;

void printError(const QString &message)
{
    std::fprintf(stderr, "esi-studio: %s\n", qUtf8Printable(message));
}

// An ESI or SSO root must be an absolute http(s) URL; anything else would fail much later and less clearly.
std::optional<QUrl> serverUrl(const QString &text, const QString &origin, QString *error)
{
    const QUrl url(text, QUrl::StrictMode);
    if (url.isValid() && (url.scheme() == u"https" || url.scheme() == u"http") && !url.host().isEmpty() &&
        !url.hasQuery() && !url.hasFragment()) {
        if (url.scheme() == u"http" && !Core::ServerTrust::isLoopbackHost(url.host())) {
            *error = Application::tr("%1 \u201c%2\u201d uses plain http to %3, which is not this computer; use https, "
                                     "or http only with a loopback address (127.0.0.1, ::1, localhost)")
                         .arg(origin, text, url.host());
            return std::nullopt;
        }
        return url;
    }
    *error = Application::tr("%1 \u201c%2\u201d is not a server address; give an http(s) URL such as "
                             "https://esi.evetech.net")
                 .arg(origin, text);
    return std::nullopt;
}

// Installs from before every state file was private (0644 files, 0755 folders) are corrected at each start:
// cache (responses, limits, JWKS, specs, portraits), token metadata, history and remembered values, settings.
void correctStatePermissions(const QString &cacheDirectory, const QProcessEnvironment &environment)
{
    Core::PrivateFiles::correctStateFolder(cacheDirectory);
    Core::PrivateFiles::correctStateFolder(Core::StateLocations::dataDirectory(environment));
    const QString appData = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    Core::PrivateFiles::correctStateFolder(appData);
    const QString settingsFile = QSettings().fileName();
    Core::PrivateFiles::makePrivateDir(QFileInfo(settingsFile).absolutePath());
    Core::PrivateFiles::createPrivateFile(settingsFile); // QSettings keeps the mode of the file it rewrites
    Core::PrivateFiles::restrictToUser(settingsFile);
    // The organization's folders (<data>/EsiStudio, <config>/EsiStudio) hold nothing but ours.
    for (const QString &folder : {QFileInfo(appData).absolutePath(), QFileInfo(settingsFile).absolutePath()}) {
        if (QFileInfo(folder).fileName() == QCoreApplication::organizationName()) {
            Core::PrivateFiles::restrictToUser(folder);
        }
    }
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

Application::Application() = default;

Application::~Application() = default;

std::optional<int> Application::parseOptions(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Desktop explorer for EVE Online's ESI"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption specOption(
        u"spec"_s, tr("Open the ESI OpenAPI document <file> instead of the bundled spec."), tr("file"));
    const QCommandLineOption baseUrlOption(u"base-url"_s,
                                           tr("ESI server root (default %1, or $ESI_BASE_URL).")
                                               .arg(QLatin1StringView(Core::SpecRepository::defaultBaseUrl)),
                                           tr("url"));
    const QCommandLineOption ssoUrlOption(u"sso-url"_s, tr("EVE SSO server root (or $ESI_SSO_URL)."), tr("url"));
    const QCommandLineOption quitOption(u"quit-after-ready"_s,
                                        tr("Exit once the window is shown and the spec is indexed (for tests and "
                                           "start-up timing); exit non-zero if the spec does not load."));
    const QCommandLineOption newInstanceOption(
        u"new-instance"_s, tr("Open another window even if ESI Studio is already running (without this, a second "
                              "launch raises the running window; --quit-after-ready implies it)."));
    parser.addOptions({specOption, baseUrlOption, ssoUrlOption, quitOption, newInstanceOption});

    if (!parser.parse(arguments)) {
        printError(parser.errorText() + u"; see --help"_s);
        return exitUsage;
    }
    if (parser.isSet(u"help"_s)) {
        parser.showHelp(0);
    }
    if (parser.isSet(u"version"_s)) {
        parser.showVersion();
    }
    if (!parser.positionalArguments().isEmpty()) {
        printError(tr("unexpected argument \u201c%1\u201d; open a spec with --spec FILE")
                       .arg(parser.positionalArguments().constFirst()));
        return exitUsage;
    }

    m_options.specFile = parser.value(specOption);
    m_options.quitAfterReady = parser.isSet(quitOption);
    m_options.newInstance = parser.isSet(newInstanceOption) || m_options.quitAfterReady;

    const auto readUrl = [&](const QCommandLineOption &option, const char *environment, QUrl *target) {
        QString origin = u"--"_s + option.names().constFirst();
        QString text = parser.value(option);
        if (!parser.isSet(option)) {
            text = qEnvironmentVariable(environment);
            origin = QString::fromLatin1(environment);
        }
        if (text.isEmpty()) {
            return true;
        }
        QString error;
        const std::optional<QUrl> url = serverUrl(text, origin, &error);
        if (!url) {
            printError(error);
            return false;
        }
        *target = *url;
        return true;
    };
    if (!readUrl(baseUrlOption, "ESI_BASE_URL", &m_options.baseUrl) ||
        !readUrl(ssoUrlOption, "ESI_SSO_URL", &m_options.ssoUrl)) {
        return exitUsage;
    }
    return std::nullopt; // without --base-url, chooseServers() picks the stored server or the offline sandbox
}

std::optional<int> Application::start(const QStringList &arguments)
{
    // Before any text is made, --help included.
    QStringList languageProblems;
    m_uiLanguage.apply(UiLanguage::choose(QSettings(), QLocale::system()), QLocale::system(), &languageProblems);
    for (const QString &problem : std::as_const(languageProblems)) {
        printError(problem);
    }
    if (const std::optional<int> exitCode = parseOptions(arguments)) {
        return exitCode;
    }
    if (const std::optional<int> exitCode = claimSingleInstance()) {
        return exitCode;
    }
    m_settings = std::make_unique<Ui::SettingsController>(m_clock, std::make_unique<QSettings>());
    correctStatePermissions(m_settings->cacheDirectory(), QProcessEnvironment::systemEnvironment());
    m_settings->runFirstRunIfDue(m_options.quitAfterReady, !m_options.baseUrl.isEmpty() || !m_options.ssoUrl.isEmpty());

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
    const QString cacheDirectory = m_settings->cacheDirectory() + u"/specs"_s; // shared with `esi`
    m_specRepository = new Core::SpecRepository(m_network, cacheDirectory, m_options.baseUrl, this);

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
    m_settings->attach(m_window.get(), m_cache->isOpen() ? m_cache.get() : nullptr, m_client.get());
    if (QSettings stored; !m_options.quitAfterReady) { // a timing run keeps the default layout
        Ui::WindowState::restore(*m_window, stored);
        connect(qApp, &QCoreApplication::aboutToQuit, this, &Application::saveWindowState);
    }
    if (m_instance) {
        connect(m_instance.get(), &Ui::SingleInstance::activationRequested, this,
                &Application::handleActivationRequested);
    }
    m_window->show();
    if (m_instance) {
        m_instance->setReady(); // launches that handed over during start-up raise the window now
    }

    if (m_options.quitAfterReady) {
        quitWhenShown();
    } else {
        m_window->refreshCompatibilityDates(); // in the background; cached and bundled dates are offered meanwhile
        m_settings->pickStoredCompatibilityDate(m_window.get());
    }
    return std::nullopt;
}

void Application::createCallEngine(QStringList *problems)
{
    // Shared with `esi` so both count the same tokens and reuse the same responses.
    const QString stateDirectory = m_settings->cacheDirectory();
    QString error;
    m_cache = std::make_unique<Core::ResponseCache>(stateDirectory + u"/responses.sqlite"_s, m_clock,
                                                    m_settings->settings().cacheMaxBytes());
    if (!m_cache->open(&error)) {
        problems->append(tr("Response cache: %1 Calls go to ESI every time.").arg(error));
    }
    m_limits = std::make_unique<Core::LimitStateStore>(stateDirectory + u"/limits.sqlite"_s);
    if (!m_limits->open(&error)) {
        problems->append(tr("Rate-limit state: %1 Limits are tracked for this window only.").arg(error));
    }
    m_rateLimits = std::make_unique<Core::RateLimitTracker>(m_limits.get(), m_clock);
    m_errorLimits = std::make_unique<Core::ErrorLimitTracker>(m_limits.get(), m_clock);
    m_rateLimits->setRefreshInterval(limitRefreshMs);
    m_errorLimits->setRefreshInterval(limitRefreshMs);

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
    const Core::UserAgent userAgent =
        m_settings->settings().effectiveUserAgent(QProcessEnvironment::systemEnvironment());
    if (userAgent.isValid()) {
        settings.userAgent = userAgent;
    } else {
        problems->append(tr("User-Agent: %1 Requests carry ESI Studio's own User-Agent.").arg(userAgent.error()));
    }
    m_client = std::make_unique<Core::EsiClient>(fetch, settings);
    openTokenStore(problems);

    m_history = std::make_unique<Core::CallHistoryStore>(Core::CallHistoryStore::defaultDatabasePath());
    if (!m_history->open(&error)) {
        problems->append(tr("Call history: %1 Calls are not remembered.").arg(error));
    }
    m_memory = std::make_unique<Ui::ParameterMemory>(Ui::ParameterMemory::defaultFilePath());
}

void Application::openTokenStore(QStringList *problems)
{
    // The same settings file, database and keychain entries as `esi login`, so characters signed in there
    // are here too.
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    QSettings stored;
    Core::SsoSettings sso = Core::SsoSettings::load(stored).withEnvironment(environment);
    if (const QString clientId = environment.value(u"ESI_CLIENT_ID"_s).trimmed(); !clientId.isEmpty()) {
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
    if (!tokens->open(sso, Core::StateLocations::dataDirectory(environment), m_settings->cacheDirectory(),
                      QByteArrayLiteral("EsiStudio/" ESI_STUDIO_VERSION), &error)) {
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
    options.webEngine =
        Ui::WebEngineEnvironment::fromProcess(uint(::geteuid()), QProcessEnvironment::systemEnvironment());
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
    m_tokenSettings = std::make_unique<QSettings>();
    m_keepAlive = std::make_unique<Core::TokenKeepAlive>(m_tokens->store(), m_clock);
    m_keepAlive->setIntervalDays(Core::TokenKeepAlive::loadIntervalDays(*m_tokenSettings));
    // Failures in the background would go unseen with the Characters window closed, and the token may then die.
    connect(m_keepAlive.get(), &Core::TokenKeepAlive::refreshFailed, this, &Application::handleKeepAliveFailed);
    // Working again (any refresh, or a new sign-in): its next failure is news again.
    connect(&m_tokens->store(), &Core::TokenStore::tokenRefreshed, this,
            [this](qint64 characterId) { m_keepAliveFailures.remove(characterId); });
    connect(m_signIn.get(), &Ui::SignInLauncher::signedIn, this,
            [this](qint64 characterId) { m_keepAliveFailures.remove(characterId); });
    connect(m_window.get(), &Ui::MainWindow::characterManagerRequested, this, &Application::showCharacterManager);
}

void Application::handleKeepAliveFailed(qint64 characterId, const QString &error)
{
    if (m_keepAliveFailures.contains(characterId)) {
        return; // said once; the keep-alive retries quietly until a refresh succeeds
    }
    const std::optional<Core::TokenRecord> record = m_tokens->store().token(characterId);
    const QString name =
        record && !record->characterName.isEmpty() ? record->characterName : tr("Character %1").arg(characterId);
    m_keepAliveFailures.insert(characterId, {name, error});
    // One banner naming every character still failing, rather than one replacing the other.
    QStringList names;
    QStringList reasons;
    for (const auto &[failedName, reason] : std::as_const(m_keepAliveFailures)) {
        names.append(failedName);
        reasons.append(tr("%1: %2").arg(failedName, reason));
    }
    m_window->showProblem(
        tr("Could not keep %1 signed in", nullptr, int(names.size())).arg(QLocale().createSeparatedList(names)),
        tr("The background refresh failed.\n%1\nOpen Characters > Manage Characters to refresh now once the problem "
           "is solved, or sign in again if the character needs a new sign-in.")
            .arg(reasons.join(u'\n')));
}

void Application::showCharacterManager()
{
    if (!m_characterManager) {
        // Offline (the sandbox) nothing may reach the real image server: placeholders only.
        const QUrl imageServer =
            m_settings->isOffline() ? QUrl() : QUrl(QLatin1StringView(Ui::PortraitCache::defaultImageServer));
        m_portraits =
            std::make_unique<Ui::PortraitCache>(m_network, imageServer, m_settings->cacheDirectory() + u"/portraits"_s);
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
            // The sandbox's characters, tokens, cached responses and limits stay apart from the real ones.
            qputenv("ESI_STUDIO_CACHE_DIR", QFile::encodeName(m_settings->cacheDirectory() + u"/offline"_s));
            qputenv("ESI_STUDIO_DATA_DIR", QFile::encodeName(Core::StateLocations::dataDirectory() + u"/offline"_s));
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
    m_instance =
        std::make_unique<Ui::SingleInstance>(Ui::SingleInstance::serverNameFor(Core::StateLocations::dataDirectory()));
    const QString specFile =
        m_options.specFile.isEmpty() ? QString() : QFileInfo(m_options.specFile).absoluteFilePath();
    switch (m_instance->claim(specFile)) {
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

void Application::saveWindowState()
{
    QSettings stored;
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

void Application::quitWhenShown()
{
    QWindow *window = m_window->windowHandle();
    if (window && window->isExposed()) {
        handleWindowExposed();
        return;
    }
    if (window) {
        window->installEventFilter(this);
    }
    QTimer::singleShot(neverShownTimeoutMs, this, [] {
        printError(tr("the main window was not shown within %1 seconds").arg(neverShownTimeoutMs / 1000));
        QCoreApplication::exit(exitNeverShown);
    });
}

bool Application::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Expose && m_window && watched == m_window->windowHandle() &&
        m_window->windowHandle()->isExposed()) {
        handleWindowExposed();
    }
    return QObject::eventFilter(watched, event);
}

void Application::handleWindowExposed()
{
    if (m_quitScheduled) {
        return;
    }
    m_quitScheduled = true;
    // Queued, so the window paints its first frame before the loop ends.
    QTimer::singleShot(0, this, [] { QCoreApplication::exit(0); });
}

} // namespace Esi::App
