#pragma once

#include "core/snippets/snippetrequest.h"

namespace Esi::Core {

// The call as an `esi call` command line for a POSIX shell: the operation, its name=value words, --all-pages when
// the engine walks every page, --lang, --character, and --compat (with --base-url for a server other than ESI) so
// that esi sends the same X-Compatibility-Date. esi uses its own signed-in characters: no token is ever written.
class EsiCommandSnippet
{
public:
    static QString build(const SnippetRequest &request);
};

} // namespace Esi::Core
