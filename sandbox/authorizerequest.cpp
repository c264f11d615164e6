#include "sandbox/authorizerequest.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Sandbox {

AuthorizeRequest AuthorizeRequest::from(const std::function<QString(const QString &)> &field)
{
    AuthorizeRequest request;
    request.responseType = field(u"response_type"_s);
    request.clientId = field(u"client_id"_s);
    request.redirectUri = field(u"redirect_uri"_s);
    request.scopes = field(u"scope"_s).split(u' ', Qt::SkipEmptyParts);
    request.scopes.removeDuplicates();
    request.state = field(u"state"_s);
    request.codeChallenge = field(u"code_challenge"_s);
    request.codeChallengeMethod = field(u"code_challenge_method"_s);
    return request;
}

QList<QPair<QString, QString>> AuthorizeRequest::fields() const
{
    return {{u"response_type"_s, responseType},
            {u"client_id"_s, clientId},
            {u"redirect_uri"_s, redirectUri},
            {u"scope"_s, scopes.join(u' ')},
            {u"state"_s, state},
            {u"code_challenge"_s, codeChallenge},
            {u"code_challenge_method"_s, codeChallengeMethod}};
}

AuthorizeRequest::Problem AuthorizeRequest::check(const QString &clientProblem, const QStringList &knownScopes) const
{
    if (!clientProblem.isEmpty()) {
        return {false, u"invalid_client"_s, clientProblem};
    }
    const QUrl redirect(redirectUri, QUrl::StrictMode);
    if (redirectUri.isEmpty() || !redirect.isValid() || redirect.isRelative() || redirect.hasFragment()) {
        return {false, u"invalid_request"_s,
                u"redirect_uri '%1' is not an absolute URL without a fragment (e.g. "
                "http://127.0.0.1:8182/callback)"_s.arg(redirectUri.left(200))};
    }
    if (responseType != "code"_L1) {
        return {true, u"unsupported_response_type"_s,
                u"response_type '%1' is not supported; use response_type=code"_s.arg(responseType.left(50))};
    }
    if (codeChallengeMethod != "S256"_L1) {
        return {true, u"invalid_request"_s,
                codeChallengeMethod.isEmpty()
                    ? u"code_challenge_method is missing; this SSO requires PKCE with S256"_s
                    : u"code_challenge_method '%1' is not supported; use S256"_s.arg(codeChallengeMethod.left(50))};
    }
    // base64url of a SHA-256 hash without padding: exactly 43 characters.
    static const QRegularExpression challengeShape(u"^[A-Za-z0-9_-]{43}$"_s);
    if (!challengeShape.match(codeChallenge).hasMatch()) {
        return {true, u"invalid_request"_s,
                u"code_challenge must be the base64url SHA-256 of the code verifier (43 characters)"_s};
    }
    if (!knownScopes.isEmpty()) {
        QStringList unknown;
        for (const QString &scope : scopes) {
            if (scope != "publicData"_L1 && !knownScopes.contains(scope)) {
                unknown.append(scope);
            }
        }
        if (!unknown.isEmpty()) {
            return {true, u"invalid_scope"_s,
                    u"unknown scope%1 %2; the served spec names scopes like %3"_s.arg(
                        unknown.size() == 1 ? QString() : u"s"_s, unknown.join(u", "_s).left(300),
                        knownScopes.constFirst())};
        }
    }
    return {};
}

QUrl AuthorizeRequest::redirectWith(const QList<QPair<QString, QString>> &items) const
{
    QUrl target(redirectUri, QUrl::StrictMode);
    QByteArray query = target.query(QUrl::FullyEncoded).toLatin1();
    QList<QPair<QString, QString>> all = items;
    if (!state.isEmpty()) {
        all.append({u"state"_s, state});
    }
    for (const auto &[name, value] : std::as_const(all)) {
        query += (query.isEmpty() ? "" : "&") + QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    target.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    return target;
}

} // namespace Esi::Sandbox
