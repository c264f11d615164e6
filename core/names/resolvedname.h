#pragma once

#include <QHash>
#include <QString>

namespace Esi::Core {

// What is known about the name of one ID.
struct ResolvedName
{
    enum class Status {
        Named,      // `name` and `category` as /universe/names gave them
        Unnameable, // never asked: its column and range say /universe/names cannot name it (`reason`)
        NotFound,   // ESI answered 404 for it alone: it names nothing /universe/names knows (`reason`)
        Failed,     // the request for it failed (network, error limit, ...); `reason` says how; not cached
    };

    Status status = Status::Named;
    QString name;
    QString category; // ESI's: character, corporation, alliance, faction, inventory_type, region, ...
    QString reason;   // for everything but Named: a sentence for a tooltip

    bool isNamed() const { return status == Status::Named; }
};

using ResolvedNames = QHash<qint64, ResolvedName>;

} // namespace Esi::Core
