#include "core/snippets/pythonsnippet.h"

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

namespace {

QString walkDescription(const SnippetRequest &request)
{
    switch (request.walk) {
    case SnippetRequest::Walk::Pages:
        return u"every page (X-Pages)"_s;
    case SnippetRequest::Walk::Cursor:
        return u"every page, following the cursor's \"%1\""_s.arg(request.walkParameter);
    case SnippetRequest::Walk::FromId:
        return u"every page, from_id walking down %1"_s.arg(request.fromIdField);
    case SnippetRequest::Walk::None:
        break;
    }
    return u"one request"_s;
}

} // namespace

QString PythonSnippet::build(const SnippetRequest &request)
{
    const auto literal = [](const QString &text) { return SnippetRequest::stringLiteral(text); };
    const QString separator = request.url.contains(u'?') ? u"&"_s : u"?"_s;
    QStringList lines;
    lines << u"#!/usr/bin/env python3"_s
          << u"# %1 as ESI Studio sends it: %2."_s.arg(request.operationId, walkDescription(request));
    if (request.tokenPlaceholderUsed) {
        lines << u"# The access token is read from the ESI_TOKEN environment variable."_s;
    }
    lines << u"import json"_s;
    if (request.tokenPlaceholderUsed) {
        lines << u"import os"_s;
    }
    if (request.walk == SnippetRequest::Walk::Cursor) {
        lines << u"from urllib.parse import quote"_s;
    }
    lines << QString() << u"import requests"_s << QString() << u"URL = "_s + literal(request.url) << u"HEADERS = {"_s;
    for (const auto &header : request.headers) {
        const QString value =
            request.isTokenHeader(header) ? u"\"Bearer \" + os.environ[\"ESI_TOKEN\"]"_s : literal(header.second);
        lines << u"    %1: %2,"_s.arg(literal(header.first), value);
    }
    lines << u"}"_s;
    const bool hasBody = !request.body.isEmpty();
    if (hasBody) {
        lines << u"BODY = "_s + literal(request.body);
    }
    lines << QString() << QString() << u"def fetch(url):"_s
          << u"    response = requests.request(%1, url, headers=HEADERS%2, timeout=30)"_s.arg(
                 literal(request.method), hasBody ? u", data=BODY.encode(\"utf-8\")"_s : QString())
          << u"    if not response.ok:"_s << u"        raise SystemExit(f\"{response.status_code} {response.text}\")"_s
          << u"    return response"_s << QString() << QString();
    switch (request.walk) {
    case SnippetRequest::Walk::None:
        lines << u"result = fetch(URL).json()"_s;
        break;
    case SnippetRequest::Walk::Pages:
        lines << u"result = []"_s << u"page = 1"_s << u"while True:"_s
              << u"    response = fetch(URL + \"%1page=\" + str(page))"_s.arg(separator)
              << u"    result.extend(response.json())"_s
              << u"    if page >= int(response.headers.get(\"X-Pages\", \"1\")):"_s << u"        break"_s
              << u"    page += 1"_s;
        break;
    case SnippetRequest::Walk::Cursor:
        lines << u"result = []"_s
              << u"cursor = "_s + (request.walkStart.isEmpty() ? u"None"_s : literal(request.walkStart))
              << u"seen = set()"_s << u"while True:"_s
              << u"    response = fetch(URL if cursor is None else URL + \"%1%2=\" + quote(cursor, safe=\",\"))"_s.arg(
                     separator, request.walkParameter)
              << u"    body = response.json()"_s
              << u"    items = next((value for key, value in body.items() if key != \"cursor\" and "
                 "isinstance(value, list)), [])"_s
              << u"    result.extend(items)"_s
              << u"    cursor = (body.get(\"cursor\") or {}).get(%1)"_s.arg(literal(request.walkParameter))
              << u"    if not items or not cursor or cursor in seen:"_s << u"        break"_s
              << u"    seen.add(cursor)"_s;
        break;
    case SnippetRequest::Walk::FromId:
        lines << u"result = []"_s
              << u"from_id = "_s +
                     (request.walkStart.isEmpty() ? u"None"_s : u"int(%1)"_s.arg(literal(request.walkStart)))
              << u"seen = set()"_s << u"while True:"_s
              << u"    response = fetch(URL if from_id is None else URL + \"%1from_id=\" + str(from_id))"_s.arg(
                     separator)
              << u"    items = [item for item in response.json() if item.get(%1) not in seen]"_s.arg(
                     literal(request.fromIdField))
              << u"    if not items:"_s << u"        break"_s << u"    result.extend(items)"_s
              << u"    seen.update(item.get(%1) for item in items)"_s.arg(literal(request.fromIdField))
              << u"    from_id = min(seen)"_s;
        break;
    }
    lines << u"print(json.dumps(result, indent=2, ensure_ascii=False))"_s;
    return lines.join(u'\n') + u'\n';
}

} // namespace Esi::Core
