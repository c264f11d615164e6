#include "core/http/paging/cursorstrategy.h"

#include "core/spec/schema.h"
#include "core/spec/spec.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

CursorStrategy::CursorStrategy(std::optional<qint64> largestLimit)
    : m_largestLimit(largestLimit)
{}

std::optional<qint64> CursorStrategy::largestLimit(const Spec &spec, const Operation &operation)
{
    const Parameter *limit = operation.parameter(u"limit");
    if (!limit) {
        return std::nullopt;
    }
    const std::optional<double> maximum = SchemaFacts::of(spec.resolveSchema(limit->schema).schema).maximum;
    if (!maximum) {
        return std::nullopt;
    }
    return qint64(*maximum);
}

std::unique_ptr<PagingStrategy> CursorStrategy::clone() const
{
    return std::make_unique<CursorStrategy>(m_largestLimit);
}

void CursorStrategy::start(ParameterValues values)
{
    m_values = std::move(values);
    if (m_largestLimit && !m_values.contains(u"limit")) {
        // The largest page the route allows: the fewest requests for the whole list.
        m_values.set(u"limit"_s, QString::number(*m_largestLimit));
    }
    m_direction = m_values.contains(u"after") ? u"after"_s : u"before"_s;
    m_seenCursors.clear();
}

bool CursorStrategy::mayRequest(int) const
{
    return true; // PagingRun keeps one request of a walk in flight
}

ParameterValues CursorStrategy::requestValues(int) const
{
    return m_values;
}

PagingStrategy::Verdict CursorStrategy::accept(int, const PageResult &page, int, int)
{
    const QJsonObject body = QJsonDocument::fromJson(page.body).object();
    const QString list = cursorListProperty(body);
    const QString token = body.value(u"cursor"_s).toObject().value(m_direction).toString();
    if (list.isEmpty() || body.value(list).toArray().isEmpty() || token.isEmpty() || m_seenCursors.contains(token)) {
        return Verdict::last();
    }
    m_seenCursors.insert(token);
    m_values.remove(m_direction == u"before" ? u"after" : u"before");
    m_values.set(m_direction, token);
    return Verdict::more();
}

} // namespace Esi::Core
