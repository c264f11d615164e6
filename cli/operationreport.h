#pragma once

#include "core/spec/spec.h"

#include <QJsonObject>
#include <QList>
#include <optional>

namespace Esi::Cli {

// Everything `esi spec show` tells about one operation, gathered once and rendered as readable text
// or as one JSON object for scripts.
class OperationReport
{
public:
    OperationReport(const Core::Spec &spec, const Core::Operation &operation);

    QJsonObject toJson() const;
    QString toText() const;

private:
    struct ParameterRow
    {
        QString name;
        QString location;
        bool required = false;
        QString type;
        QString description;
    };

    struct Body
    {
        QString status; // responses only
        QString type;   // SchemaFacts summary, "(no body)" when the response has none
        QString schemaName;
    };

    Body describeSchema(const QJsonObject &schema) const;

    const Core::Spec &m_spec;
    const Core::Operation &m_operation;
    QList<ParameterRow> m_parameters;
    std::optional<Body> m_response;
    std::optional<Body> m_requestBody;
};

} // namespace Esi::Cli
