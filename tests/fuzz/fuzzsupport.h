#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <cstddef>
#include <cstdint>

// Shared by the fuzz_* targets: one QCoreApplication for the whole run (made in LLVMFuzzerInitialize),
// and helpers that cut the fuzzer's bytes into the pieces a target feeds to the code under test.
namespace Esi::Fuzz {

inline void ensureApplication(int *argc, char ***argv)
{
    if (!QCoreApplication::instance()) {
        // Lives until exit: the fuzzer never returns from its loop, and Qt wants one instance per process.
        new QCoreApplication(*argc, *argv);
    }
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// The input as lines (LF or CRLF), the way the targets take header lists and name=value pairs.
inline QList<QByteArray> lines(const QByteArray &input)
{
    QList<QByteArray> result = input.split('\n');
    for (QByteArray &line : result) {
        if (line.endsWith('\r')) {
            line.chop(1);
        }
    }
    return result;
}

} // namespace Esi::Fuzz
