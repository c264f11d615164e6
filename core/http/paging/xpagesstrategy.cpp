#include "core/http/paging/xpagesstrategy.h"

#include "core/http/responseguard.h"

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

std::unique_ptr<PagingStrategy> XPagesStrategy::clone() const
{
    return std::make_unique<XPagesStrategy>();
}

void XPagesStrategy::start(ParameterValues values)
{
    m_values = std::move(values);
    m_values.remove(u"page");
}

bool XPagesStrategy::mayRequest(int request) const
{
    // Pages after the first wait for page 1's X-Pages.
    return m_total == 0 ? request == 1 : request <= m_total;
}

ParameterValues XPagesStrategy::requestValues(int request) const
{
    ParameterValues values = m_values;
    if (request > 1) {
        values.set(u"page"_s, QString::number(request));
    }
    return values;
}

PagingStrategy::Verdict XPagesStrategy::accept(int request, const PageResult &page, int pagesKept, int maxPages)
{
    const QByteArray lastModified = headerValue(page.headers, "Last-Modified").trimmed();
    const QByteArray pageCount = headerValue(page.headers, "X-Pages").trimmed();
    Verdict verdict;
    if (request == 1) {
        m_lastModified = lastModified;
        m_pageCount = pageCount;
        const ResponseGuard::PageCount count = ResponseGuard::pageCount(pageCount, maxPages);
        if (count.error != CallError::None) {
            verdict.error = count.error; // page 1 is kept for diagnosis
            verdict.message = count.message;
            return verdict;
        }
        m_total = count.pages;
    } else {
        verdict.snapshotChanged =
            (!lastModified.isEmpty() && !m_lastModified.isEmpty() && lastModified != m_lastModified) ||
            (!pageCount.isEmpty() && !m_pageCount.isEmpty() && pageCount != m_pageCount);
    }
    verdict.done = pagesKept + 1 >= m_total;
    return verdict;
}

void XPagesStrategy::restart()
{
    m_total = 0;
}

std::optional<int> XPagesStrategy::pageCount() const
{
    return std::max(1, m_total);
}

int XPagesStrategy::announcedPages(const RawHeaders &firstHeaders) const
{
    return headerValue(firstHeaders, "X-Pages").toInt();
}

} // namespace Esi::Core
