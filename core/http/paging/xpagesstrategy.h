#pragma once

#include "core/http/paging/pagingstrategy.h"

#include <QByteArray>

namespace Esi::Core {

// Page numbers: query `page` (1-based), the count in page 1's X-Pages header. Page 1 goes first (without
// `page`, so it shares its URL and cache entry with a single-page call); pages 2..X-Pages may then all run at
// once. A later page whose Last-Modified or X-Pages differs from page 1's means the data changed mid-fetch.
class XPagesStrategy : public PagingStrategy
{
public:
    PagingStyle style() const override { return PagingStyle::Page; }

    bool hasPageNumbers() const override { return true; }

    std::unique_ptr<PagingStrategy> clone() const override;
    void start(ParameterValues values) override;
    bool mayRequest(int request) const override;
    ParameterValues requestValues(int request) const override;
    Verdict accept(int request, const PageResult &page, int pagesKept, int maxPages) override;
    void restart() override;
    std::optional<int> pageCount() const override;
    int announcedPages(const RawHeaders &firstHeaders) const override;

private:
    ParameterValues m_values; // without `page`
    int m_total = 0;          // 0 until page 1 arrived
    QByteArray m_lastModified;
    QByteArray m_pageCount;
};

} // namespace Esi::Core
