#include "sandbox/esiarea.h"

#include "core/esilanguages.h"
#include "core/spec/schema.h"
#include "sandbox/compatibilitydate.h"
#include "sandbox/cursorwindow.h"
#include "sandbox/httpcaching.h"
#include "sandbox/markethistory.h"
#include "sandbox/testcharacters.h"
#include "sandbox/universenames.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Sandbox {

namespace {

constexpr qint64 identityBase = 1000000000; // ids of page-list items: unique across pages
constexpr qint64 fromIdBase = 5000000000;   // from_id ids look like wallet transaction ids
constexpr int defaultCacheSeconds = 300;    // for routes that declare no cache age
constexpr int defaultCursorLimit = 10;      // ESI's default `limit`
constexpr int bodyCacheKiB = 128 * 1024;    // generated bodies kept: 300 pages of 1000 market orders fit
const QStringList pagingQueryItems{u"page"_s, u"before"_s, u"after"_s, u"limit"_s, u"from_id"_s};

QString basePathOf(const Core::Spec &spec)
{
    if (spec.format() != Core::SpecFormat::Swagger20) {
        return {};
    }
    const QString basePath = spec.root().value(u"basePath"_s).toString();
    return basePath == u"/"_s ? QString() : basePath;
}

} // namespace

EsiArea::EsiArea(Core::SpecPtr spec, const SandboxOptions &options, const Core::Clock &clock)
    : m_spec(std::move(spec))
    , m_options(options)
    , m_clock(clock)
    , m_routes(*m_spec, basePathOf(*m_spec))
    , m_validator(*m_spec)
    , m_generator(*m_spec)
    , m_buckets(clock)
    , m_errors(clock, options.errorLimit, options.errorWindowSeconds)
    , m_faults(quint32(options.seed ^ (options.seed >> 32)))
    , m_callerResolver(&EsiArea::bearerTokenCaller)
    , m_bodies(bodyCacheKiB)
{
    // Whole seconds, in the past: Last-Modified has second resolution and must never lie ahead.
    const QDateTime now = clock.now();
    m_datasetTime = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch() - 600, Qt::UTC);
}

QString EsiArea::bearerTokenCaller(const SandboxRequest &request)
{
    const QByteArray authorization = request.header("authorization"_ba).trimmed();
    if (!authorization.toLower().startsWith("bearer ")) {
        return {};
    }
    const QByteArray token = authorization.mid(7).trimmed();
    return u"token:"_s +
           QString::fromLatin1(QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex().left(16));
}

QString EsiArea::languageOf(const SandboxRequest &request)
{
    const QStringList &languages = Core::EsiLanguages::codes();
    const QList<QByteArray> ranges = request.header("accept-language"_ba).split(',');
    for (const QByteArray &range : ranges) {
        const QString tag = QString::fromLatin1(range.split(';').first().trimmed()).toLower().section(u'-', 0, 0);
        if (languages.contains(tag)) {
            return tag;
        }
    }
    return u"en"_s;
}

Core::RateLimit EsiArea::effectiveRateLimit(const Core::Operation &operation) const
{
    Core::RateLimit limit = operation.rateLimit;
    if (m_options.bucketTokens > 0) {
        limit.maxTokens = m_options.bucketTokens;
    } else {
        limit.maxTokens = std::max(1, int(std::lround(limit.maxTokens * m_options.bucketScale)));
    }
    if (m_options.windowSeconds > 0) {
        limit.windowSeconds = m_options.windowSeconds;
    }
    limit.windowText = BucketLedger::windowText(limit.windowSeconds);
    return limit;
}

std::optional<SandboxResponse> EsiArea::respond(const SandboxRequest &request)
{
    const QString method = request.method == u"HEAD"_s ? u"GET"_s : request.method;
    const RouteMatch match = m_routes.match(method, request.path);
    const QString address = u"ip:"_s + request.remoteAddress;
    SandboxResponse response;
    ErrorLimitStatus errors = m_errors.status(address);
    if (errors.isExhausted()) {
        response = SandboxResponse::error(
            420, u"This software has exceeded the error limit for ESI (%1 errors per %2 s); wait %3 s for the "
                 u"window to reset and make sure requests are valid before sending them"_s.arg(m_errors.limit())
                     .arg(m_errors.windowSeconds())
                     .arg(errors.resetSeconds));
    } else if (!match.isFound()) {
        if (match.allowedMethods.isEmpty()) {
            response = SandboxResponse::error(404, u"Not found"_s);
        } else {
            response = SandboxResponse::error(405, method + u" is not allowed on "_s + request.path + u"; use "_s +
                                                       match.allowedMethods.join(u", "_s));
            response.setHeader("Allow"_ba, match.allowedMethods.join(u", "_s).toLatin1());
        }
        errors = m_errors.record(address, response.status);
    } else if (const Core::Operation &operation = *match.operation; operation.rateLimit.isValid()) {
        const Core::RateLimit limit = effectiveRateLimit(operation);
        QString caller = operation.authed ? m_callerResolver(request) : QString();
        if (caller.isEmpty()) {
            caller = address;
        }
        BucketStatus bucket = m_buckets.status(limit.group, caller, limit.maxTokens, limit.windowSeconds);
        if (bucket.isExhausted()) {
            response = SandboxResponse::error(429, u"Too many requests: the rate limit bucket '"_s + limit.group +
                                                       u"' is empty; retry in "_s +
                                                       QString::number(bucket.retryAfterSeconds) + u" s"_s);
            response.setHeader("Retry-After"_ba, QByteArray::number(bucket.retryAfterSeconds));
        } else {
            response = answerOperation(request, match);
            bucket = m_buckets.charge(limit.group, caller, limit.maxTokens, limit.windowSeconds, response.status);
        }
        response.setHeader("X-Ratelimit-Group"_ba, limit.group.toUtf8());
        response.setHeader("X-Ratelimit-Limit"_ba, bucket.limitHeader());
        response.setHeader("X-Ratelimit-Remaining"_ba, QByteArray::number(bucket.remaining));
        response.setHeader("X-Ratelimit-Used"_ba, QByteArray::number(bucket.used));
    } else {
        response = answerOperation(request, match);
        errors = m_errors.record(address, response.status);
    }
    if (!match.isFound() || !match.operation->rateLimit.isValid() || response.status == 420) {
        response.setHeader("X-ESI-Error-Limit-Remain"_ba, QByteArray::number(errors.remain));
        response.setHeader("X-ESI-Error-Limit-Reset"_ba, QByteArray::number(errors.resetSeconds));
    }
    return response;
}

std::optional<SandboxResponse> EsiArea::checkRequest(const SandboxRequest &request, const RouteMatch &match) const
{
    const Core::Operation &operation = *match.operation;
    if (request.hasHeader("x-compatibility-date"_ba)) {
        const QString problem =
            CompatibilityDate::problem(QString::fromLatin1(request.header("x-compatibility-date"_ba)), m_clock.now(),
                                       u"X-Compatibility-Date header"_s);
        if (!problem.isEmpty()) {
            return SandboxResponse::error(400, problem);
        }
    }
    if (const QString problem = m_validator.check(operation, match.pathParameters, request); !problem.isEmpty()) {
        return SandboxResponse::error(400, problem);
    }
    if (!operation.requestBodySchema.isEmpty()) {
        if (request.body.trimmed().isEmpty()) {
            if (operation.requestBodyRequired) {
                return SandboxResponse::error(400, operation.operationId + u" needs a JSON request body"_s);
            }
        } else {
            QJsonParseError parseError;
            QJsonDocument::fromJson(request.body, &parseError);
            if (parseError.error != QJsonParseError::NoError) {
                return SandboxResponse::error(400, u"The request body is not valid JSON at offset "_s +
                                                       QString::number(parseError.offset) + u": "_s +
                                                       parseError.errorString());
            }
        }
    }
    for (auto it = match.pathParameters.cbegin(); it != match.pathParameters.cend(); ++it) {
        bool isNumber = false;
        const qint64 id = it.value().toLongLong(&isNumber);
        if (isNumber && m_options.missingIds.contains(id)) {
            return SandboxResponse::error(404, it.key() + u' ' + it.value() + u" not found"_s);
        }
    }
    if (operation.paging == Core::PagingStyle::Page && request.hasQueryItem(u"page"_s) &&
        request.queryItem(u"page"_s).toInt() < 1) {
        return SandboxResponse::error(400, u"Invalid query parameter page: pages start at 1, got '"_s +
                                               request.queryItem(u"page"_s) + u'\'');
    }
    return std::nullopt;
}

SandboxResponse EsiArea::fault()
{
    switch (m_faults.bounded(3)) {
    case 0:
        return SandboxResponse::error(502, u"Bad gateway (injected by --fault-rate)"_s);
    case 1:
        return SandboxResponse::error(503, u"Service unavailable (injected by --fault-rate)"_s);
    default:
        return SandboxResponse::error(504, u"Timeout contacting tranquility (injected by --fault-rate)"_s);
    }
}

SandboxResponse EsiArea::answerOperation(const SandboxRequest &request, const RouteMatch &match)
{
    if (m_accessChecker && match.operation->authed) {
        if (std::optional<SandboxResponse> refusal = m_accessChecker(request, match)) {
            return *refusal; // like ESI: no token, no look at the parameters
        }
    }
    if (std::optional<SandboxResponse> problem = checkRequest(request, match)) {
        return *problem;
    }
    if (m_options.faultRate > 0 && m_faults.generateDouble() < m_options.faultRate) {
        return fault();
    }
    if (UniverseNames::handles(match.operation->method, match.operation->path)) {
        return UniverseNames::answer(request, languageOf(request));
    }
    const Core::Response *success = match.operation->successResponse();
    bool ok = false;
    const int status = success ? success->status.toInt(&ok) : 200;
    return answerGenerated(request, match, ok ? status : 200);
}

QString EsiArea::resultKey(const SandboxRequest &request, const RouteMatch &match) const
{
    QStringList parts{match.operation->operationId};
    QStringList names = match.pathParameters.keys();
    names.sort();
    for (const QString &name : std::as_const(names)) {
        parts.append(name + u'=' + match.pathParameters.value(name));
    }
    QList<QPair<QString, QString>> items = request.query.queryItems(QUrl::FullyDecoded);
    std::sort(items.begin(), items.end());
    for (const auto &[name, value] : std::as_const(items)) {
        if (!pagingQueryItems.contains(name)) {
            parts.append(name + u'=' + value);
        }
    }
    return parts.join(u'&');
}

int EsiArea::generationFor(const QString &resultKey, int page)
{
    if (m_options.evolveEvery > 0) {
        Dataset &dataset = m_datasets[resultKey];
        if (page <= 1) {
            ++dataset.firstPageRequests;
            dataset.generation =
                int(std::min<qint64>((dataset.firstPageRequests - 1) / m_options.evolveEvery, 1 << 30));
        }
        return dataset.generation;
    }
    if (!m_options.changeBetweenPages) {
        return 0;
    }
    Dataset &dataset = m_datasets[resultKey];
    if (page <= 1) {
        dataset.firstPageServed = true;
    } else if (dataset.firstPageServed && dataset.generation == 0) {
        dataset.generation = 1; // once: a refetch of every page then sees one consistent snapshot
    }
    return dataset.generation;
}

QDateTime EsiArea::lastModified(int generation) const
{
    return m_datasetTime.addSecs(60LL * generation);
}

EsiArea::PagePlan EsiArea::planPaging(const SandboxRequest &request, const Core::Operation &operation,
                                      const QJsonObject &schema, GenerationRequest &generation) const
{
    PagePlan plan;
    const qint64 total = qint64(m_options.pages) * m_options.itemsPerPage; // cursor and from_id lists
    switch (operation.paging) {
    case Core::PagingStyle::Page:
        plan.page = request.hasQueryItem(u"page"_s) ? request.queryItem(u"page"_s).toInt() : 1;
        if (plan.page > m_options.pages) {
            SandboxResponse response = SandboxResponse::error(404, u"Requested page does not exist!"_s);
            response.setHeader("X-Pages"_ba, QByteArray::number(m_options.pages));
            plan.rejection = std::move(response);
            return plan;
        }
        generation.listCount = m_options.itemsPerPage;
        generation.firstOrdinal = qint64(plan.page - 1) * m_options.itemsPerPage;
        generation.identity = [](qint64 ordinal) { return identityBase + ordinal + 1; };
        return plan;
    case Core::PagingStyle::Cursor: {
        const Core::Parameter *limitParameter = operation.parameter(u"limit");
        const int defaultLimit =
            limitParameter
                ? m_spec->resolveSchema(limitParameter->schema).schema.value(u"default"_s).toInt(defaultCursorLimit)
                : defaultCursorLimit;
        const int limit = request.hasQueryItem(u"limit"_s) ? request.queryItem(u"limit"_s).toInt() : defaultLimit;
        plan.cursor = CursorWindow::resolve(request, total, limit);
        if (!plan.cursor->error.isEmpty()) {
            plan.rejection = SandboxResponse::error(400, plan.cursor->error);
            return plan;
        }
        generation.listCount = plan.cursor->count;
        generation.firstOrdinal = plan.cursor->first;
        return plan;
    }
    case Core::PagingStyle::FromId: {
        const qint64 fromId = request.hasQueryItem(u"from_id"_s) ? request.queryItem(u"from_id"_s).toLongLong() : 0;
        generation.firstOrdinal = fromId > 0 ? std::max<qint64>(0, fromIdBase + total - fromId + 1) : 0;
        generation.listCount = int(std::clamp<qint64>(total - generation.firstOrdinal, 0, m_options.itemsPerPage));
        generation.identity = [total](qint64 ordinal) { return fromIdBase + total - ordinal; };
        return plan;
    }
    case Core::PagingStyle::None:
        if (const Core::SchemaFacts facts = Core::SchemaFacts::of(m_generator.resolve(schema));
            facts.type == u"array"_s) {
            generation.listCount = int(
                std::min<qint64>(m_options.itemsPerPage, facts.maxItems.value_or(std::numeric_limits<qint64>::max())));
        }
        return plan;
    }
    return plan;
}

void EsiArea::addMembership(const Core::Operation &operation, GenerationRequest &generation)
{
    // /characters/{id} of a test character names its corporation and alliance, as the SSO's test characters
    // are members there (corporation routes check it); everyone else's are generated.
    QString path = operation.path;
    if (path.endsWith(u'/')) {
        path.chop(1);
    }
    if (path != u"/characters/{character_id}"_s) {
        return;
    }
    const std::optional<TestCharacter> character =
        TestCharacters::find(generation.fixedProperties.value(u"character_id"_s).toInteger());
    if (character) {
        generation.fixedProperties.insert(u"corporation_id"_s, double(character->corporationId));
        generation.fixedProperties.insert(u"alliance_id"_s, double(character->allianceId));
        generation.fixedProperties.insert(u"name"_s, character->name);
    }
}

SandboxResponse EsiArea::answerGenerated(const SandboxRequest &request, const RouteMatch &match, int status)
{
    const Core::Operation &operation = *match.operation;
    const Core::Response *success = operation.successResponse();
    const QJsonObject schema = success ? success->schema : QJsonObject();
    const bool isGet = operation.method == u"GET"_s;
    GenerationRequest generation;
    generation.language = operation.localized ? languageOf(request) : QString();
    for (const Core::Parameter &parameter : operation.parameters) {
        if (parameter.location == Core::ParameterLocation::Path) {
            const QString text = match.pathParameters.value(parameter.name);
            bool isInteger = false;
            const qint64 number = text.toLongLong(&isInteger);
            generation.fixedProperties.insert(parameter.name,
                                              isInteger ? QJsonValue(double(number)) : QJsonValue(text));
        }
    }
    addMembership(operation, generation);
    const PagePlan plan = planPaging(request, operation, schema, generation);
    if (plan.rejection) {
        return *plan.rejection;
    }
    if (generation.identity) {
        generation.identityProperty = m_generator.identityProperty(schema, operation.path);
    }
    const QString key = resultKey(request, match);
    const int version = isGet ? generationFor(key, plan.page) : 0;
    generation.seed =
        DataGenerator::mix(m_options.seed, DataGenerator::hash(QString(key + u'#' + QString::number(version))));
    if (m_options.evolveEvery > 0 && generation.identity) {
        // --evolve-every: the list keeps its items (the seed of generation 0); generation g drops the item with
        // ordinal g-1, adds one at the end and changes the one with ordinal g+1 (it stays changed later).
        generation.seed = DataGenerator::mix(m_options.seed, DataGenerator::hash(QString(key + u"#0"_s)));
        generation.firstOrdinal += version;
        generation.itemSalt = [version](qint64 ordinal) -> quint64 {
            return ordinal >= 2 && ordinal - 1 <= version ? 1 : 0;
        };
    }

    if (plan.cursor) {
        generation.fixedProperties.insert(
            u"cursor"_s, QJsonObject{{u"before"_s, plan.cursor->before}, {u"after"_s, plan.cursor->after}});
    }
    SandboxResponse response;
    response.status = status;
    if (status != 204 && !schema.isEmpty()) {
        response.headers.append({"Content-Type"_ba, "application/json; charset=utf-8"_ba});
        if (isGet && m_fixedBodies.contains(operation.path)) {
            response.body = SandboxResponse::toJson(m_fixedBodies.value(operation.path));
        } else if (!isGet) {
            QString error;
            response.body = m_generator.generateJson(schema, generation, &error);
            if (!error.isEmpty()) {
                return SandboxResponse::error(500,
                                              u"esi-sandbox cannot answer %1: %2"_s.arg(operation.operationId, error));
            }
        } else {
            // Generation is deterministic, so a body seen before (a revalidation, a refetched page) is reused.
            const QString bodyKey = key + u'#' + QString::number(version) + u'|' +
                                    QString::number(generation.firstOrdinal) + u'|' +
                                    QString::number(generation.listCount) + u'|' + generation.language;
            GeneratedBody body;
            if (const GeneratedBody *cached = m_bodies.object(bodyKey)) {
                body = *cached; // implicitly shared bytes: no copy
            } else {
                QString error;
                if (MarketHistory::handles(operation.method, operation.path)) { // days in order, prices that agree
                    body.json = MarketHistory::json(match.pathParameters.value(u"region_id"_s).toLongLong(),
                                                    request.queryItem(u"type_id"_s).toLongLong(),
                                                    lastModified(version).date().addDays(-1), generation.seed);
                } else {
                    body.json = m_generator.generateJson(schema, generation, &error);
                }
                if (!error.isEmpty()) {
                    return SandboxResponse::error(
                        500, u"esi-sandbox cannot answer %1: %2"_s.arg(operation.operationId, error));
                }
                body.etag = HttpCaching::etagOf(body.json);
                m_bodies.insert(bodyKey, new GeneratedBody(body), std::max<qsizetype>(1, body.json.size() / 1024));
            }
            response.body = body.json;
            response.setHeader("ETag"_ba, body.etag);
        }
    }
    if (operation.paging == Core::PagingStyle::Page) {
        response.setHeader("X-Pages"_ba, QByteArray::number(m_options.pages));
    }
    if (operation.localized) {
        response.setHeader("Content-Language"_ba, generation.language.toLatin1());
    }
    if (operation.deprecated) {
        response.setHeader("Warning"_ba, "299 - \"This route is deprecated\""_ba);
    }
    if (!isGet) {
        return response;
    }
    response.setHeader("Last-Modified"_ba, SandboxResponse::httpDate(lastModified(version)));
    const int maxAge = m_options.expiresSeconds > 0     ? m_options.expiresSeconds
                       : operation.cacheTtlSeconds >= 0 ? operation.cacheTtlSeconds
                                                        : defaultCacheSeconds;
    HttpCaching::addValidators(response, m_clock.now(), maxAge, operation.authed);
    return HttpCaching::answerConditional(std::move(response), request);
}

} // namespace Esi::Sandbox
