#include "core/snippets/javascriptsnippet.h"

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

QString JavaScriptSnippet::build(const SnippetRequest &request)
{
    const auto literal = [](const QString &text) { return SnippetRequest::stringLiteral(text); };
    const QString separator = request.url.contains(u'?') ? u"&"_s : u"?"_s;
    QStringList lines;
    lines << u"// %1 as ESI Studio sends it. Node 18 or later: node %2.mjs"_s.arg(request.operationId,
                                                                                  request.operationId);
    if (request.tokenPlaceholderUsed) {
        lines << u"// The access token is read from the ESI_TOKEN environment variable."_s;
    }
    lines << u"const URL_BASE = "_s + literal(request.url) + u';' << u"const HEADERS = {"_s;
    for (const auto &header : request.headers) {
        const QString value =
            request.isTokenHeader(header) ? u"\"Bearer \" + process.env.ESI_TOKEN"_s : literal(header.second);
        lines << u"  %1: %2,"_s.arg(literal(header.first), value);
    }
    lines << u"};"_s;
    const bool hasBody = !request.body.isEmpty();
    if (hasBody) {
        lines << u"const BODY = "_s + literal(request.body) + u';';
    }
    lines << QString() << u"async function fetchEsi(url) {"_s
          << u"  const response = await fetch(url, { method: %1, headers: HEADERS%2 });"_s.arg(
                 literal(request.method), hasBody ? u", body: BODY"_s : QString())
          << u"  if (!response.ok) {"_s << u"    throw new Error(`${response.status} ${await response.text()}`);"_s
          << u"  }"_s << u"  return response;"_s << u"}"_s << QString();
    if (request.walk == SnippetRequest::Walk::Cursor) {
        lines << u"function encode(value) {"_s << u"  return encodeURIComponent(value)"_s
              << u"    .replace(/[!'()*]/g, (c) => \"%\" + c.charCodeAt(0).toString(16).toUpperCase())"_s
              << u"    .replace(/%2C/g, \",\");"_s << u"}"_s << QString();
    }
    lines << u"async function main() {"_s;
    switch (request.walk) {
    case SnippetRequest::Walk::None:
        lines << u"  const result = await (await fetchEsi(URL_BASE)).json();"_s;
        break;
    case SnippetRequest::Walk::Pages:
        lines << u"  const result = [];"_s << u"  for (let page = 1; ; page++) {"_s
              << u"    const response = await fetchEsi(URL_BASE + \"%1page=\" + page);"_s.arg(separator)
              << u"    result.push(...(await response.json()));"_s
              << u"    if (page >= Number(response.headers.get(\"X-Pages\") ?? \"1\")) {"_s << u"      break;"_s
              << u"    }"_s << u"  }"_s;
        break;
    case SnippetRequest::Walk::Cursor:
        lines << u"  const result = [];"_s
              << u"  let cursor = "_s + (request.walkStart.isEmpty() ? u"null"_s : literal(request.walkStart)) + u';'
              << u"  const seen = new Set();"_s << u"  for (;;) {"_s
              << u"    const url = cursor === null ? URL_BASE : URL_BASE + \"%1%2=\" + encode(cursor);"_s.arg(
                     separator, request.walkParameter)
              << u"    const body = await (await fetchEsi(url)).json();"_s
              << u"    const list = Object.entries(body).find(([key, value]) => key !== \"cursor\" && "
                 "Array.isArray(value));"_s
              << u"    const items = list ? list[1] : [];"_s << u"    result.push(...items);"_s
              << u"    cursor = body.cursor?.[%1] ?? null;"_s.arg(literal(request.walkParameter))
              << u"    if (items.length === 0 || !cursor || seen.has(cursor)) {"_s << u"      break;"_s << u"    }"_s
              << u"    seen.add(cursor);"_s << u"  }"_s;
        break;
    case SnippetRequest::Walk::FromId:
        lines << u"  const result = [];"_s
              << u"  let fromId = "_s +
                     (request.walkStart.isEmpty() ? u"null"_s : u"Number(%1)"_s.arg(literal(request.walkStart))) + u';'
              << u"  const seen = new Set();"_s << u"  for (;;) {"_s
              << u"    const url = fromId === null ? URL_BASE : URL_BASE + \"%1from_id=\" + fromId;"_s.arg(separator)
              << u"    const items = (await (await fetchEsi(url)).json()).filter((item) => !seen.has(item[%1]));"_s.arg(
                     literal(request.fromIdField))
              << u"    if (items.length === 0) {"_s << u"      break;"_s << u"    }"_s
              << u"    result.push(...items);"_s
              << u"    items.forEach((item) => seen.add(item[%1]));"_s.arg(literal(request.fromIdField))
              << u"    fromId = items.reduce((low, item) => Math.min(low, item[%1]), fromId ?? Infinity);"_s.arg(
                     literal(request.fromIdField))
              << u"  }"_s;
        break;
    }
    lines << u"  console.log(JSON.stringify(result, null, 2));"_s << u"}"_s << QString()
          << u"main().catch((error) => {"_s << u"  console.error(error.message);"_s << u"  process.exitCode = 1;"_s
          << u"});"_s;
    return lines.join(u'\n') + u'\n';
}

} // namespace Esi::Core
