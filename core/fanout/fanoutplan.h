#pragma once

#include "core/fanout/fanoutitem.h"
#include "core/http/parametervalidator.h"
#include "core/http/parametervalues.h"
#include "core/spec/spec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Esi::Core {

// One operation over lists of values: the values every call shares, and per listed parameter the values
// to run it with. Several lists expand to every combination (the first list outermost); every item is
// validated like a single call before anything is sent.
//
//   FanOutPlan plan(values);
//   plan.addList(u"type_id"_s, {u"34"_s, u"35"_s}, &error);
//   plan.validate(spec, operationId);   // empty: fine
//   plan.items();                       // type_id=34, type_id=35
class FanOutPlan
{
    Q_DECLARE_TR_FUNCTIONS(Esi::Core::FanOutPlan)

public:
    static constexpr int MaxValues = 10000; // per list, and items of the whole plan
    static constexpr int MaxShownIssues = 20;

    struct List
    {
        QString parameter;
        QStringList values;
    };

    FanOutPlan() = default;
    explicit FanOutPlan(ParameterValues base);

    // The values every item shares; a listed parameter's own value in it is ignored.
    const ParameterValues &base() const { return m_base; }

    void setBase(const ParameterValues &base) { m_base = base; }

    // Values are trimmed, empty ones and repeats dropped (the first stays). False with *error (naming the
    // parameter and the bound) when nothing is left, there are more than MaxValues, or the plan would.
    bool addList(const QString &parameter, const QStringList &values, QString *error);

    const QList<List> &lists() const { return m_lists; }

    bool isFanOut() const { return !m_lists.isEmpty(); }

    bool isListed(const QString &parameter) const;

    qsizetype itemCount() const;

    QList<FanOutItem> items() const;

    QStringList leadingColumns() const; // "#type_id", ...

    // Every problem of every item, each said once and prefixed with the item when it is about a listed
    // value ("type_id=abc: ..."); empty when every item may be sent.
    QList<ValidationIssue> validate(const Spec &spec, const QString &operationId) const;

    // True when `parameter` of `operation` takes an array (1,2,3 is then one value, not a list).
    static bool takesArray(const Spec &spec, const Operation &operation, const QString &parameter);

    // Pasted text as values: one a line, and also comma-separated unless the parameter takes an array
    // (then each line is one array value). Blank lines are skipped.
    static QStringList splitPasted(const QString &text, bool arrayParameter);

    // The lists as [{"parameter": "type_id", "values": ["34", "35"]}, ...] (the call history keeps them).
    QJsonArray listsToJson() const;
    // Adds the lists of listsToJson(), bounded like addList; false with *error on anything else.
    bool addListsFromJson(const QJsonArray &lists, QString *error);

private:
    ParameterValues m_base;
    QList<List> m_lists;
};

} // namespace Esi::Core
