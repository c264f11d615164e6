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

    void requestAccessToken(qint64 characterId, const QStringList &scopes,
                            std::function<void(const TokenResult &)> done) override;

private:
    QString whyNoCharacter(const QStringList &scopes) const;

    TokenStore &m_store;
};

} // namespace Esi::Core
