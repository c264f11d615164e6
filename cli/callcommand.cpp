#include "cli/callcommand.h"

#include "cli/authservices.h"
#include "cli/callcharacterresolver.h"
#include "cli/calllimitoptions.h"
#include "cli/commandparser.h"
#include "cli/console.h"
#include "cli/fanoutcall.h"
#include "cli/fanoutoptions.h"
#include "cli/guisettings.h"
#include "cli/interruptwatcher.h"
#include "cli/namesoption.h"
#include "cli/resultoutput.h"
#include "cli/studiohandover.h"
#include "cli/watchcall.h"
#include "core/auth/servertrust.h"
#include "core/auth/tokenstore.h"
#include "core/auth/tokenstoreprovider.h"
#include "core/esilanguages.h"
#include "core/export/exportwriterfactory.h"
#include "core/http/errorlimittracker.h"
#include "core/http/esicall.h"
#include "core/http/esiclient.h"
#include "core/http/limitstatestore.h"
#include "core/http/networklanes.h"
#include "core/http/paging/pagingstrategy.h"
#include "core/http/ratelimittracker.h"
#include "core/http/responsecache.h"
#include "core/http/waitannouncer.h"
#include "core/privatefiles.h"
#include "core/spec/specrepository.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <csignal>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Cli {

using namespace Core;

namespace {

QString jsonPair(const QString &key, const QJsonValue &value)
{
    const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return u'"' + key + u"\":"_s + QString::fromUtf8(text.mid(1, text.size() - 2));
}

// True when a new sign-in fixes the failure: the token is gone, revoked, dead or lacks the scope, or ESI
// refused it as unauthenticated. Not for a locked keychain or a network problem.
bool needsSignIn(AuthServices &auth, qint64 characterId, const Operation &operation, const CallResult &result)
{
    if (result.error == CallError::Http) {
        return result.httpStatus == 401;
    }
    if (result.error != CallError::NotAuthorized) {
        return false;
    }
    const std::optional<TokenRecord> record = auth.store().token(characterId);
    return !record || record->status != TokenStatus::Valid || !record->missingScopes(operation.scopes).isEmpty();
}

} // namespace

CallCommand::CallCommand(Console &console, const QProcessEnvironment &environment, Core::StateLocations locations)
    : m_console(console)
    , m_environment(environment)
    , m_locations(std::move(locations))
    , m_source(console, environment, m_locations)
{}

QString CallCommand::name() const
{
    return u"call"_s;
}

QString CallCommand::description() const
{
    return u"Call one ESI operation and print the result as JSON, NDJSON or CSV."_s;
}

QString CallCommand::stateDirectory() const
{
    return m_locations.cacheDirectory();
}

int CallCommand::run(const QStringList &arguments)
{
    CommandParser parser(m_console, u"esi call"_s, description());
    parser.addPositionalArgument(u"operation"_s, u"The operationId, e.g. GetMarketsRegionIdOrders."_s,
                                 u"<operation> [name=value ...]"_s);
    m_source.addOptions(parser);
    const QCommandLineOption specOption(u"spec"_s);
    const QCommandLineOption compatOption(u"compat"_s);
    const QCommandLineOption baseUrlOption(u"base-url"_s);
    const QCommandLineOption pageOption(u"page"_s, u"Fetch only page <n> (result())."_s, u"n"_s);
    const QCommandLineOption allPagesOption(
        u"all-pages"_s,
        u"Fetch every page: X-Pages, cursor or from_id (results()); without it, only the first page."_s);
    const QCommandLineOption langOption(
        u"lang"_s, u"Accept-Language: "_s + Core::EsiLanguages::codes().join(u' ') + u" (default en)."_s, u"code"_s);
    const QCommandLineOption allLanguagesOption(u"all-languages"_s,
                                                u"Ask in all eight languages; rows get a \"language\" field."_s);
    const QCommandLineOption characterOption(
        u"character"_s,
        u"Character whose token authed operations use. A character_id in the path decides by itself (another "
        "--character is an error); for corporation_id and alliance_id paths it is a signed-in member (default: the "
        "most recently used member, else the signed-in character with the operation's scopes used most "
        "recently)."_s,
        u"id"_s);
    const QCommandLineOption concurrencyOption(u"concurrency"_s, u"Requests in flight at once (default 8)."_s, u"n"_s);
    const QCommandLineOption formatOption(
        u"format"_s, u"Output format: "_s + ExportWriterFactory::formatNames().join(u", "_s) + u" (default json)."_s,
        u"format"_s, u"json"_s);
    const QCommandLineOption outOption(u"out"_s, u"Write the result to <file> instead of stdout."_s, u"file"_s);
    const QCommandLineOption noCacheOption(u"no-cache"_s, u"Neither answer from nor store into the cache."_s);
    const QCommandLineOption statsOption(u"stats"_s, u"Print request statistics as one JSON line on stderr."_s);
    const QCommandLineOption openInStudioOption(
        u"open-in-studio"_s, u"Check the call, then open and run it in ESI Studio (esi-studio next to esi, else on "
                             "PATH; an ESI Studio already running takes it) instead of printing it here."_s);
    const QCommandLineOption noWaitOption(
        u"no-wait"_s, u"Fail at once (exit 1) instead of waiting for a rate-limit bucket, the error limit or a "
                      "Retry-After; without it each wait is announced on stderr at once and every 30 s."_s);
    for (const QCommandLineOption &option :
         {pageOption, allPagesOption, langOption, allLanguagesOption, characterOption, concurrencyOption, formatOption,
          outOption, noCacheOption, statsOption, noWaitOption, openInStudioOption}) {
        parser.addOption(option);
    }
    CallLimitOptions limitOptions;
    limitOptions.addOptions(parser);
    NamesOption names;
    names.addOptions(parser);
    WatchCall watch(m_console); // --watch [--count N]: NDJSON events per snapshot and changed row
    watch.addOptions(parser);
    parser.setEpilogue(
        u"Parameters are name=value words: arrays as 1,2,3 or [1,2,3]; the request body as body=<json> or\n"
        "body=@file.json. Every value is checked against the spec before anything is sent.\n"
        "Lists (one call per value, the rows merged into one table led by a \"#name\" column): name=a,b,c for a\n"
        "parameter that is not itself an array, name=@file (one value a line, at most 10000), character_id=@all\n"
        "(every signed-in character holding the operation's scopes). A failed item is named on stderr, the\n"
        "others are still written, and the exit status is 1.\n\n"
        "Environment: ESI_BASE_URL (default https://esi.evetech.net), ESI_CONTACT_EMAIL (sent in the\n"
        "User-Agent, as CCP asks), ESI_STUDIO_CACHE_DIR (cache and rate-limit state, shared with the GUI).\n"
        "Authed operations use a character signed in with 'esi login' (ESI_STUDIO_DATA_DIR holds the token\n"
        "database); an expired access token is refreshed through ESI_SSO_URL with ESI_CLIENT_ID. The path decides\n"
        "whose token goes out: character_id=X uses X's token or nothing is sent (exit 2, with the 'esi login'\n"
        "command that fixes it); corporation_id and alliance_id use a signed-in member's.\n"
        "Answers that are not JSON, a broken X-Pages, more pages than --max-pages or an answer larger than\n"
        "--max-response-size fail with a message that quotes what came.\n"
        "Exit status: 0 success, 1 failure (network, ESI error, bad or too large answer), 2 bad input.\n"_s);
    AuthServices auth(m_environment, m_locations);
    auth.addOptions(parser);
    if (const auto done = parser.parse(arguments, 1, -1)) {
        return *done;
    }

    // Spec: --base-url also names the server to call, so it is fine without --compat here.
    int exitCode = ExitCode::Success;
    SpecPtr spec;
    if (parser.isSet(compatOption)) {
        spec = m_source.load(parser, &exitCode);
    } else if (parser.isSet(specOption)) {
        spec = m_source.loadFile(parser.value(specOption), &exitCode);
    } else {
        const SpecLoadResult bundled = SpecRepository::loadBundled();
        if (!bundled) {
            return m_console.fail(ExitCode::Failure, bundled.error.toString());
        }
        spec = bundled.spec;
    }
    if (!spec) {
        return exitCode;
    }

    QString baseText = parser.value(baseUrlOption);
    QString baseOrigin = u"--base-url"_s;
    if (baseText.isEmpty()) {
        baseText = m_environment.value(u"ESI_BASE_URL"_s, QLatin1StringView(SpecRepository::defaultBaseUrl));
        baseOrigin = u"ESI_BASE_URL"_s;
    }
    const QUrl baseUrl(baseText, QUrl::StrictMode);
    if (!baseUrl.isValid() || (baseUrl.scheme() != u"http" && baseUrl.scheme() != u"https") ||
        baseUrl.host().isEmpty()) {
        return m_console.fail(ExitCode::BadInput,
                              u"%1 \"%2\" is not an http(s) URL; use e.g. %3"_s.arg(
                                  baseOrigin, baseText, QLatin1StringView(SpecRepository::defaultBaseUrl)));
    }
    if (const QString insecure = ServerTrust::insecureUrlProblem(baseUrl, baseOrigin); !insecure.isEmpty()) {
        return m_console.fail(ExitCode::BadInput, insecure);
    }

    const QStringList words = parser.positionalArguments();
    const QString operationId = words.constFirst();
    ParameterValues values;
    QString problem;
    if (!values.setAssignments(words.mid(1), &problem)) {
        return parser.usageError(problem);
    }
    if (values.hasBody() && values.body().startsWith(u'@')) {
        QFile bodyFile(values.body().mid(1));
        if (!bodyFile.open(QIODevice::ReadOnly)) {
            return m_console.fail(ExitCode::BadInput, u"cannot read the body file %1: %2"_s.arg(
                                                          bodyFile.fileName(), bodyFile.errorString()));
        }
        values.setBody(QString::fromUtf8(bodyFile.readAll()));
    }

    CallOptions options;
    options.mode = parser.isSet(allPagesOption) ? CallMode::AllPages : CallMode::SinglePage;
    if (parser.isSet(pageOption) && parser.isSet(allPagesOption)) {
        return parser.usageError(u"use either --page or --all-pages, not both"_s);
    }
    if (parser.isSet(langOption) && parser.isSet(allLanguagesOption)) {
        return parser.usageError(u"use either --lang or --all-languages, not both"_s);
    }
    options.allLanguages = parser.isSet(allLanguagesOption);
    if (parser.isSet(langOption)) {
        options.language = parser.value(langOption);
        if (!EsiClient::languages().contains(options.language)) {
            return parser.usageError(
                u"--lang \"%1\" is not one of %2"_s.arg(options.language, EsiClient::languages().join(u", "_s)));
        }
    }
    bool ok = true;
    if (parser.isSet(characterOption)) {
        options.characterId = parser.value(characterOption).toLongLong(&ok);
        if (!ok || options.characterId <= 0) {
            return parser.usageError(u"--character \"%1\" is not a character ID"_s.arg(parser.value(characterOption)));
        }
    }
    if (parser.isSet(concurrencyOption)) {
        options.concurrency = parser.value(concurrencyOption).toInt(&ok);
        if (!ok || options.concurrency < 1 || options.concurrency > 64) {
            return parser.usageError(
                u"--concurrency \"%1\" must be a number from 1 to 64"_s.arg(parser.value(concurrencyOption)));
        }
    }
    options.useCache = !parser.isSet(noCacheOption);
    if (QString limitProblem; !limitOptions.read(parser, &limitProblem)) {
        return parser.usageError(limitProblem);
    }
    if (QString watchProblem;
        !watch.read(parser, {outOption, formatOption, noCacheOption, openInStudioOption}, &watchProblem)) {
        return parser.usageError(watchProblem);
    }
    if (watch.isSet() && names.isSet(parser)) {
        return parser.usageError(u"--watch does not go with --names"_s);
    }
    const QString format = parser.value(formatOption);
    if (!ExportWriterFactory::formatNames().contains(format)) {
        return parser.usageError(
            u"--format \"%1\" is not one of %2"_s.arg(format, ExportWriterFactory::formatNames().join(u", "_s)));
    }
    if (ExportWriterFactory::needsFile(format) && !parser.isSet(outOption)) {
        return parser.usageError(u"--format %1 writes a database file: add --out FILE.db"_s.arg(format));
    }

    // Everything about the input is checked before a file is opened or a request sent.
    const Operation *operation = spec->operation(operationId);
    const std::unique_ptr<PagingStrategy> paging =
        operation ? PagingStrategy::forOperation(*spec, *operation) : PagingStrategy::forStyle(PagingStyle::None);
    if (operation && parser.isSet(pageOption)) {
        if (!paging->hasPageNumbers()) {
            return parser.usageError(u"--page: %1 is not paged by page number"_s.arg(operationId));
        }
        values.set(u"page"_s, parser.value(pageOption));
    }
    FanOutOptions fanOut; // name=@file, name=a,b,c, character_id=@all: one call per value
    if (!fanOut.read(*spec, operationId, values, &problem)) {
        return m_console.fail(ExitCode::BadInput, problem);
    }
    if (fanOut.isActive() && watch.isSet()) {
        return parser.usageError(u"--watch runs one call; it does not go with lists of values"_s);
    }
    const QList<ValidationIssue> issues =
        fanOut.isActive() ? fanOut.validate(*spec, operationId) : EsiClient::validate(*spec, operationId, values);
    for (const ValidationIssue &issue : issues) {
        m_console.fail(ExitCode::BadInput, issue.message);
    }
    if (!issues.isEmpty()) {
        return ExitCode::BadInput;
    }
    if (parser.isSet(openInStudioOption)) { // checked like any call; ESI Studio runs it
        return StudioHandOver(m_console, m_environment).handOver(parser, operationId, values);
    }
    QString authProblem;
    const SsoSettings ssoSettings = auth.settings(parser, &authProblem);
    if (!authProblem.isEmpty()) {
        return parser.usageError(authProblem);
    }
    const UserAgent userAgent(QString(), QString(), m_environment.value(u"ESI_CONTACT_EMAIL"_s), QString());
    if (!userAgent.isValid()) {
        return m_console.fail(ExitCode::BadInput, u"ESI_CONTACT_EMAIL: "_s + userAgent.error());
    }

    // The cache and limit state are shared with the GUI; without them the call still works, less politely.
    const QString directory = stateDirectory();
    PrivateFiles::makePrivateDir(directory);
    SystemClock clock;
    ResponseCache cache(directory + u"/responses.sqlite"_s, clock);
    LimitStateStore limits(directory + u"/limits.sqlite"_s);
    QString error;
    const bool cacheOpen = cache.open(&error);
    if (!cacheOpen) {
        m_console.fail(ExitCode::Failure,
                       u"warning: the response cache is unavailable, calling without it: "_s + error);
    }
    if (!limits.open(&error)) {
        m_console.fail(ExitCode::Failure,
                       u"warning: the shared rate-limit state is unavailable, limits are tracked for this call "
                       "only: "_s +
                           error);
    }
    RateLimitTracker rateLimits(&limits, clock);
    ErrorLimitTracker errorLimits(&limits, clock);
    QNetworkAccessManager network;
    NetworkLanes lanes(&network); // Qt opens 6 HTTP/1.1 connections per manager; --concurrency means what it says
    FetchServices services;
    services.network = &network;
    services.lanes = &lanes;
    services.clock = &clock;
    services.cache = cacheOpen ? &cache : nullptr;
    services.rateLimits = &rateLimits;
    services.errorLimits = &errorLimits;
    EsiClientSettings settings;
    settings.baseUrl = baseUrl;
    settings.userAgent = userAgent;
    settings.limits = limitOptions.limits();
    EsiClient client(services, settings);
    // Only an authed operation opens the token database and (through the token store) the keychain.
    std::optional<TokenStoreProvider> tokens;
    CallCharacter chosen;
    if (operation->authed) {
        if (!auth.open(ssoSettings, &error)) {
            return m_console.fail(ExitCode::Failure, error);
        }
        tokens.emplace(auth.store());
        client.setTokenProvider(&*tokens);
    }
    // --format sqlite records the run beside the rows (esi_runs); the pages are added when the call ended.
    ExportWriterFactory::Options exportOptions = limitOptions.exportOptions();
    exportOptions.sqliteRun = std::make_shared<ExportRun>(
        ExportRun::describe(spec, operationId, values, baseUrl, QDateTime::currentDateTimeUtc()));
    if (fanOut.isActive()) {
        FanOutCallSetup setup{&client,
                              operation->authed ? &auth.store() : nullptr,
                              &clock,
                              &rateLimits,
                              &errorLimits,
                              options,
                              options.concurrency > 0 ? options.concurrency : 8,
                              format,
                              exportOptions,
                              parser.value(outOption),
                              parser.isSet(noWaitOption),
                              parser.isSet(statsOption),
                              names.isSet(parser) ? &names : nullptr,
                              m_locations.nameCache()};
        return FanOutCall(m_console, setup).run(spec, *operation, fanOut);
    }
    if (operation->authed) {
        // The path decides whose token goes out (CharacterForCall); nothing is sent when it cannot.
        chosen = CallCharacterResolver::resolve(auth.store(), client, spec, *operation, values, options.characterId);
        if (!chosen.isOk()) {
            return m_console.fail(chosen.problem == CallCharacter::Problem::MembershipUnknown ? ExitCode::Failure
                                                                                              : ExitCode::BadInput,
                                  chosen.message);
        }
        options.characterId = chosen.characterId;
    }

    if (watch.isSet()) {
        return watch.run(client, clock, spec, operationId, values, options);
    }

    // --out F is written as pages arrive, into a temporary file that replaces F only once complete.
    ResultOutput::Setup outputSetup;
    outputSetup.format = format;
    outputSetup.exportOptions = exportOptions;
    outputSetup.outFile = parser.value(outOption);
    outputSetup.languages = options.allLanguages ? EsiClient::languages() : QStringList{options.language};
    outputSetup.allLanguages = options.allLanguages;
    if (names.isSet(parser)) {
        // The names are asked once every ID is known, so the rows are written at the end.
        outputSetup.rows = [&names](const QJsonArray &rows) { return names.apply(rows); };
    }
    if (options.mode == CallMode::AllPages && operation->paging == PagingStyle::Page) {
        outputSetup.pageCount = ResultOutput::PageCount::XPages;
    } else if (options.mode == CallMode::AllPages && operation->paging != PagingStyle::None) {
        outputSetup.pageCount = ResultOutput::PageCount::Unknown;
    }
    ResultOutput output(outputSetup);
    if (!output.open(&error)) {
        return m_console.fail(ExitCode::Failure, error);
    }
    InterruptWatcher interrupts;

    EsiCall *call = client.call(spec, operationId, values, options);
    QEventLoop loop;
    QObject::connect(call, &EsiCall::finished, &loop, &QEventLoop::quit);
    QObject::connect(call, &EsiCall::pageReceived, &loop, [&output, call](const PageResult &page) {
        output.addPage(page);
        if (output.hasError()) {
            call->cancel(); // the disk is full or gone: nothing more is worth fetching
        }
    });
    QObject::connect(call, &EsiCall::snapshotRestarted, &loop, [&output] { output.restart(); });
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, call, &EsiCall::cancel);
    // Every wait for a limit is said at once and every 30 s; --no-wait refuses it instead.
    WaitAnnouncer announcer(clock);
    QObject::connect(&announcer, &WaitAnnouncer::announced, &loop, [this](const CallWait &wait, qint64 left) {
        m_console.writeError(u"esi: "_s + WaitAnnouncer::line(wait, left) + u"; Ctrl+C stops\n"_s);
    });
    std::optional<CallWait> refusedWait;
    const bool noWait = parser.isSet(noWaitOption);
    QObject::connect(call, &EsiCall::waitingFor, &loop, [&](const CallWait &wait) {
        if (noWait && wait.isLimit()) {
            if (!refusedWait) {
                refusedWait = wait;
                call->cancel();
            }
            return;
        }
        announcer.handleWait(wait);
    });
    loop.exec();
    announcer.stop();
    const CallResult &result = call->result();
    if (refusedWait) {
        return m_console.fail(ExitCode::Failure, u"--no-wait: not %1; nothing more was sent"_s.arg(WaitAnnouncer::line(
                                                     *refusedWait, clock.now().msecsTo(refusedWait->until))));
    }

    if (const int stop = output.stopCode(interrupts.received(), m_console); stop >= 0) {
        return stop;
    }

    int code = ExitCode::Success;
    if (result.isOk()) {
        if (names.isSet(parser)) {
            names.resolve(client, spec, *operation, result, options.language, m_locations.nameCache(), clock,
                          m_console);
        }
        code = output.finish(result) ? int(ExitCode::Success) : m_console.fail(ExitCode::Failure, output.errorString());
        if (options.mode == CallMode::SinglePage && !parser.isSet(pageOption)) {
            const int pages = paging->announcedPages(result.firstHeaders());
            if (pages > 1) {
                m_console.writeError(u"esi: note: this is page 1 of %1; add --all-pages for every page\n"_s.arg(pages));
            }
        }
    } else if (result.error == CallError::InvalidInput) {
        for (const ValidationIssue &issue : result.issues) {
            m_console.fail(ExitCode::BadInput, issue.message);
        }
        code = ExitCode::BadInput;
    } else {
        code = m_console.fail(ExitCode::Failure, result.message);
        if (result.httpStatus == 403 && !chosen.rolesNote.isEmpty()) {
            m_console.writeError(u"esi: note: "_s + chosen.rolesNote + u'\n');
        }
        if (operation->authed && needsSignIn(auth, options.characterId, *operation, result)) {
            m_console.writeError(u"esi: sign the character in again with: %1\n"_s.arg(
                AuthServices::signInHint(options.characterId, operation->scopes)));
        }
    }
    for (const QString &warning : result.warnings) {
        m_console.writeError(u"esi: warning: "_s + warning + u'\n');
    }
    if (parser.isSet(statsOption)) {
        writeStatistics(result, *operation, options.characterId, rateLimits, errorLimits, names.statistics());
    }
    return code;
}

void CallCommand::writeStatistics(const CallResult &result, const Operation &operation, qint64 characterId,
                                  const RateLimitTracker &rateLimits, const ErrorLimitTracker &errorLimits,
                                  const QJsonObject &names)
{
    const CallStatistics &statistics = result.statistics;
    QJsonObject buckets;
    if (operation.rateLimit.isValid()) {
        if (const auto bucket = rateLimits.bucket(operation.rateLimit.group, operation.authed ? characterId : 0)) {
            buckets.insert(bucket->group,
                           QJsonObject{{u"limit"_s, bucket->limit}, {u"remaining"_s, bucket->remaining}});
        }
    }
    // Written by hand to keep the documented key order (QJsonObject sorts keys).
    const QStringList pairs{jsonPair(u"requests"_s, statistics.requests),
                            jsonPair(u"pages"_s, statistics.pages),
                            jsonPair(u"from_cache"_s, statistics.fromCache),
                            jsonPair(u"not_modified"_s, statistics.notModified),
                            jsonPair(u"bytes"_s, statistics.bytes),
                            jsonPair(u"elapsed_ms"_s, statistics.elapsedMs),
                            jsonPair(u"ratelimit"_s, buckets),
                            jsonPair(u"error_limit_remain"_s, errorLimits.state().remain)};
    const QString namesPair = names.isEmpty() ? QString() : u',' + jsonPair(u"names"_s, names);
    m_console.writeError(u'{' + pairs.join(u',') + namesPair + u"}\n"_s);
}

} // namespace Esi::Cli
