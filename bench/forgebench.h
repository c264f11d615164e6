#pragma once

#include <QString>
#include <QUrl>

namespace Esi::Bench {

struct ForgeBenchOptions
{
    QUrl baseUrl;        // empty: start esi-mockesi (300 pages x 1,000 orders, 50 ms a page)
    QString mockProgram; // esi-mockesi
    QString esiProgram;  // esi
    QString guiProgram;  // esi-studio
    int runs = 3;        // each run measures every contender once, in turn; medians are reported
    int parallelMax = 8; // curl --parallel-max, the same as esi's default concurrency
};

// All market orders of The Forge, whole processes measured in the same run: curl --parallel (the
// floor), `esi call --all-pages --format ndjson --out F` with a cold cache, again warm (within Expires:
// no request), with --no-cache, and `esi-studio --run ... --quit-after-run`. Times, ratios to curl, and
// each process's peak RSS.
void benchForgeOrders(const ForgeBenchOptions &options);

} // namespace Esi::Bench
