#pragma once

#include "core/spec/spec.h"
#include "sandbox/bearercheck.h"
#include "sandbox/sandboxarea.h"
#include "sandbox/sandboxoptions.h"
#include "sandbox/ssoauthority.h"

#include <QUrlQuery>

namespace Esi::Core {
class Clock;
}

namespace Esi::Sandbox {

class SandboxServer;

// EVE SSO v2 as the sandbox serves it: the discovery document, /v2/oauth/authorize (a login page listing
// the test characters; its form redirects to redirect_uri with code and state, or error=access_denied),
// /v2/oauth/token (authorization_code with PKCE S256, refresh_token with rotation), /v2/oauth/revoke and
// /oauth/jwks. Answers OAuth errors as {"error", "error_description"} JSON.
class SsoArea final : public SandboxArea
{
public:
    SsoArea(const Core::SpecPtr &spec, const SandboxOptions &options, const Core::Clock &clock);

    // Adds the SSO to a listening `server` (tokens name its address as issuer), makes its rate-limit buckets
    // per application and character, and unless options().authCheck is off guards its authed routes with
    // BearerCheck. The server owns the area; the pointer is for tests. Null (and `error` set) when no signing
    // key could be made.
    static SsoArea *install(SandboxServer &server, const Core::Clock &clock, QString *error);

    std::optional<SandboxResponse> respond(const SandboxRequest &request) override;

    SsoAuthority &authority() { return m_authority; }

    const BearerCheck &bearerCheck() const { return m_bearer; }

    // A form body (application/x-www-form-urlencoded, '+' meaning a space) as query items.
    static QUrlQuery formOf(const QByteArray &body);

private:
    SandboxResponse discovery(const SandboxRequest &request) const;
    SandboxResponse authorizePage(const SandboxRequest &request) const;
    SandboxResponse authorizeSubmit(const SandboxRequest &request);
    SandboxResponse token(const SandboxRequest &request);
    SandboxResponse exchangeCode(const QUrlQuery &form, const QString &clientId);
    SandboxResponse refresh(const QUrlQuery &form, const QString &clientId);
    SandboxResponse revoke(const SandboxRequest &request);

    static SandboxResponse oauthError(int status, const QString &error, const QString &description);
    static SandboxResponse tokens(const QJsonObject &answer);
    static SandboxResponse html(int status, const QByteArray &page);
    static SandboxResponse redirect(const QUrl &target);
    static SandboxResponse methodNotAllowed(const SandboxRequest &request, const QByteArray &allowed);

    QStringList m_knownScopes;
    SsoAuthority m_authority;
    BearerCheck m_bearer;
};

} // namespace Esi::Sandbox
