#include "core/spec/specsearch.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

SpecSearch::SpecSearch(SpecPtr spec)
    : m_spec(std::move(spec))
{
    const QList<Operation> &operations = m_spec->operations();
    m_entries.reserve(operations.size());
    for (const Operation &operation : operations) {
        m_entries.append({operation.operationId.toLower(), operation.path.toLower(), operation.summary.toLower(),
                          operation.tag.toLower(), operation.scopes.join(u' ').toLower(), operation.method.toLower()});
    }
}

QList<QPair<QString, QString>> SpecSearch::parse(QStringView query)
{
    static const QStringList qualifiers{u"tag"_s, u"scope"_s, u"path"_s, u"id"_s, u"method"_s};
    QList<QPair<QString, QString>> terms;
    const auto words = query.split(u' ', Qt::SkipEmptyParts);
    for (QStringView word : words) {
        const qsizetype colon = word.indexOf(u':');
        // "esi-assets.read_assets.v1" has no colon but "esi.activity.char:read" has one: only known
        // qualifiers split a term.
        if (colon > 0 && qualifiers.contains(word.left(colon).toString().toLower())) {
            const QString value = word.mid(colon + 1).toString().toLower();
            if (!value.isEmpty()) {
                terms.append({word.left(colon).toString().toLower(), value});
            }
        } else {
            terms.append({QString(), word.toString().toLower()});
        }
    }
    return terms;
}

int SpecSearch::score(const Entry &entry, const QList<QPair<QString, QString>> &terms) const
{
    int total = 0;
    for (const auto &[field, text] : terms) {
        if (field == u"tag") {
            total += entry.tag.contains(text) ? 1 : -1000;
        } else if (field == u"scope") {
            total += entry.scopes.contains(text) ? 1 : -1000;
        } else if (field == u"path") {
            total += entry.path.contains(text) ? 1 : -1000;
        } else if (field == u"id") {
            total += entry.id.contains(text) ? 1 : -1000;
        } else if (field == u"method") {
            total += entry.method == text ? 1 : -1000;
        } else if (entry.id.startsWith(text)) {
            total += 8;
        } else if (entry.id.contains(text)) {
            total += 6;
        } else if (entry.path.contains(text)) {
            total += 4;
        } else if (entry.tag.contains(text)) {
            total += 3;
        } else if (entry.summary.contains(text)) {
            total += 2;
        } else if (entry.scopes.contains(text)) {
            total += 1;
        } else {
            total -= 1000;
        }
    }
    return total;
}

QList<int> SpecSearch::find(QStringView query) const
{
    const auto terms = parse(query);
    QList<QPair<int, int>> scored; // (score, index)
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const int value = terms.isEmpty() ? 0 : score(m_entries.at(i), terms);
        if (value >= 0) {
            scored.append({value, int(i)});
        }
    }
    std::stable_sort(scored.begin(), scored.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QList<int> result;
    result.reserve(scored.size());
    for (const auto &entry : std::as_const(scored)) {
        result.append(entry.second);
    }
    return result;
}

bool SpecSearch::matches(int operationIndex, QStringView query) const
{
    if (operationIndex < 0 || operationIndex >= m_entries.size()) {
        return false;
    }
    const auto terms = parse(query);
    return terms.isEmpty() || score(m_entries.at(operationIndex), terms) >= 0;
}

} // namespace Esi::Core
