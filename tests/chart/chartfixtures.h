#pragma once

// Results to chart: real answers of esi-sandbox (in-process, on 127.0.0.1) to operations of a real CCP spec,
// decoded the way the GUI decodes pages; and small hand-written results for what no spec describes.
#include "core/clock.h"
#include "core/result/calloutcome.h"
#include "core/spec/spec.h"
#include "tests/sandbox/sandboxclient.h"
#include "tests/sandbox/sandboxfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <memory>

inline const QString chartSpecFile = QStringLiteral(ESI_TEST_DATA "/openapi-2026-07-21.json");

inline Esi::Core::SpecPtr loadChartSpec()
{
    const Esi::Core::SpecLoadResult loaded = Esi::Core::Spec::fromFile(chartSpecFile);
    return loaded.spec;
}

// One GET of `operationId` at `pathAndQuery` against a fresh sandbox serving `spec`; null outcome on failure,
// with `error` saying what happened.
inline Esi::Core::CallOutcomePtr sandboxOutcome(const Esi::Core::SpecPtr &spec, const QString &operationId,
                                                const QString &pathAndQuery, QString *error)
{
    Esi::Core::SystemClock clock;
    const std::unique_ptr<Esi::Sandbox::SandboxServer> server = startSandbox(spec, {}, clock);
    if (!server) {
        *error = QStringLiteral("esi-sandbox did not start");
        return nullptr;
    }
    SandboxClient client(server->baseUrl());
    const HttpResult http = client.get(pathAndQuery);
    if (http.status != 200) {
        *error =
            QStringLiteral("%1 answered %2: %3").arg(pathAndQuery).arg(http.status).arg(QString::fromUtf8(http.body));
        return nullptr;
    }
    Esi::Core::PageResult page;
    page.language = QStringLiteral("en");
    page.status = http.status;
    page.body = http.body;
    page.url = server->baseUrl().resolved(QUrl(pathAndQuery));
    for (auto it = http.headers.cbegin(); it != http.headers.cend(); ++it) {
        page.headers.append({it.key(), it.value()});
    }
    auto outcome = std::make_shared<Esi::Core::CallOutcome>();
    outcome->request.spec = spec;
    outcome->request.operationId = operationId;
    outcome->result.pages = {page};
    outcome->data = Esi::Core::ResultData::fromPages(outcome->result.pages);
    outcome->baseUrl = server->baseUrl();
    outcome->startedAt = outcome->finishedAt = QDateTime::currentDateTimeUtc();
    return outcome;
}

// GetMarketsRegionIdHistory for Tritanium (34) in The Forge (10000002).
inline Esi::Core::CallOutcomePtr marketHistoryOutcome(const Esi::Core::SpecPtr &spec, QString *error)
{
    return sandboxOutcome(spec, QStringLiteral("GetMarketsRegionIdHistory"),
                          QStringLiteral("/markets/10000002/history?type_id=34"), error);
}

inline Esi::Core::ResultDataPtr rowsOf(const char *json)
{
    return Esi::Core::ResultData::fromRows(QStringLiteral("en"), QJsonDocument::fromJson(json).array());
}

// A list of type IDs (/universe/types): numbers, but no time.
inline const char *const typeIdRows = "[34, 35, 36, 37]";
// Times and numbers, but every number is an ID.
inline const char *const onlyIdRows =
    R"([{"date": "2026-01-05", "type_id": 34, "ref_type": "bounty"}, {"date": "2026-01-06", "type_id": 35}])";
// No spec describes these: the data decides (a date-time, a number, an ID, a text).
inline const char *const freeFormRows =
    R"([{"when": "2026-01-05T11:05:00Z", "price": 4.5, "type_id": 34, "note": "x"},
        {"when": "2026-01-04T10:00:00Z", "price": 5.25, "type_id": 34, "note": "y"},
        {"when": "2026-01-06T09:30:00.250Z", "price": null, "type_id": 35}])";
