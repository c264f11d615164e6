#pragma once

#include "core/spec/spec.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Esi::Sandbox {

struct RouteMatch
{
    const Core::Operation *operation = nullptr;
    QHash<QString, QString> pathParameters; // decoded values by template name
    QStringList allowedMethods;             // set when the path exists but not for the asked method

    bool isFound() const { return operation != nullptr; }
};

// Finds the spec operation for a method and a concrete path ("/characters/123/assets"). Literal
// segments win over template segments, left to right, so "/markets/structures/1" never lands on
// "/markets/{region_id}/orders"-like templates. A trailing slash is ignored on both sides.
class RouteMatcher
{
public:
    // `prefix` is put before every spec path (Swagger 2.0's basePath, e.g. "/latest").
    explicit RouteMatcher(const Core::Spec &spec, const QString &prefix = {});

    RouteMatch match(const QString &method, const QString &encodedPath) const;

    // Splits a path into percent-decoded segments, dropping empty ones.
    static QStringList segments(const QString &encodedPath);

private:
    struct Route
    {
        QStringList segments; // "{name}" for a template segment
        QList<const Core::Operation *> operations;
    };

    static bool isTemplate(const QString &segment) { return segment.startsWith(u'{') && segment.endsWith(u'}'); }

    static bool matches(const Route &route, const QStringList &segments);
    static bool morePrecise(const Route &candidate, const Route &current);

    QList<Route> m_routes;
};

} // namespace Esi::Sandbox
