#include "core/http/requestbuilder.h"

#include "core/http/parametervalidator.h"
#include "core/http/redirectguard.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

namespace {

// Unreserved characters plus the comma that separates array items (explode: false).
QByteArray encodeQueryValue(const QString &text)
{
    return QUrl::toPercentEncoding(text, ",");
}

} // namespace

QString RequestBuilder::wireValue(const QString &text)
{
    if (!text.trimmed().startsWith(u'[')) {
        return text;
    }
    QStringList items;
    if (!ParameterValues::splitArray(text, &items, nullptr)) {
        return text; // the validator reports it; never guess
    }
    return items.join(u',');
}

QUrl RequestBuilder::url(const Operation &operation, const ParameterValues &values, const QUrl &baseUrl)
{
    QByteArray path = operation.path.toUtf8();
    QByteArray query;
    for (const Parameter &parameter : operation.parameters) {
        if (!values.contains(parameter.name) || ParameterValidator::isManaged(parameter)) {
            continue;
        }
        const QString value = wireValue(values.value(parameter.name));
        if (parameter.location == ParameterLocation::Path) {
            // Every reserved byte is encoded, '/' included, so a value never adds a path segment; "." and ".."
            // (refused by the validator) are encoded too, so no URL normalization can climb out of the path.
            const bool dotsOnly = value == u"." || value == u"..";
            path.replace(QByteArray("{" + parameter.name.toUtf8() + "}"),
                         QUrl::toPercentEncoding(value, QByteArray(), dotsOnly ? "." : QByteArray()));
        } else if (parameter.location == ParameterLocation::Query) {
            if (value.isEmpty() && !parameter.required) {
                continue; // an empty optional field means "not given"
            }
            query +=
                (query.isEmpty() ? "" : "&") + QUrl::toPercentEncoding(parameter.name) + '=' + encodeQueryValue(value);
        }
    }
    QByteArray base = baseUrl.toEncoded(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    QByteArray encoded = base + path;
    if (!query.isEmpty()) {
        encoded += '?' + query;
    }
    return QUrl::fromEncoded(encoded, QUrl::StrictMode);
}

BuiltRequest RequestBuilder::build(const Operation &operation, const ParameterValues &values,
                                   const RequestContext &context)
{
    BuiltRequest built;
    built.method = operation.method.toLatin1();
    QNetworkRequest &request = built.request;
    request.setUrl(url(operation, values, context.baseUrl));
    request.setTransferTimeout(context.transferTimeoutMs);
    // Our ResponseCache decides what is fresh; never let a QNetworkAccessManager cache answer instead.
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    RedirectGuard::prepare(request); // the bearer token never follows a redirect to another server
    request.setRawHeader("User-Agent", context.userAgent.toHeaderValue());
    request.setRawHeader("Accept", "application/json");
    static const QRegularExpression datePattern(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    if (datePattern.match(context.compatibilityDate).hasMatch()) {
        request.setRawHeader("X-Compatibility-Date", context.compatibilityDate.toLatin1());
    }
    if (!context.tenant.isEmpty()) {
        request.setRawHeader("X-Tenant", context.tenant.toUtf8());
    }
    if (!context.language.isEmpty()) {
        request.setRawHeader("Accept-Language", context.language.toLatin1());
    }
    // The base URL's server was checked before the token was handed over; the token goes only to that
    // origin, whatever a spec's path did to the URL built from it.
    if (!context.accessToken.isEmpty() && RedirectGuard::sameOrigin(request.url(), context.baseUrl)) {
        request.setRawHeader("Authorization", "Bearer " + context.accessToken.toLatin1());
    }
    if (!context.ifNoneMatch.isEmpty()) {
        request.setRawHeader("If-None-Match", context.ifNoneMatch);
    }
    if (!context.ifModifiedSince.isEmpty()) {
        request.setRawHeader("If-Modified-Since", context.ifModifiedSince);
    }
    for (const Parameter &parameter : operation.parameters) {
        if (parameter.location == ParameterLocation::Header && !ParameterValidator::isManaged(parameter) &&
            values.contains(parameter.name)) {
            const QByteArray value = wireValue(values.value(parameter.name)).toUtf8();
            // The validator refuses these; never let one through to split the request if it was skipped.
            if (!value.contains('\r') && !value.contains('\n') && !value.contains('\0')) {
                request.setRawHeader(parameter.name.toLatin1(), value);
            }
        }
    }
    if (!operation.requestBodySchema.isEmpty() && values.hasBody()) {
        built.body = values.body().toUtf8();
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    }
    return built;
}

} // namespace Esi::Core
