#pragma once

#include "core/names/resolvedname.h"
#include "core/spec/spec.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QThreadPool>
#include <deque>
#include <optional>

namespace Esi::Core {

class EsiCall;
class EsiClient;
class NameCache;
struct CallResult;
class NameCacheThread;

// Counted per resolve(); `requests` are POST /universe/names requests sent (retries included).
struct NameStatistics
{
    int asked = 0;     // distinct IDs given
    int fromCache = 0; // answered by the name cache
    int requests = 0;
    int notFound = 0; // 404 answers, the ones that split batches included
    int named = 0;
    int unnamed = 0; // IDs ESI cannot name (found by splitting)
    int failed = 0;
};

// Names EVE IDs through POST /universe/names, sent through the call engine (EsiClient) like every other
// request, so the response cache's neighbour, the limit trackers, decides when each goes out.
//
// Each distinct ID is asked once: first the NameCache, then ESI in batches of at most 1,000 IDs. ESI
// answers a batch holding one ID it cannot name with 404 for the whole batch, so such a batch is split:
// the first half is asked; when it is fine the bad ID is in the second half, which is then split without
// asking it whole; when it fails too the second half is asked as well. One bad ID in a batch of n costs
// between log2(n) and 2·log2(n) extra requests (1,000 IDs: 10 to 20). What was learned (names, and IDs ESI
// cannot name) goes into the cache, in one write per answer. Answers are read (JSON, checked whole) on a thread of
// the resolver's own, and applied here in the order they come. With a NameCacheThread (the GUI) the cache is read
// and written on its own thread and this thread never waits for SQLite; with a NameCache (`esi`) in place.
class NameResolver : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxIdsPerRequest = 1000; // the spec's maxItems
    // 404 answers one resolve() accepts before it stops splitting: each costs ESI's error limit (100 a minute),
    // and a route that answers 404 to everything (a wrong base URL) would otherwise cost one per ID.
    static constexpr int MaxNotFoundAnswers = 40;
    static const QString OperationId; // PostUniverseNames

    // The operationId of POST /universe/names in `spec` (PostUniverseNames, or Swagger 2.0's
    // post_universe_names); empty when the spec has no such route.
    static QString operationIn(const Spec &spec);

    // `spec` must hold PostUniverseNames (every ESI spec does); `cache` may be null.
    NameResolver(EsiClient &client, SpecPtr spec, NameCache *cache, QObject *parent = nullptr);

    // Reads and writes the cache on its own thread instead (the GUI): in place of a NameCache, before resolve().
    // A cache that did not open is not used.
    void setCacheThread(NameCacheThread *cache);
    ~NameResolver() override;

    void setLanguage(const QString &language) { m_language = language; }

    void setMaxInFlight(int requests) { m_maxInFlight = std::max(1, requests); }

    // Starts naming `ids` (duplicates, zero and negative IDs are dropped); emits `finished` once every one
    // is Named, NotFound or Failed, always after returning. Not reentrant: a resolve() while one runs is refused
    // with a warning.
    void resolve(const QList<qint64> &ids);

    bool isRunning() const { return m_running; }

    // Everything learned so far, by ID, over every resolve() of this resolver.
    const ResolvedNames &names() const { return m_names; }

    const NameStatistics &statistics() const { return m_statistics; }

    // The first failure that was not a 404 (network, error limit, a refused body), empty when none.
    QString problem() const { return m_problem; }

    void cancel();

Q_SIGNALS:
    void namesResolved(const QList<qint64> &ids); // a batch came back: these IDs are now in names()
    void finished();

private:
    // IDs to ask. `knownBad`: ESI already refused this set, so it is split without asking it again.
    // `sibling`: the other half of a refused batch, waiting for this half's answer.
    struct Batch
    {
        QList<qint64> ids;
        bool knownBad = false;
        QList<qint64> sibling;
    };

    void queueUnknown(QList<qint64> unknown, const ResolvedNames &cached);
    void storeLearned();
    void pump();
    void send(Batch batch);
    // An answer's {id, name, category} entries, all of them checked; empty when the answer is refused.
    using Answer = std::optional<QList<std::pair<qint64, ResolvedName>>>;
    static Answer readAnswer(const QByteArray &body, const QList<qint64> &asked); // any thread

    void handleAnswer(EsiCall *call, const Batch &batch);
    void finishAnswer(EsiCall *call, const Batch &batch, const CallResult &result, const Answer &answer);
    void split(const Batch &refused);
    void settle(const QList<qint64> &ids, const ResolvedName &name);
    void checkDone();
    bool acceptAnswer(const Answer &answer, const Batch &batch);

    EsiClient &m_client;
    SpecPtr m_spec;
    QString m_operationId;
    NameCache *m_cache = nullptr;
    NameCacheThread *m_cacheThread = nullptr;
    QList<qint64> m_lookingUp; // asked of m_cacheThread, no answer yet
    quint64 m_generation = 0;  // a cancel makes the answer to an earlier lookup, or one still being read, void
    QThreadPool m_readers;     // reads answers: one thread, apart from the global pool's page decoding
    QString m_language = QStringLiteral("en");
    int m_maxInFlight = 4;
    std::deque<Batch> m_queue;
    QList<EsiCall *> m_inFlight;
    ResolvedNames m_names;
    ResolvedNames m_learned; // this resolve()'s answers, stored in the cache as they come
    NameStatistics m_statistics;
    QString m_problem;
    bool m_running = false;
};

} // namespace Esi::Core
