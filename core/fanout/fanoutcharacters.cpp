#include "core/fanout/fanoutcharacters.h"

#include "core/auth/characterforcall.h"
#include "core/spec/operation.h"

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

QList<qint64> FanOutCharacters::withScopes(const QList<TokenRecord> &tokens, const Operation &operation)
{
    QList<qint64> characters;
    for (const TokenRecord &record : tokens) {
        if (record.status == TokenStatus::Valid && record.hasScopes(operation.scopes) &&
            !characters.contains(record.characterId)) {
            characters.append(record.characterId);
        }
    }
    return characters;
}

QString FanOutCharacters::noneMessage(const QList<TokenRecord> &tokens, const Operation &operation)
{
    const QString scopes = operation.scopes.isEmpty() ? tr("(none named)") : operation.scopes.join(u", "_s);
    return tr("no signed-in character holds the scopes %1 that %2 needs (%n character(s) signed in); sign one "
              "in with: %3",
              nullptr, int(tokens.size()))
        .arg(scopes, operation.operationId, CharacterForCall::signInCommand(0, operation.scopes));
}

} // namespace Esi::Core
