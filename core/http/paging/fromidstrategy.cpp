#include "core/http/paging/fromidstrategy.h"

#include "core/spec/schema.h"
#include "core/spec/spec.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

FromIdStrategy::FromIdStrategy(QString idField)
    : m_idField(std::move(idField))
{}

QString FromIdStrategy::idFieldOf(const Spec &spec, const Operation &operation)
{
    const Response *success = operation.successResponse();
    if (!success) {
        return {};
    }
    // Two levels resolved on the fly (the list, its items), never the whole schema inlined.
    const QJsonObject list = spec.resolveSchema(success->schema).schema;
    const QJsonObject properties = SchemaFacts::of(spec.resolveSchema(SchemaFacts::of(list).items).schema).properties;
    // ESI's from_id routes walk wallet transactions; their id field says "Unique ... ID".
    if (properties.contains(u"transaction_id"_s)) {
        return u"transaction_id"_s;
    }
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        const SchemaFacts facts = SchemaFacts::of(spec.resolveSchema(it.value().toObject()).schema);
        if (it.key().endsWith(u"_id") && facts.type == u"integer" &&
            facts.description.contains(u"unique"_s, Qt::CaseInsensitive)) {
            return it.key();
        }
    }
    return {};
}

std::unique_ptr<PagingStrategy> FromIdStrategy::clone() const
{
    return std::make_unique<FromIdStrategy>(m_idField);
}

void FromIdStrategy::start(ParameterValues values)
{
    m_values = std::move(values);
    m_seenIds.clear();
}

bool FromIdStrategy::mayRequest(int) const
{
    return true; // PagingRun keeps one request of a walk in flight
}

ParameterValues FromIdStrategy::requestValues(int) const
{
    return m_values;
}

PagingStrategy::Verdict FromIdStrategy::accept(int, const PageResult &page, int pagesKept, int)
{
    bool sawNewId = false;
    if (!m_idField.isEmpty()) {
        const QJsonArray items = QJsonDocument::fromJson(page.body).array();
        for (const QJsonValue &item : items) {
            const QJsonValue id = item.toObject().value(m_idField);
            if (id.isDouble() && !m_seenIds.contains(id.toInteger())) {
                m_seenIds.insert(id.toInteger());
                sawNewId = true;
            }
        }
    }
    // A page that brings nothing new is left out, unless it is the only one.
    if (!sawNewId) {
        return Verdict::last(pagesKept == 0);
    }
    m_values.set(u"from_id"_s, QString::number(*std::min_element(m_seenIds.cbegin(), m_seenIds.cend())));
    return Verdict::more();
}

} // namespace Esi::Core
