// Response header parsing: Expires, Last-Modified, Date, ETag, Cache-Control (CachedResponse::fromReply and
// revalidation), X-Pages (PagingRun), X-Ratelimit-* and Retry-After (RateLimitTracker), and
// X-ESI-Error-Limit-* (ErrorLimitTracker), with every value also read as an HTTP date and a rate limit.
// Input: the first line is the status code, every further line one `Name: value` header.
#include "core/clock.h"
#include "core/http/errorlimittracker.h"
#include "core/http/httpdate.h"
#include "core/http/limitstatestore.h"
#include "core/http/pagingrun.h"
#include "core/http/ratelimittracker.h"
#include "core/http/responsecache.h"
#include "fuzzsupport.h"

using namespace Esi::Core;
using namespace Qt::Literals::StringLiterals;

namespace {

// A paged call asks for at most this many pages here; enough to see X-Pages taken at its word.
constexpr int pagesFollowed = 64;

void checkDate(QByteArrayView value)
{
    const std::optional<QDateTime> parsed = HttpDate::parse(value);
    if (!parsed) {
        return;
    }
    if (!parsed->isValid() || parsed->timeSpec() != Qt::UTC) {
        qFatal("fuzz_headers: HttpDate::parse gave an invalid or non-UTC time");
    }
    const int year = parsed->date().year();
    if (year >= 1000 && year <= 9999 && HttpDate::parse(HttpDate::format(*parsed)) != parsed) {
        qFatal("fuzz_headers: %s does not read back", HttpDate::format(*parsed).constData());
    }
}

void followPages(const RawHeaders &headers, int status)
{
    PagingRun run(PagingStyle::Page, u"en"_s, ParameterValues(), 3);
    for (int answered = 0; answered < pagesFollowed && !run.isFinished(); ++answered) {
        const std::optional<PageTask> task = run.takeNext();
        if (!task) {
            break;
        }
        PageResult page;
        page.page = task->page;
        page.status = status;
        page.headers = headers;
        page.body = "[]";
        if (run.accept(*task, page) == PagingRun::Step::Finished) {
            break;
        }
        (void)run.pagesTotal();
    }
}

// The SQLite-backed stores are opened once (opening one costs more than a whole input); each input moves
// the clock on by a few hours so earlier inputs' spends and windows have run out.
struct Fixture
{
    ManualClock clock;
    ResponseCache cache{u":memory:"_s, clock};
    LimitStateStore store{u":memory:"_s};
};

Fixture *fixture = nullptr;

void revalidate(const RawHeaders &headers)
{
    const ManualClock &clock = fixture->clock;
    const CacheKey key{QUrl(u"http://127.0.0.1/latest/markets/10000002/orders"_s), u"en"_s, 0, u"2026-07-21"_s};
    if (fixture->cache.store(key, CachedResponse::fromReply(200, {{"ETag", "\"a\""}}, "[1]", clock.now()))) {
        (void)fixture->cache.revalidated(key, headers);
    }
}

void trackLimits(int status, const RawHeaders &headers)
{
    const ManualClock &clock = fixture->clock;
    ErrorLimitTracker errors(&fixture->store, clock);
    errors.recordResponse(status, headers);
    (void)errors.delayBeforeSend();
    (void)errors.state();

    RateLimitTracker rates(&fixture->store, clock);
    const RateLimit declared{u"fuzz"_s, 150, 900, u"15m"_s};
    qint64 reservation = 0;
    (void)rates.delayBeforeSend(declared, 0, 2, &reservation);
    rates.recordResponse(declared, 0, status, headers, reservation);
    (void)rates.bucket(u"fuzz"_s, 0);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Esi::Fuzz::ensureApplication(argc, argv);
    fixture = new Fixture; // lives for the whole run
    QString error;
    if (!fixture->cache.open(&error) || !fixture->store.open(&error)) {
        qFatal("fuzz_headers: %s", qPrintable(error));
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> lines = Esi::Fuzz::lines(Esi::Fuzz::bytes(data, size));
    const int status = lines.value(0).trimmed().toInt();
    RawHeaders headers;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon > 0) {
            headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        }
    }
    for (const auto &header : std::as_const(headers)) {
        checkDate(header.second);
        (void)RateLimitTracker::parseLimitHeader(header.second);
        (void)RateLimit::parseWindow(QString::fromLatin1(header.second));
    }

    ManualClock &clock = fixture->clock;
    clock.advance(3 * 3600 * 1000);
    const CachedResponse response = CachedResponse::fromReply(status, headers, "[]", clock.now());
    (void)response.isFresh(clock.now());
    (void)response.isStorable();
    (void)response.conditionalHeaders();

    // The SQLite-backed parts cost ~1 ms per statement under ASan, 30 times the rest of an input: they run
    // only for inputs that concern them, which the fuzzer learns from coverage (and the dictionary).
    if (status == 304) {
        revalidate(headers);
    }
    if (status == 420 || status == 429 || hasHeader(headers, "Retry-After") ||
        hasHeader(headers, "X-ESI-Error-Limit-Remain") || hasHeader(headers, "X-ESI-Error-Limit-Reset") ||
        hasHeader(headers, "X-Ratelimit-Limit") || hasHeader(headers, "X-Ratelimit-Remaining") ||
        hasHeader(headers, "X-Ratelimit-Used") || hasHeader(headers, "X-Ratelimit-Group")) {
        trackLimits(status, headers);
    }

    followPages(headers, status);
    return 0;
}
