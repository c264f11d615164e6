#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace Esi::Core {

class PackedBody;

// How the response cache keeps bodies on disk: JSON compresses 4-8x with zlib, so a cached Forge (76 MB)
// takes ~15 MB and writes that much less. Small bodies, and bodies zlib cannot shrink, stay as they are.
// Stored bytes are hostile like any input: decode() checks the stated length against what the row says
// and zlib's own limits before it allocates, and reports a damaged body instead of crashing.
class CacheBodyCodec
{
public:
    enum Encoding : int {
        Identity = 0, // as received (every entry written before compression, schema 1)
        Zlib = 1,     // qCompress: 4-byte big-endian length, then a zlib stream
    };

    struct Encoded
    {
        QByteArray bytes;
        int encoding = Identity;
    };

    static Encoded encode(const QByteArray &body);
    // The same bytes, packed by `packing` when it was made for `body` (shared with the result's page).
    static Encoded encode(const QByteArray &body, PackedBody *packing);

    // nullopt with `problem` set when the stored bytes cannot be the body: an unknown encoding, a length
    // that differs from `expectedBytes` (the row's own record; -1 when unknown), or a damaged stream.
    static std::optional<QByteArray> decode(const QByteArray &stored, int encoding, qint64 expectedBytes,
                                            QString *problem);
};

} // namespace Esi::Core
