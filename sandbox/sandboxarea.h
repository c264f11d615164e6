#pragma once

#include "sandbox/sandboxrequest.h"
#include "sandbox/sandboxresponse.h"

#include <optional>

namespace Esi::Sandbox {

// One part of the simulated service (meta endpoints, ESI routes, later SSO). The server asks its areas in
// order; the first that answers wins.
class SandboxArea
{
public:
    virtual ~SandboxArea() = default;

    // An answer when this area owns the request's path, std::nullopt to let the next area try.
    virtual std::optional<SandboxResponse> respond(const SandboxRequest &request) = 0;
};

} // namespace Esi::Sandbox
