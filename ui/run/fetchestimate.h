#pragma once

#include "core/http/calloptions.h"
#include "core/http/responselimits.h"
#include "core/spec/operation.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace Esi::Ui {

// What a run will cost before it starts: requests, and tokens of the operation's rate-limit bucket
// (2 per successful answer). The page count of an all-pages run is only known once page 1 answers, so
// the last run's X-Pages stands in for it when there was one.
struct FetchEstimate
{
    Q_DECLARE_TR_FUNCTIONS(FetchEstimate)

public:
    static constexpr int largeRequestCount = 50; // from here a run asks before it starts

    int requests = 0; // at least this many; exact when pagesKnown
    int pages = 1;    // per language: the last run's X-Pages for an all-pages run, else 1
    bool pagesKnown = true;
    int maxPages = Core::ResponseLimits::defaultMaxPages; // the page cap the call stops at
    int tokens = 0;      // bucket tokens the requests spend when they succeed; 0 without a bucket
    int tokensLeft = -1; // in the bucket now; -1 when the route has none
    QString bucketGroup;

    bool isLarge() const;
    QString text() const;         // one line for the run panel
    QString confirmation() const; // the question before a large run

    // `lastPages`: X-Pages of the last run of this operation, if any. `tokensLeft`: the bucket's
    // remaining tokens as tracked, nullopt when the bucket was never used (the declared size counts).
    // `maxPages`: the client's page cap, named in the confirmation.
    static FetchEstimate of(const Core::Operation &operation, const Core::CallOptions &options,
                            std::optional<int> lastPages, std::optional<int> tokensLeft,
                            int maxPages = Core::ResponseLimits::defaultMaxPages);
};

} // namespace Esi::Ui
