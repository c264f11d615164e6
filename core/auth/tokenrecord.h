#pragma once

#include <QDateTime>
#include <QStringList>
#include <QUrl>
#include <optional>

namespace Esi::Core {

enum class TokenStatus {
    Valid,
    NeedsReSignIn, // the SSO refused the refresh token (invalid_grant): kept, but a new sign-in is needed
    Revoked,       // revoked on purpose; secrets are gone, the row stays as history until removed
};

// What the token store knows about one character's token besides its secrets (those are in the keychain).
struct TokenRecord
{
    qint64 characterId = 0;
    QString characterName;
    QString ownerHash;
    QString previousOwnerHash; // set when the owner hash changed (character moved account) until acknowledged
    QStringList scopes;        // sorted, without duplicates
    QDateTime accessTokenExpiresAt;
    QDateTime addedAt;
    QDateTime lastRefreshedAt;
    QDateTime lastUsedAt;
    TokenStatus status = TokenStatus::Valid;
    QString statusReason;      // why it needs a new sign-in or was revoked
    QUrl issuer;               // the SSO the character signed in with (empty: stored before issuers were kept)
    qint64 secretsVersion = 0; // bumped by every write of the secrets (sign-in, refresh); see TokenDatabase

    bool ownerChanged() const { return !previousOwnerHash.isEmpty(); }

    bool hasScopes(const QStringList &wanted) const { return missingScopes(wanted).isEmpty(); }

    QStringList missingScopes(const QStringList &wanted) const;

    bool accessTokenExpired(const QDateTime &now) const;

    static QStringList normalizedScopes(QStringList scopes);
    static QString statusName(TokenStatus status);
    static std::optional<TokenStatus> statusFromName(const QString &name);
};

} // namespace Esi::Core
