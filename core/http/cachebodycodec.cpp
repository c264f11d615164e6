#include "core/http/cachebodycodec.h"

#include "core/http/callresult.h"
#include "core/http/packedbody.h"
#include "core/http/responselimits.h"

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

namespace {

// deflate cannot expand more than ~1032:1, so a stated length beyond that is a damaged prefix.
constexpr qint64 largestRatio = 1032;

} // namespace

CacheBodyCodec::Encoded CacheBodyCodec::encode(const QByteArray &body)
{
    // One rule for the cache and the pages kept in memory: packBody's (its floor, its level, only when it shrinks).
    QByteArray packed = packBody(body);
    if (packed.isEmpty()) {
        return {body, Identity};
    }
    return {std::move(packed), Zlib};
}

CacheBodyCodec::Encoded CacheBodyCodec::encode(const QByteArray &body, PackedBody *packing)
{
    // PackedBody packs with packBody, as encode(body) does.
    if (const std::optional<QByteArray> packed = packing ? packing->packedFor(body) : std::nullopt) {
        return packed->isEmpty() ? Encoded{body, Identity} : Encoded{*packed, Zlib};
    }
    return encode(body);
}

std::optional<QByteArray> CacheBodyCodec::decode(const QByteArray &stored, int encoding, qint64 expectedBytes,
                                                 QString *problem)
{
    const auto fail = [&](const QString &message) -> std::optional<QByteArray> {
        if (problem) {
            *problem = message;
        }
        return std::nullopt;
    };
    if (encoding == Identity) {
        if (expectedBytes >= 0 && stored.size() != expectedBytes) {
            return fail(u"the body has %1 bytes, the entry says %2"_s.arg(stored.size()).arg(expectedBytes));
        }
        return stored;
    }
    if (encoding != Zlib) {
        return fail(u"unknown body encoding %1 (written by a newer ESI Studio?)"_s.arg(encoding));
    }
    if (stored.size() < 5) {
        return fail(u"the compressed body is only %1 bytes long"_s.arg(stored.size()));
    }
    const qint64 stated = packedBodySize(stored);
    if (expectedBytes >= 0 && stated != expectedBytes) {
        return fail(u"the compressed body states %1 bytes, the entry says %2"_s.arg(stated).arg(expectedBytes));
    }
    if (stated > ResponseLimits::maxMaxResponseBytes || stated > qint64(stored.size()) * largestRatio) {
        return fail(u"the compressed body states an impossible length of %1 bytes"_s.arg(stated));
    }
    QByteArray body = qUncompress(stored);
    if (body.size() != stated) {
        return fail(u"the compressed body is damaged (zlib could not inflate it to its %1 bytes)"_s.arg(stated));
    }
    return body;
}

} // namespace Esi::Core
