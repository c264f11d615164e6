#include "ui/run/fetchestimate.h"

#include "core/http/esiclient.h"
#include "ui/widgets/humanformat.h"

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

FetchEstimate FetchEstimate::of(const Core::Operation &operation, const Core::CallOptions &options,
                                std::optional<int> lastPages, std::optional<int> tokensLeft, int maxPages)
{
    FetchEstimate estimate;
    estimate.maxPages = maxPages;
    const int languages = options.allLanguages ? int(Core::EsiClient::languages().size()) : 1;
    int pages = 1;
    if (options.mode == Core::CallMode::AllPages && operation.paging != Core::PagingStyle::None) {
        if (lastPages && *lastPages > 0) {
            pages = *lastPages;
        } else {
            estimate.pagesKnown = false;
        }
    }
    estimate.pages = pages;
    estimate.requests = pages * languages;
    if (operation.rateLimit.isValid()) {
        estimate.bucketGroup = operation.rateLimit.group;
        estimate.tokens = estimate.requests * 2;
        estimate.tokensLeft = tokensLeft.value_or(operation.rateLimit.maxTokens);
    }
    return estimate;
}

bool FetchEstimate::isLarge() const
{
    return requests >= largeRequestCount || (tokensLeft >= 0 && tokens > tokensLeft);
}

QString FetchEstimate::text() const
{
    QString requestText;
    if (!pagesKnown) {
        requestText = requests == 1 ? tr("Page 1 first; X-Pages then tells how many requests follow")
                                    : tr("%1 requests for page 1 (one per language); X-Pages then tells how many "
                                         "follow")
                                          .arg(requests);
    } else if (requests == 1) {
        requestText = tr("1 request");
    } else {
        requestText = tr("about %1 requests").arg(HumanFormat::count(requests));
    }
    if (tokensLeft < 0) {
        return tr("%1; no rate-limit bucket, only errors count (error limit).").arg(requestText);
    }
    return tr("%1 \u00b7 about %2 tokens of bucket %3 (%4 left)")
        .arg(requestText, HumanFormat::count(tokens), bucketGroup, HumanFormat::count(tokensLeft));
}

QString FetchEstimate::confirmation() const
{
    QString text = pagesKnown && pages > 1
                       ? tr("This run fetches about %1 pages (the last run's X-Pages) with about %2 requests.")
                             .arg(HumanFormat::count(pages), HumanFormat::count(requests))
                       : tr("This run sends about %1 requests.").arg(HumanFormat::count(requests));
    text += u' ' + tr("A call stops with an error past %1 pages (Settings \u203a Requests \u203a Most pages per call).")
                       .arg(HumanFormat::count(maxPages));
    if (tokensLeft >= 0) {
        text += u' ' + tr("It spends about %1 tokens of bucket %2, which has %3 left.")
                           .arg(HumanFormat::count(tokens), bucketGroup, HumanFormat::count(tokensLeft));
        if (tokens > tokensLeft) {
            text += u' ' + tr("The run will pause whenever the bucket is empty until tokens return.");
        }
    }
    return text + u"\n\n"_s + tr("Start it?");
}

} // namespace Esi::Ui
