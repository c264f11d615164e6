#pragma once

#include "core/spec/spec.h"

#include <QHash>
#include <optional>

namespace Esi::Core {

// Where in the document a value sits; turned into a JSON pointer only when an error needs one, so
// reading a spec builds no strings on the happy path.
struct JsonLocation
{
    const JsonLocation *parent = nullptr;
    QStringView token;
    qsizetype index = -1; // array element when >= 0

    QString pointer() const;
};

// Turns a parsed OpenAPI 3.x or Swagger 2.0 document into an indexed Spec.
class SpecReader
{
public:
    explicit SpecReader(QString source);

    SpecLoadResult read(const QByteArray &json);

private:
    bool readPathItem(const QString &path, const QJsonObject &item);
    bool readOperation(const JsonLocation &where, const QString &path, const QString &method, const QJsonObject &object,
                       const QJsonArray &pathParameters);
    bool readParameter(const QJsonValue &value, const JsonLocation &where, Operation &operation);
    static void addParameter(const Parameter &parameter, Operation &operation);
    bool readRequestBody(const QJsonObject &object, const JsonLocation &where, Operation &operation);
    bool readResponses(const QJsonObject &object, const JsonLocation &where, Operation &operation);
    void readSecurity(const QJsonObject &object, Operation &operation) const;
    void readExtensions(const QJsonObject &object, Operation &operation) const;
    void readScopeDescriptions();
    void index();

    // Follows a $ref (if any) for a parameter/response/header/body object; reports a clear error otherwise.
    std::optional<QJsonObject> follow(const QJsonObject &object, const JsonLocation &where, const QString &operationId);
    bool fail(SpecError::Kind kind, const QString &message, const QString &pointer, const QString &operationId);
    QJsonObject swaggerSchemaOf(const QJsonObject &parameter) const;

    std::shared_ptr<Spec> m_spec;
    SpecError m_error;
    QHash<QString, QJsonObject> m_refCache;
    QHash<QString, Parameter> m_sharedParameters; // by $ref
};

} // namespace Esi::Core
