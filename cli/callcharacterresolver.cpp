#include "cli/callcharacterresolver.h"

#include "cli/authservices.h"
#include "core/auth/characteraffiliations.h"
#include "core/auth/tokenstore.h"
#include "core/http/parametervalues.h"

namespace Esi::Cli {

using namespace Core;

CallCharacter CallCharacterResolver::resolve(TokenStore &store, EsiClient &client, const SpecPtr &spec,
                                             const Operation &operation, const ParameterValues &values,
                                             qint64 requested)
{
    const QList<TokenRecord> tokens = store.tokens();
    CharacterAffiliations affiliations(&client);
    affiliations.setSpec(spec);
    const CharacterForCall::MembershipLookup membership = [&affiliations](qint64 characterId) {
        return affiliations.membership(characterId);
    };
    const QList<qint64> needed = CharacterForCall::membershipsNeeded(operation, values, tokens, membership);
    if (!needed.isEmpty()) {
        bool learnt = false;
        affiliations.learnMemberships(needed, [&learnt] { learnt = true; });
        AuthServices::waitUntil([&learnt] { return learnt; });
    }
    CallCharacter chosen = CharacterForCall::choose(operation, values, requested, tokens, membership);
    if (chosen.problem == CallCharacter::Problem::MembershipUnknown) {
        for (const qint64 id : needed) {
            if (const QString error = affiliations.membershipError(id); !error.isEmpty()) {
                chosen.message += QStringLiteral(" (%1: %2)").arg(QString::number(id), error);
                break;
            }
        }
    }
    return chosen;
}

} // namespace Esi::Cli
