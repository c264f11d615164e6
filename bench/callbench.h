#pragma once

#include <QString>

namespace Esi::Bench {

// All pages of a 300-page route from an esi-sandbox (own thread, 50 ms latency) at concurrency 8:
// median wall time and its ratio to the ideal ceil(300 / 8) * 50 ms.
void benchCallAllPages(const QString &specFile, int runs = 5);

// Turning 300 pages of 1000 market orders (bodies as the sandbox serves them) into rows: MB/s.
void benchCallDecode(const QString &specFile, int runs = 3);

} // namespace Esi::Bench
