#include "ui/tokens/charactername.h"

#include "core/auth/tokenstore.h"

namespace Esi::Ui {

QString characterName(const Core::TokenStore &store, qint64 characterId)
{
    const std::optional<Core::TokenRecord> record = store.token(characterId);
    return record && !record->characterName.isEmpty() ? record->characterName : QString::number(characterId);
}

} // namespace Esi::Ui
