#include "ui/names/resultnamer.h"

#include "core/names/eveidranges.h"
#include "core/names/namecache.h"
#include "core/names/nameresolver.h"

#include <QJsonObject>

namespace Esi::Ui {

namespace {

const Core::ResolvedNames noNames;

// Column paths of the rows themselves, when the operation's schema says nothing (a spec without it).
QStringList columnNames(const Core::ResultData::Rows &rows)
{
    QStringList names;
    for (const Core::ResultData::Column &column : rows.data().columns()) {
        if (column.path.size() == 1 && !names.contains(column.name)) {
            names.append(column.name);
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
    // Straight from the compact cells of the ID columns: no row is rebuilt on the UI thread.
    QList<int> columns;
    for (const Core::IdColumn &column : std::as_const(m_columns)) {
        columns.append(rows.data().columnIndex(column.path));
    }
    rows.data().visitIntegers(rows.language(), columns, [&](qint64 id, int column) {
        if (id > 0 && !seen.contains(id) && Core::EveIdRanges::isNameable(m_columns.at(column).kind, id)) {
            seen.insert(id);
            ids.append(id);
        }
    });
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
