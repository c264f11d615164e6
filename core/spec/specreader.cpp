#include "core/spec/specreader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

namespace {

const QStringList &httpMethods()
{
    static const QStringList methods{u"get"_s,   u"put"_s,  u"post"_s,    u"delete"_s,
                                     u"patch"_s, u"head"_s, u"options"_s, u"trace"_s};
    return methods;
}

QString escapePointerToken(QString token)
{
    return token.replace(u'~', u"~0"_s).replace(u'/', u"~1"_s);
}

QString describeDocument(const QJsonObject &root)
{
    if (root.contains(u"compatibility_dates"_s)) {
        return QCoreApplication::translate("Esi::Core::SpecReader", "a /meta/compatibility-dates list");
    }
    if (root.contains(u"routes"_s)) {
        return QCoreApplication::translate("Esi::Core::SpecReader", "a /meta/status document");
    }
    if (root.contains(u"keys"_s)) {
        return QCoreApplication::translate("Esi::Core::SpecReader", "a JSON Web Key Set");
    }
    if (root.contains(u"openapi"_s)) {
        return QCoreApplication::translate("Esi::Core::SpecReader", "OpenAPI version \"%1\"")
            .arg(root.value(u"openapi"_s).toVariant().toString());
    }
    if (root.contains(u"swagger"_s)) {
        return QCoreApplication::translate("Esi::Core::SpecReader", "Swagger version \"%1\"")
            .arg(root.value(u"swagger"_s).toVariant().toString());
    }
    QStringList keys = root.keys();
    if (keys.size() > 5) {
        keys = keys.mid(0, 5) << u"..."_s;
    }
    return keys.isEmpty() ? QCoreApplication::translate("Esi::Core::SpecReader", "an empty JSON object")
                          : QCoreApplication::translate("Esi::Core::SpecReader", "a JSON object with keys %1")
                                .arg(keys.join(u", "_s));
}

std::optional<ParameterLocation> locationFrom(const QString &in)
{
    if (in == u"path") {
        return ParameterLocation::Path;
    }
    if (in == u"query") {
        return ParameterLocation::Query;
    }
    if (in == u"header") {
        return ParameterLocation::Header;
    }
    if (in == u"cookie") {
        return ParameterLocation::Cookie;
    }
    return std::nullopt;
}

QJsonObject jsonSchemaOfContent(const QJsonObject &content)
{
    if (content.isEmpty()) {
        return {};
    }
    const QJsonObject media = content.contains(u"application/json"_s) ? content.value(u"application/json"_s).toObject()
                                                                      : content.begin().value().toObject();
    return media.value(u"schema"_s).toObject();
}

int intExtension(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    return value.isDouble() ? value.toInt(-1) : -1;
}

} // namespace

QString JsonLocation::pointer() const
{
    QString text = parent ? parent->pointer() : u"#"_s;
    text += u'/';
    text += index >= 0 ? QString::number(index) : escapePointerToken(token.toString());
    return text;
}

SpecReader::SpecReader(QString source)
    : m_spec(std::make_shared<Spec>())
{
    m_spec->m_source = std::move(source);
    m_error.source = m_spec->m_source;
}

SpecLoadResult SpecReader::read(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return {nullptr, SpecError::syntax(m_spec->m_source, json, parseError.offset, parseError.errorString())};
    }
    if (!document.isObject()) {
        fail(SpecError::Kind::WrongDocument,
             document.isArray()
                 ? QCoreApplication::translate(
                       "Esi::Core::SpecReader",
                       "expected an OpenAPI 3.x or Swagger 2.0 document (a JSON object), got a JSON array")
                 : QCoreApplication::translate(
                       "Esi::Core::SpecReader",
                       "expected an OpenAPI 3.x or Swagger 2.0 document (a JSON object), got a bare JSON value"),
             {}, {});
        return {nullptr, m_error};
    }
    Spec &spec = *m_spec;
    spec.m_root = document.object();
    const QString openapi = spec.m_root.value(u"openapi"_s).toString();
    const QString swagger = spec.m_root.value(u"swagger"_s).toString();
    if (openapi.startsWith(u"3.1"_s)) {
        spec.m_format = SpecFormat::OpenApi31;
    } else if (openapi.startsWith(u"3.0"_s)) {
        spec.m_format = SpecFormat::OpenApi30;
    } else if (swagger == u"2.0"_s) {
        spec.m_format = SpecFormat::Swagger20;
    } else {
        fail(SpecError::Kind::WrongDocument,
             QCoreApplication::translate("Esi::Core::SpecReader",
                                         "expected an OpenAPI 3.0/3.1 or Swagger 2.0 document, got %1")
                 .arg(describeDocument(spec.m_root)),
             {}, {});
        return {nullptr, m_error};
    }
    spec.m_documentVersion = spec.m_format == SpecFormat::Swagger20 ? swagger : openapi;
    const QJsonObject info = spec.m_root.value(u"info"_s).toObject();
    spec.m_version = info.value(u"version"_s).toString();
    spec.m_title = info.value(u"title"_s).toString();

    const QJsonValue paths = spec.m_root.value(u"paths"_s);
    if (!paths.isObject()) {
        fail(SpecError::Kind::Invalid,
             QCoreApplication::translate("Esi::Core::SpecReader",
                                         "the document has no \"paths\" object, so it describes no operations"),
             u"#/paths"_s, {});
        return {nullptr, m_error};
    }
    const QJsonObject pathObject = paths.toObject();
    for (auto it = pathObject.begin(); it != pathObject.end(); ++it) {
        if (!readPathItem(it.key(), it.value().toObject())) {
            return {nullptr, m_error};
        }
    }
    readScopeDescriptions();
    index();
    return {m_spec, {}};
}

bool SpecReader::readPathItem(const QString &path, const QJsonObject &item)
{
    const JsonLocation paths{nullptr, u"paths"};
    const JsonLocation pathItem{&paths, path};
    // The request URL is the server address followed by the path: a path that does not start with "/" would
    // change the host ("esi.evetech.net" + ".evil.com/x", or "@evil.com/x") and send the token there.
    if (!path.startsWith(u'/')) {
        return fail(SpecError::Kind::Invalid,
                    QCoreApplication::translate(
                        "Esi::Core::SpecReader",
                        "the path \"%1\" does not start with \"/\"; every path must, or it would change the "
                        "server the request goes to. Fix or remove it in the spec")
                        .arg(path),
                    pathItem.pointer(), {});
    }
    const QJsonArray pathParameters = item.value(u"parameters"_s).toArray();
    for (const QString &method : httpMethods()) {
        const QJsonValue operation = item.value(method);
        if (operation.isUndefined()) {
            continue;
        }
        const JsonLocation where{&pathItem, method};
        if (!operation.isObject()) {
            return fail(SpecError::Kind::Invalid,
                        QCoreApplication::translate("Esi::Core::SpecReader", "an operation must be a JSON object"),
                        where.pointer(), {});
        }
        if (!readOperation(where, path, method, operation.toObject(), pathParameters)) {
            return false;
        }
    }
    return true;
}

bool SpecReader::readOperation(const JsonLocation &where, const QString &path, const QString &method,
                               const QJsonObject &object, const QJsonArray &pathParameters)
{
    Operation operation;
    operation.method = method.toUpper();
    operation.path = path;
    operation.operationId = object.value(u"operationId"_s).toString();
    if (operation.operationId.isEmpty()) {
        operation.operationId = operation.method + u' ' + path; // still addressable, never silently dropped
    }
    if (m_spec->m_operationIndex.contains(operation.operationId)) {
        return fail(SpecError::Kind::Invalid,
                    QCoreApplication::translate("Esi::Core::SpecReader",
                                                "duplicate operationId \"%1\"; every operation needs its own")
                        .arg(operation.operationId),
                    JsonLocation{&where, u"operationId"}.pointer(), operation.operationId);
    }
    const QJsonArray tags = object.value(u"tags"_s).toArray();
    operation.tag = tags.isEmpty() ? u"default"_s : tags.first().toString();
    operation.summary = object.value(u"summary"_s).toString();
    operation.description = object.value(u"description"_s).toString();
    operation.deprecated = object.value(u"deprecated"_s).toBool();

    const JsonLocation pathParametersAt{where.parent, u"parameters"};
    for (qsizetype i = 0; i < pathParameters.size(); ++i) {
        if (!readParameter(pathParameters.at(i), JsonLocation{&pathParametersAt, {}, i}, operation)) {
            return false;
        }
    }
    const JsonLocation parametersAt{&where, u"parameters"};
    const QJsonArray parameters = object.value(u"parameters"_s).toArray();
    for (qsizetype i = 0; i < parameters.size(); ++i) {
        if (!readParameter(parameters.at(i), JsonLocation{&parametersAt, {}, i}, operation)) {
            return false;
        }
    }
    if (object.contains(u"requestBody"_s) &&
        !readRequestBody(object.value(u"requestBody"_s).toObject(), JsonLocation{&where, u"requestBody"}, operation)) {
        return false;
    }
    if (!readResponses(object.value(u"responses"_s).toObject(), JsonLocation{&where, u"responses"}, operation)) {
        return false;
    }
    readSecurity(object, operation);
    readExtensions(object, operation);

    if (operation.extensions.value(u"x-pagination"_s).toString() == u"cursor") {
        operation.paging = PagingStyle::Cursor;
    } else if (const Parameter *page = operation.parameter(u"page");
               page && page->location == ParameterLocation::Query) {
        operation.paging = PagingStyle::Page;
    } else if (const Parameter *fromId = operation.parameter(u"from_id");
               fromId && fromId->location == ParameterLocation::Query) {
        operation.paging = PagingStyle::FromId;
    }
    for (const Response &response : std::as_const(operation.responses)) {
        if (response.isSuccess() && response.declaresHeader(u"Content-Language")) {
            operation.localized = true;
        }
    }
    m_spec->m_operationIndex.insert(operation.operationId, int(m_spec->m_operations.size()));
    m_spec->m_operations.append(std::move(operation));
    return true;
}

std::optional<QJsonObject> SpecReader::follow(const QJsonObject &object, const JsonLocation &where,
                                              const QString &operationId)
{
    if (!object.contains(u"$ref"_s)) {
        return object;
    }
    const QString ref = object.value(u"$ref"_s).toString();
    if (const auto cached = m_refCache.constFind(ref); cached != m_refCache.constEnd()) {
        return *cached;
    }
    const ResolvedSchema resolved = m_spec->resolveSchema(object);
    if (!resolved.isValid()) {
        fail(SpecError::Kind::UnresolvedRef,
             QCoreApplication::translate("Esi::Core::SpecReader",
                                         "%1; the document does not define it (referenced from %2)")
                 .arg(resolved.error, where.pointer()),
             ref, operationId);
        return std::nullopt;
    }
    m_refCache.insert(ref, resolved.schema);
    return resolved.schema;
}

bool SpecReader::readParameter(const QJsonValue &value, const JsonLocation &where, Operation &operation)
{
    const QJsonObject raw = value.toObject();
    const QString ref = raw.value(u"$ref"_s).toString();
    if (!ref.isEmpty()) { // ESI shares five header parameters among all operations: read each once
        if (const auto shared = m_sharedParameters.constFind(ref); shared != m_sharedParameters.constEnd()) {
            addParameter(*shared, operation);
            return true;
        }
    }
    const auto object = follow(raw, where, operation.operationId);
    if (!object) {
        return false;
    }
    const QString in = object->value(u"in"_s).toString();
    if (in == u"body") { // Swagger 2.0 carries the request body as a parameter
        operation.requestBodySchema = object->value(u"schema"_s).toObject();
        operation.requestBodyRequired = object->value(u"required"_s).toBool();
        return true;
    }
    const auto location = locationFrom(in);
    const QString name = object->value(u"name"_s).toString();
    if (!location || name.isEmpty()) {
        return fail(SpecError::Kind::Invalid,
                    QCoreApplication::translate(
                        "Esi::Core::SpecReader",
                        "a parameter needs a \"name\" and \"in\" of path, query, header or cookie (got in=\"%1\")")
                        .arg(in),
                    where.pointer(), operation.operationId);
    }
    Parameter parameter;
    parameter.name = name;
    parameter.location = *location;
    parameter.required = object->value(u"required"_s).toBool() || parameter.location == ParameterLocation::Path;
    parameter.description = object->value(u"description"_s).toString();
    parameter.deprecated = object->value(u"deprecated"_s).toBool();
    parameter.schema =
        m_spec->m_format == SpecFormat::Swagger20 ? swaggerSchemaOf(*object) : object->value(u"schema"_s).toObject();
    if (!ref.isEmpty()) {
        parameter.componentName = ref.mid(ref.lastIndexOf(u'/') + 1);
        m_sharedParameters.insert(ref, parameter);
    }
    addParameter(parameter, operation);
    return true;
}

void SpecReader::addParameter(const Parameter &parameter, Operation &operation)
{
    // A path-level parameter is overridden by an operation-level one of the same name and location.
    for (Parameter &existing : operation.parameters) {
        if (existing.name == parameter.name && existing.location == parameter.location) {
            existing = parameter;
            return;
        }
    }
    operation.parameters.append(parameter);
}

QJsonObject SpecReader::swaggerSchemaOf(const QJsonObject &parameter) const
{
    static const QStringList schemaKeys{u"type"_s,
                                        u"format"_s,
                                        u"enum"_s,
                                        u"default"_s,
                                        u"minimum"_s,
                                        u"maximum"_s,
                                        u"exclusiveMinimum"_s,
                                        u"exclusiveMaximum"_s,
                                        u"minLength"_s,
                                        u"maxLength"_s,
                                        u"pattern"_s,
                                        u"items"_s,
                                        u"minItems"_s,
                                        u"maxItems"_s,
                                        u"uniqueItems"_s};
    QJsonObject schema;
    for (const QString &key : schemaKeys) {
        if (parameter.contains(key)) {
            schema.insert(key, parameter.value(key));
        }
    }
    return schema;
}

bool SpecReader::readRequestBody(const QJsonObject &object, const JsonLocation &where, Operation &operation)
{
    const auto body = follow(object, where, operation.operationId);
    if (!body) {
        return false;
    }
    operation.requestBodySchema = jsonSchemaOfContent(body->value(u"content"_s).toObject());
    operation.requestBodyRequired = body->value(u"required"_s).toBool();
    return true;
}

bool SpecReader::readResponses(const QJsonObject &object, const JsonLocation &where, Operation &operation)
{
    const bool swagger = m_spec->m_format == SpecFormat::Swagger20;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString status = it.key();
        const JsonLocation responseWhere{&where, status};
        const auto responseObject = follow(it.value().toObject(), responseWhere, operation.operationId);
        if (!responseObject) {
            return false;
        }
        Response response;
        response.status = status;
        response.description = responseObject->value(u"description"_s).toString();
        response.schema = swagger ? responseObject->value(u"schema"_s).toObject()
                                  : jsonSchemaOfContent(responseObject->value(u"content"_s).toObject());
        const JsonLocation headersWhere{&responseWhere, u"headers"};
        const QJsonObject headers = responseObject->value(u"headers"_s).toObject();
        for (auto header = headers.begin(); header != headers.end(); ++header) {
            const QString name = header.key();
            const auto headerObject =
                follow(header.value().toObject(), JsonLocation{&headersWhere, name}, operation.operationId);
            if (!headerObject) {
                return false;
            }
            ResponseHeader declared;
            declared.name = name;
            declared.description = headerObject->value(u"description"_s).toString();
            declared.schema = swagger ? swaggerSchemaOf(*headerObject) : headerObject->value(u"schema"_s).toObject();
            response.headers.append(std::move(declared));
        }
        operation.responses.append(std::move(response));
    }
    return true;
}

void SpecReader::readSecurity(const QJsonObject &object, Operation &operation) const
{
    const QJsonValue security =
        object.contains(u"security"_s) ? object.value(u"security"_s) : m_spec->m_root.value(u"security"_s);
    const QJsonArray requirements = security.toArray();
    for (const QJsonValue &requirement : requirements) {
        const QJsonObject schemes = requirement.toObject();
        if (schemes.isEmpty()) {
            continue; // an empty requirement means "anonymous allowed"
        }
        operation.authed = true;
        for (auto scheme = schemes.begin(); scheme != schemes.end(); ++scheme) {
            const QJsonArray scopes = scheme.value().toArray();
            for (const QJsonValue &scope : scopes) {
                if (!operation.scopes.contains(scope.toString())) {
                    operation.scopes.append(scope.toString());
                }
            }
        }
    }
}

void SpecReader::readExtensions(const QJsonObject &object, Operation &operation) const
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key().startsWith(u"x-"_s)) {
            operation.extensions.insert(it.key(), it.value());
        }
    }
    const QJsonObject &x = operation.extensions;
    if (const QJsonObject limit = x.value(u"x-rate-limit"_s).toObject(); !limit.isEmpty()) {
        operation.rateLimit.group = limit.value(u"group"_s).toString();
        operation.rateLimit.maxTokens = limit.value(u"max-tokens"_s).toInt();
        operation.rateLimit.windowText = limit.value(u"window-size"_s).toVariant().toString();
        operation.rateLimit.windowSeconds = RateLimit::parseWindow(operation.rateLimit.windowText);
    }
    const QJsonArray roles = x.value(u"x-required-roles"_s).toArray();
    for (const QJsonValue &role : roles) {
        operation.requiredRoles.append(role.toString());
    }
    for (QLatin1StringView key : {"x-client-cache-ttl"_L1, "x-cache-age"_L1, "x-cached-seconds"_L1}) {
        if (const int ttl = intExtension(x, key); ttl >= 0) {
            operation.cacheTtlSeconds = ttl;
            break;
        }
    }
    operation.cacheMode = x.value(u"x-cache-mode"_s).toString();
    if (operation.cacheMode.isEmpty()) {
        operation.cacheMode = x.value(u"x-server-cache-mode"_s).toString();
    }
    operation.compatibilityDate = x.value(u"x-compatibility-date"_s).toString();
}

void SpecReader::readScopeDescriptions()
{
    const QJsonObject &root = m_spec->m_root;
    const QJsonObject schemes = m_spec->m_format == SpecFormat::Swagger20
                                    ? root.value(u"securityDefinitions"_s).toObject()
                                    : root.value(u"components"_s).toObject().value(u"securitySchemes"_s).toObject();
    for (auto scheme = schemes.begin(); scheme != schemes.end(); ++scheme) {
        const QJsonObject object = scheme.value().toObject();
        QList<QJsonObject> flows{object}; // Swagger 2.0 keeps scopes on the scheme itself
        const QJsonObject openApiFlows = object.value(u"flows"_s).toObject();
        for (auto flow = openApiFlows.begin(); flow != openApiFlows.end(); ++flow) {
            flows.append(flow.value().toObject());
        }
        for (const QJsonObject &flow : std::as_const(flows)) {
            const QJsonObject scopes = flow.value(u"scopes"_s).toObject();
            for (auto scope = scopes.begin(); scope != scopes.end(); ++scope) {
                m_spec->m_scopeDescriptions.insert(scope.key(), scope.value().toString());
            }
        }
    }
}

void SpecReader::index()
{
    Spec &spec = *m_spec;
    QSet<QString> used;
    QSet<QString> scopes;
    for (qsizetype i = 0; i < spec.m_operations.size(); ++i) {
        const Operation &operation = spec.m_operations.at(i);
        spec.m_operationsByTag[operation.tag].append(int(i));
        used.insert(operation.tag);
        for (const QString &scope : operation.scopes) {
            scopes.insert(scope);
        }
    }
    const QJsonArray declared = spec.m_root.value(u"tags"_s).toArray();
    for (const QJsonValue &tag : declared) {
        const QString name = tag.toObject().value(u"name"_s).toString();
        if (used.contains(name) && !spec.m_tags.contains(name)) {
            spec.m_tags.append(name);
        }
    }
    QStringList undeclared;
    for (const QString &tag : std::as_const(used)) {
        if (!spec.m_tags.contains(tag)) {
            undeclared.append(tag);
        }
    }
    undeclared.sort();
    spec.m_tags += undeclared;
    spec.m_scopes = QStringList(scopes.begin(), scopes.end());
    spec.m_scopes.sort();
}

bool SpecReader::fail(SpecError::Kind kind, const QString &message, const QString &pointer, const QString &operationId)
{
    m_error.kind = kind;
    m_error.message = message;
    m_error.pointer = pointer;
    m_error.operationId = operationId;
    return false;
}

} // namespace Esi::Core
