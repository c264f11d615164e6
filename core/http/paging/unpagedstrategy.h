#pragma once

#include "core/http/paging/pagingstrategy.h"

namespace Esi::Core {

// One request with the values as given: operations that are not paged, and single-page calls.
class UnpagedStrategy : public PagingStrategy
{
public:
    PagingStyle style() const override { return PagingStyle::None; }

    std::unique_ptr<PagingStrategy> clone() const override;
    void start(ParameterValues values) override;
    bool mayRequest(int request) const override;
    ParameterValues requestValues(int request) const override;
    Verdict accept(int request, const PageResult &page, int pagesKept, int maxPages) override;

private:
    ParameterValues m_values;
};

} // namespace Esi::Core
