#pragma once

#include "sandbox/sandboxrequest.h"
#include "sandbox/sandboxresponse.h"

namespace Esi::Sandbox {

// POST /universe/names as ESI answers it: a JSON array of 1 to 1,000 distinct integer IDs in, [{id, name,
// category}] out (names from SandboxUniverse, in the request's language); 400 for a body that is not such an
// array (more than 1,000 IDs included); 404 "Ensure all IDs are valid before resolving" for the whole batch
// when any one ID is unknown.
class UniverseNames
{
public:
    static constexpr int MaxIds = 1000;

    static bool handles(const QString &method, const QString &routePath);

    static SandboxResponse answer(const SandboxRequest &request, const QString &language);
};

} // namespace Esi::Sandbox
