#include "sandbox/commandline.h"

#include <QCommandLineParser>
#include <limits>
#include <type_traits>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Sandbox {

namespace {

const QString description = uR"(A local ESI to develop and test against offline.

Serves every operation of an ESI OpenAPI spec (OpenAPI 3.0/3.1, or Swagger 2.0 under its basePath) with
deterministic data generated from the response schemas, and behaves like ESI:
  - headers ETag, Last-Modified, Expires, Cache-Control, Content-Language (localized routes, from
    Accept-Language), X-Pages (routes with a page parameter); 304 on a matching If-None-Match;
  - page paging (a page beyond X-Pages answers 404), cursor paging (before/after, mutually exclusive,
    limit 10..100) and from_id paging (items with ids below from_id);
  - X-Compatibility-Date checked (a malformed or future date answers 400) and echoed;
  - routes with x-rate-limit: a floating-window bucket per group and caller, costs 2xx=2, 3xx=1, 4xx=5,
    429/5xx=0, X-Ratelimit-Group/-Limit/-Remaining/-Used headers, 429 with Retry-After when empty;
  - other routes: the error limit, X-ESI-Error-Limit-Remain/-Reset headers, every non-2xx/3xx answer
    counts, and once it is spent every route answers 420 until the window resets;
  - path parameters are validated (400 {"error": ...}); unknown routes answer 404 {"error": "Not found"};
  - GET /meta/compatibility-dates and GET /meta/openapi.json[?compatibility_date=D];
  - POST /universe/names: 1 to 1,000 distinct IDs (else 400), deterministic names by category ("Type 34",
    "Station 60003760", the test characters' own), 404 for the whole batch when one ID is unknown
    (structures, items, celestials); generated type_id, location_id, *_character_id, ... are such IDs.

It is also an EVE SSO v2 at the same address (point ESI_SSO_URL or the app's SSO setting at it):
  - GET /.well-known/oauth-authorization-server (discovery), GET /oauth/jwks (the RS256 key, made anew at
    every start), POST /v2/oauth/token (authorization_code with PKCE S256 only, refresh_token with rotation),
    POST /v2/oauth/revoke;
  - GET /v2/oauth/authorize shows a login page listing test characters (2112000001 Sandbox Pilot,
    2112000002 Sandbox Trader, 2112000003 Sandbox Director; the first two in corporation 98000001, the third
    in 98000002, all in alliance 99000001, as /characters/{id} says) and the requested scopes; its form (button
    #sign-in, or #cancel) redirects to redirect_uri with code and state (or error=access_denied);
  - any non-empty client_id and any absolute redirect_uri are accepted unless --client-id names one;
  - access tokens are JWTs like EVE's (sub CHARACTER:EVE:<id>, name, owner, scp, aud [client_id,
    "EVE Online"], iss = this server's base URL);
  - authed routes need "Authorization: Bearer <access token>": none, a bad signature or an expired token
    answer 401, a token without the route's scope or for another character than {character_id} answers
    403, and so does a test character's token on another corporation's or alliance's route (switch off with
    --no-auth-check); rate-limit buckets are per client_id and character. --verbose logs whose token came.
The first line on stdout is "listening on http://HOST:PORT".)"_s;

struct Knob
{
    QString name;
    QString description;
    QString valueName;
    QString defaultValue;
};

QList<Knob> knobs()
{
    const SandboxOptions defaults;
    return {
        {u"spec"_s, u"The ESI spec to serve (default: the bundled spec)."_s, u"file"_s, {}},
        {u"host"_s, u"Address to listen on."_s, u"address"_s, u"127.0.0.1"_s},
        {u"port"_s, u"Port to listen on; 0 picks a free one."_s, u"port"_s, u"0"_s},
        {u"seed"_s, u"Seed of the generated data: same seed and request, same bytes."_s, u"n"_s,
         QString::number(defaults.seed)},
        {u"pages"_s, u"X-Pages of every paged route; also sizes cursor and from_id lists (pages x items)."_s, u"n"_s,
         QString::number(defaults.pages)},
        {u"items-per-page"_s, u"Items of a route's main list per page, cursor step or from_id step."_s, u"n"_s,
         QString::number(defaults.itemsPerPage)},
        {u"change-between-pages"_s,
         u"Each paged result changes once (data and Last-Modified) when a later page is asked after page 1."_s,
         {},
         {}},
        {u"evolve-every"_s,
         u"Every n-th request of a result's first page (conditional ones too) moves its data on: on a page-numbered "
         u"list one item goes, one comes and one changes, with a new ETag and Last-Modified (0: never)."_s,
         u"n"_s, u"0"_s},
        {u"expires-seconds"_s,
         u"Every GET answer expires this many seconds after it is sent (0: the route's x-cache-age)."_s, u"s"_s,
         u"0"_s},
        {u"missing-ids"_s,
         u"Comma-separated IDs: a path parameter with one of them answers 404 {\"error\": \"... not found\"}, "
         u"as ESI does for an unknown type or structure."_s,
         u"ids"_s,
         {}},
        {u"latency-ms"_s, u"Delay before every response; concurrent requests overlap."_s, u"ms"_s,
         QString::number(defaults.latencyMs)},
        {u"fault-rate"_s, u"Share (0..1) of ESI calls answered 502, 503 or 504."_s, u"rate"_s, u"0"_s},
        {u"slow-body-ms"_s, u"Send every body in chunks spread over this many milliseconds."_s, u"ms"_s,
         QString::number(defaults.slowBodyMs)},
        {u"truncate-rate"_s,
         u"Share (0..1) of 200 answers whose body is cut short: Content-Length promises more, then the "
         u"connection closes."_s,
         u"rate"_s, u"0"_s},
        {u"bucket-scale"_s, u"Multiply every x-rate-limit bucket size by this factor (at least 1 token)."_s,
         u"factor"_s, u"1"_s},
        {u"bucket-tokens"_s, u"Give every bucket this many tokens instead (0: as the spec says)."_s, u"n"_s, u"0"_s},
        {u"window-seconds"_s, u"Give every bucket this window instead (0: as the spec says)."_s, u"s"_s, u"0"_s},
        {u"error-limit"_s, u"Errors allowed per error-limit window on routes without a bucket."_s, u"n"_s,
         QString::number(defaults.errorLimit)},
        {u"error-window"_s, u"Length of the error-limit window."_s, u"s"_s,
         QString::number(defaults.errorWindowSeconds)},
        {u"sso-token-lifetime"_s, u"Lifetime of the SSO's access tokens (expires_in and the JWT's exp)."_s, u"s"_s,
         QString::number(defaults.ssoTokenLifetimeSecs)},
        {u"client-id"_s, u"The only client_id the SSO accepts (default: any non-empty one)."_s, u"id"_s, {}},
        {u"no-auth-check"_s, u"Answer authed routes without checking Bearer tokens or scopes."_s, {}, {}},
        {u"verbose"_s, u"Log every request to stderr: method, target, status, bytes, time."_s, {}, {}},
    };
}

void configure(QCommandLineParser &parser)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    parser.addVersionOption();
    for (const Knob &knob : knobs()) {
        const QString text = knob.defaultValue.isEmpty()
                                 ? knob.description
                                 : knob.description + u" Default: "_s + knob.defaultValue + u'.';
        parser.addOption(QCommandLineOption({knob.name}, text, knob.valueName, knob.defaultValue));
    }
}

// Reads --name as a whole number (int) or a number (double) within [minimum, maximum]; unset keeps `target`.
template <typename Number>
bool readNumber(const QCommandLineParser &parser, const QString &name, Number minimum, Number maximum, Number &target,
                QString &error)
{
    if (!parser.isSet(name)) {
        return true;
    }
    bool ok = false;
    Number value{};
    if constexpr (std::is_integral_v<Number>) {
        value = parser.value(name).toInt(&ok);
    } else {
        value = parser.value(name).toDouble(&ok);
    }
    if (!ok || value < minimum || value > maximum) {
        error = u"--"_s + name +
                (std::is_integral_v<Number> ? u" expects a whole number from "_s : u" expects a number from "_s) +
                QString::number(minimum) + u" to "_s + QString::number(maximum) + u", got '"_s + parser.value(name) +
                u'\'';
        return false;
    }
    target = value;
    return true;
}

} // namespace

QString CommandLine::helpText()
{
    QCommandLineParser parser;
    configure(parser);
    return parser.helpText();
}

CommandLine CommandLine::parse(const QStringList &arguments)
{
    CommandLine result;
    QCommandLineParser parser;
    configure(parser);
    if (!parser.parse(arguments)) {
        result.error = parser.errorText() + u"; see --help"_s;
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.error = u"unexpected argument '"_s + parser.positionalArguments().constFirst() +
                       u"'; options start with --, see --help"_s;
        return result;
    }
    result.showHelp = parser.isSet(u"help"_s);
    result.showVersion = parser.isSet(u"version"_s);
    SandboxOptions &options = result.options;
    result.specFile = parser.value(u"spec"_s);
    const QString host = parser.value(u"host"_s);
    if (host == u"localhost"_s) {
        options.host = QHostAddress::LocalHost;
    } else if (!options.host.setAddress(host)) {
        result.error = u"--host expects an IP address such as 127.0.0.1 or ::1, got '"_s + host + u'\'';
        return result;
    }
    int port = options.port;
    constexpr int big = std::numeric_limits<int>::max();
    if (!readNumber(parser, u"port"_s, 0, 65535, port, result.error) ||
        !readNumber(parser, u"pages"_s, 1, 100000, options.pages, result.error) ||
        !readNumber(parser, u"items-per-page"_s, 1, 100000, options.itemsPerPage, result.error) ||
        !readNumber(parser, u"latency-ms"_s, 0, 600000, options.latencyMs, result.error) ||
        !readNumber(parser, u"evolve-every"_s, 0, 1000000, options.evolveEvery, result.error) ||
        !readNumber(parser, u"expires-seconds"_s, 0, 86400, options.expiresSeconds, result.error) ||
        !readNumber(parser, u"slow-body-ms"_s, 0, 600000, options.slowBodyMs, result.error) ||
        !readNumber(parser, u"bucket-tokens"_s, 0, big, options.bucketTokens, result.error) ||
        !readNumber(parser, u"window-seconds"_s, 0, 86400, options.windowSeconds, result.error) ||
        !readNumber(parser, u"error-limit"_s, 1, big, options.errorLimit, result.error) ||
        !readNumber(parser, u"error-window"_s, 1, 86400, options.errorWindowSeconds, result.error) ||
        !readNumber(parser, u"fault-rate"_s, 0.0, 1.0, options.faultRate, result.error) ||
        !readNumber(parser, u"truncate-rate"_s, 0.0, 1.0, options.truncateRate, result.error) ||
        !readNumber(parser, u"bucket-scale"_s, 0.000001, 1000.0, options.bucketScale, result.error) ||
        !readNumber(parser, u"sso-token-lifetime"_s, 1, 86400, options.ssoTokenLifetimeSecs, result.error)) {
        return result;
    }
    options.port = quint16(port);
    if (parser.isSet(u"seed"_s)) {
        bool ok = false;
        options.seed = parser.value(u"seed"_s).toULongLong(&ok);
        if (!ok) {
            result.error = u"--seed expects a whole number of at least 0, got '"_s + parser.value(u"seed"_s) + u'\'';
            return result;
        }
    }
    options.changeBetweenPages = parser.isSet(u"change-between-pages"_s);
    if (parser.isSet(u"missing-ids"_s)) {
        const QStringList ids = parser.value(u"missing-ids"_s).split(u',', Qt::SkipEmptyParts);
        for (const QString &text : ids) {
            bool ok = false;
            const qint64 id = text.trimmed().toLongLong(&ok);
            if (!ok || ids.size() > 10000) {
                result.error = u"--missing-ids expects at most 10000 comma-separated whole numbers, got '"_s +
                               text.trimmed() + u'\'';
                return result;
            }
            options.missingIds.insert(id);
        }
    }
    options.verbose = parser.isSet(u"verbose"_s);
    options.authCheck = !parser.isSet(u"no-auth-check"_s);
    if (parser.isSet(u"client-id"_s)) {
        options.ssoClientId = parser.value(u"client-id"_s).trimmed();
        if (options.ssoClientId.isEmpty()) {
            result.error = u"--client-id expects a client ID; leave the option out to accept any client"_s;
            return result;
        }
    }
    return result;
}

} // namespace Esi::Sandbox
