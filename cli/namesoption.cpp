#include "cli/namesoption.h"

#include "cli/commandparser.h"
#include "cli/console.h"
#include "core/http/callresult.h"
#include "core/names/idcolumns.h"
#include "core/names/namecache.h"
#include "core/names/nameresolver.h"

#include <QEventLoop>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Cli {

using namespace Core;

NamesOption::NamesOption()
    : m_option(u"names"_s,
               u"Add a <column>_name field next to every column holding EVE IDs (type_id -> type_name, "
               "issuer_corporation_id -> issuer_corporation_name), named through POST /universe/names and kept in "
               "the name cache (names.sqlite in the cache folder). Structures and items have no such name: their "
               "field is null."_s)
{}

void NamesOption::addOptions(CommandParser &parser) const
{
    parser.addOption(m_option);
}

bool NamesOption::isSet(const CommandParser &parser) const
{
    return parser.isSet(m_option);
}

void NamesOption::resolve(EsiClient &client, const SpecPtr &spec, const Operation &operation, const CallResult &result,
                          const QString &language, const QString &nameCacheFile, const Clock &clock, Console &console)
{
    const QList<IdColumn> columns = IdColumns::ofOperation(*spec, operation);
    if (columns.isEmpty()) {
        console.writeError(
            u"esi: note: --names: the rows of %1 hold no EVE IDs to name\n"_s.arg(operation.operationId));
        return;
    }
    m_rowNames.emplace(columns);
    QList<qint64> ids;
    QSet<qint64> seen;
    for (const PageResult &page : result.pages) {
        m_rowNames->collectIds(pageRows(page), ids, seen);
    }

    NameCache cache(nameCacheFile, clock);
    QString error;
    const bool cacheOpen = cache.open(&error);
    if (!cacheOpen) {
        console.writeError(u"esi: warning: --names: the name cache is unavailable, naming without it: "_s + error +
                           u'\n');
    }
    NameResolver resolver(client, spec, cacheOpen ? &cache : nullptr);
    resolver.setLanguage(language);
    QEventLoop loop;
    QObject::connect(&resolver, &NameResolver::finished, &loop, &QEventLoop::quit);
    resolver.resolve(ids);
    loop.exec();

    m_names = resolver.names();
    const NameStatistics &statistics = resolver.statistics();
    m_statistics = QJsonObject{{u"requests"_s, statistics.requests},
                               {u"asked"_s, statistics.asked},
                               {u"from_cache"_s, statistics.fromCache},
                               {u"not_found"_s, statistics.unnamed}};
    if (!resolver.problem().isEmpty()) {
        console.writeError(u"esi: warning: --names: %1 IDs stay without a name: %2\n"_s.arg(statistics.failed)
                               .arg(resolver.problem()));
    }
}

QJsonArray NamesOption::apply(const QJsonArray &rows) const
{
    return m_rowNames ? m_rowNames->withNames(rows, m_names) : rows;
}

QJsonObject NamesOption::statistics() const
{
    return m_statistics;
}

} // namespace Esi::Cli
