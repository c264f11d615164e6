#pragma once

#include <QString>

namespace Esi::Core {
class TokenStore;
}

namespace Esi::Ui {

// The character's name as the store knows it, else its id: how the character manager's messages name it.
QString characterName(const Core::TokenStore &store, qint64 characterId);

} // namespace Esi::Ui
