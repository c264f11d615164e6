#pragma once

#include "core/snippets/snippetrequest.h"

namespace Esi::Core {

// The request as a JavaScript module for Node 18 or later (fetch built in; browsers refuse to set User-Agent):
// the same URL, headers and body ESI Studio sends, the paging loop the engine would walk, the result printed as
// JSON. The token is read from process.env.ESI_TOKEN unless the request holds the real one. Cursor and from_id
// values are percent-encoded as the engine does (encodeURIComponent, plus !'()*, commas kept).
class JavaScriptSnippet
{
public:
    static QString build(const SnippetRequest &request);
};

} // namespace Esi::Core
