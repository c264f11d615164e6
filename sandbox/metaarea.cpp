#include "sandbox/metaarea.h"

#include "core/spec/specrepository.h"
#include "sandbox/compatibilitydate.h"
#include "sandbox/httpcaching.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Sandbox {

namespace {

constexpr int metaCacheSeconds = 300;

} // namespace

MetaArea::MetaArea(Core::SpecPtr spec, QByteArray specDocument, const Core::Clock &clock)
    : m_spec(std::move(spec))
    , m_specDocument(std::move(specDocument))
    , m_clock(clock)
    , m_datesInSpec(declaresCompatibilityDates(*m_spec))
    , m_published(QDateTime::fromSecsSinceEpoch(clock.now().toSecsSinceEpoch(), Qt::UTC))
{}

std::optional<SandboxResponse> MetaArea::respond(const SandboxRequest &request)
{
    const QString path = request.path.endsWith(u'/') ? request.path.chopped(1) : request.path;
    const bool dates = path == u"/meta/compatibility-dates"_s && !m_datesInSpec;
    if (!dates && path != u"/meta/openapi.json"_s) {
        return std::nullopt;
    }
    if (request.method != u"GET"_s) {
        SandboxResponse response = SandboxResponse::error(405, request.method + u" is not allowed on "_s + path +
                                                                   u"; the meta endpoints answer GET only"_s);
        response.setHeader("Allow"_ba, "GET"_ba);
        return response;
    }
    return dates ? compatibilityDatesResponse(request) : openApi(request);
}

QJsonObject MetaArea::compatibilityDates(const Core::Spec &spec)
{
    QJsonArray dates;
    if (Core::SpecRepository::isCompatibilityDate(spec.version())) {
        dates.append(spec.version());
    }
    return QJsonObject{{u"compatibility_dates"_s, dates}};
}

bool MetaArea::declaresCompatibilityDates(const Core::Spec &spec)
{
    const QList<Core::Operation> &operations = spec.operations();
    return std::any_of(operations.begin(), operations.end(), [](const Core::Operation &operation) {
        return operation.method == u"GET"_s && operation.path == u"/meta/compatibility-dates"_s;
    });
}

SandboxResponse MetaArea::compatibilityDatesResponse(const SandboxRequest &request) const
{
    return cached(SandboxResponse::json(200, compatibilityDates(*m_spec)), request);
}

SandboxResponse MetaArea::openApi(const SandboxRequest &request) const
{
    if (request.hasQueryItem(u"compatibility_date"_s)) {
        const QString problem = CompatibilityDate::problem(request.queryItem(u"compatibility_date"_s), m_clock.now(),
                                                           u"compatibility_date query parameter"_s);
        if (!problem.isEmpty()) {
            return SandboxResponse::error(400, problem);
        }
    }
    // The sandbox serves one spec, so every accepted date gets it.
    SandboxResponse response;
    response.headers.append({"Content-Type"_ba, "application/json; charset=utf-8"_ba});
    response.body = m_specDocument;
    return cached(std::move(response), request);
}

SandboxResponse MetaArea::cached(SandboxResponse response, const SandboxRequest &request) const
{
    response.setHeader("Last-Modified"_ba, SandboxResponse::httpDate(m_published));
    HttpCaching::addValidators(response, m_clock.now(), metaCacheSeconds, false);
    return HttpCaching::answerConditional(std::move(response), request);
}

} // namespace Esi::Sandbox
