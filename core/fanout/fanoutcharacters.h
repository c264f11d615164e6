#pragma once

#include "core/auth/tokenrecord.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace Esi::Core {

struct Operation;

// "Every signed-in character with the needed scope" for a character_id list (`esi call character_id=@all`,
// the explorer's list editor): the characters whose token is valid and holds every scope of the operation,
// in the order the token store lists them.
class FanOutCharacters
{
    Q_DECLARE_TR_FUNCTIONS(Esi::Core::FanOutCharacters)

public:
    static QList<qint64> withScopes(const QList<TokenRecord> &tokens, const Operation &operation);

    // Why withScopes() is empty, with the command that fixes it.
    static QString noneMessage(const QList<TokenRecord> &tokens, const Operation &operation);
};

} // namespace Esi::Core
