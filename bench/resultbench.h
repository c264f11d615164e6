#pragma once

#include <QString>

namespace Esi::Bench {

// 300 pages of 1000 market orders (bodies as esi-sandbox serves them) turned into the explorer's table:
// decoding into ResultData, the model reset and the first screen of cells; then sorting and filtering
// the 300k rows. Target: rows to table model < 1 s.
void benchResultTable(const QString &specFile, int runs = 3);

// The same 300k rows exported to CSV (and JSON for comparison) through ExportJob::write, as the export
// dialog does off the UI thread. Target: CSV < 0.5 s.
void benchResultExport(const QString &specFile, int runs = 3);

} // namespace Esi::Bench
