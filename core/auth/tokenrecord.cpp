#include "core/auth/tokenrecord.h"

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

QStringList TokenRecord::missingScopes(const QStringList &wanted) const
{
    QStringList missing;
    for (const QString &scope : wanted) {
        if (!scope.isEmpty() && !scopes.contains(scope) && !missing.contains(scope)) {
            missing.append(scope);
        }
    }
    return missing;
}

bool TokenRecord::accessTokenExpired(const QDateTime &now) const
{
    return !accessTokenExpiresAt.isValid() || accessTokenExpiresAt <= now;
}

QStringList TokenRecord::normalizedScopes(QStringList scopes)
{
    scopes.removeAll(QString());
    scopes.sort();
    scopes.removeDuplicates();
    return scopes;
}

QString TokenRecord::statusName(TokenStatus status)
{
    switch (status) {
    case TokenStatus::Valid:
        return u"valid"_s;
    case TokenStatus::NeedsReSignIn:
        return u"needs-sign-in"_s;
    case TokenStatus::Revoked:
        return u"revoked"_s;
    }
    return u"valid"_s;
}

std::optional<TokenStatus> TokenRecord::statusFromName(const QString &name)
{
    for (const TokenStatus status : {TokenStatus::Valid, TokenStatus::NeedsReSignIn, TokenStatus::Revoked}) {
        if (statusName(status) == name) {
            return status;
        }
    }
    return std::nullopt;
}

} // namespace Esi::Core
