#include "core/snippets/snippetrequest.h"

#include "core/http/paging/cursorstrategy.h"
#include "core/http/paging/fromidstrategy.h"
#include "core/http/paging/pagingstrategy.h"

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

SnippetRequest SnippetRequest::describe(const Spec &spec, const Operation &operation, const ParameterValues &values,
                                        const CallOptions &options, const RequestContext &context, bool includeToken)
{
    SnippetRequest request;
    request.operationId = operation.operationId;
    request.values = values;
    request.language = options.language;
    request.characterId = options.characterId;
    request.baseUrl = context.baseUrl.toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);
    request.compatibilityDate = context.compatibilityDate;

    ParameterValues sent = values;
    const std::unique_ptr<PagingStrategy> paging = PagingStrategy::forOperation(spec, operation);
    if (options.mode == CallMode::AllPages && paging->isPaged() && paging->canWalk()) {
        request.allPages = true;
        switch (paging->style()) {
        case PagingStyle::Page:
            request.walk = Walk::Pages;
            request.walkParameter = u"page"_s;
            break;
        case PagingStyle::Cursor: {
            request.walk = Walk::Cursor;
            // The engine's walk: the largest page the route allows unless a limit was chosen, then `before`
            // (or `after` when the call started with one) from each answer's cursor.
            const std::optional<qint64> largest = CursorStrategy::largestLimit(spec, operation);
            if (largest && !sent.contains(u"limit")) {
                sent.set(u"limit"_s, QString::number(*largest));
            }
            request.walkParameter = sent.contains(u"after") ? u"after"_s : u"before"_s;
            break;
        }
        case PagingStyle::FromId:
            request.walk = Walk::FromId;
            request.walkParameter = u"from_id"_s;
            request.fromIdField = FromIdStrategy::idFieldOf(spec, operation);
            break;
        case PagingStyle::None:
            break;
        }
    }

    RequestContext effective = context;
    effective.ifNoneMatch.clear();
    effective.ifModifiedSince.clear();
    if (!includeToken || effective.accessToken.isEmpty()) {
        effective.accessToken = operation.authed ? QString::fromLatin1(tokenPlaceholder) : QString();
    }
    request.tokenPlaceholderUsed = operation.authed && effective.accessToken == QLatin1StringView(tokenPlaceholder);
    // The walked parameter is the loop's: the URL leaves it out, and a value the call started from is kept aside.
    if (request.walk != Walk::None) {
        request.walkStart = request.walk == Walk::Pages ? QString() : sent.value(request.walkParameter);
        sent.remove(request.walkParameter);
        if (request.walk == Walk::Cursor) {
            sent.remove(request.walkParameter == u"before" ? u"after"_s : u"before"_s);
        }
    }
    const BuiltRequest built = RequestBuilder::build(operation, sent, effective);
    request.method = QString::fromLatin1(built.method);
    request.url = built.request.url().toString(QUrl::FullyEncoded);
    const QList<QByteArray> names = built.request.rawHeaderList();
    for (const QByteArray &name : names) {
        request.headers.append({QString::fromLatin1(name), QString::fromUtf8(built.request.rawHeader(name))});
    }
    request.body = QString::fromUtf8(built.body);
    return request;
}

bool SnippetRequest::isTokenHeader(const std::pair<QString, QString> &header) const
{
    return tokenPlaceholderUsed && header.first.compare(u"Authorization", Qt::CaseInsensitive) == 0 &&
           header.second == u"Bearer "_s + QLatin1StringView(tokenPlaceholder);
}

QString SnippetRequest::shellWord(const QString &text, bool always)
{
    constexpr QLatin1StringView plain("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-=,./:@%+");
    bool quote = always || text.isEmpty();
    for (const QChar c : text) {
        quote = quote || !plain.contains(c);
    }
    if (!quote) {
        return text;
    }
    QString quoted = text;
    quoted.replace(u'\'', u"'\\''"_s);
    return u'\'' + quoted + u'\'';
}

QString SnippetRequest::stringLiteral(const QString &text)
{
    QString literal;
    literal.reserve(text.size() + 2);
    literal.append(u'"');
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            literal.append(c); // a pair: one character, written as UTF-8
            literal.append(text.at(++i));
            continue;
        }
        switch (u) {
        case u'"':
            literal.append(u"\\\""_s);
            break;
        case u'\\':
            literal.append(u"\\\\"_s);
            break;
        case u'\n':
            literal.append(u"\\n"_s);
            break;
        case u'\r':
            literal.append(u"\\r"_s);
            break;
        case u'\t':
            literal.append(u"\\t"_s);
            break;
        default:
            if (u < 0x20 || u == 0x7f || u == 0x2028 || u == 0x2029 || c.isSurrogate()) {
                literal.append(u"\\u"_s + QString::number(u, 16).rightJustified(4, u'0'));
            } else {
                literal.append(c);
            }
        }
    }
    literal.append(u'"');
    return literal;
}

} // namespace Esi::Core
