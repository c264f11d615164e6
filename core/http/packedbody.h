#pragma once

#include <QByteArray>
#include <mutex>
#include <optional>

namespace Esi::Core {

// One answer's body packed once (packBody, zlib level 1) for whichever asks first: the response cache's writer
// thread storing it, or the pool keeping the result's page packed (ResultStream). Both get the same bytes, so
// a body that is cached and shown is deflated once, not twice. Thread-safe; the page and the cache write of
// the answer share it (PageFetcher).
class PackedBody
{
public:
    explicit PackedBody(QByteArray body)
        : m_body(std::move(body))
    {}

    // packBody(body), packed by the first caller; nullopt unless `body` is the very body this was made for (the
    // same bytes in memory, not an equal copy): a page whose body was rewritten since (a fan-out's labelled
    // rows) is never given another body's bytes.
    std::optional<QByteArray> packedFor(const QByteArray &body);

private:
    const QByteArray m_body;
    std::once_flag m_once;
    QByteArray m_packed; // empty when packing does not shrink the body
};

} // namespace Esi::Core
