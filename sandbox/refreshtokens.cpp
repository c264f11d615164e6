#include "sandbox/refreshtokens.h"

#include "core/auth/pkce.h"

namespace Esi::Sandbox {

QString RefreshTokens::issue(const SsoGrant &grant)
{
    const QString token = QString::fromLatin1(Core::Pkce::randomUrlSafe(32));
    m_tokens.insert(token, grant);
    return token;
}

std::optional<SsoGrant> RefreshTokens::grantOf(const QString &token) const
{
    const auto found = m_tokens.constFind(token);
    if (found == m_tokens.cend()) {
        return std::nullopt;
    }
    return *found;
}

QString RefreshTokens::rotate(const QString &token)
{
    const std::optional<SsoGrant> grant = grantOf(token);
    if (!grant) {
        return {};
    }
    m_tokens.remove(token);
    return issue(*grant);
}

bool RefreshTokens::revoke(const QString &token)
{
    return m_tokens.remove(token) > 0;
}

} // namespace Esi::Sandbox
