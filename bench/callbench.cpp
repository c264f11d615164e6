#include "bench/callbench.h"

#include "bench/benchreport.h"
#include "core/http/errorlimittracker.h"
#include "core/http/esicall.h"
#include "core/http/esiclient.h"
#include "core/http/limitstatestore.h"
#include "core/http/ratelimittracker.h"
#include "sandbox/sandboxserver.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QThread>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Bench {

namespace {

constexpr int pageCount = 300;
constexpr int latencyMs = 50;
constexpr int concurrency = 8;

Core::SpecPtr loadSpec(const QString &specFile, const QString &caseName)
{
    const Core::SpecLoadResult loaded = Core::Spec::fromFile(specFile);
    if (!loaded) {
        report(caseName, {{u"error"_s, loaded.error.toString()}});
    }
    return loaded.spec;
}

// The sandbox in its own thread, so generating and writing bodies does not share the client's event loop.
class SandboxThread
{
public:
    SandboxThread(Core::SpecPtr spec, const Sandbox::SandboxOptions &options)
    {
        m_thread.start();
        m_anchor.moveToThread(&m_thread);
        QMetaObject::invokeMethod(
            &m_anchor,
            [&] {
                m_server = new Sandbox::SandboxServer(std::move(spec), QByteArray(), options, m_clock);
                m_server->start();
                m_baseUrl = m_server->baseUrl();
            },
            Qt::BlockingQueuedConnection);
    }

    ~SandboxThread()
    {
        QMetaObject::invokeMethod(
            &m_anchor, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    QUrl baseUrl() const { return m_baseUrl; }

private:
    Core::SystemClock m_clock;
    QThread m_thread;
    QObject m_anchor;
    Sandbox::SandboxServer *m_server = nullptr;
    QUrl m_baseUrl;
};

} // namespace

void benchCallAllPages(const QString &specFile, int runs)
{
    const QString caseName = u"call/all_pages_%1x%2ms_c%3"_s.arg(pageCount).arg(latencyMs).arg(concurrency);
    const Core::SpecPtr spec = loadSpec(specFile, caseName);
    if (!spec) {
        return;
    }
    Sandbox::SandboxOptions options;
    options.pages = pageCount;
    options.latencyMs = latencyMs;
    const SandboxThread sandbox(spec, options);

    Core::SystemClock clock;
    Core::ParameterValues values;
    values.set(u"region_id"_s, u"10000002"_s);
    values.set(u"order_type"_s, u"all"_s);
    Core::CallOptions callOptions;
    callOptions.concurrency = concurrency;
    callOptions.useCache = false; // every run pays for every page
    QList<double> samples;
    int requests = 0;
    for (int run = 0; run < runs; ++run) {
        // A fresh stack per run: new connections, empty limit state (in memory, not the user's file).
        QNetworkAccessManager network;
        Core::LimitStateStore limits(u":memory:"_s);
        QString error;
        if (!limits.open(&error)) {
            report(caseName, {{u"error"_s, error}});
            return;
        }
        Core::RateLimitTracker rateLimits(&limits, clock);
        Core::ErrorLimitTracker errorLimits(&limits, clock);
        Core::FetchServices services;
        services.network = &network;
        services.clock = &clock;
        services.rateLimits = &rateLimits;
        services.errorLimits = &errorLimits;
        Core::EsiClientSettings settings;
        settings.baseUrl = sandbox.baseUrl();
        Core::EsiClient client(services, settings);

        QElapsedTimer timer;
        timer.start();
        Core::EsiCall *call = client.call(spec, u"GetMarketsRegionIdOrders"_s, values, callOptions);
        QEventLoop loop;
        QObject::connect(call, &Core::EsiCall::finished, &loop, &QEventLoop::quit);
        loop.exec();
        samples.append(double(timer.nsecsElapsed()) / 1e6);
        const Core::CallResult &result = call->result();
        if (!result.isOk() || result.pages.size() != pageCount) {
            report(caseName,
                   {{u"error"_s, result.isOk() ? u"%1 pages instead of %2"_s.arg(result.pages.size()).arg(pageCount)
                                               : result.message}});
            return;
        }
        requests = result.statistics.requests;
    }
    const double bound = std::ceil(double(pageCount) / concurrency) * latencyMs;
    const double medianMs = median(samples);
    report(caseName, {{u"median_ms"_s, medianMs},
                      {u"bound_ms"_s, bound},
                      {u"ratio"_s, medianMs / bound},
                      {u"runs"_s, runs},
                      {u"requests"_s, requests},
                      {u"items_per_page"_s, options.itemsPerPage}});
}

void benchCallDecode(const QString &specFile, int runs)
{
    constexpr int itemsPerPage = 1000;
    const QString caseName = u"call/decode_%1x%2_orders"_s.arg(pageCount).arg(itemsPerPage);
    const Core::SpecPtr spec = loadSpec(specFile, caseName);
    if (!spec) {
        return;
    }
    Sandbox::SandboxOptions options;
    options.pages = pageCount;
    options.itemsPerPage = itemsPerPage;
    Core::SystemClock clock;
    Sandbox::SandboxServer sandbox(spec, QByteArray(), options, clock);
    QList<Core::PageResult> pages;
    qint64 bytes = 0;
    for (int page = 1; page <= pageCount; ++page) {
        Sandbox::SandboxRequest request;
        request.method = u"GET"_s;
        request.path = u"/markets/10000002/orders"_s;
        request.query.addQueryItem(u"order_type"_s, u"all"_s);
        request.query.addQueryItem(u"page"_s, QString::number(page));
        request.headers.insert("x-compatibility-date", spec->version().toLatin1());
        request.remoteAddress = u"127.0.0.1"_s;
        Core::PageResult result;
        result.page = page;
        result.body = sandbox.answer(request).body;
        bytes += result.body.size();
        pages.append(std::move(result));
    }
    QList<double> samples;
    qint64 rows = 0;
    for (int run = 0; run < runs; ++run) {
        rows = 0;
        QElapsedTimer timer;
        timer.start();
        for (const Core::PageResult &page : std::as_const(pages)) {
            rows += Core::pageRows(page).size();
        }
        samples.append(double(timer.nsecsElapsed()) / 1e6);
    }
    const double medianMs = median(samples);
    if (rows != qint64(pageCount) * itemsPerPage) {
        report(caseName, {{u"error"_s, u"decoded %1 rows instead of %2"_s.arg(rows).arg(pageCount * itemsPerPage)}});
        return;
    }
    report(caseName, {{u"median_ms"_s, medianMs},
                      {u"mb"_s, double(bytes) / 1e6},
                      {u"mb_per_s"_s, double(bytes) / 1e6 / (medianMs / 1000)},
                      {u"rows_per_s"_s, double(rows) / (medianMs / 1000)},
                      {u"runs"_s, runs}});
}

} // namespace Esi::Bench
