#pragma once

#include <QStringList>

namespace Esi::Core {

// ESI's languages, in ESI's order: the codes ESI accepts in Accept-Language and ESI Studio's interface
// languages. The one list is ESI_LANGUAGES in core/languages.cmake; this reads what the build generated.
class EsiLanguages
{
public:
    static const QStringList &codes();
};

} // namespace Esi::Core
