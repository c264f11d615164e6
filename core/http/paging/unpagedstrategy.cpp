#include "core/http/paging/unpagedstrategy.h"

namespace Esi::Core {

std::unique_ptr<PagingStrategy> UnpagedStrategy::clone() const
{
    return std::make_unique<UnpagedStrategy>();
}

void UnpagedStrategy::start(ParameterValues values)
{
    m_values = std::move(values);
}

bool UnpagedStrategy::mayRequest(int request) const
{
    return request == 1;
}

ParameterValues UnpagedStrategy::requestValues(int) const
{
    return m_values;
}

PagingStrategy::Verdict UnpagedStrategy::accept(int, const PageResult &, int, int)
{
    return Verdict::last();
}

} // namespace Esi::Core
