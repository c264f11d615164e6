#pragma once

#include "core/snippets/snippetrequest.h"

namespace Esi::Core {

// The request as a Python 3 script using requests: the same URL, headers and body ESI Studio sends, the paging
// loop the engine would walk (X-Pages, cursor, from_id), the result printed as JSON. The token is read from
// os.environ["ESI_TOKEN"] unless the request holds the real one.
class PythonSnippet
{
public:
    static QString build(const SnippetRequest &request);
};

} // namespace Esi::Core
