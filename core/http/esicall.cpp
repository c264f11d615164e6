#include "core/http/esicall.h"

#include "core/auth/characterforcall.h"

#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

EsiCall::EsiCall(SpecPtr spec, QString operationId, ParameterValues values, CallOptions options,
                 const FetchServices &services, const EsiClientSettings &settings, TokenProvider *tokens,
                 QObject *parent)
    : QObject(parent)
    , m_spec(std::move(spec))
    , m_operationId(std::move(operationId))
    , m_values(std::move(values))
    , m_options(std::move(options))
    , m_services(services)
    , m_settings(settings)
    , m_tokens(tokens)
{
    m_concurrency = std::max(1, m_options.concurrency > 0 ? m_options.concurrency : m_settings.defaultConcurrency);
    m_elapsed.start();
    QTimer::singleShot(0, this, &EsiCall::start);
}

EsiCall::~EsiCall()
{
    for (const InFlight &entry : std::as_const(m_inFlight)) {
        entry.fetcher->abort();
    }
}

void EsiCall::cancel()
{
    if (m_finished) {
        return;
    }
    fail(CallError::Cancelled, 0, tr("%1 was cancelled").arg(m_operationId));
}

void EsiCall::start()
{
    if (m_finished) {
        return;
    }
    m_result.issues = m_spec ? EsiClient::validate(*m_spec, m_operationId, m_values)
                             : QList<ValidationIssue>{{QString(), tr("no spec is loaded")}};
    if (!m_options.allLanguages && !EsiClient::languages().contains(m_options.language)) {
        m_result.issues.append({u"language"_s, tr("language '%1' is not one of ESI's languages %2")
                                                   .arg(m_options.language, EsiClient::languages().join(u", "_s))});
    }
    if (!m_result.issues.isEmpty()) {
        fail(CallError::InvalidInput, 0,
             m_result.issues.size() == 1
                 ? m_result.issues.constFirst().message
                 : tr("%n problems with the call to %1", nullptr, int(m_result.issues.size())).arg(m_operationId));
        return;
    }
    m_operation = m_spec->operation(m_operationId);
    if (!m_operation->authed) {
        begin();
        return;
    }
    const QString scopes = m_operation->scopes.isEmpty() ? tr("(none named)") : m_operation->scopes.join(u", "_s);
    const QString needs = tr("%1 needs a signed-in character with scope %2").arg(m_operationId, scopes);
    if (!m_tokens || m_options.characterId == 0) {
        fail(CallError::NotAuthorized, 0,
             tr("%1 needs a signed-in character with scope %2; sign one in and choose it for the call")
                 .arg(m_operationId, scopes));
        return;
    }
    // The last guard: a token never leaves for another character than the one the path names.
    if (const QString mismatch = CharacterForCall::pathMismatch(*m_operation, m_values, m_options.characterId);
        !mismatch.isEmpty()) {
        fail(CallError::NotAuthorized, 0, mismatch);
        return;
    }
    QPointer<EsiCall> self(this);
    m_tokens->requestAccessToken(
        m_options.characterId, m_operation->scopes, m_settings.baseUrl, [self, needs](const TokenResult &token) {
            if (!self) {
                return;
            }
            if (!token.isValid()) {
                self->fail(CallError::NotAuthorized, 0,
                           tr("%1: %2").arg(needs, token.error.isEmpty() ? tr("no access token") : token.error));
                return;
            }
            self->handleToken(token);
        });
}

void EsiCall::handleToken(const TokenResult &token)
{
    if (m_finished) {
        return;
    }
    m_accessToken = token.accessToken;
    begin();
}

void EsiCall::begin()
{
    // The paging style is chosen once, from the operation; each language walks its own clone.
    const std::unique_ptr<PagingStrategy> strategy = m_options.mode == CallMode::AllPages
                                                         ? PagingStrategy::forOperation(*m_spec, *m_operation)
                                                         : PagingStrategy::forStyle(PagingStyle::None);
    if (!strategy->canWalk()) {
        m_result.warnings.append(u"%1 pages by from_id but its items have no id field to walk by; only the first "
                                 "page was fetched"_s.arg(m_operationId));
    }
    const QStringList languages = m_options.allLanguages ? EsiClient::languages() : QStringList{m_options.language};
    for (const QString &language : languages) {
        m_runs.push_back(
            std::make_unique<PagingRun>(strategy->clone(), language, m_values, m_settings.retry.maxSnapshotAttempts));
        m_runs.back()->setMaxPages(m_settings.limits.maxPages);
    }
    pump();
}

void EsiCall::pump()
{
    if (m_pumping) {
        return; // a fetcher finished synchronously inside the loop below, which picks up its follow-ups
    }
    m_pumping = true;
    bool progressed = true;
    while (!m_finished && m_inFlight.size() < m_concurrency && progressed) {
        progressed = false;
        for (size_t step = 0; step < m_runs.size() && m_inFlight.size() < m_concurrency; ++step) {
            const int index = int((size_t(m_nextRun) + step) % m_runs.size());
            std::optional<PageTask> task = m_runs[size_t(index)]->takeNext();
            if (!task) {
                continue;
            }
            FetchRequest request;
            request.operation = m_operation;
            request.values = task->values;
            request.context.baseUrl = m_settings.baseUrl;
            request.context.userAgent = m_settings.userAgent;
            request.context.compatibilityDate = m_spec->version();
            request.context.tenant = m_settings.tenant;
            request.context.language = m_runs[size_t(index)]->language();
            request.context.accessToken = m_accessToken;
            request.context.transferTimeoutMs = m_settings.transferTimeoutMs;
            request.characterId = m_operation->authed ? m_options.characterId : 0;
            request.language = request.context.language;
            request.page = task->page;
            request.useCache = m_options.useCache;
            request.allowFreshHit = task->allowFreshHit;
            request.forceRefresh = m_options.forceRefresh;
            request.retry = m_settings.retry;
            request.maxResponseBytes = m_settings.limits.maxResponseBytes;
            auto *fetcher = new PageFetcher(m_services, std::move(request), this);
            connect(fetcher, &PageFetcher::waiting, this, &EsiCall::waiting);
            connect(fetcher, &PageFetcher::waitingFor, this, &EsiCall::waitingFor);
            connect(fetcher, &PageFetcher::finished, this, [this, fetcher] { handleFetcherFinished(fetcher); });
            m_inFlight.append(InFlight{fetcher, index, *task});
            m_nextRun = (index + 1) % int(m_runs.size());
            progressed = true;
            fetcher->start(); // may finish at once (fresh cache hit)
            if (m_finished) {
                m_pumping = false;
                return;
            }
        }
    }
    m_pumping = false;
    if (!m_finished && m_inFlight.isEmpty() &&
        std::all_of(m_runs.cbegin(), m_runs.cend(), [](const auto &run) { return run->isFinished(); })) {
        complete();
    }
}

void EsiCall::handleFetcherFinished(PageFetcher *fetcher)
{
    const auto it = std::find_if(m_inFlight.begin(), m_inFlight.end(),
                                 [fetcher](const InFlight &entry) { return entry.fetcher == fetcher; });
    if (it == m_inFlight.end() || m_finished) {
        return;
    }
    const InFlight entry = *it;
    m_inFlight.erase(it);
    fetcher->deleteLater();

    const FetchOutcome &outcome = fetcher->outcome();
    CallStatistics &statistics = m_result.statistics;
    statistics.requests += outcome.requests;
    statistics.retries += outcome.retries;
    statistics.notModified += outcome.notModified;
    statistics.bytes += outcome.bytes;
    statistics.waitedMs += outcome.waitedMs;
    for (const QString &warning : outcome.warnings) {
        if (!m_result.warnings.contains(warning)) {
            m_result.warnings.append(warning);
        }
    }
    if (outcome.error != CallError::None) {
        fail(outcome.error, outcome.httpStatus, outcome.message);
        return;
    }
    if (outcome.page.servedFrom == ServedFrom::FreshHit) {
        ++statistics.fromCache;
    }
    PagingRun &run = *m_runs[size_t(entry.run)];
    const PagingRun::Step step = run.accept(entry.task, outcome.page);
    if (step == PagingRun::Step::Failed) {
        fail(run.failure().error, outcome.page.status, m_operationId + u": "_s + run.failure().message);
        return;
    }
    if (step == PagingRun::Step::Restarted) {
        abortRun(entry.run);
        ++m_result.snapshotRefetches;
        Q_EMIT snapshotRestarted(run.language(), run.generation() + 1);
    } else if (entry.task.generation == run.generation()) {
        m_bytesDelivered += outcome.page.body.size();
        Q_EMIT pageReceived(outcome.page);
    }
    if (m_finished) {
        return; // a pageReceived slot cancelled the call
    }
    emitProgress();
    pump();
}

bool EsiCall::keepPacked(const QString &language, int page, const QByteArray &received, const QByteArray &packed)
{
    bool kept = m_finished && m_result.keepPacked(language, page, received, packed);
    for (const auto &run : m_runs) {
        if (run->language() == language) {
            kept = run->keepPacked(page, received, packed) || kept;
        }
    }
    return kept;
}

void EsiCall::abortRun(int run)
{
    for (qsizetype i = m_inFlight.size() - 1; i >= 0; --i) {
        if (m_inFlight.at(i).run == run) {
            PageFetcher *fetcher = m_inFlight.at(i).fetcher;
            m_inFlight.removeAt(i);
            fetcher->abort();
            fetcher->deleteLater();
        }
    }
}

void EsiCall::emitProgress()
{
    int done = 0;
    int total = 0;
    for (const auto &run : m_runs) {
        done += run->pagesDone();
        total += run->pagesTotal();
    }
    Q_EMIT progressChanged(done, total, m_bytesDelivered);
}

void EsiCall::complete()
{
    for (const auto &run : m_runs) {
        m_result.pages.append(run->pages());
        if (!run->isConsistent()) {
            m_result.consistent = false;
            m_result.warnings.append(
                u"the %1 pages of %2 kept changing while they were fetched (Last-Modified differed after %3 "
                "attempts); the result may mix two versions of the data"_s.arg(
                    run->language(), m_operationId, QString::number(m_settings.retry.maxSnapshotAttempts)));
        }
    }
    m_result.statistics.pages = int(m_result.pages.size());
    m_result.statistics.elapsedMs = m_elapsed.elapsed();
    m_finished = true;
    Q_EMIT finished();
}

void EsiCall::fail(CallError error, int httpStatus, const QString &message)
{
    for (const InFlight &entry : std::as_const(m_inFlight)) {
        entry.fetcher->abort();
        entry.fetcher->deleteLater();
    }
    m_inFlight.clear();
    for (const auto &run : m_runs) {
        m_result.pages.append(run->pages()); // what arrived before the failure, for diagnosis
    }
    m_result.error = error;
    m_result.httpStatus = httpStatus;
    m_result.message = message;
    m_result.statistics.pages = int(m_result.pages.size());
    m_result.statistics.elapsedMs = m_elapsed.elapsed();
    m_finished = true;
    Q_EMIT finished();
}

} // namespace Esi::Core
