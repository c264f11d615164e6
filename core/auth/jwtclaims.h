#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

namespace Esi::Core {

// The parts of an EVE SSO access token's payload the app uses. Parsed only after the signature checked out.
struct JwtClaims
{
    QString subject; // "CHARACTER:EVE:<id>"
    qint64 characterId = 0;
    QString characterName; // `name`
    QString ownerHash;     // `owner`: changes when the character moves to another account
    QStringList scopes;    // `scp`, a string or an array; sorted, without duplicates
    QString issuer;
    QStringList audience; // `aud`, a string or an array
    QDateTime expiresAt;  // `exp`, UTC
    QDateTime issuedAt;   // `iat`, UTC; invalid when absent
    QDateTime notBefore;  // `nbf`, UTC; invalid when absent

    // Fails (`error` set) when `sub` is not a character subject, `exp` is missing, or a claim has the wrong type.
    static JwtClaims fromJson(const QJsonObject &payload, QString *error);
};

} // namespace Esi::Core
