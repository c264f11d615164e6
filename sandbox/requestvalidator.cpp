#include "sandbox/requestvalidator.h"

#include "core/spec/schema.h"

#include <QJsonArray>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Sandbox {

RequestValidator::RequestValidator(const Core::Spec &spec)
    : m_spec(spec)
{}

QString RequestValidator::check(const Core::Operation &operation, const QHash<QString, QString> &pathValues,
                                const SandboxRequest &request) const
{
    for (const Core::Parameter &parameter : operation.parameters) {
        if (parameter.location == Core::ParameterLocation::Path) {
            const QString problem =
                checkValue(u"path parameter "_s + parameter.name, parameter.schema, pathValues.value(parameter.name));
            if (!problem.isEmpty()) {
                return problem;
            }
        } else if (parameter.location == Core::ParameterLocation::Query) {
            if (!request.hasQueryItem(parameter.name)) {
                if (parameter.required) {
                    return u"Missing required query parameter "_s + parameter.name + u" (see "_s +
                           operation.operationId + u" in the spec)"_s;
                }
                continue;
            }
            const QString problem =
                checkValue(u"query parameter "_s + parameter.name, parameter.schema, request.queryItem(parameter.name));
            if (!problem.isEmpty()) {
                return problem;
            }
        }
    }
    return {};
}

QString RequestValidator::checkValue(const QString &what, const QJsonObject &schema, const QString &text) const
{
    const Core::ResolvedSchema resolved = m_spec.resolveSchema(schema);
    const Core::SchemaFacts facts = Core::SchemaFacts::of(resolved.schema);
    if (facts.type != u"array"_s) {
        return checkScalar(what, resolved.schema, text);
    }
    const QStringList items = text.split(u',', Qt::SkipEmptyParts);
    if (items.isEmpty()) {
        return u"Invalid "_s + what + u": expected a comma-separated list, got an empty value"_s;
    }
    for (const QString &item : items) {
        const QString problem = checkScalar(what, m_spec.resolveSchema(facts.items).schema, item.trimmed());
        if (!problem.isEmpty()) {
            return problem;
        }
    }
    return {};
}

QString RequestValidator::checkScalar(const QString &what, const QJsonObject &schema, const QString &text) const
{
    const Core::SchemaFacts facts = Core::SchemaFacts::of(schema);
    const QString got = u", got '"_s + text + u'\'';
    if (!facts.enumValues.isEmpty()) {
        QStringList allowed;
        for (const QJsonValue &value : facts.enumValues) {
            allowed.append(value.toVariant().toString());
        }
        if (!allowed.contains(text)) {
            return u"Invalid "_s + what + u": expected one of "_s + allowed.join(u", "_s) + got;
        }
        return {};
    }
    if (facts.type == u"integer"_s || facts.type == u"number"_s) {
        bool ok = false;
        const double value = facts.type == u"integer"_s ? double(text.toLongLong(&ok)) : text.toDouble(&ok);
        if (!ok) {
            return u"Invalid "_s + what + u": expected "_s +
                   (facts.type == u"integer"_s ? u"an integer"_s : u"a number"_s) + got;
        }
        if (facts.format == u"int32"_s && (value < -2147483648.0 || value > 2147483647.0)) {
            return u"Invalid "_s + what + u": the value does not fit a 32-bit integer"_s + got;
        }
        const bool belowMin =
            facts.minimum && (facts.exclusiveMinimum ? value <= *facts.minimum : value < *facts.minimum);
        const bool aboveMax =
            facts.maximum && (facts.exclusiveMaximum ? value >= *facts.maximum : value > *facts.maximum);
        if (belowMin || aboveMax) {
            const QString low = facts.minimum ? QString::number(*facts.minimum, 'g', 15) : u"-inf"_s;
            const QString high = facts.maximum ? QString::number(*facts.maximum, 'g', 15) : u"inf"_s;
            return u"Invalid "_s + what + u": expected a value in "_s + low + u".."_s + high + got;
        }
        return {};
    }
    if (facts.type == u"boolean"_s && text != u"true"_s && text != u"false"_s) {
        return u"Invalid "_s + what + u": expected true or false"_s + got;
    }
    if (facts.type == u"string"_s) {
        if (facts.format == u"uuid"_s && QUuid::fromString(text).isNull()) {
            return u"Invalid "_s + what + u": expected a UUID such as 3868eaed-8278-4cb7-9709-7d7de9c20dc7"_s + got;
        }
        if (text.isEmpty() || (facts.maxLength && text.size() > *facts.maxLength) ||
            (facts.minLength && text.size() < *facts.minLength)) {
            return u"Invalid "_s + what + u": expected "_s + QString::number(facts.minLength.value_or(1)) + u".."_s +
                   (facts.maxLength ? QString::number(*facts.maxLength) : u"any number of"_s) + u" characters"_s + got;
        }
    }
    return {};
}

} // namespace Esi::Sandbox
