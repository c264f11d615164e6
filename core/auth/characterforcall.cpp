#include "core/auth/characterforcall.h"

#include "core/http/parametervalues.h"
#include "core/spec/operation.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

namespace {

QString scopeText(const QStringList &scopes)
{
    return scopes.isEmpty() ? QCoreApplication::translate("Esi::Core::CharacterForCall", "(none named)")
                            : scopes.join(u", "_s);
}

std::optional<TokenRecord> recordOf(const QList<TokenRecord> &tokens, qint64 characterId)
{
    for (const TokenRecord &record : tokens) {
        if (record.characterId == characterId) {
            return record;
        }
    }
    return std::nullopt;
}

// Most recently used first; a token never used counts as oldest.
const TokenRecord *newestOf(const QList<const TokenRecord *> &records)
{
    const TokenRecord *best = nullptr;
    for (const TokenRecord *record : records) {
        if (!best || record->lastUsedAt > best->lastUsedAt) {
            best = record;
        }
    }
    return best;
}

CallCharacter problem(CallCharacter::Problem kind, const QString &message, const QString &command = {})
{
    CallCharacter result;
    result.problem = kind;
    result.message = message;
    result.signInCommand = command;
    return result;
}

} // namespace

CharacterForCall::PathOwner CharacterForCall::pathOwner(const Operation &operation, const ParameterValues &values)
{
    static const QList<std::pair<QString, Owner>> owners{{u"character_id"_s, Owner::Character},
                                                         {u"corporation_id"_s, Owner::Corporation},
                                                         {u"alliance_id"_s, Owner::Alliance}};
    PathOwner owner;
    if (!operation.authed) {
        return owner;
    }
    for (const auto &[name, kind] : owners) {
        const Parameter *parameter = operation.parameter(name);
        if (parameter && parameter->location == ParameterLocation::Path) {
            owner.kind = kind;
            owner.parameter = name;
            bool ok = false;
            const qint64 id = values.value(name).trimmed().toLongLong(&ok);
            owner.id = ok && id > 0 ? id : 0;
            return owner;
        }
    }
    return owner;
}

QString CharacterForCall::signInCommand(qint64 characterId, const QStringList &scopes)
{
    QString command = u"esi login"_s;
    if (characterId > 0) {
        command += u" --character "_s + QString::number(characterId);
    }
    if (!scopes.isEmpty()) {
        command += u" --scopes "_s + scopes.join(u',');
    }
    return command;
}

QString CharacterForCall::nameOf(const TokenRecord &record)
{
    return record.characterName.isEmpty()
               ? tr("character %1").arg(record.characterId)
               : tr("%1 (%2)").arg(record.characterName, QString::number(record.characterId));
}

QString CharacterForCall::rolesNote(const Operation &operation)
{
    if (operation.requiredRoles.isEmpty()) {
        return {};
    }
    return tr("The character also needs one of the in-game corporation roles %1.")
        .arg(operation.requiredRoles.join(u", "_s));
}

QString CharacterForCall::pathMismatch(const Operation &operation, const ParameterValues &values, qint64 characterId)
{
    const PathOwner owner = pathOwner(operation, values);
    if (owner.kind != Owner::Character || owner.id == 0 || owner.id == characterId) {
        return {};
    }
    return tr("%1 names character %2 in its path, but the call was to carry the token of character %3; "
              "nothing was sent")
        .arg(operation.operationId, QString::number(owner.id), QString::number(characterId));
}

CallCharacter CharacterForCall::forCharacter(const Operation &operation, qint64 characterId,
                                             const QList<TokenRecord> &tokens, bool namedByPath)
{
    const QString scopes = scopeText(operation.scopes);
    const std::optional<TokenRecord> record = recordOf(tokens, characterId);
    if (!record) {
        const QString command = signInCommand(characterId, operation.scopes);
        const QString who =
            namedByPath ? tr("character %1 of the path").arg(characterId) : tr("character %1").arg(characterId);
        return problem(CallCharacter::Problem::NotSignedIn,
                       tr("%1 is not signed in; %2 needs its token with scope %3, so nothing was sent. Sign it in "
                          "with: %4")
                           .arg(who, operation.operationId, scopes, command),
                       command);
    }
    if (record->status != TokenStatus::Valid) {
        const QString command = signInCommand(characterId, operation.scopes);
        const QString why = record->status == TokenStatus::Revoked ? tr("its token was revoked")
                            : record->statusReason.isEmpty()       ? tr("the SSO refused its refresh token")
                                                                   : record->statusReason;
        return problem(CallCharacter::Problem::NotSignedIn,
                       tr("%1 needs a new sign-in (%2); %3 needs its token with scope %4, so nothing was sent. "
                          "Sign it in again with: %5")
                           .arg(nameOf(*record), why, operation.operationId, scopes, command),
                       command);
    }
    const QStringList missing = record->missingScopes(operation.scopes);
    if (!missing.isEmpty()) {
        const QString command = signInCommand(characterId, missing);
        return problem(CallCharacter::Problem::MissingScope,
                       tr("%1 lacks the scope %2 that %3 needs, so nothing was sent. Sign it in again with: %4")
                           .arg(nameOf(*record), missing.join(u", "_s), operation.operationId, command),
                       command);
    }
    CallCharacter chosen;
    chosen.characterId = characterId;
    return chosen;
}

CallCharacter CharacterForCall::mostRecent(const Operation &operation, const QList<TokenRecord> &tokens)
{
    QList<const TokenRecord *> able;
    QStringList missing = operation.scopes;
    QStringList waiting; // hold the scopes but need a new sign-in
    for (const TokenRecord &record : tokens) {
        if (record.status == TokenStatus::Valid && record.hasScopes(operation.scopes)) {
            able.append(&record);
        } else if (record.hasScopes(operation.scopes)) {
            waiting.append(nameOf(record));
        } else if (record.status == TokenStatus::Valid) {
            missing.removeIf([&](const QString &scope) { return record.scopes.contains(scope); });
        }
    }
    if (const TokenRecord *best = newestOf(able)) {
        CallCharacter chosen;
        chosen.characterId = best->characterId;
        return chosen;
    }
    const QString command = signInCommand(0, operation.scopes);
    if (tokens.isEmpty()) {
        return problem(CallCharacter::Problem::NoCharacter,
                       tr("%1 needs a signed-in character with scope %2, and no character is signed in. Sign one "
                          "in with: %3")
                           .arg(operation.operationId, scopeText(operation.scopes), command),
                       command);
    }
    if (!waiting.isEmpty()) {
        return problem(CallCharacter::Problem::NoCharacter,
                       tr("%1 needs a signed-in character with scope %2; the characters with it (%3) need a new "
                          "sign-in. Sign one in again with: %4")
                           .arg(operation.operationId, scopeText(operation.scopes), waiting.join(u", "_s), command),
                       command);
    }
    if (missing.isEmpty()) {
        missing = operation.scopes; // each scope is held by some character, but no single one holds them all
    }
    return problem(CallCharacter::Problem::NoCharacter,
                   tr("%1 needs a signed-in character with scope %2: no signed-in character has the scope %3. "
                      "Sign one in with: %4")
                       .arg(operation.operationId, scopeText(operation.scopes), missing.join(u", "_s), command),
                   command);
}

CallCharacter CharacterForCall::forGroup(const Operation &operation, const PathOwner &owner, qint64 requested,
                                         const QList<TokenRecord> &tokens, const MembershipLookup &membership)
{
    const bool corporation = owner.kind == Owner::Corporation;
    const QString group = corporation ? tr("corporation %1").arg(owner.id) : tr("alliance %1").arg(owner.id);
    const auto memberOf = [&](qint64 characterId) -> std::optional<bool> {
        const std::optional<CharacterMembership> found = membership ? membership(characterId) : std::nullopt;
        if (!found) {
            return std::nullopt;
        }
        return (corporation ? found->corporationId : found->allianceId) == owner.id;
    };
    const QString unknownMembership =
        tr("what corporation %1 belongs to is not known (ESI's /characters/%2/ could not be read), so it cannot be "
           "checked against %3 of the path; nothing was sent. Try again when ESI answers");
    if (requested != 0) {
        CallCharacter chosen = forCharacter(operation, requested, tokens, false);
        if (!chosen.isOk()) {
            return chosen;
        }
        const std::optional<bool> member = memberOf(requested);
        const TokenRecord record = *recordOf(tokens, requested);
        if (!member) {
            return problem(CallCharacter::Problem::MembershipUnknown,
                           unknownMembership.arg(nameOf(record), QString::number(requested), group));
        }
        if (!*member) {
            return problem(CallCharacter::Problem::Contradiction,
                           tr("%1 is not a member of %2 of the path; ESI answers %3 only with a member's token, so "
                              "nothing was sent. Leave the character choice out to use a signed-in member")
                               .arg(nameOf(record), group, operation.operationId));
        }
        return chosen;
    }
    QList<const TokenRecord *> members;
    QList<const TokenRecord *> unknown;
    QList<const TokenRecord *> membersLacking;
    QStringList others;
    for (const TokenRecord &record : tokens) {
        if (record.status != TokenStatus::Valid) {
            continue;
        }
        const std::optional<bool> member = memberOf(record.characterId);
        const bool able = record.hasScopes(operation.scopes);
        if (member.value_or(false)) {
            (able ? members : membersLacking).append(&record);
        } else if (!member && able) {
            unknown.append(&record);
        } else {
            others.append(nameOf(record));
        }
    }
    if (const TokenRecord *best = newestOf(members)) {
        CallCharacter chosen;
        chosen.characterId = best->characterId;
        return chosen;
    }
    if (!unknown.isEmpty()) {
        const TokenRecord &first = *unknown.constFirst();
        return problem(CallCharacter::Problem::MembershipUnknown,
                       unknownMembership.arg(nameOf(first), QString::number(first.characterId), group));
    }
    if (const TokenRecord *lacking = newestOf(membersLacking)) {
        const QStringList missing = lacking->missingScopes(operation.scopes);
        const QString command = signInCommand(lacking->characterId, missing);
        return problem(CallCharacter::Problem::MissingScope,
                       tr("%1 of %2 lacks the scope %3 that %4 needs, so nothing was sent. Sign it in again with: %5")
                           .arg(nameOf(*lacking), group, missing.join(u", "_s), operation.operationId, command),
                       command);
    }
    const QString command = signInCommand(0, operation.scopes);
    const QString signedIn = others.isEmpty() ? tr("no character is signed in")
                                              : tr("signed in, but not members: %1").arg(others.join(u", "_s));
    return problem(CallCharacter::Problem::NoMember,
                   tr("%1 needs a signed-in member of %2 with scope %3, and none is signed in (%4), so nothing was "
                      "sent. Sign a member in with: %5")
                       .arg(operation.operationId, group, scopeText(operation.scopes), signedIn, command),
                   command);
}

CallCharacter CharacterForCall::choose(const Operation &operation, const ParameterValues &values, qint64 requested,
                                       const QList<TokenRecord> &tokens, const MembershipLookup &membership)
{
    if (!operation.authed) {
        return {};
    }
    const PathOwner owner = pathOwner(operation, values);
    CallCharacter result;
    if (owner.kind == Owner::Character && owner.id != 0) {
        if (requested != 0 && requested != owner.id) {
            result = problem(CallCharacter::Problem::Contradiction,
                             tr("character %1 was chosen, but the path names character_id=%2; ESI accepts only that "
                                "character's token, so nothing was sent. Leave the character choice out (the path "
                                "decides) or make them the same")
                                 .arg(QString::number(requested), QString::number(owner.id)));
        } else {
            result = forCharacter(operation, owner.id, tokens, true);
        }
    } else if ((owner.kind == Owner::Corporation || owner.kind == Owner::Alliance) && owner.id != 0) {
        result = forGroup(operation, owner, requested, tokens, membership);
    } else if (requested != 0) {
        result = forCharacter(operation, requested, tokens, false);
    } else {
        result = mostRecent(operation, tokens);
    }
    result.rolesNote = rolesNote(operation);
    if (!result.isOk() && !result.rolesNote.isEmpty() && owner.kind != Owner::Character) {
        result.message += u". "_s + result.rolesNote;
    }
    return result;
}

QList<qint64> CharacterForCall::membershipsNeeded(const Operation &operation, const ParameterValues &values,
                                                  const QList<TokenRecord> &tokens, const MembershipLookup &membership)
{
    const PathOwner owner = pathOwner(operation, values);
    QList<qint64> needed;
    if ((owner.kind != Owner::Corporation && owner.kind != Owner::Alliance) || owner.id == 0) {
        return needed;
    }
    for (const TokenRecord &record : tokens) {
        if (record.status == TokenStatus::Valid && !(membership && membership(record.characterId))) {
            needed.append(record.characterId);
        }
    }
    return needed;
}

} // namespace Esi::Core
