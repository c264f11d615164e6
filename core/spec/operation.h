#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Esi::Core {

enum class ParameterLocation { Path, Query, Header, Cookie };

enum class PagingStyle { None, Page, Cursor, FromId };

QString locationName(ParameterLocation location);
QString pagingName(PagingStyle style);

// `x-rate-limit`: a floating-window token bucket shared by a group of routes.
struct RateLimit
{
    QString group;
    int maxTokens = 0;
    int windowSeconds = 0;
    QString windowText; // as written in the spec, e.g. "15m"

    bool isValid() const { return !group.isEmpty() && maxTokens > 0 && windowSeconds > 0; }

    friend bool operator==(const RateLimit &, const RateLimit &) = default;

    // "15m" / "1h" / "30s" / "900" -> seconds; 0 when unreadable.
    static int parseWindow(QStringView text);
};

struct Parameter
{
    QString name;
    ParameterLocation location = ParameterLocation::Query;
    bool required = false;
    QString description;
    QJsonObject schema;    // may hold a $ref; resolve with Spec::resolveSchema
    QString componentName; // set when shared through $ref (e.g. "CompatibilityDate")
    bool deprecated = false;
};

struct ResponseHeader
{
    QString name;
    QString description;
    QJsonObject schema;
};

struct Response
{
    QString status; // "200", "304", "default"
    QString description;
    QJsonObject schema; // JSON body schema, may hold a $ref; empty when none
    QList<ResponseHeader> headers;

    bool isSuccess() const { return status.startsWith(u'2'); }

    bool declaresHeader(QStringView name) const;
};

struct Operation
{
    QString operationId;
    QString method; // upper case: GET, POST, PUT, DELETE
    QString path;   // "/characters/{character_id}/assets"
    QString tag;    // ESI gives each operation exactly one tag
    QString summary;
    QString description;
    QList<Parameter> parameters;
    QJsonObject requestBodySchema; // empty when the operation takes no body
    bool requestBodyRequired = false;
    QList<Response> responses;
    bool authed = false; // has a non-empty security requirement
    QStringList scopes;  // every scope named by the security requirements
    RateLimit rateLimit;
    QStringList requiredRoles;
    int cacheTtlSeconds = -1; // -1: not declared
    QString cacheMode;        // ttl-based, event-based, not-cached; empty: not declared
    QString compatibilityDate;
    PagingStyle paging = PagingStyle::None;
    bool localized = false; // a success response declares Content-Language
    bool deprecated = false;
    QJsonObject extensions; // every x-* key of the operation, known or not

    const Parameter *parameter(QStringView name) const;
    const Response *successResponse() const;
    // "GET /characters/{character_id}/assets": pairs operations across specs (Swagger paths end in '/').
    QString key() const;
};

} // namespace Esi::Core
