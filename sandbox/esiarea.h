#pragma once

#include "core/clock.h"
#include "core/spec/spec.h"
#include "sandbox/bucketledger.h"
#include "sandbox/cursorwindow.h"
#include "sandbox/datagenerator.h"
#include "sandbox/errorlimiter.h"
#include "sandbox/requestvalidator.h"
#include "sandbox/routematcher.h"
#include "sandbox/sandboxarea.h"
#include "sandbox/sandboxoptions.h"

#include <QCache>
#include <QDateTime>
#include <QHash>
#include <QRandomGenerator>
#include <functional>

namespace Esi::Sandbox {

// Every operation of the spec, answered like ESI: validation (400), X-Compatibility-Date, page / cursor /
// from_id paging, generated data with ETag, Last-Modified, Expires, Cache-Control, Content-Language and
// 304s, bucket rate limits (429) or the error limit (420), and injected 502/503/504 faults. It answers
// every path (404 for unknown ones), so the server asks it last.
class EsiArea final : public SandboxArea
{
public:
    // Who made an authenticated call: the bucket key part for routes with x-rate-limit. Empty when the
    // request carries no usable token (the call is then accounted to the caller's address).
    using CallerResolver = std::function<QString(const SandboxRequest &)>;
    // Asked before an authed operation is answered: std::nullopt lets the call through, a response (401, 403)
    // refuses it. The refusal is charged to buckets and the error limit like any answer.
    using AccessChecker = std::function<std::optional<SandboxResponse>(const SandboxRequest &, const RouteMatch &)>;

    EsiArea(Core::SpecPtr spec, const SandboxOptions &options, const Core::Clock &clock);

    std::optional<SandboxResponse> respond(const SandboxRequest &request) override;

    void setCallerResolver(CallerResolver resolver) { m_callerResolver = std::move(resolver); }

    // None by default: authed operations answer without a token (the sandbox's SSO installs one).
    void setAccessChecker(AccessChecker checker) { m_accessChecker = std::move(checker); }

    // Answers GET `pathTemplate` with `body` instead of generated data (limits, caching and 304 unchanged).
    void setFixedBody(const QString &pathTemplate, const QJsonValue &body) { m_fixedBodies.insert(pathTemplate, body); }

    // Who made `request` as the caller resolver says ("<client_id>:<character_id>" with the SSO installed).
    QString callerOf(const SandboxRequest &request) const { return m_callerResolver(request); }

    // The default resolver: "token:<hash of the bearer token>", empty without an Authorization header.
    static QString bearerTokenCaller(const SandboxRequest &request);

    // The 8 languages ESI speaks; the first supported one of Accept-Language, else "en".
    static QString languageOf(const SandboxRequest &request);

    // The bucket size and window the sandbox applies to `operation` after the bucket knobs.
    Core::RateLimit effectiveRateLimit(const Core::Operation &operation) const;

private:
    struct GeneratedBody
    {
        QByteArray json;
        QByteArray etag;
    };

    struct Dataset
    {
        int generation = 0;
        bool firstPageServed = false;
        qint64 firstPageRequests = 0; // --evolve-every counts them
    };

    // How a paged route's request maps onto its list; `rejection` set when the request is unusable.
    struct PagePlan
    {
        int page = 1;
        std::optional<CursorWindow> cursor;
        std::optional<SandboxResponse> rejection;
    };

    PagePlan planPaging(const SandboxRequest &request, const Core::Operation &operation, const QJsonObject &schema,
                        GenerationRequest &generation) const;
    SandboxResponse answerOperation(const SandboxRequest &request, const RouteMatch &match);
    SandboxResponse answerGenerated(const SandboxRequest &request, const RouteMatch &match, int status);
    static void addMembership(const Core::Operation &operation, GenerationRequest &generation);
    std::optional<SandboxResponse> checkRequest(const SandboxRequest &request, const RouteMatch &match) const;
    SandboxResponse fault();
    int generationFor(const QString &resultKey, int page);
    QString resultKey(const SandboxRequest &request, const RouteMatch &match) const;
    QDateTime lastModified(int generation) const;

    Core::SpecPtr m_spec;
    SandboxOptions m_options;
    const Core::Clock &m_clock;
    RouteMatcher m_routes;
    RequestValidator m_validator;
    DataGenerator m_generator;
    BucketLedger m_buckets;
    ErrorLimiter m_errors;
    QRandomGenerator m_faults;
    CallerResolver m_callerResolver;
    AccessChecker m_accessChecker;
    QHash<QString, QJsonValue> m_fixedBodies; // by path template
    QCache<QString, GeneratedBody> m_bodies;  // by everything a body depends on; cost in KiB
    QHash<QString, Dataset> m_datasets;       // per result (route + parameters except paging)
    QDateTime m_datasetTime;                  // Last-Modified of generation 0
};

} // namespace Esi::Sandbox
