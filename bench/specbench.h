#pragma once

#include <QString>

namespace Esi::Bench {

void benchSpecLoad(const QString &fileName);
void benchSearch(const QString &fileName);
void benchDiff(const QString &fromFile, const QString &toFile);
// Cold start of the GUI to a browsable spec, as a separate process each run.
void benchGuiStart(const QString &executable, int runs);

} // namespace Esi::Bench
