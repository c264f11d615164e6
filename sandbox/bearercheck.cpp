#include "sandbox/bearercheck.h"

#include "sandbox/esiarea.h"
#include "sandbox/ssoauthority.h"
#include "sandbox/testcharacters.h"

using namespace Qt::Literals::StringLiterals;

namespace Esi::Sandbox {

BearerCheck::BearerCheck(const SsoAuthority &authority)
    : m_authority(authority)
{}

QString BearerCheck::bearerToken(const SandboxRequest &request)
{
    const QByteArray authorization = request.header("authorization"_ba).trimmed();
    if (authorization.size() < 7 || !authorization.left(7).toLower().startsWith("bearer ")) {
        return {};
    }
    return QString::fromLatin1(authorization.mid(7).trimmed());
}

std::optional<SandboxResponse> BearerCheck::refusal(const SandboxRequest &request, const RouteMatch &match) const
{
    const QString token = bearerToken(request);
    if (token.isEmpty()) {
        return SandboxResponse::error(401, u"authentication required"_s);
    }
    const Core::JwtVerification verification = m_authority.verify(token);
    if (!verification.isValid()) {
        return SandboxResponse::error(401, u"authentication failed: "_s + verification.error);
    }
    const Core::JwtClaims &claims = verification.claims;
    QStringList missing;
    for (const QString &scope : match.operation->scopes) {
        if (!claims.scopes.contains(scope)) {
            missing.append(scope);
        }
    }
    if (!missing.isEmpty()) {
        return SandboxResponse::error(
            403, u"token is missing the scope%1 %2 that %3 needs"_s.arg(
                     missing.size() == 1 ? QString() : u"s"_s, missing.join(u", "_s), match.operation->operationId));
    }
    const auto character = match.pathParameters.constFind(u"character_id"_s);
    if (character != match.pathParameters.cend() && *character != QString::number(claims.characterId)) {
        return SandboxResponse::error(403, u"token is for character %1, not for character %2 of the path"_s.arg(
                                               QString::number(claims.characterId), *character));
    }
    // Corporation and alliance routes answer members only (the test characters' memberships are known).
    const std::optional<TestCharacter> member = TestCharacters::find(claims.characterId);
    for (const auto &[parameter, groupOf] : {std::pair{u"corporation_id"_s, member ? member->corporationId : 0},
                                             std::pair{u"alliance_id"_s, member ? member->allianceId : 0}}) {
        const auto group = match.pathParameters.constFind(parameter);
        if (member && group != match.pathParameters.cend() && *group != QString::number(groupOf)) {
            return SandboxResponse::error(
                403, u"token is for character %1, who is not a member of %2 %3 of the path"_s.arg(
                         QString::number(claims.characterId),
                         parameter == u"corporation_id"_s ? u"corporation"_s : u"alliance"_s, *group));
        }
    }
    return std::nullopt;
}

QString BearerCheck::caller(const SandboxRequest &request) const
{
    const QString token = bearerToken(request);
    if (!token.isEmpty()) {
        const Core::JwtVerification verification = m_authority.verify(token);
        if (verification.isValid()) {
            return SsoAuthority::authorizedPartyOf(token) + u':' + QString::number(verification.claims.characterId);
        }
    }
    return EsiArea::bearerTokenCaller(request);
}

} // namespace Esi::Sandbox
