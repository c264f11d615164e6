#pragma once

#include "core/http/parametervalues.h"
#include "core/spec/spec.h"

#include <QJsonValue>
#include <QList>
#include <QString>

namespace Esi::Core {

struct SchemaFacts;

struct ValidationIssue
{
    QString parameter; // parameter name, "body" (or "body.items[2].name") for the request body
    QString message;   // complete sentence naming the parameter, the bad value and what is expected

    friend bool operator==(const ValidationIssue &, const ValidationIssue &) = default;
};

// Checks a call's values against the operation's (resolved) schemas before anything is sent, reporting
// every bad value at once: required, unknown names, type and format (int32/int64 range, date, date-time),
// enum, minimum/maximum, string length and pattern, array items and counts, and the JSON body.
class ParameterValidator
{
public:
    explicit ParameterValidator(const Spec &spec);

    QList<ValidationIssue> validate(const Operation &operation, const ParameterValues &values) const;

    // Parameters ESI Studio fills in itself (User-Agent, compatibility date, tenant, language, cache
    // validators, token); the user never types them.
    static bool isManaged(const Parameter &parameter);

    // The parameters a user may give for `operation`, in spec order.
    static QStringList userParameterNames(const Operation &operation);

private:
    void checkValue(const QString &name, const QJsonObject &schema, const QString &text,
                    QList<ValidationIssue> &issues) const;
    QString scalarProblem(const SchemaFacts &facts, const QString &text) const;
    void checkBody(const Operation &operation, const ParameterValues &values, QList<ValidationIssue> &issues) const;
    void checkJson(const QString &path, const QJsonValue &value, const QJsonObject &schema,
                   QList<ValidationIssue> &issues) const;

    const Spec &m_spec;
};

} // namespace Esi::Core
