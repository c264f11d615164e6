#include "core/http/paging/pagingstrategy.h"

#include "core/http/paging/cursorstrategy.h"
#include "core/http/paging/fromidstrategy.h"
#include "core/http/paging/unpagedstrategy.h"
#include "core/http/paging/xpagesstrategy.h"

namespace Esi::Core {

std::unique_ptr<PagingStrategy> PagingStrategy::forOperation(const Spec &spec, const Operation &operation)
{
    switch (operation.paging) {
    case PagingStyle::Page:
        return std::make_unique<XPagesStrategy>();
    case PagingStyle::Cursor:
        return std::make_unique<CursorStrategy>(CursorStrategy::largestLimit(spec, operation));
    case PagingStyle::FromId:
        return std::make_unique<FromIdStrategy>(FromIdStrategy::idFieldOf(spec, operation));
    case PagingStyle::None:
        break;
    }
    return std::make_unique<UnpagedStrategy>();
}

std::unique_ptr<PagingStrategy> PagingStrategy::forStyle(PagingStyle style, const QString &fromIdField)
{
    switch (style) {
    case PagingStyle::Page:
        return std::make_unique<XPagesStrategy>();
    case PagingStyle::Cursor:
        return std::make_unique<CursorStrategy>();
    case PagingStyle::FromId:
        return std::make_unique<FromIdStrategy>(fromIdField);
    case PagingStyle::None:
        break;
    }
    return std::make_unique<UnpagedStrategy>();
}

} // namespace Esi::Core
