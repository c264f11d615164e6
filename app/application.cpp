#include "app/application.h"

#include "core/auth/ssosettings.h"
#include "core/auth/tokenservices.h"
#include "core/auth/tokenstore.h"
#include "core/http/errorlimittracker.h"
#include "core/http/esiclient.h"
#include "core/http/limitstatestore.h"
#include "core/http/ratelimittracker.h"
#include "core/http/responsecache.h"
#include "core/spec/specrepository.h"
#include "core/statelocations.h"
#include "esiversion.h"
#include "ui/explorer/parametermemory.h"
#include "ui/history/callhistorystore.h"
#include "ui/mainwindow.h"
#include "ui/tokens/systembrowsersignin.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEvent>
#include <QFileInfo>
#include <QIcon>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <QSettings>
#include <QTimer>
#include <QWindow>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace Esi::App {

namespace {

constexpr int neverShownTimeoutMs = 15000;
constexpr int limitRefreshMs = 1000; // the limits dock shows tokens returning to their buckets live

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
        return url;
    }
    *error = Application::tr("%1 \u201c%2\u201d is not a server address; give an http(s) URL such as "
                             "https://esi.evetech.net")
                 .arg(origin, text);
    return std::nullopt;
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
    parser.addOptions({specOption, baseUrlOption, ssoUrlOption, quitOption});

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
    if (m_options.baseUrl.isEmpty()) {
        m_options.baseUrl = QUrl(QLatin1StringView(Core::SpecRepository::defaultBaseUrl));
    }
    return std::nullopt;
}

std::optional<int> Application::start(const QStringList &arguments)
{
    if (const std::optional<int> exitCode = parseOptions(arguments)) {
        return exitCode;
    }

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
    const QString cacheDirectory = Core::StateLocations::cacheDirectory() + u"/specs"_s; // shared with `esi`
    m_specRepository = new Core::SpecRepository(m_network, cacheDirectory, m_options.baseUrl, this);

    QStringList engineProblems;
    createCallEngine(&engineProblems);
    Ui::ExplorerServices services;
    services.clock = &m_clock;
    services.specRepository = m_specRepository;
    services.client = m_client.get();
    services.rateLimits = m_rateLimits.get();
    services.errorLimits = m_errorLimits.get();
    services.history = m_history && m_history->isOpen() ? m_history.get() : nullptr;
    services.memory = m_memory.get();
    services.tokens = m_tokens ? &m_tokens->provider() : nullptr;

    m_window = std::make_unique<Ui::MainWindow>(services);
    m_window->setSpec(loaded.spec);
    if (m_tokens) {
        m_window->setTokenStore(&m_tokens->store()); // the character picker also follows `esi login`
        m_signIn = std::make_unique<Ui::SystemBrowserSignIn>(m_tokens->sso(), m_tokens->store());
        connect(m_window.get(), &Ui::MainWindow::signInRequested, m_signIn.get(), &Ui::SystemBrowserSignIn::start);
        connect(m_signIn.get(), &Ui::SystemBrowserSignIn::failed, this,
                [this](const QString &reason) { m_window->showProblem(tr("Sign-in did not complete"), reason); });
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
    m_window->show();

    if (m_options.quitAfterReady) {
        quitWhenShown();
    } else {
        m_window->refreshCompatibilityDates(); // in the background; cached and bundled dates are offered meanwhile
    }
    return std::nullopt;
}

void Application::createCallEngine(QStringList *problems)
{
    // Shared with `esi` so both count the same tokens and reuse the same responses.
    const QString stateDirectory = Core::StateLocations::cacheDirectory();
    QString error;
    m_cache = std::make_unique<Core::ResponseCache>(stateDirectory + u"/responses.sqlite"_s, m_clock);
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
    const Core::UserAgent userAgent(QString(), QString(), qEnvironmentVariable("ESI_CONTACT_EMAIL"), QString());
    if (userAgent.isValid()) {
        settings.userAgent = userAgent;
    } else {
        problems->append(
            tr("ESI_CONTACT_EMAIL: %1 Requests carry ESI Studio's own User-Agent.").arg(userAgent.error()));
    }
    m_client = std::make_unique<Core::EsiClient>(fetch, settings);
    openTokenStore(problems);

    m_history = std::make_unique<Ui::CallHistoryStore>(Ui::CallHistoryStore::defaultDatabasePath());
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
    QString error;
    auto tokens = std::make_unique<Core::TokenServices>(m_clock, m_network);
    if (!tokens->open(sso, Core::StateLocations::dataDirectory(environment),
                      Core::StateLocations::cacheDirectory(environment),
                      QByteArrayLiteral("EsiStudio/" ESI_STUDIO_VERSION), &error)) {
        problems->append(tr("Characters: %1 Authed operations cannot run.").arg(error));
        return;
    }
    m_tokens = std::move(tokens);
    m_client->setTokenProvider(&m_tokens->provider());
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
