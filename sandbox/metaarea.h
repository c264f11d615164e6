#pragma once

#include "core/clock.h"
#include "core/spec/spec.h"
#include "sandbox/sandboxarea.h"

#include <QJsonObject>

namespace Esi::Sandbox {

// GET /meta/openapi.json[?compatibility_date=D] and GET /meta/compatibility-dates: what SpecRepository
// fetches from ESI, answered from the one spec the sandbox serves. A spec that declares
// /meta/compatibility-dates (with its x-rate-limit) has it answered by EsiArea with compatibilityDates()
// as the body, so it is limited and cached like any route; /meta/openapi.json is in no spec and stays
// outside the limits, so a client can always rediscover the service.
class MetaArea final : public SandboxArea
{
public:
    MetaArea(Core::SpecPtr spec, QByteArray specDocument, const Core::Clock &clock);

    std::optional<SandboxResponse> respond(const SandboxRequest &request) override;

    // {"compatibility_dates": [info.version]} (empty when the version is not a date, as in Swagger 2.0).
    static QJsonObject compatibilityDates(const Core::Spec &spec);
    static bool declaresCompatibilityDates(const Core::Spec &spec);

private:
    SandboxResponse compatibilityDatesResponse(const SandboxRequest &request) const;
    SandboxResponse openApi(const SandboxRequest &request) const;
    SandboxResponse cached(SandboxResponse response, const SandboxRequest &request) const;

    Core::SpecPtr m_spec;
    QByteArray m_specDocument;
    const Core::Clock &m_clock;
    bool m_datesInSpec;
    QDateTime m_published; // Last-Modified of both documents: when the sandbox started serving them
};

} // namespace Esi::Sandbox
