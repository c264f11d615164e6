#pragma once

#include "core/http/calloptions.h"
#include "core/http/parametervalues.h"
#include "core/http/requestbuilder.h"
#include "core/spec/spec.h"

#include <QList>
#include <QString>
#include <utility>

namespace Esi::Core {

// One call as the code generators (EsiCommandSnippet, PythonSnippet, JavaScriptSnippet) write it: the request
// RequestBuilder builds for the call engine (method, URL with encoded path and query, every header, the body) and
// how the engine walks the result (PagingStrategy): X-Pages page numbers, cursor before/after, from_id, or one
// request. The access token is a placeholder that each language turns into its environment variable (ESI_TOKEN),
// unless the caller passed the real token on purpose.
struct SnippetRequest
{
    enum class Walk { None, Pages, Cursor, FromId };

    static constexpr auto tokenPlaceholder = "ESI_TOKEN_PLACEHOLDER";

    QString operationId;
    QString method; // GET, POST, PUT, DELETE
    QString url;    // fully encoded; without the parameter a walk sets (page, before/after, from_id)
    QList<std::pair<QString, QString>> headers; // in the order the engine sets them
    QString body;                               // JSON text, empty when none
    bool tokenPlaceholderUsed = false;          // Authorization is "Bearer " + tokenPlaceholder

    Walk walk = Walk::None;
    QString walkParameter; // "page", "before" or "after", "from_id"
    QString walkStart;     // its value in the first request (a cursor or from_id the call started from); empty: none
    QString fromIdField;   // the item field whose smallest value the next from_id is

    // For the esi command: the same call in esi's words.
    ParameterValues values;
    bool allPages = false;
    QString language;
    qint64 characterId = 0;
    QString baseUrl;
    QString compatibilityDate;

    // `context.accessToken` is used only with `includeToken`; otherwise an authed operation gets the placeholder.
    static SnippetRequest describe(const Spec &spec, const Operation &operation, const ParameterValues &values,
                                   const CallOptions &options, const RequestContext &context, bool includeToken);

    // Whether `header` is the Authorization header holding the placeholder.
    bool isTokenHeader(const std::pair<QString, QString> &header) const;

    // A word for a POSIX shell: as it is when it holds only safe characters (letters, digits, _-=,./:@%+) and
    // `always` is false, else in single quotes with ' written as '\''.
    static QString shellWord(const QString &text, bool always = false);

    // A double-quoted string literal that Python and JavaScript both read back as `text`: \ " and every control
    // character escaped, U+2028/U+2029 and lone surrogates too (old JavaScript ends a line at the former); other text
    // as it is (UTF-8).
    static QString stringLiteral(const QString &text);
};

} // namespace Esi::Core
