#pragma once

#include <QByteArray>

// A small, hostile OpenAPI 3.1 spec: schema L0 has `width` properties that all $ref L1, L1 has `width`
// that all $ref L2, ..., down to L<levels>, an integer. The file is a few KB, yet inlining every $ref
// would write width^levels leaves (20^10 = 10^13 with the defaults). GetFan answers with L0, PostFan
// takes L0 as its request body, and both take an optional query parameter `fan` whose schema is L0 too.
// With `requiredProperties`, every property is required, so no value smaller than the whole fan exists.
namespace FanSpec {

inline QByteArray build(int levels = 10, int width = 20, bool requiredProperties = false)
{
    QByteArray schemas;
    for (int level = 0; level < levels; ++level) {
        QByteArray properties;
        QByteArray names;
        for (int i = 0; i < width; ++i) {
            if (i > 0) {
                properties.append(',');
                names.append(',');
            }
            names.append("\"p").append(QByteArray::number(i)).append('"');
            properties.append("\"p").append(QByteArray::number(i)).append("\":{\"$ref\":\"#/components/schemas/L");
            properties.append(QByteArray::number(level + 1)).append("\"}");
        }
        schemas.append("\"L").append(QByteArray::number(level)).append("\":{\"type\":\"object\",");
        if (requiredProperties) {
            schemas.append("\"required\":[").append(names).append("],");
        }
        schemas.append("\"properties\":{").append(properties).append("}},");
    }
    schemas.append("\"L").append(QByteArray::number(levels)).append("\":{\"type\":\"integer\",\"format\":\"int32\"}");
    const QByteArray fan("{\"$ref\":\"#/components/schemas/L0\"}");
    QByteArray response(
        "\"responses\":{\"200\":{\"description\":\"OK\",\"content\":{\"application/json\":{\"schema\":");
    response.append(fan).append("}}}}");
    QByteArray parameters("\"parameters\":[{\"name\":\"fan\",\"in\":\"query\",\"required\":false,\"schema\":");
    parameters.append(fan).append("}]");
    QByteArray spec(
        "{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"Fan\",\"version\":\"2020-01-01\"},\"paths\":{\"/fan\":{");
    spec.append("\"get\":{\"operationId\":\"GetFan\",\"tags\":[\"Fan\"],").append(parameters).append(',');
    spec.append(response).append("},");
    spec.append("\"post\":{\"operationId\":\"PostFan\",\"tags\":[\"Fan\"],").append(parameters);
    spec.append(",\"requestBody\":{\"required\":true,\"content\":{\"application/json\":{\"schema\":").append(fan);
    spec.append("}}},").append(response).append("}}},\"components\":{\"schemas\":{").append(schemas).append("}}}");
    return spec;
}

} // namespace FanSpec
