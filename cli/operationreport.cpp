#include "cli/operationreport.h"

#include "core/spec/schema.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Cli {

using Core::Operation;
using Core::Parameter;

namespace {

QString listOrNone(const QStringList &items)
{
    return items.isEmpty() ? u"(none)"_s : items.join(u", "_s);
}

QString yesNo(bool value)
{
    return value ? u"yes"_s : u"no"_s;
}

// Multi-line descriptions (ESI writes Markdown) indented under their heading.
QString indented(const QString &text, const QString &indent)
{
    QString result;
    const QStringList lines = text.trimmed().split(u'\n');
    for (const QString &line : lines) {
        result += (line.trimmed().isEmpty() ? QString() : indent + line.trimmed()) + u'\n';
    }
    return result;
}

} // namespace

OperationReport::OperationReport(const Core::Spec &spec, const Operation &operation)
    : m_spec(spec)
    , m_operation(operation)
{
    for (const Parameter &parameter : operation.parameters) {
        const Core::ResolvedSchema resolved = spec.resolveSchema(parameter.schema);
        const Core::SchemaFacts facts = Core::SchemaFacts::of(resolved.schema);
        m_parameters.append({parameter.name, Core::locationName(parameter.location), parameter.required,
                             resolved.isValid() ? facts.summary() : resolved.error,
                             // ESI puts some descriptions (e.g. `page`) on the schema instead.
                             parameter.description.isEmpty() ? facts.description : parameter.description});
    }
    if (const Core::Response *success = operation.successResponse()) {
        m_response = describeSchema(success->schema);
        m_response->status = success->status;
    }
    if (!operation.requestBodySchema.isEmpty()) {
        m_requestBody = describeSchema(operation.requestBodySchema);
    }
}

OperationReport::Body OperationReport::describeSchema(const QJsonObject &schema) const
{
    if (schema.isEmpty()) {
        return {QString(), u"(no body)"_s, QString()};
    }
    const Core::ResolvedSchema resolved = m_spec.resolveSchema(schema);
    if (!resolved.isValid()) {
        return {QString(), resolved.error, QString()};
    }
    return {QString(), Core::SchemaFacts::of(resolved.schema).summary(), resolved.refName};
}

QJsonObject OperationReport::toJson() const
{
    const Operation &op = m_operation;
    QJsonArray parameters;
    for (const ParameterRow &row : m_parameters) {
        parameters.append(QJsonObject{{u"name"_s, row.name},
                                      {u"in"_s, row.location},
                                      {u"required"_s, row.required},
                                      {u"type"_s, row.type},
                                      {u"description"_s, row.description}});
    }
    QJsonValue rateLimit = QJsonValue::Null;
    if (op.rateLimit.isValid()) {
        rateLimit = QJsonObject{{u"group"_s, op.rateLimit.group},
                                {u"maxTokens"_s, op.rateLimit.maxTokens},
                                {u"windowSeconds"_s, op.rateLimit.windowSeconds},
                                {u"window"_s, op.rateLimit.windowText}};
    }
    const auto body = [](const std::optional<Body> &value, bool withStatus) -> QJsonValue {
        if (!value) {
            return QJsonValue::Null;
        }
        QJsonObject object{
            {u"type"_s, value->type},
            {u"schema"_s, value->schemaName.isEmpty() ? QJsonValue::Null : QJsonValue(value->schemaName)}};
        if (withStatus) {
            object.insert(u"status"_s, value->status);
        }
        return object;
    };
    return {
        {u"operationId"_s, op.operationId},
        {u"method"_s, op.method},
        {u"path"_s, op.path},
        {u"tag"_s, op.tag},
        {u"summary"_s, op.summary},
        {u"description"_s, op.description},
        {u"parameters"_s, parameters},
        {u"requestBody"_s, body(m_requestBody, false)},
        {u"response"_s, body(m_response, true)},
        {u"authed"_s, op.authed},
        {u"scopes"_s, QJsonArray::fromStringList(op.scopes)},
        {u"roles"_s, QJsonArray::fromStringList(op.requiredRoles)},
        {u"rateLimit"_s, rateLimit},
        {u"cache"_s,
         QJsonObject{{u"ttlSeconds"_s, op.cacheTtlSeconds < 0 ? QJsonValue::Null : QJsonValue(op.cacheTtlSeconds)},
                     {u"mode"_s, op.cacheMode.isEmpty() ? QJsonValue::Null : QJsonValue(op.cacheMode)}}},
        {u"paging"_s, Core::pagingName(op.paging)},
        {u"localized"_s, op.localized},
        {u"deprecated"_s, op.deprecated},
        {u"compatibilityDate"_s, op.compatibilityDate.isEmpty() ? QJsonValue::Null : QJsonValue(op.compatibilityDate)}};
}

QString OperationReport::toText() const
{
    const Operation &op = m_operation;
    QString text = op.operationId + u'\n' + u"  "_s + op.method + u' ' + op.path + u'\n';
    if (!op.summary.isEmpty()) {
        text += u"  "_s + op.summary + u'\n';
    }
    text += u'\n';
    const auto field = [&text](const QString &label, const QString &value) {
        text += QString(label + u':').leftJustified(13) + value + u'\n';
    };
    field(u"Tag"_s, op.tag);
    field(u"Scopes"_s, op.authed ? listOrNone(op.scopes) : u"(public)"_s);
    field(u"Roles"_s, listOrNone(op.requiredRoles));
    field(u"Rate limit"_s, op.rateLimit.isValid()
                               ? op.rateLimit.group + u", "_s + QString::number(op.rateLimit.maxTokens) +
                                     u" tokens per "_s + QString::number(op.rateLimit.windowSeconds) + u" s ("_s +
                                     op.rateLimit.windowText + u')'
                               : u"(none; the error limit applies)"_s);
    QString cache = op.cacheTtlSeconds < 0 ? u"(not declared)"_s : QString::number(op.cacheTtlSeconds) + u" s"_s;
    if (!op.cacheMode.isEmpty()) {
        cache += u", "_s + op.cacheMode;
    }
    field(u"Cache"_s, cache);
    field(u"Paging"_s, Core::pagingName(op.paging));
    field(u"Localized"_s, yesNo(op.localized));
    field(u"Deprecated"_s, yesNo(op.deprecated));
    if (m_requestBody) {
        field(u"Body"_s, m_requestBody->type);
    }
    if (m_response) {
        field(u"Returns"_s,
              m_response->status + u' ' + m_response->type +
                  (m_response->schemaName.isEmpty() ? QString() : u" ("_s + m_response->schemaName + u')'));
    } else {
        field(u"Returns"_s, u"(no success response declared)"_s);
    }
    if (!m_parameters.isEmpty()) {
        qsizetype nameWidth = 0;
        for (const ParameterRow &row : m_parameters) {
            nameWidth = qMax(nameWidth, row.name.size());
        }
        text += u"\nParameters:\n"_s;
        for (const ParameterRow &row : m_parameters) {
            text += u"  "_s + row.name.leftJustified(nameWidth + 2) + row.location.leftJustified(8) +
                    (row.required ? u"required  "_s : u"optional  "_s) + row.type + u'\n';
            if (!row.description.isEmpty()) {
                text += indented(row.description, u"      "_s);
            }
        }
    }
    if (!op.description.isEmpty() && op.description.trimmed() != op.summary.trimmed()) {
        text += u"\nDescription:\n"_s + indented(op.description, u"  "_s);
    }
    return text;
}

} // namespace Esi::Cli
