#pragma once

#include "core/names/idcolumns.h"
#include "core/names/resolvedname.h"
#include "core/result/resultdata.h"
#include "core/spec/spec.h"

#include <QFutureWatcher>
#include <QObject>
#include <QSet>
#include <QThreadPool>
#include <QTimer>

namespace Esi::Core {
class Clock;
class EsiClient;
class NameCacheThread;
class NameResolver;
} // namespace Esi::Core

namespace Esi::Ui {

// Names the EVE IDs of the result on screen: the ID columns from the operation's schema (else from the
// column names), then Core::NameResolver through the application's EsiClient (same limits as every call)
// and the shared name cache. What it learns stays for the session, so a re-run asks nothing. A new result
// cancels what is still being asked for the previous one.
//
// The IDs are read off the UI thread: a ResultData snapshot is immutable, so a job on the namer's own one-thread
// pool reads the ID cells of the rows not read yet while the table shows them (and sorts on the global pool). While
// pages still stream in, each new snapshot of the same result adds its new rows only, and IDs go to ESI in full batches
// of 1,000; once the result is complete the rest goes, so streaming costs no more requests than naming at the end.
// The name cache is read and written on its own thread (Core::NameCacheThread). `namesChanged` comes at most every
// NamesChangedIntervalMs while names stream in (each one repaints, and may re-sort, the whole table), and always
// before `finished`. names() is what the last `namesChanged` announced: while names stream in, a copy made on the
// namer's pool (so the resolver's names are never shared when it learns more, and never copied on the UI thread);
// with `finished`, every name.
class ResultNamer : public QObject
{
    Q_OBJECT

public:
    static constexpr int NamesChangedIntervalMs = 250;

    // Opens the shared name cache at `cacheFile` (<cache>/names.sqlite); without one (empty, or it cannot be
    // opened: cacheProblem() says why) names are kept for the session only.
    ResultNamer(Core::EsiClient &client, const QString &cacheFile, const Core::Clock &clock, QObject *parent = nullptr);
    ~ResultNamer() override;

    // Starts (or, for a later snapshot of the same result, continues) naming the IDs of `data`, the result of
    // `operationId` in `spec`; `complete`: no more rows will come. Every language holds the same IDs: the
    // first is read, and names come in `language`.
    void nameResult(const Core::SpecPtr &spec, const QString &operationId, const Core::ResultDataPtr &data,
                    const QString &language, bool complete = true);

    const Core::ResolvedNames &names() const;

    const QList<Core::IdColumn> &idColumns() const { return m_columns; }

    bool isRunning() const;

    int requestsSent() const { return m_requests; } // POST /universe/names requests this session

    qsizetype rowsRead() const { return m_readRows; } // of the current result, for tests

    QString cacheProblem() const { return m_cacheProblem; }

    // The IDs worth asking in rows [first, last) of `data`'s first language, each once, in first-seen order
    // (blocking: call it off the UI thread).
    static QList<qint64> collectIds(const Core::ResultDataPtr &data, const QList<Core::IdColumn> &columns,
                                    qsizetype first, qsizetype last);

Q_SIGNALS:
    void namesChanged();
    void finished(const QString &problem); // empty when every asked ID got an answer

private:
    struct Collected
    {
        quint64 generation = 0;
        qsizetype last = 0; // rows read up to here
        QList<qint64> ids;
    };

    void start(const Core::SpecPtr &spec, const QString &operationId, const Core::ResultDataPtr &data,
               const QString &language);
    void readMore();
    void handleCollected();
    void sendWaiting();
    void handleResolverFinished();
    void noteNamesResolved();
    void publishNames(); // a copy of the resolver's names, made on m_pool, then namesChanged
    void handlePublished(Core::ResolvedNames copy, quint64 ticket);
    void flushNamesChanged();
    void replacePublished(Core::ResolvedNames names);

    Core::EsiClient &m_client;
    std::unique_ptr<Core::NameCacheThread> m_cache;
    QString m_cacheProblem;
    Core::SpecPtr m_spec;
    QString m_language;
    Core::NameResolver *m_resolver = nullptr;
    QList<Core::IdColumn> m_columns;
    bool m_columnsFromSpec = false;
    int m_requests = 0;

    // The result being named.
    QString m_operationId;
    Core::ResultDataPtr m_data;
    bool m_complete = false;
    quint64 m_generation = 0; // a new result makes the jobs for the previous one void
    qsizetype m_readRows = 0;
    QThreadPool m_pool;
    QFutureWatcher<Collected> m_reader;
    QThreadPool m_copies; // one thread, so a copy never waits behind a read: it holds a share of the names meanwhile
    QFutureWatcher<void> m_publisher;
    Core::ResolvedNames m_published; // names() and what the views were given
    quint64 m_copyTicket = 0;        // the latest copy asked for; a flush makes every copy still being made void
    QSet<qint64> m_seen;
    QList<qint64> m_waiting; // read, not yet handed to the resolver
    bool m_finalAsked = false;
    QTimer m_namesThrottle;      // running: a namesChanged went out less than NamesChangedIntervalMs ago
    bool m_namesWaiting = false; // names came meanwhile: one more namesChanged when the throttle runs out
};

} // namespace Esi::Ui
