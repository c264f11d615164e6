#pragma once

#include "core/spec/spec.h"

#include <QList>
#include <QString>

namespace Esi::Core {

// Filters a spec's operations as the user types. Terms are AND-ed and case-insensitive; a term may be
// qualified: `tag:market`, `scope:assets`, `path:/markets`, `id:GetMarkets`, `method:post`.
// Unqualified terms match operationId, path, summary, tag or scope. Best matches come first.
class SpecSearch
{
public:
    explicit SpecSearch(SpecPtr spec);

    QList<int> find(QStringView query) const; // indexes into spec->operations()
    bool matches(int operationIndex, QStringView query) const;

private:
    struct Entry
    {
        QString id;
        QString path;
        QString summary;
        QString tag;
        QString scopes;
        QString method;
    };

    int score(const Entry &entry, const QList<QPair<QString, QString>> &terms) const;
    static QList<QPair<QString, QString>> parse(QStringView query);

    SpecPtr m_spec;
    QList<Entry> m_entries;
};

} // namespace Esi::Core
