#pragma once

#include "core/auth/tokenrecord.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace Esi::Core {

class ParameterValues;
struct Operation;

// The corporation and alliance a character belongs to (from ESI's public /characters/{character_id}).
struct CharacterMembership
{
    qint64 corporationId = 0;
    qint64 allianceId = 0; // 0: none
};

// Whose token one call carries, or why nothing may be sent.
struct CallCharacter
{
    enum class Problem {
        None,
        Contradiction,     // the chosen character is not the one the path names
        NotSignedIn,       // the path's (or chosen) character has no usable token
        MissingScope,      // ... has one without a scope the operation needs
        NoMember,          // no signed-in character of the path's corporation / alliance with the scopes
        MembershipUnknown, // the memberships needed to choose could not be learnt
        NoCharacter,       // no path owner, and no signed-in character has the scopes
    };

    qint64 characterId = 0; // 0: a public operation, or a problem
    Problem problem = Problem::None;
    QString message;       // why nothing is sent: the character, the missing scope and the command that fixes it
    QString signInCommand; // `esi login ...` that fixes the problem; empty when none does
    QString rolesNote;     // the in-game roles the operation declares (x-required-roles); empty when none

    bool isOk() const { return problem == Problem::None; }
};

// THE rule for which character's token an authed call uses, shared by `esi` and the GUI:
// - a `character_id` path parameter decides: that character's token, or nothing is sent (not signed in,
//   needs a new sign-in, lacks a scope, or another character was asked for);
// - a `corporation_id` (`alliance_id`) path parameter: a signed-in member of that corporation (alliance)
//   holding the scopes, the most recently used of several; membership from CharacterMembership;
// - otherwise the character asked for, else the most recently used one holding the scopes.
class CharacterForCall
{
    Q_DECLARE_TR_FUNCTIONS(Esi::Core::CharacterForCall)

public:
    enum class Owner { None, Character, Corporation, Alliance };

    struct PathOwner
    {
        Owner kind = Owner::None;
        qint64 id = 0;     // 0: the parameter is empty or not a number (validation says so)
        QString parameter; // "character_id", "corporation_id" or "alliance_id"
    };

    using MembershipLookup = std::function<std::optional<CharacterMembership>(qint64 characterId)>;

    // Who the path names, for an authed operation; Owner::None for public ones.
    static PathOwner pathOwner(const Operation &operation, const ParameterValues &values);

    // `requested`: the character asked for (`--character`, the picker); 0 when none was.
    static CallCharacter choose(const Operation &operation, const ParameterValues &values, qint64 requested,
                                const QList<TokenRecord> &tokens, const MembershipLookup &membership = {});

    // The characters whose membership choose() needs for this call and `membership` does not know.
    static QList<qint64> membershipsNeeded(const Operation &operation, const ParameterValues &values,
                                           const QList<TokenRecord> &tokens, const MembershipLookup &membership);

    // The last guard before a request leaves: empty when `characterId`'s token fits the path's
    // character_id, else why not.
    static QString pathMismatch(const Operation &operation, const ParameterValues &values, qint64 characterId);

    // "esi login [--character ID] --scopes a,b": signs the character in (again) with `scopes`.
    static QString signInCommand(qint64 characterId, const QStringList &scopes);

private:
    static QString nameOf(const TokenRecord &record);
    static CallCharacter forCharacter(const Operation &operation, qint64 characterId, const QList<TokenRecord> &tokens,
                                      bool namedByPath);
    static CallCharacter forGroup(const Operation &operation, const PathOwner &owner, qint64 requested,
                                  const QList<TokenRecord> &tokens, const MembershipLookup &membership);
    static CallCharacter mostRecent(const Operation &operation, const QList<TokenRecord> &tokens);
    static QString rolesNote(const Operation &operation);
};

} // namespace Esi::Core
