#pragma once

#include "sandbox/ssogrant.h"

#include <QHash>
#include <optional>

namespace Esi::Sandbox {

// The refresh tokens the sandbox SSO handed out. Rotated on every use like EVE's (the old one dies when
// the new one is issued) and revocable; a dead token answers invalid_grant.
class RefreshTokens
{
public:
    QString issue(const SsoGrant &grant);

    std::optional<SsoGrant> grantOf(const QString &token) const;

    // Kills `token` and issues its successor for the same grant; empty when `token` is not alive.
    QString rotate(const QString &token);

    // False when the token was not alive (revocation still answers 200 then, as RFC 7009 says).
    bool revoke(const QString &token);

    qsizetype alive() const { return m_tokens.size(); }

private:
    QHash<QString, SsoGrant> m_tokens;
};

} // namespace Esi::Sandbox
