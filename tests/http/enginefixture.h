#pragma once

#include "core/http/errorlimittracker.h"
#include "core/http/esicall.h"
#include "core/http/esiclient.h"
#include "core/http/limitstatestore.h"
#include "core/http/ratelimittracker.h"
#include "core/http/responsecache.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The call engine wired the way the application wires it (cache and limit state in SQLite files, both
// trackers), pointed at a local server. Tests pass the clock: a ManualClock for expiry logic, a
// SystemClock where real waiting is the point.
struct EngineFixture
{
    explicit EngineFixture(const Esi::Core::Clock &engineClock, const QUrl &baseUrl)
        : clock(engineClock)
    {
        QString error;
        cache =
            std::make_unique<Esi::Core::ResponseCache>(directory.filePath(QStringLiteral("responses.sqlite")), clock);
        if (!cache->open(&error)) {
            qFatal("cache: %s", qPrintable(error));
        }
        limits = std::make_unique<Esi::Core::LimitStateStore>(directory.filePath(QStringLiteral("limits.sqlite")));
        if (!limits->open(&error)) {
            qFatal("limits: %s", qPrintable(error));
        }
        rateLimits = std::make_unique<Esi::Core::RateLimitTracker>(limits.get(), clock);
        errorLimits = std::make_unique<Esi::Core::ErrorLimitTracker>(limits.get(), clock);
        Esi::Core::FetchServices services;
        services.network = &network;
        services.clock = &clock;
        services.cache = cache.get();
        services.rateLimits = rateLimits.get();
        services.errorLimits = errorLimits.get();
        Esi::Core::EsiClientSettings settings;
        settings.baseUrl = baseUrl;
        settings.userAgent = Esi::Core::UserAgent(QStringLiteral("engine tests"), QStringLiteral("1.0"),
                                                  QStringLiteral("tests@example.com"), QString());
        settings.retry.backoffMs = 20; // real backoff is seconds; the schedule is what is tested
        client = std::make_unique<Esi::Core::EsiClient>(services, settings);
    }

    // Runs `call` to the end and returns its result; fails the test when it does not finish in time.
    Esi::Core::CallResult run(Esi::Core::EsiCall *call, int timeoutMs = 30000)
    {
        QSignalSpy finished(call, &Esi::Core::EsiCall::finished);
        if (!call->isFinished() && !finished.wait(timeoutMs)) {
            qWarning("call of %s did not finish within %d ms", qPrintable(call->operationId()), timeoutMs);
        }
        Esi::Core::CallResult result = call->result();
        call->deleteLater();
        return result;
    }

    Esi::Core::CallResult call(const Esi::Core::SpecPtr &spec, const QString &operationId,
                               const QStringList &assignments,
                               const Esi::Core::CallOptions &options = Esi::Core::CallOptions())
    {
        Esi::Core::ParameterValues values;
        QString error;
        if (!values.setAssignments(assignments, &error)) {
            qFatal("bad test assignments: %s", qPrintable(error));
        }
        return run(client->call(spec, operationId, values, options));
    }

    const Esi::Core::Clock &clock;
    QTemporaryDir directory;
    QNetworkAccessManager network;
    std::unique_ptr<Esi::Core::ResponseCache> cache;
    std::unique_ptr<Esi::Core::LimitStateStore> limits;
    std::unique_ptr<Esi::Core::RateLimitTracker> rateLimits;
    std::unique_ptr<Esi::Core::ErrorLimitTracker> errorLimits;
    std::unique_ptr<Esi::Core::EsiClient> client;
};

inline Esi::Core::SpecPtr loadTestSpec(const char *file = "openapi-2026-07-21.json")
{
    const Esi::Core::SpecLoadResult loaded =
        Esi::Core::Spec::fromFile(QStringLiteral(ESI_TEST_DATA "/") + QLatin1StringView(file));
    if (!loaded) {
        qFatal("cannot load %s: %s", file, qPrintable(loaded.error.message));
    }
    return loaded.spec;
}
