#pragma once

#include "core/http/tokenprovider.h"

namespace Esi::Core {

class TokenStore;

// Feeds the call engine from the token store: a call for an authed operation gets the access token of the
// chosen character, or, when no character was chosen (0), of the most recently used one holding every
// scope. When none can serve it, the error says which scope is missing.
class TokenStoreProvider final : public TokenProvider
{
public:
    explicit TokenStoreProvider(TokenStore &store);

    // Refuses (nothing refreshed, nothing sent) when `target` is not the ESI server the character's issuer
    // pairs with, or plain http to a host that is not this computer: the one place every authed call passes.
    void requestAccessToken(qint64 characterId, const QStringList &scopes, const QUrl &target,
                            std::function<void(const TokenResult &)> done) override;

private:
    QString whyNoCharacter(const QStringList &scopes) const;

    TokenStore &m_store;
};

} // namespace Esi::Core
