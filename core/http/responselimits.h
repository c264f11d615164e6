#pragma once

#include <QString>
#include <QtGlobal>
#include <optional>

namespace Esi::Core {

// How much one call may take from a server: pages per call and bytes per response. A server (or a proxy
// in front of it) that promises a billion pages or streams an endless body ends in a clear error instead
// of an endless run or an exhausted memory. `esi call --max-pages / --max-response-size` and the settings
// `http/maxPages`, `http/maxResponseMiB` raise them.
struct ResponseLimits
{
    static constexpr int defaultMaxPages = 10000;
    static constexpr qint64 defaultMaxResponseBytes = qint64(64) * 1024 * 1024;
    static constexpr int minMaxPages = 1;
    static constexpr int maxMaxPages = 1000000;
    static constexpr qint64 minMaxResponseBytes = 1024;
    static constexpr qint64 maxMaxResponseBytes = qint64(16) * 1024 * 1024 * 1024;

    int maxPages = defaultMaxPages;                    // X-Pages above it, or more cursor/from_id steps, fail
    qint64 maxResponseBytes = defaultMaxResponseBytes; // a body past it is aborted while it downloads

    // "64M", "1G", "512K", "1048576", "64MiB" (binary units, case-insensitive); nullopt for anything else,
    // zero, negative or above maxMaxResponseBytes.
    static std::optional<qint64> parseByteSize(const QString &text);

    // 67108864 -> "64 MiB", 1500 -> "1500 bytes": how limits are named in messages.
    static QString formatBytes(qint64 bytes);
};

} // namespace Esi::Core
