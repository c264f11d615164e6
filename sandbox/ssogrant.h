#pragma once

#include "sandbox/testcharacters.h"

#include <QStringList>

namespace Esi::Sandbox {

// What a user approved on the sandbox's login page: which character, for which application, which scopes.
// Codes and refresh tokens each carry one.
struct SsoGrant
{
    TestCharacter character;
    QString clientId;
    QStringList scopes; // as asked, without duplicates
};

} // namespace Esi::Sandbox
