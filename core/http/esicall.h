#pragma once

#include "core/http/callresult.h"
#include "core/http/esiclient.h"
#include "core/http/pagingrun.h"
#include "core/http/tokenprovider.h"

#include <QElapsedTimer>
#include <QObject>
#include <memory>
#include <vector>

namespace Esi::Core {

// One call of one operation, possibly many pages and languages, made by EsiClient::call(). Pages are
// fetched with at most `concurrency` requests in flight and reported as they arrive; cancel() stops it
// without sending anything further.
class EsiCall : public QObject
{
    Q_OBJECT

public:
    ~EsiCall() override;

    QString operationId() const { return m_operationId; }

    const CallOptions &options() const { return m_options; }

    int concurrency() const { return m_concurrency; }

    bool isFinished() const { return m_finished; }

    // Complete once `finished` was emitted; before that it holds what is known so far.
    const CallResult &result() const { return m_result; }

    void cancel();

    // A receiver of pageReceived that packed a page (PageResult::keepPacked) lets the call keep it packed too, so
    // a large result is not held twice over while it runs; false when the call holds no such page (any more).
    bool keepPacked(const QString &language, int page, const QByteArray &received, const QByteArray &packed);

Q_SIGNALS:
    void pageReceived(const Esi::Core::PageResult &page);
    void progressChanged(int pagesDone, int pagesTotal, qint64 bytes);
    // Last-Modified changed mid-fetch: pages of `language` received so far are void and come again.
    void snapshotRestarted(const QString &language, int attempt);
    void waiting(qint64 msecs, const QString &reason); // held back by a limit, Retry-After or backoff
    void waitingFor(const Esi::Core::CallWait &wait);  // the same, with the facts (bucket, tokens, errors left)
    void finished();

private:
    friend class EsiClient;

    struct InFlight
    {
        PageFetcher *fetcher = nullptr;
        int run = 0;
        PageTask task;
    };

    EsiCall(SpecPtr spec, QString operationId, ParameterValues values, CallOptions options,
            const FetchServices &services, const EsiClientSettings &settings, TokenProvider *tokens, QObject *parent);

    void start();
    void handleToken(const TokenResult &token);
    void begin();
    void pump();
    void handleFetcherFinished(PageFetcher *fetcher);
    void abortRun(int run);
    void emitProgress();
    void complete();
    void fail(CallError error, int httpStatus, const QString &message);

    SpecPtr m_spec;
    const Operation *m_operation = nullptr;
    QString m_operationId;
    ParameterValues m_values;
    CallOptions m_options;
    FetchServices m_services;
    EsiClientSettings m_settings;
    TokenProvider *m_tokens = nullptr;
    int m_concurrency = 8;
    QString m_accessToken;

    std::vector<std::unique_ptr<PagingRun>> m_runs;
    QList<InFlight> m_inFlight;
    int m_nextRun = 0; // round-robin over languages
    qint64 m_bytesDelivered = 0;
    QElapsedTimer m_elapsed;
    CallResult m_result;
    bool m_finished = false;
    bool m_pumping = false;
};

} // namespace Esi::Core
