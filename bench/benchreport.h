#pragma once

#include <QJsonObject>
#include <QList>

namespace Esi::Bench {

// One JSON line per case on stdout: {"case":"...", ...figures}.
void report(const QString &caseName, QJsonObject figures);

double median(QList<double> samples);

// Resident set size of this process in KiB (Linux /proc/self/status), 0 when unknown.
qint64 residentKb();

// Bytes the allocator has handed out and not yet taken back, in KiB (glibc mallinfo2).
qint64 heapInUseKb();

} // namespace Esi::Bench
