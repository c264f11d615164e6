#pragma once

#include "core/auth/characterforcall.h"
#include "core/spec/spec.h"

namespace Esi::Core {
class EsiClient;
class ParameterValues;
class TokenStore;
struct Operation;
} // namespace Esi::Core

namespace Esi::Cli {

// `esi call`'s side of Core::CharacterForCall: for corporation and alliance routes it first learns the
// signed-in characters' memberships (GET /characters/{id} through `client`, so the response cache answers
// while fresh), then asks CharacterForCall whose token the call carries.
class CallCharacterResolver
{
public:
    static Core::CallCharacter resolve(Core::TokenStore &store, Core::EsiClient &client, const Core::SpecPtr &spec,
                                       const Core::Operation &operation, const Core::ParameterValues &values,
                                       qint64 requested);
};

} // namespace Esi::Cli
