#include "ui/names/resultnamer.h"

#include "core/names/namecache.h"
#include "core/names/nameresolver.h"
#include "core/names/rownames.h"

#include <QJsonObject>

namespace Esi::Ui {

namespace {

const Core::ResolvedNames noNames;

// Column paths of the rows themselves, when the operation's schema says nothing (a spec without it).
QStringList columnNames(const Core::ResultData::Rows &rows)
{
    QStringList names;
    for (const QJsonValue &row : rows) {
        const QStringList keys = row.toObject().keys();
        for (const QString &key : keys) {
            if (!names.contains(key)) {
                names.append(key);
            }
        }
        if (names.size() > 200) {
            break;
        }
    }
    return names;
}

} // namespace

ResultNamer::ResultNamer(Core::EsiClient &client, const QString &cacheFile, const Core::Clock &clock, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    if (!cacheFile.isEmpty()) {
        m_cache = std::make_unique<Core::NameCache>(cacheFile, clock);
        if (!m_cache->open(&m_cacheProblem)) {
            m_cache.reset();
        }
    }
}

ResultNamer::~ResultNamer() = default;

void ResultNamer::nameRows(const Core::SpecPtr &spec, const QString &operationId, const Core::ResultData::Rows &rows,
                           const QString &language)
{
    const Core::Operation *operation = spec ? spec->operation(operationId) : nullptr;
    m_columns = operation ? Core::IdColumns::ofOperation(*spec, *operation) : QList<Core::IdColumn>();
    if (m_columns.isEmpty()) {
        m_columns = Core::IdColumns::ofColumnNames(columnNames(rows));
    }
    if (m_columns.isEmpty() || !spec) {
        return;
    }
    // A resolver per spec and language; its memory carries over between runs of the same.
    if (m_resolver && (m_spec != spec || m_language != language)) {
        delete m_resolver;
        m_resolver = nullptr;
    }
    if (m_resolver && m_resolver->isRunning()) {
        m_resolver->cancel();
    }
    if (!m_resolver) {
        m_spec = spec;
        m_language = language;
        m_resolver = new Core::NameResolver(m_client, spec, m_cache.get(), this);
        m_resolver->setLanguage(language);
        connect(m_resolver, &Core::NameResolver::namesResolved, this, &ResultNamer::namesChanged);
        connect(m_resolver, &Core::NameResolver::finished, this, [this] {
            m_requests += m_resolver->statistics().requests;
            Q_EMIT namesChanged();
            Q_EMIT finished(m_resolver->problem());
        });
    }
    QList<qint64> ids;
    QSet<qint64> seen;
    // A thousand rows at a time: the compact rows are rebuilt as JSON only while their IDs are read.
    const Core::RowNames rowNames(m_columns);
    QList<QJsonValue> batch;
    for (const QJsonValue &row : rows) {
        batch.append(row);
        if (batch.size() == 1000) {
            rowNames.collectIds(batch, ids, seen);
            batch.clear();
        }
    }
    rowNames.collectIds(batch, ids, seen);
    m_resolver->resolve(ids);
}

const Core::ResolvedNames &ResultNamer::names() const
{
    return m_resolver ? m_resolver->names() : noNames;
}

bool ResultNamer::isRunning() const
{
    return m_resolver && m_resolver->isRunning();
}

} // namespace Esi::Ui
