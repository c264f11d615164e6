#pragma once

#include "core/spec/spec.h"

#include <QJsonObject>

namespace Esi::Core {

// What changed between two specs (typically two compatibility dates), keyed by method and path so
// renamed operationIds (Swagger 2.0 -> OpenAPI) still pair up.
struct SpecDiff
{
    struct Entry
    {
        QString operationId;
        QString method;
        QString path;
        QString previousOperationId; // changed entries only, when the id differs
        QStringList details;         // changed entries only: one line per difference
    };

    QString fromVersion;
    QString toVersion;
    QList<Entry> added;
    QList<Entry> removed;
    QList<Entry> changed;

    bool isEmpty() const { return added.isEmpty() && removed.isEmpty() && changed.isEmpty(); }

    static SpecDiff compare(const Spec &from, const Spec &to);

    QJsonObject toJson() const;
    QString toText() const;
};

} // namespace Esi::Core
