#include "sandbox/routematcher.h"

#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Sandbox {

RouteMatcher::RouteMatcher(const Core::Spec &spec, const QString &prefix)
{
    QHash<QString, qsizetype> routeIndex;
    for (const Core::Operation &operation : spec.operations()) {
        const QStringList routeSegments = segments(prefix + operation.path);
        const QString key = routeSegments.join(u'/');
        auto it = routeIndex.constFind(key);
        if (it == routeIndex.constEnd()) {
            it = routeIndex.insert(key, m_routes.size());
            m_routes.append(Route{routeSegments, {}});
        }
        m_routes[*it].operations.append(&operation);
    }
}

QStringList RouteMatcher::segments(const QString &encodedPath)
{
    QStringList result;
    const QStringList parts = encodedPath.split(u'/', Qt::SkipEmptyParts);
    result.reserve(parts.size());
    for (const QString &part : parts) {
        result.append(QUrl::fromPercentEncoding(part.toUtf8()));
    }
    return result;
}

bool RouteMatcher::matches(const Route &route, const QStringList &segments)
{
    if (route.segments.size() != segments.size()) {
        return false;
    }
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (!isTemplate(route.segments.at(i)) && route.segments.at(i) != segments.at(i)) {
            return false;
        }
    }
    return true;
}

bool RouteMatcher::morePrecise(const Route &candidate, const Route &current)
{
    for (qsizetype i = 0; i < candidate.segments.size(); ++i) {
        const bool candidateLiteral = !isTemplate(candidate.segments.at(i));
        const bool currentLiteral = !isTemplate(current.segments.at(i));
        if (candidateLiteral != currentLiteral) {
            return candidateLiteral;
        }
    }
    return false;
}

RouteMatch RouteMatcher::match(const QString &method, const QString &encodedPath) const
{
    const QStringList requested = segments(encodedPath);
    const Route *best = nullptr;
    for (const Route &route : m_routes) {
        if (matches(route, requested) && (!best || morePrecise(route, *best))) {
            best = &route;
        }
    }
    RouteMatch result;
    if (!best) {
        return result;
    }
    for (const Core::Operation *operation : best->operations) {
        if (operation->method == method) {
            result.operation = operation;
        }
        result.allowedMethods.append(operation->method);
    }
    if (!result.operation) {
        return result;
    }
    result.allowedMethods.clear();
    for (qsizetype i = 0; i < requested.size(); ++i) {
        const QString &segment = best->segments.at(i);
        if (isTemplate(segment)) {
            result.pathParameters.insert(segment.mid(1, segment.size() - 2), requested.at(i));
        }
    }
    return result;
}

} // namespace Esi::Sandbox
