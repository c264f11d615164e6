#include "core/http/pagingrun.h"

#include "core/http/responseguard.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

PagingRun::PagingRun(PagingStyle style, QString language, ParameterValues values, int maxSnapshotAttempts,
                     QString fromIdField)
    : m_style(style)
    , m_language(std::move(language))
    , m_values(std::move(values))
    , m_maxAttempts(std::max(1, maxSnapshotAttempts))
    , m_fromIdField(std::move(fromIdField))
{
    if (m_style == PagingStyle::Page) {
        m_values.remove(u"page");
    } else if (m_style == PagingStyle::Cursor) {
        m_cursorDirection = m_values.contains(u"after") ? u"after"_s : u"before"_s;
    } else if (m_style == PagingStyle::FromId && m_fromIdField.isEmpty()) {
        m_style = PagingStyle::None; // nothing to walk by: one request, as asked
    }
}

PageTask PagingRun::task(int page, ParameterValues values)
{
    return PageTask{page, std::move(values), m_allowFreshHit, m_generation};
}

std::optional<PageTask> PagingRun::takeNext()
{
    if (m_finished) {
        return std::nullopt;
    }
    if (m_style == PagingStyle::Page) {
        if (m_total == 0 && m_nextPage > 1) {
            return std::nullopt; // X-Pages is not known before page 1 is back
        }
        if (m_total > 0 && m_nextPage > m_total) {
            return std::nullopt;
        }
        const int page = m_nextPage++;
        ParameterValues values = m_values;
        if (page > 1) { // page 1 without `page`: the same URL, and cache entry, as a single-page call
            values.set(u"page"_s, QString::number(page));
        }
        return task(page, std::move(values));
    }
    if (m_waiting) {
        return std::nullopt;
    }
    m_waiting = true;
    return task(m_nextPage++, m_values);
}

PagingRun::Step PagingRun::accept(const PageTask &task, const PageResult &page)
{
    if (task.generation != m_generation || m_finished) {
        return Step::Continue; // an answer from before a restart
    }
    switch (m_style) {
    case PagingStyle::Page:
        return acceptPage(task, page);
    case PagingStyle::Cursor:
    case PagingStyle::FromId: {
        const Step step = m_style == PagingStyle::Cursor ? acceptCursor(page) : acceptFromId(page);
        if (step == Step::Continue && pagesDone() >= m_maxPages) {
            return failWith(CallError::LimitExceeded, ResponseGuard::tooManyStepsMessage(m_maxPages));
        }
        return step;
    }
    case PagingStyle::None:
        break;
    }
    m_waiting = false;
    m_pages.insert(page.page, page);
    m_finished = true;
    return Step::Finished;
}

PagingRun::Step PagingRun::acceptPage(const PageTask &task, const PageResult &page)
{
    const QByteArray lastModified = headerValue(page.headers, "Last-Modified").trimmed();
    const QByteArray pageCount = headerValue(page.headers, "X-Pages").trimmed();
    if (task.page == 1) {
        m_lastModified = lastModified;
        m_pageCount = pageCount;
        const ResponseGuard::PageCount count = ResponseGuard::pageCount(pageCount, m_maxPages);
        if (count.error != CallError::None) {
            m_pages.insert(task.page, page); // kept for diagnosis
            return failWith(count.error, count.message);
        }
        m_total = count.pages;
    } else {
        const bool changed = (!lastModified.isEmpty() && !m_lastModified.isEmpty() && lastModified != m_lastModified) ||
                             (!pageCount.isEmpty() && !m_pageCount.isEmpty() && pageCount != m_pageCount);
        if (changed && m_attempt < m_maxAttempts) {
            ++m_attempt;
            ++m_generation;
            m_pages.clear();
            m_total = 0;
            m_nextPage = 1;
            m_allowFreshHit = false; // the cached pages may be the stale half of the mix
            return Step::Restarted;
        }
        if (changed) {
            m_consistent = false;
        }
    }
    m_pages.insert(task.page, page);
    if (m_pages.size() >= m_total) {
        m_finished = true;
        return Step::Finished;
    }
    return Step::Continue;
}

PagingRun::Step PagingRun::failWith(CallError error, const QString &message)
{
    m_waiting = false;
    m_finished = true;
    m_failure = Failure{error, message};
    return Step::Failed;
}

PagingRun::Step PagingRun::acceptCursor(const PageResult &page)
{
    m_waiting = false;
    m_pages.insert(page.page, page);
    const QJsonObject body = QJsonDocument::fromJson(page.body).object();
    const QString list = cursorListProperty(body);
    const QString token = body.value(u"cursor"_s).toObject().value(m_cursorDirection).toString();
    if (list.isEmpty() || body.value(list).toArray().isEmpty() || token.isEmpty() || m_seenCursors.contains(token)) {
        m_finished = true;
        return Step::Finished;
    }
    m_seenCursors.insert(token);
    m_values.remove(m_cursorDirection == u"before" ? u"after" : u"before");
    m_values.set(m_cursorDirection, token);
    return Step::Continue;
}

PagingRun::Step PagingRun::acceptFromId(const PageResult &page)
{
    m_waiting = false;
    const QJsonArray items = QJsonDocument::fromJson(page.body).array();
    bool sawNewId = false;
    for (const QJsonValue &item : items) {
        const QJsonValue id = item.toObject().value(m_fromIdField);
        if (id.isDouble() && !m_seenIds.contains(id.toInteger())) {
            m_seenIds.insert(id.toInteger());
            sawNewId = true;
        }
    }
    if (sawNewId || m_pages.isEmpty()) {
        m_pages.insert(page.page, page);
    }
    if (!sawNewId) {
        m_finished = true;
        return Step::Finished;
    }
    m_values.set(u"from_id"_s, QString::number(*std::min_element(m_seenIds.cbegin(), m_seenIds.cend())));
    return Step::Continue;
}

int PagingRun::pagesTotal() const
{
    if (m_style == PagingStyle::Page) {
        return std::max(1, m_total);
    }
    return pagesDone() + (m_finished ? 0 : 1);
}

} // namespace Esi::Core
