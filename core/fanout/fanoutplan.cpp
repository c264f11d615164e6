#include "core/fanout/fanoutplan.h"

#include "core/http/esiclient.h"
#include "core/spec/operation.h"
#include "core/spec/schema.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

FanOutPlan::FanOutPlan(ParameterValues base)
    : m_base(std::move(base))
{}

bool FanOutPlan::addList(const QString &parameter, const QStringList &values, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error) {
            *error = message;
        }
        return false;
    };
    if (parameter.isEmpty() || parameter == u"body"_s) {
        return fail(tr("only a path or query parameter can take a list of values"));
    }
    if (isListed(parameter)) {
        return fail(tr("%1 already has a list of values; give one list per parameter").arg(parameter));
    }
    if (values.size() > MaxValues) {
        return fail(tr("%1 has %2 values; a list may hold at most %3 (split it into several runs)")
                        .arg(parameter)
                        .arg(values.size())
                        .arg(MaxValues));
    }
    List list{parameter, {}};
    QSet<QString> seen;
    for (const QString &value : values) {
        const QString trimmed = value.trimmed();
        if (!trimmed.isEmpty() && !seen.contains(trimmed)) {
            seen.insert(trimmed);
            list.values.append(trimmed);
        }
    }
    if (list.values.isEmpty()) {
        return fail(tr("%1 has an empty list of values; give at least one").arg(parameter));
    }
    const qsizetype items = itemCount() * list.values.size();
    if (items > MaxValues) {
        return fail(
            tr("the lists would make %1 calls; a run may make at most %2 (shorten a list)").arg(items).arg(MaxValues));
    }
    m_lists.append(list);
    return true;
}

bool FanOutPlan::isListed(const QString &parameter) const
{
    return std::any_of(m_lists.cbegin(), m_lists.cend(),
                       [&parameter](const List &list) { return list.parameter == parameter; });
}

qsizetype FanOutPlan::itemCount() const
{
    qsizetype count = 1;
    for (const List &list : m_lists) {
        count *= list.values.size();
    }
    return count;
}

QList<FanOutItem> FanOutPlan::items() const
{
    QList<FanOutItem> result;
    if (m_lists.isEmpty()) {
        return result;
    }
    const qsizetype count = itemCount();
    result.reserve(count);
    QList<qsizetype> position(m_lists.size(), 0);
    for (qsizetype index = 0; index < count; ++index) {
        FanOutItem item;
        item.index = int(index);
        item.values = m_base;
        for (qsizetype list = 0; list < m_lists.size(); ++list) {
            const QString &name = m_lists.at(list).parameter;
            const QString &value = m_lists.at(list).values.at(position.at(list));
            item.values.set(name, value);
            item.choices.append({name, value});
        }
        result.append(item);
        for (qsizetype list = m_lists.size() - 1; list >= 0; --list) { // the last list turns fastest
            if (++position[list] < m_lists.at(list).values.size()) {
                break;
            }
            position[list] = 0;
        }
    }
    return result;
}

QStringList FanOutPlan::leadingColumns() const
{
    QStringList columns;
    for (const List &list : m_lists) {
        columns.append(FanOutItem::columnName(list.parameter));
    }
    return columns;
}

QList<ValidationIssue> FanOutPlan::validate(const Spec &spec, const QString &operationId) const
{
    const Operation *operation = spec.operation(operationId);
    if (!operation) {
        return EsiClient::validate(spec, operationId, m_base); // says the operation is unknown
    }
    const ParameterValidator validator(spec);
    QList<ValidationIssue> issues;
    QSet<QString> said;
    // A listed value's problem is the same in every combination: check each value once, with the first
    // value of every other list, then the shared values once.
    ParameterValues first = m_base;
    for (const List &list : m_lists) {
        first.set(list.parameter, list.values.constFirst());
    }
    for (const List &list : m_lists) {
        for (const QString &value : list.values) {
            ParameterValues values = first;
            values.set(list.parameter, value);
            for (const ValidationIssue &issue : validator.validate(*operation, values)) {
                if (issue.parameter != list.parameter) {
                    continue;
                }
                const QString message = list.parameter + u'=' + value + u": "_s + issue.message;
                if (!said.contains(message)) {
                    said.insert(message);
                    issues.append({issue.parameter, message});
                }
            }
        }
    }
    for (const ValidationIssue &issue : validator.validate(*operation, first)) {
        if (!isListed(issue.parameter) && !said.contains(issue.message)) {
            said.insert(issue.message);
            issues.append(issue);
        }
    }
    return issues;
}

bool FanOutPlan::takesArray(const Spec &spec, const Operation &operation, const QString &parameter)
{
    const Parameter *found = operation.parameter(parameter);
    return found && SchemaFacts::of(spec.resolveSchema(found->schema).schema).type == u"array"_s;
}

QStringList FanOutPlan::splitPasted(const QString &text, bool arrayParameter)
{
    static const QRegularExpression lineBreak(u"[\\r\\n]+"_s);
    static const QRegularExpression lineOrComma(u"[\\r\\n,]+"_s);
    QStringList values;
    const QStringList parts = text.split(arrayParameter ? lineBreak : lineOrComma, Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (const QString trimmed = part.trimmed(); !trimmed.isEmpty()) {
            values.append(trimmed);
        }
    }
    return values;
}

QJsonArray FanOutPlan::listsToJson() const
{
    QJsonArray result;
    for (const List &list : m_lists) {
        result.append(
            QJsonObject{{u"parameter"_s, list.parameter}, {u"values"_s, QJsonArray::fromStringList(list.values)}});
    }
    return result;
}

bool FanOutPlan::addListsFromJson(const QJsonArray &lists, QString *error)
{
    for (const QJsonValue &entry : lists) {
        const QJsonObject object = entry.toObject();
        const QJsonArray values = object.value(u"values"_s).toArray();
        if (!object.value(u"parameter"_s).isString() || values.size() > MaxValues) {
            if (error) {
                *error = tr("a stored list of values is damaged or too long");
            }
            return false;
        }
        QStringList texts;
        for (const QJsonValue &value : values) {
            texts.append(value.toString());
        }
        if (!addList(object.value(u"parameter"_s).toString(), texts, error)) {
            return false;
        }
    }
    return true;
}

} // namespace Esi::Core
