#include "ui/names/resultnamer.h"

#include "core/names/eveidranges.h"
#include "core/names/namecachethread.h"
#include "core/names/nameresolver.h"

#include <QtConcurrent/QtConcurrentRun>

namespace Esi::Ui {

namespace {

// The ID columns of the table itself, when the operation's schema says nothing (a spec without it).
QList<Core::IdColumn> columnsOf(const Core::ResultData &data)
{
    QStringList names;
    for (const Core::ResultData::Column &column : data.columns()) {
        if (column.path.size() == 1 && !names.contains(column.name)) { // the rows' own keys, as ever
            names.append(column.name);
        }
    }
    return Core::IdColumns::ofColumnNames(names);
}

} // namespace

ResultNamer::ResultNamer(Core::EsiClient &client, const QString &cacheFile, const Core::Clock &clock, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    if (!cacheFile.isEmpty()) {
        m_cache = std::make_unique<Core::NameCacheThread>(cacheFile, clock);
        if (!m_cache->open(&m_cacheProblem)) {
            m_cache.reset();
        }
    }
    m_pool.setMaxThreadCount(1); // background work: the table's sort and filter keep the global pool
    m_copies.setMaxThreadCount(1);
    connect(&m_reader, &QFutureWatcher<Collected>::finished, this, &ResultNamer::handleCollected);
    m_namesThrottle.setSingleShot(true);
    m_namesThrottle.setInterval(NamesChangedIntervalMs);
    connect(&m_namesThrottle, &QTimer::timeout, this, [this] {
        if (m_namesWaiting && !m_publisher.isRunning()) {
            publishNames();
        }
    });
}

ResultNamer::~ResultNamer()
{
    m_reader.disconnect(this);
    m_reader.waitForFinished();    // the job holds its own snapshot, but ends before the namer does
    m_publisher.waitForFinished(); // its copy's queued call to this namer is dropped with it
    delete m_resolver;             // before the cache it stores into, which then writes what is still queued
    m_resolver = nullptr;
}

QList<qint64> ResultNamer::collectIds(const Core::ResultDataPtr &data, const QList<Core::IdColumn> &columns,
                                      qsizetype first, qsizetype last)
{
    QList<QPair<int, Core::EveIdKind>> cells; // table column, kind
    for (const Core::IdColumn &column : columns) {
        if (const int index = data->columnIndex(column.path); index >= 0) {
            cells.append({index, column.kind});
        }
    }
    QList<qint64> ids;
    QSet<qint64> seen;
    if (data->languageCount() == 0) {
        return ids;
    }
    for (qsizetype row = first; row < last; ++row) {
        for (const auto &[column, kind] : cells) {
            const QJsonValue value = data->cell(0, row, column);
            const qint64 id = value.isDouble() ? value.toInteger(0) : 0;
            if (id > 0 && !seen.contains(id) && Core::EveIdRanges::isNameable(kind, id)) {
                seen.insert(id);
                ids.append(id);
            }
        }
    }
    return ids;
}

void ResultNamer::nameResult(const Core::SpecPtr &spec, const QString &operationId, const Core::ResultDataPtr &data,
                             const QString &language, bool complete)
{
    if (!data || !spec) {
        return;
    }
    // More rows of the result being named (a later snapshot of its stream) carry on; anything else starts over.
    const bool more = m_data && data->streamId() == m_data->streamId() && spec == m_spec &&
                      operationId == m_operationId && language == m_language && data->rowCount(0) >= m_readRows;
    if (!more) {
        start(spec, operationId, data, language);
    }
    m_data = data;
    m_complete = complete;
    if (!m_columnsFromSpec) {
        m_columns = columnsOf(*data); // a column may first show up on a later page
    }
    if (m_columns.isEmpty()) {
        return;
    }
    readMore();
}

void ResultNamer::start(const Core::SpecPtr &spec, const QString &operationId, const Core::ResultDataPtr &data,
                        const QString &language)
{
    ++m_generation;
    m_operationId = operationId;
    m_data = data;
    m_readRows = 0;
    m_seen.clear();
    m_waiting.clear();
    m_finalAsked = false;
    m_complete = false; // until nameResult() says; the old result's cancelled resolve must not end this one
    const Core::Operation *operation = spec->operation(operationId);
    m_columns = operation ? Core::IdColumns::ofOperation(*spec, *operation) : QList<Core::IdColumn>();
    m_columnsFromSpec = !m_columns.isEmpty();
    // A resolver per spec and language; its memory carries over between runs of the same.
    if (m_resolver && (m_spec != spec || m_language != language)) {
        delete m_resolver;
        m_resolver = nullptr;
    }
    m_spec = spec;
    m_language = language;
    if (!m_resolver) {
        replacePublished({}); // a copy still being made is of the old resolver's names
        m_resolver = new Core::NameResolver(m_client, spec, nullptr, this);
        m_resolver->setCacheThread(m_cache.get());
        m_resolver->setLanguage(language);
        connect(m_resolver, &Core::NameResolver::namesResolved, this, &ResultNamer::noteNamesResolved);
        connect(m_resolver, &Core::NameResolver::finished, this, &ResultNamer::handleResolverFinished);
    } else if (m_resolver->isRunning()) {
        m_resolver->cancel(); // the previous result's names; what came back stays known
    }
}

void ResultNamer::readMore()
{
    if (m_reader.isRunning()) {
        return; // handleCollected() comes back here
    }
    const qsizetype rows = m_data ? m_data->rowCount(0) : 0;
    if (m_data && m_data->languageCount() > 0 && rows > m_readRows && !m_columns.isEmpty()) {
        m_reader.setFuture(QtConcurrent::run(
            &m_pool, [data = m_data, columns = m_columns, first = m_readRows, last = rows, generation = m_generation] {
                return Collected{generation, last, collectIds(data, columns, first, last)};
            }));
        return;
    }
    sendWaiting();
}

void ResultNamer::handleCollected()
{
    const Collected collected = m_reader.result();
    if (collected.generation == m_generation) {
        for (const qint64 id : collected.ids) {
            if (!m_seen.contains(id)) {
                m_seen.insert(id);
                m_waiting.append(id);
            }
        }
        m_readRows = collected.last;
    }
    readMore();
}

void ResultNamer::sendWaiting()
{
    if (!m_resolver || m_resolver->isRunning() || !m_data) {
        return; // handleResolverFinished() comes back here
    }
    const bool allRead = !m_reader.isRunning() && m_readRows >= m_data->rowCount(0);
    if (m_complete && allRead && !m_finalAsked) {
        m_finalAsked = true; // even with nothing left to ask, `finished` says the result is named
        m_resolver->resolve(std::exchange(m_waiting, {}));
        return;
    }
    const qsizetype full =
        m_waiting.size() / Core::NameResolver::MaxIdsPerRequest * Core::NameResolver::MaxIdsPerRequest;
    if (full > 0) {
        m_resolver->resolve(m_waiting.first(full));
        m_waiting.remove(0, full);
    }
}

void ResultNamer::noteNamesResolved()
{
    if (m_namesThrottle.isActive() || m_publisher.isRunning()) {
        m_namesWaiting = true; // the throttle's timeout, or handlePublished(), comes back for them
        return;
    }
    publishNames();
}

void ResultNamer::publishNames()
{
    if (!m_resolver) {
        return;
    }
    m_namesWaiting = false;
    m_namesThrottle.start();
    // The job's share of the resolver's names ends with the copy, before the resolver learns more (the next answer);
    // the copy comes back to this thread by a queued call, dropped if the namer is gone by then.
    const quint64 ticket = ++m_copyTicket;
    m_publisher.setFuture(QtConcurrent::run(&m_copies, [this, names = m_resolver->names(), ticket]() mutable {
        Core::ResolvedNames copy = names;
        copy.detach();
        names = {};
        QMetaObject::invokeMethod(
            this, [this, copy = std::move(copy), ticket]() mutable { handlePublished(std::move(copy), ticket); },
            Qt::QueuedConnection);
    }));
}

void ResultNamer::handlePublished(Core::ResolvedNames copy, quint64 ticket)
{
    if (ticket == m_copyTicket) { // the latest copy, and no flush since
        replacePublished(std::move(copy));
        Q_EMIT namesChanged();
    }
    if (m_namesWaiting && !m_namesThrottle.isActive() && !m_publisher.isRunning()) {
        publishNames();
    }
}

void ResultNamer::replacePublished(Core::ResolvedNames names)
{
    ++m_copyTicket; // a copy still being made is older than these names
    Core::ResolvedNames old = std::exchange(m_published, std::move(names));
    if (old.size() > 1000) {
        // Freed on the pool once the views have let go of it (namesChanged hands them the new one).
        QTimer::singleShot(0, this, [this, old = std::move(old)]() mutable {
            m_copies.start([old = std::move(old)]() mutable { old = {}; });
        });
    }
}

void ResultNamer::flushNamesChanged()
{
    m_namesWaiting = false;
    replacePublished(m_resolver->names()); // every name now; voids a copy still being made
    Q_EMIT namesChanged();
    m_namesThrottle.start();
}

void ResultNamer::handleResolverFinished()
{
    m_requests += m_resolver->statistics().requests;
    if (m_finalAsked && !m_resolver->isRunning()) {
        flushNamesChanged(); // every name, before `finished`
        m_finalAsked = false;
        Q_EMIT finished(m_resolver->problem());
        return;
    }
    noteNamesResolved();
    sendWaiting();
}

const Core::ResolvedNames &ResultNamer::names() const
{
    return m_published;
}

bool ResultNamer::isRunning() const
{
    return (m_resolver && m_resolver->isRunning()) || m_reader.isRunning();
}

} // namespace Esi::Ui
