#include "core/esilanguages.h"

#include "esilanguagelist.h"

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

const QStringList &EsiLanguages::codes()
{
    static const QStringList codes = QString::fromLatin1(ESI_LANGUAGE_CODES).split(u' ', Qt::SkipEmptyParts);
    return codes;
}

} // namespace Esi::Core
