#include "sandbox/ssoarea.h"

#include "sandbox/authorizepage.h"
#include "sandbox/sandboxserver.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Sandbox {

namespace {

const QString discoveryPath = u"/.well-known/oauth-authorization-server"_s;
const QString authorizePath = u"/v2/oauth/authorize"_s;
const QString tokenPath = u"/v2/oauth/token"_s;
const QString revokePath = u"/v2/oauth/revoke"_s;
const QString jwksPath = u"/oauth/jwks"_s;

bool isRead(const SandboxRequest &request)
{
    return request.method == "GET"_L1 || request.method == "HEAD"_L1;
}

// The client of a token or revoke request: the form's client_id, else HTTP Basic's user (web apps' style).
QString clientIdOf(const SandboxRequest &request, const QUrlQuery &form)
{
    const QString fromForm = form.queryItemValue(u"client_id"_s, QUrl::FullyDecoded);
    if (!fromForm.isEmpty()) {
        return fromForm;
    }
    const QByteArray authorization = request.header("authorization"_ba).trimmed();
    if (authorization.left(6).toLower() != "basic ") {
        return {};
    }
    const QByteArray credentials = QByteArray::fromBase64(authorization.mid(6).trimmed());
    return QString::fromUtf8(credentials.left(credentials.indexOf(':')));
}

} // namespace

SsoArea::SsoArea(const Core::SpecPtr &spec, const SandboxOptions &options, const Core::Clock &clock)
    : m_knownScopes(spec ? spec->scopes() : QStringList())
    , m_authority(options.ssoTokenLifetimeSecs, options.ssoClientId, clock)
    , m_bearer(m_authority)
{}

SsoArea *SsoArea::install(SandboxServer &server, const Core::Clock &clock, QString *error)
{
    auto area = std::make_unique<SsoArea>(server.spec(), server.options(), clock);
    if (!area->m_authority.error().isEmpty()) {
        *error = u"the SSO cannot start: "_s + area->m_authority.error();
        return nullptr;
    }
    area->m_authority.setIssuer(server.baseUrl());
    SsoArea *installed = area.get();
    // The server owns the area, so both callbacks live no longer than what they point at.
    server.setCallerResolver(
        [installed](const SandboxRequest &request) { return installed->m_bearer.caller(request); });
    if (server.options().authCheck) {
        server.setAccessChecker([installed](const SandboxRequest &request, const RouteMatch &match) {
            return installed->m_bearer.refusal(request, match);
        });
    }
    server.addArea(std::move(area));
    return installed;
}

QUrlQuery SsoArea::formOf(const QByteArray &body)
{
    QByteArray raw = body;
    raw.replace('+', "%20"); // HTML forms send spaces as '+'; QUrlQuery would keep them as plus signs
    return QUrlQuery(QString::fromLatin1(raw));
}

std::optional<SandboxResponse> SsoArea::respond(const SandboxRequest &request)
{
    const QString path =
        request.path.size() > 1 && request.path.endsWith(u'/') ? request.path.chopped(1) : request.path;
    if (path == discoveryPath) {
        return isRead(request) ? discovery(request) : methodNotAllowed(request, "GET, HEAD");
    }
    if (path == jwksPath) {
        if (!isRead(request)) {
            return methodNotAllowed(request, "GET, HEAD");
        }
        SandboxResponse keys = SandboxResponse::json(200, m_authority.signingKey().jwks());
        keys.setHeader("Cache-Control"_ba, "public, max-age=300"_ba);
        return keys;
    }
    if (path == authorizePath) {
        if (isRead(request)) {
            return authorizePage(request);
        }
        return request.method == "POST"_L1 ? authorizeSubmit(request) : methodNotAllowed(request, "GET, HEAD, POST");
    }
    if (path == tokenPath) {
        return request.method == "POST"_L1 ? token(request) : methodNotAllowed(request, "POST");
    }
    if (path == revokePath) {
        return request.method == "POST"_L1 ? revoke(request) : methodNotAllowed(request, "POST");
    }
    return std::nullopt;
}

SandboxResponse SsoArea::discovery(const SandboxRequest &request) const
{
    // Endpoints at the address the client used (it reached us there); the issuer stays the one tokens carry.
    const QString host = QString::fromLatin1(request.header("host"_ba));
    const QString base = host.isEmpty() ? m_authority.issuer() : u"http://"_s + host;
    const QJsonObject document{
        {u"issuer"_s, m_authority.issuer()},
        {u"authorization_endpoint"_s, QString(base + authorizePath)},
        {u"token_endpoint"_s, QString(base + tokenPath)},
        {u"revocation_endpoint"_s, QString(base + revokePath)},
        {u"jwks_uri"_s, QString(base + jwksPath)},
        {u"response_types_supported"_s, QJsonArray{u"code"_s}},
        {u"grant_types_supported"_s, QJsonArray{u"authorization_code"_s, u"refresh_token"_s}},
        {u"token_endpoint_auth_methods_supported"_s, QJsonArray{u"none"_s, u"client_secret_basic"_s}},
        {u"code_challenge_methods_supported"_s, QJsonArray{u"S256"_s}},
        {u"scopes_supported"_s, QJsonArray::fromStringList(m_knownScopes)},
    };
    return SandboxResponse::json(200, document);
}

SandboxResponse SsoArea::authorizePage(const SandboxRequest &request) const
{
    const AuthorizeRequest asked =
        AuthorizeRequest::from([&request](const QString &name) { return request.queryItem(name); });
    const AuthorizeRequest::Problem problem = asked.check(m_authority.clientProblem(asked.clientId), m_knownScopes);
    if (problem.isProblem()) {
        if (problem.redirect) {
            return redirect(
                asked.redirectWith({{u"error"_s, problem.error}, {u"error_description"_s, problem.description}}));
        }
        return html(400, AuthorizePage::errorPage(problem.error, problem.description));
    }
    return html(200, AuthorizePage::loginPage(asked, TestCharacters::all()));
}

SandboxResponse SsoArea::authorizeSubmit(const SandboxRequest &request)
{
    const QUrlQuery form = formOf(request.body);
    const auto field = [&form](const QString &name) { return form.queryItemValue(name, QUrl::FullyDecoded); };
    const AuthorizeRequest asked = AuthorizeRequest::from(field);
    // Checked again: the form comes from the client side and may have been edited.
    const AuthorizeRequest::Problem problem = asked.check(m_authority.clientProblem(asked.clientId), m_knownScopes);
    if (problem.isProblem()) {
        if (problem.redirect) {
            return redirect(
                asked.redirectWith({{u"error"_s, problem.error}, {u"error_description"_s, problem.description}}));
        }
        return html(400, AuthorizePage::errorPage(problem.error, problem.description));
    }
    const QString action = field(u"action"_s);
    if (action == "deny"_L1) {
        return redirect(asked.redirectWith(
            {{u"error"_s, u"access_denied"_s}, {u"error_description"_s, u"The user cancelled the login."_s}}));
    }
    if (!action.isEmpty() && action != "approve"_L1) {
        return html(400, AuthorizePage::errorPage(u"invalid_request"_s,
                                                  u"action must be approve or deny, got '%1'"_s.arg(action.left(50))));
    }
    bool isNumber = false;
    const qint64 characterId = field(u"character_id"_s).toLongLong(&isNumber);
    const std::optional<TestCharacter> character = TestCharacters::find(isNumber ? characterId : 0);
    if (!character) {
        QStringList offered;
        for (const TestCharacter &candidate : TestCharacters::all()) {
            offered.append(QString::number(candidate.id));
        }
        return html(400,
                    AuthorizePage::errorPage(u"invalid_request"_s,
                                             u"character_id '%1' is not a sandbox character; choose one of %2"_s.arg(
                                                 field(u"character_id"_s).left(50), offered.join(u", "_s))));
    }
    const SsoGrant grant{*character, asked.clientId, asked.scopes};
    const QString code = m_authority.codes().issue(grant, asked.redirectUri, asked.codeChallenge);
    return redirect(asked.redirectWith({{u"code"_s, code}}));
}

SandboxResponse SsoArea::token(const SandboxRequest &request)
{
    const QUrlQuery form = formOf(request.body);
    const QString clientId = clientIdOf(request, form);
    if (const QString problem = m_authority.clientProblem(clientId); !problem.isEmpty()) {
        return oauthError(401, u"invalid_client"_s, problem);
    }
    const QString grantType = form.queryItemValue(u"grant_type"_s, QUrl::FullyDecoded);
    if (grantType == "authorization_code"_L1) {
        return exchangeCode(form, clientId);
    }
    if (grantType == "refresh_token"_L1) {
        return refresh(form, clientId);
    }
    return oauthError(400, grantType.isEmpty() ? u"invalid_request"_s : u"unsupported_grant_type"_s,
                      grantType.isEmpty() ? u"grant_type is missing; use authorization_code or refresh_token"_s
                                          : u"grant_type '%1' is not supported; use authorization_code or "
                                            "refresh_token"_s.arg(grantType.left(50)));
}

SandboxResponse SsoArea::exchangeCode(const QUrlQuery &form, const QString &clientId)
{
    const auto field = [&form](const QString &name) { return form.queryItemValue(name, QUrl::FullyDecoded); };
    if (field(u"code"_s).isEmpty()) {
        return oauthError(400, u"invalid_request"_s, u"code is missing"_s);
    }
    const AuthorizationCodes::Redemption redeemed =
        m_authority.codes().redeem(field(u"code"_s), clientId, field(u"code_verifier"_s), field(u"redirect_uri"_s));
    if (!redeemed.grant) {
        return oauthError(400, u"invalid_grant"_s, redeemed.error);
    }
    const QString refreshToken = m_authority.refreshTokens().issue(*redeemed.grant);
    return tokens(m_authority.tokenAnswer(*redeemed.grant, refreshToken));
}

SandboxResponse SsoArea::refresh(const QUrlQuery &form, const QString &clientId)
{
    const QString presented = form.queryItemValue(u"refresh_token"_s, QUrl::FullyDecoded);
    if (presented.isEmpty()) {
        return oauthError(400, u"invalid_request"_s, u"refresh_token is missing"_s);
    }
    const std::optional<SsoGrant> grant = m_authority.refreshTokens().grantOf(presented);
    if (!grant) {
        return oauthError(400, u"invalid_grant"_s, u"Invalid refresh token. Token missing/expired."_s);
    }
    if (grant->clientId != clientId) {
        return oauthError(400, u"invalid_grant"_s, u"the refresh token was issued to another client_id"_s);
    }
    const QString successor = m_authority.refreshTokens().rotate(presented);
    return tokens(m_authority.tokenAnswer(*grant, successor));
}

SandboxResponse SsoArea::revoke(const SandboxRequest &request)
{
    const QUrlQuery form = formOf(request.body);
    const QString clientId = clientIdOf(request, form);
    if (const QString problem = m_authority.clientProblem(clientId); !problem.isEmpty()) {
        return oauthError(401, u"invalid_client"_s, problem);
    }
    const QString presented = form.queryItemValue(u"token"_s, QUrl::FullyDecoded);
    if (presented.isEmpty()) {
        return oauthError(400, u"invalid_request"_s, u"token is missing"_s);
    }
    const std::optional<SsoGrant> grant = m_authority.refreshTokens().grantOf(presented);
    if (grant && grant->clientId != clientId) {
        return oauthError(400, u"invalid_request"_s, u"the token was issued to another client_id"_s);
    }
    // RFC 7009: an unknown token (or an access token, which simply runs out) is not an error.
    m_authority.refreshTokens().revoke(presented);
    SandboxResponse answer;
    answer.setHeader("Cache-Control"_ba, "no-store"_ba);
    return answer;
}

SandboxResponse SsoArea::oauthError(int status, const QString &error, const QString &description)
{
    SandboxResponse response =
        SandboxResponse::json(status, QJsonObject{{u"error"_s, error}, {u"error_description"_s, description}});
    response.setHeader("Cache-Control"_ba, "no-store"_ba);
    return response;
}

SandboxResponse SsoArea::tokens(const QJsonObject &answer)
{
    SandboxResponse response = SandboxResponse::json(200, answer);
    response.setHeader("Cache-Control"_ba, "no-store"_ba); // RFC 6749: token answers must not be cached
    return response;
}

SandboxResponse SsoArea::html(int status, const QByteArray &page)
{
    SandboxResponse response;
    response.status = status;
    response.setHeader("Content-Type"_ba, "text/html; charset=utf-8"_ba);
    response.setHeader("Cache-Control"_ba, "no-store"_ba);
    response.body = page;
    return response;
}

SandboxResponse SsoArea::redirect(const QUrl &target)
{
    SandboxResponse response;
    response.status = 302;
    response.setHeader("Location"_ba, target.toEncoded());
    response.setHeader("Cache-Control"_ba, "no-store"_ba); // the URL carries a one-time code
    return response;
}

SandboxResponse SsoArea::methodNotAllowed(const SandboxRequest &request, const QByteArray &allowed)
{
    SandboxResponse response = SandboxResponse::error(
        405, u"%1 is not allowed on %2; use %3"_s.arg(request.method, request.path, QString::fromLatin1(allowed)));
    response.setHeader("Allow"_ba, allowed);
    return response;
}

} // namespace Esi::Sandbox
