#include "core/names/nameresolver.h"

#include "core/http/esicall.h"
#include "core/http/esiclient.h"
#include "core/names/namecache.h"
#include "core/names/namecachethread.h"

#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcNameResolver, "esi.names.resolver")

namespace Esi::Core {

namespace {

constexpr qsizetype maxNameLength = 1000;    // EVE's longest names are about 100 characters
constexpr qsizetype maxCategoryLength = 100; // "inventory_type" and friends

QByteArray idListJson(const QList<qint64> &ids)
{
    QByteArray text = "[";
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i > 0) {
            text += ',';
        }
        text += QByteArray::number(ids.at(i));
    }
    return text + ']';
}

} // namespace

const QString NameResolver::OperationId = u"PostUniverseNames"_s;

NameResolver::NameResolver(EsiClient &client, SpecPtr spec, NameCache *cache, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_spec(std::move(spec))
    , m_operationId(m_spec ? operationIn(*m_spec) : QString())
    , m_cache(cache)
{
    m_readers.setMaxThreadCount(1);
}

void NameResolver::setCacheThread(NameCacheThread *cache)
{
    m_cacheThread = cache && cache->isOpen() ? cache : nullptr;
    if (m_cacheThread) {
        m_cache = nullptr;
    }
}

QString NameResolver::operationIn(const Spec &spec)
{
    for (const QString &id : {OperationId, u"post_universe_names"_s}) {
        if (const Operation *operation = spec.operation(id); operation && operation->method == u"POST"_s) {
            return id;
        }
    }
    return {};
}

NameResolver::~NameResolver()
{
    for (EsiCall *call : std::as_const(m_inFlight)) {
        call->disconnect(this);
        call->cancel();
        call->deleteLater();
    }
}

void NameResolver::resolve(const QList<qint64> &ids)
{
    if (m_running) {
        qCWarning(lcNameResolver) << "resolve() while a resolve runs; ignored";
        return;
    }
    m_statistics = NameStatistics();
    m_problem.clear();
    m_learned.clear();
    m_running = true;

    QList<qint64> wanted;
    QSet<qint64> seen;
    for (const qint64 id : ids) {
        if (id > 0 && !seen.contains(id)) {
            seen.insert(id);
            wanted.append(id);
        }
    }
    m_statistics.asked = int(wanted.size());
    QList<qint64> unknown;
    for (const qint64 id : std::as_const(wanted)) {
        const auto known = m_names.constFind(id);
        if (known == m_names.constEnd() || known->status == ResolvedName::Status::Failed ||
            known->status == ResolvedName::Status::Unnameable) {
            unknown.append(id);
        } else {
            ++m_statistics.fromCache;
        }
    }
    const quint64 generation = ++m_generation;
    if (m_cacheThread && !unknown.isEmpty()) {
        m_lookingUp = unknown;
        m_cacheThread->lookup(unknown, m_language, this, [this, generation, unknown](const ResolvedNames &cached) {
            if (generation == m_generation) {
                m_lookingUp.clear();
                queueUnknown(unknown, cached);
            }
        });
        return;
    }
    const ResolvedNames cached = m_cache && !unknown.isEmpty() ? m_cache->lookup(unknown, m_language) : ResolvedNames();
    queueUnknown(std::move(unknown), cached);
}

void NameResolver::queueUnknown(QList<qint64> unknown, const ResolvedNames &cached)
{
    if (!cached.isEmpty()) {
        m_statistics.fromCache += int(cached.size());
        m_names.insert(cached);
        unknown.removeIf([&cached](qint64 id) { return cached.contains(id); });
    }
    if (m_operationId.isEmpty()) {
        settle(unknown, {ResolvedName::Status::Failed,
                         {},
                         {},
                         tr("The spec has no POST /universe/names (PostUniverseNames) to ask.")});
        m_problem = tr("The spec has no POST /universe/names (PostUniverseNames) to ask.");
        unknown.clear();
    }
    for (qsizetype first = 0; first < unknown.size(); first += MaxIdsPerRequest) {
        m_queue.push_back(Batch{unknown.mid(first, MaxIdsPerRequest), false, {}});
    }
    // Always on a later turn, so callers connect `finished` after resolve() just as well.
    QTimer::singleShot(0, this, [this] {
        pump();
        checkDone();
    });
}

void NameResolver::cancel()
{
    const ResolvedName cancelled{ResolvedName::Status::Failed, {}, {}, tr("Naming was cancelled.")};
    ++m_generation; // a lookup still on the cache's thread answers no one
    settle(std::exchange(m_lookingUp, {}), cancelled);
    for (const Batch &batch : m_queue) {
        settle(batch.ids, cancelled);
        settle(batch.sibling, cancelled);
    }
    m_queue.clear();
    for (EsiCall *call : std::exchange(m_inFlight, {})) {
        call->disconnect(this);
        call->cancel();
        call->deleteLater();
    }
    checkDone();
}

void NameResolver::pump()
{
    while (m_inFlight.size() < m_maxInFlight && !m_queue.empty()) {
        Batch batch = std::move(m_queue.front());
        m_queue.pop_front();
        if (batch.knownBad) {
            split(batch);
        } else {
            send(std::move(batch));
        }
    }
}

void NameResolver::send(Batch batch)
{
    ParameterValues values;
    values.setBody(QString::fromLatin1(idListJson(batch.ids)));
    CallOptions options;
    options.mode = CallMode::SinglePage;
    options.language = m_language;
    options.useCache = false; // a POST is never cached; the name cache is the cache here
    EsiCall *call = m_client.call(m_spec, m_operationId, values, options);
    m_inFlight.append(call);
    connect(call, &EsiCall::finished, this, [this, call, batch = std::move(batch)] { handleAnswer(call, batch); });
}

void NameResolver::handleAnswer(EsiCall *call, const Batch &batch)
{
    const CallResult result = call->result();
    if (!result.isOk()) {
        finishAnswer(call, batch, result, {});
        return;
    }
    // Read on m_readers; the call stays in flight until then, so what is sent next and when is as before.
    const QByteArray body = result.pages.isEmpty() ? QByteArray() : result.pages.constFirst().body;
    auto *reading = new QFutureWatcher<Answer>(this);
    connect(reading, &QFutureWatcher<Answer>::finished, this,
            [this, reading, call, batch, result, generation = m_generation] {
                reading->deleteLater();
                if (generation == m_generation && m_inFlight.contains(call)) {
                    finishAnswer(call, batch, result, reading->result());
                }
            });
    reading->setFuture(QtConcurrent::run(&m_readers, &NameResolver::readAnswer, body, batch.ids));
}

void NameResolver::finishAnswer(EsiCall *call, const Batch &batch, const CallResult &result, const Answer &answer)
{
    m_inFlight.removeOne(call);
    call->deleteLater();
    m_statistics.requests += result.statistics.requests;

    if (result.isOk()) {
        if (acceptAnswer(answer, batch)) {
            if (!batch.sibling.isEmpty()) {
                // This half is fine, so the refused parent's bad ID is in the other half.
                m_queue.push_front(Batch{batch.sibling, true, {}});
            }
        } else {
            const QString message =
                tr("ESI's answer to POST /universe/names is not a list of {id, name, category} for the IDs asked.");
            settle(batch.ids, {ResolvedName::Status::Failed, {}, {}, message});
            if (m_problem.isEmpty()) {
                m_problem = message;
            }
            if (!batch.sibling.isEmpty()) {
                m_queue.push_front(Batch{batch.sibling, false, {}});
            }
        }
    } else if (result.error == CallError::Http && result.httpStatus == 404 &&
               ++m_statistics.notFound > MaxNotFoundAnswers) {
        const QString message = tr("ESI answered 404 more than %1 times; the remaining IDs were not asked, to spare "
                                   "the error limit (is the base URL right?)")
                                    .arg(MaxNotFoundAnswers);
        settle(batch.ids, {ResolvedName::Status::Failed, {}, {}, message});
        settle(batch.sibling, {ResolvedName::Status::Failed, {}, {}, message});
        for (const Batch &waiting : m_queue) {
            settle(waiting.ids, {ResolvedName::Status::Failed, {}, {}, message});
            settle(waiting.sibling, {ResolvedName::Status::Failed, {}, {}, message});
        }
        m_queue.clear();
        if (m_problem.isEmpty()) {
            m_problem = message;
        }
    } else if (result.error == CallError::Http && result.httpStatus == 404) {
        if (!batch.sibling.isEmpty()) {
            m_queue.push_front(Batch{batch.sibling, false, {}}); // may hold bad IDs of its own: ask it
        }
        split(batch);
    } else {
        const QString message = tr("POST /universe/names failed: %1").arg(result.message);
        settle(batch.ids, {ResolvedName::Status::Failed, {}, {}, message});
        if (m_problem.isEmpty()) {
            m_problem = message;
        }
        if (!batch.sibling.isEmpty()) {
            m_queue.push_front(Batch{batch.sibling, false, {}});
        }
    }
    pump(); // may settle IDs without asking: the last one of a refused half
    storeLearned();
    Q_EMIT namesResolved(batch.ids);
    checkDone();
}

void NameResolver::storeLearned()
{
    if (m_learned.isEmpty()) {
        return;
    }
    if (m_cacheThread) {
        m_cacheThread->store(std::exchange(m_learned, {}), m_language); // moved: nothing is copied
    } else if (m_cache) {
        m_cache->store(m_learned, m_language);
    }
    m_learned.clear();
}

void NameResolver::split(const Batch &refused)
{
    if (refused.ids.size() == 1) {
        ResolvedName notFound{ResolvedName::Status::NotFound,
                              {},
                              {},
                              tr("ESI's /universe/names does not know this ID (it answered 404).")};
        settle(refused.ids, notFound);
        m_learned.insert(refused.ids.constFirst(), notFound);
        return;
    }
    const qsizetype half = refused.ids.size() / 2;
    m_queue.push_front(Batch{refused.ids.first(half), false, refused.ids.mid(half)});
}

NameResolver::Answer NameResolver::readAnswer(const QByteArray &body, const QList<qint64> &asked)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isArray()) {
        return std::nullopt;
    }
    const QSet<qint64> askedIds(asked.cbegin(), asked.cend());
    const QJsonArray entries = document.array();
    QList<std::pair<qint64, ResolvedName>> answered;
    answered.reserve(entries.size());
    for (const QJsonValue &entry : entries) {
        const QJsonObject object = entry.toObject();
        const QJsonValue id = object.value(u"id"_s);
        const qint64 number = id.toInteger(-1);
        const QJsonValue name = object.value(u"name"_s);
        const QString category = object.value(u"category"_s).toString();
        if (!id.isDouble() || !askedIds.contains(number) || !name.isString() ||
            name.toString().size() > maxNameLength || category.isEmpty() || category.size() > maxCategoryLength) {
            return std::nullopt;
        }
        answered.append({number, {ResolvedName::Status::Named, name.toString(), category, {}}});
    }
    return answered;
}

bool NameResolver::acceptAnswer(const Answer &answer, const Batch &batch)
{
    if (!answer) {
        return false;
    }
    QSet<qint64> unanswered(batch.ids.cbegin(), batch.ids.cend());
    for (const auto &[id, name] : *answer) {
        m_names.insert(id, name); // an ID answered twice: the last answer, as ever
        m_learned.insert(id, name);
        if (unanswered.remove(id)) {
            ++m_statistics.named;
        }
    }
    for (const qint64 id : batch.ids) {
        if (unanswered.contains(id)) {
            m_names.insert(
                id, {ResolvedName::Status::Failed, {}, {}, tr("ESI answered POST /universe/names without this ID.")});
            ++m_statistics.failed;
        }
    }
    return true;
}

void NameResolver::settle(const QList<qint64> &ids, const ResolvedName &name)
{
    for (const qint64 id : ids) {
        m_names.insert(id, name);
        if (name.status == ResolvedName::Status::NotFound) {
            ++m_statistics.unnamed;
        } else if (name.status == ResolvedName::Status::Failed) {
            ++m_statistics.failed;
        }
    }
}

void NameResolver::checkDone()
{
    if (m_running && m_queue.empty() && m_inFlight.isEmpty() && m_lookingUp.isEmpty()) {
        m_running = false;
        Q_EMIT finished();
    }
}

} // namespace Esi::Core
