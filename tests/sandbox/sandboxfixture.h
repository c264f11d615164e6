#pragma once

#include "sandbox/sandboxserver.h"

#include <memory>

// An in-process sandbox listening on a free port; null when it could not start.
inline std::unique_ptr<Esi::Sandbox::SandboxServer>
startSandbox(const Esi::Core::SpecPtr &spec, const Esi::Sandbox::SandboxOptions &options, const Esi::Core::Clock &clock)
{
    auto server = std::make_unique<Esi::Sandbox::SandboxServer>(spec, QByteArray(), options, clock);
    return server->start() == 0 ? nullptr : std::move(server);
}
