// ResultChunk::fromPage's fast path (PageScanner) against the general path (QJsonDocument + RowFlattener):
// whenever the scanner reads a body, the chunk must be identical, every column, cell and text byte. Bodies
// the scanner declines only have to go through the general path without harm.
#include "core/result/pagescanner.h"
#include "core/result/resultchunk.h"
#include "fuzzsupport.h"

#include <cstdio>
#include <cstdlib>

using namespace Esi::Core;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Esi::Fuzz::ensureApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    PageResult page;
    page.status = 200;
    page.page = 3;
    page.body = Esi::Fuzz::bytes(data, size);
    PageScanner scanner;
    if (!scanner.scan(page.body)) {
        (void)ResultChunk::fromPage(page); // the general path, as fromPage takes it
        return 0;
    }
    const auto fast = ResultChunk::fromPage(page);
    const auto slow = ResultChunk::fromPageSlowly(page);
    if (!fast->identicalTo(*slow)) {
        std::fprintf(stderr, "fast and general path differ for: %.*s\n", int(size),
                     reinterpret_cast<const char *>(data));
        std::abort();
    }
    return 0;
}
