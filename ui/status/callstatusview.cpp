#include "ui/status/callstatusview.h"

#include "core/clock.h"
#include "core/http/httpdate.h"
#include "ui/widgets/flowlayout.h"
#include "ui/widgets/humanformat.h"

#include <QLabel>
#include <QLocale>
#include <QSet>
#include <QTextDocumentFragment>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

namespace {

QString reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return u"OK"_s;
    case 304:
        return u"Not Modified"_s;
    case 400:
        return u"Bad Request"_s;
    case 401:
        return u"Unauthorized"_s;
    case 403:
        return u"Forbidden"_s;
    case 404:
        return u"Not Found"_s;
    case 420:
        return u"Error Limited"_s;
    case 422:
        return u"Unprocessable Entity"_s;
    case 429:
        return u"Too Many Requests"_s;
    case 500:
        return u"Internal Server Error"_s;
    case 502:
        return u"Bad Gateway"_s;
    case 503:
        return u"Service Unavailable"_s;
    case 504:
        return u"Gateway Timeout"_s;
    default:
        return {};
    }
}

} // namespace

CallStatusView::CallStatusView(const Core::Clock &clock, QWidget *parent)
    : QFrame(parent)
    , m_clock(clock)
    , m_ticker(new QTimer(this))
{
    setObjectName(u"callStatusView"_s);
    setAccessibleName(tr("Response status"));
    setFrameShape(QFrame::StyledPanel);

    m_summary = addLabel("statusSummaryLabel", tr("Outcome"));
    m_served = addLabel("statusServedLabel", tr("Served from"));
    m_expiresLabel = addLabel("statusExpiresLabel", tr("Expires"));
    m_etag = addLabel("statusEtagLabel", tr("ETag"));
    m_lastModified = addLabel("statusLastModifiedLabel", tr("Last-Modified"));
    m_pages = addLabel("statusPagesLabel", tr("X-Pages"));
    m_requests = addLabel("statusRequestsLabel", tr("Requests"));
    m_summary->setTextFormat(Qt::RichText);
    m_etag->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_summary->setWordWrap(true);
    // Chips flow onto a second line in a narrow window instead of forcing the panel wider.
    auto *chips = new FlowLayout(nullptr, 18, 2);
    for (QLabel *label : {m_served, m_expiresLabel, m_pages, m_etag, m_lastModified, m_requests}) {
        chips->addWidget(label);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(2);
    layout->addWidget(m_summary);
    layout->addLayout(chips);

    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, &CallStatusView::updateCountdown);
    clear();
}

QLabel *CallStatusView::addLabel(const char *objectName, const QString &accessibleName)
{
    auto *label = new QLabel(this);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setAccessibleName(accessibleName);
    label->setTextFormat(Qt::RichText);
    return label;
}

QString CallStatusView::chip(const QString &key, const QString &value) const
{
    return u"<span style=\"color:%1\">"_s.arg(palette().color(QPalette::PlaceholderText).name()) + key.toHtmlEscaped() +
           u"</span> "_s + value.toHtmlEscaped();
}

void CallStatusView::clear()
{
    m_ticker->stop();
    m_expires = {};
    m_summary->setText(u"<span style=\"color:%1\">"_s.arg(palette().color(QPalette::PlaceholderText).name()) +
                       tr("No call yet: fill in the parameters and press Run.").toHtmlEscaped() + u"</span>"_s);
    for (QLabel *label : {m_served, m_expiresLabel, m_etag, m_lastModified, m_pages, m_requests}) {
        label->clear();
        label->hide();
    }
}

void CallStatusView::showRunning(const Core::CallRequest &request)
{
    clear();
    m_summary->setText(tr("Running %1\u2026").arg(request.operationId).toHtmlEscaped());
}

void CallStatusView::setOutcome(const Core::CallOutcomePtr &outcome)
{
    clear();
    if (!outcome) {
        return;
    }
    const Core::CallResult &result = outcome->result;
    const qint64 rows = outcome->data ? outcome->data->totalRowCount() : 0;
    const QString elapsed = HumanFormat::duration(outcome->startedAt.msecsTo(outcome->finishedAt));
    if (result.isOk()) {
        const int status = result.pages.isEmpty() ? 0 : result.pages.constFirst().status;
        m_summary->setText(
            u"<b style=\"color:#2e9d4f\">\u25cf %1 %2</b> "_s.arg(status).arg(reasonPhrase(status).toHtmlEscaped()) +
            tr("%1 pages \u00b7 %2 rows \u00b7 %3 \u00b7 %4")
                .arg(HumanFormat::count(result.pages.size()), HumanFormat::count(rows),
                     HumanFormat::bytes(result.statistics.bytes), elapsed)
                .toHtmlEscaped());
    } else {
        const QString status =
            result.httpStatus > 0 ? u"%1 %2 "_s.arg(result.httpStatus).arg(reasonPhrase(result.httpStatus)) : QString();
        m_summary->setText(u"<b style=\"color:#d0393e\">\u25cf "_s + status.toHtmlEscaped() +
                           Core::callErrorName(result.error).toHtmlEscaped() + u"</b> "_s +
                           result.message.toHtmlEscaped());
    }
    if (result.pages.isEmpty()) {
        return;
    }

    int network = 0;
    int revalidated = 0;
    int fresh = 0;
    QSet<QByteArray> etags;
    QSet<QByteArray> lastModified;
    std::optional<QDateTime> earliestExpiry;
    for (const Core::PageResult &page : result.pages) {
        switch (page.servedFrom) {
        case Core::ServedFrom::Network:
            ++network;
            break;
        case Core::ServedFrom::Revalidated:
            ++revalidated;
            break;
        case Core::ServedFrom::FreshHit:
            ++fresh;
            break;
        }
        const QByteArray etag = Core::headerValue(page.headers, "ETag");
        if (!etag.isEmpty()) {
            etags.insert(etag);
        }
        const QByteArray modified = Core::headerValue(page.headers, "Last-Modified");
        if (!modified.isEmpty()) {
            lastModified.insert(modified);
        }
        if (const auto expires = Core::HttpDate::parse(Core::headerValue(page.headers, "Expires"))) {
            if (!earliestExpiry || *expires < *earliestExpiry) {
                earliestExpiry = *expires;
            }
        }
    }
    m_served->setText(chip(tr("network"), HumanFormat::count(network)) + u" \u00b7 "_s +
                      chip(tr("revalidated (304)"), HumanFormat::count(revalidated)) + u" \u00b7 "_s +
                      chip(tr("fresh from cache"), HumanFormat::count(fresh)));
    m_served->setToolTip(tr("Fresh from cache: answered before Expires without a request. Revalidated: the cached "
                            "copy was confirmed by a 304 Not Modified. Network: a full 200 answer."));
    m_served->show();

    const Core::RawHeaders &first = result.pages.constFirst().headers;
    if (etags.size() == 1) {
        m_etag->setText(chip(tr("ETag"), QString::fromLatin1(*etags.cbegin())));
    } else if (etags.size() > 1) {
        m_etag->setText(chip(tr("ETag"), tr("%1 different (one per page)").arg(etags.size())));
        m_etag->setToolTip(tr("First page: %1").arg(QString::fromLatin1(Core::headerValue(first, "ETag"))));
    }
    m_etag->setVisible(!etags.isEmpty());
    if (!lastModified.isEmpty()) {
        m_lastModified->setText(chip(tr("Last-Modified"), QString::fromLatin1(*lastModified.cbegin())) +
                                (lastModified.size() > 1 ? u" "_s + tr("(pages differ)").toHtmlEscaped() : QString()));
        m_lastModified->show();
    }
    const QByteArray xPages = Core::headerValue(first, "X-Pages");
    if (!xPages.isEmpty()) {
        m_pages->setText(chip(tr("X-Pages"), QString::fromLatin1(xPages)));
        m_pages->show();
    }
    const Core::CallStatistics &stats = result.statistics;
    QString requests = tr("%1 requests").arg(HumanFormat::count(stats.requests));
    if (stats.retries > 0) {
        requests += u" \u00b7 "_s + tr("%1 retries").arg(stats.retries);
    }
    if (stats.waitedMs > 0) {
        requests += u" \u00b7 "_s + tr("waited %1 for limits").arg(HumanFormat::duration(stats.waitedMs));
    }
    if (result.snapshotRefetches > 0) {
        requests +=
            u" \u00b7 "_s + tr("refetched %1\u00d7 because the data changed mid-fetch").arg(result.snapshotRefetches);
    }
    m_requests->setText(chip(tr("Requests"), requests));
    m_requests->show();

    if (earliestExpiry) {
        m_expires = *earliestExpiry;
        m_expiresLabel->show();
        updateCountdown();
        m_ticker->start();
    }
}

void CallStatusView::updateCountdown()
{
    if (!m_expires.isValid()) {
        m_ticker->stop();
        return;
    }
    const qint64 remaining = m_clock.now().msecsTo(m_expires);
    if (remaining > 0) {
        m_expiresLabel->setText(chip(tr("Expires in"), HumanFormat::countdown(remaining)));
        m_expiresLabel->setToolTip(tr("Until %1 ESI serves the same data; asking again earlier is answered from "
                                      "the cache without a request.")
                                       .arg(QLocale().toString(m_expires.toLocalTime(), QLocale::LongFormat)));
    } else {
        m_expiresLabel->setText(
            chip(tr("Expired"), tr("%1 ago; the next run revalidates").arg(HumanFormat::countdown(-remaining))));
        m_expiresLabel->setToolTip({});
    }
}

QString CallStatusView::summaryText() const
{
    return QTextDocumentFragment::fromHtml(m_summary->text()).toPlainText();
}

QString CallStatusView::servedText() const
{
    return QTextDocumentFragment::fromHtml(m_served->text()).toPlainText();
}

QString CallStatusView::expiresText() const
{
    return QTextDocumentFragment::fromHtml(m_expiresLabel->text()).toPlainText();
}

} // namespace Esi::Ui
