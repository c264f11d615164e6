#include "core/auth/jwtclaims.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

namespace {

// A claim that may be one string or an array of strings; false when it is neither.
bool stringOrArray(const QJsonValue &value, QStringList *out)
{
    out->clear();
    if (value.isUndefined() || value.isNull()) {
        return true;
    }
    if (value.isString()) {
        const QStringList parts = value.toString().split(u' ', Qt::SkipEmptyParts);
        out->append(parts);
        return true;
    }
    if (!value.isArray()) {
        return false;
    }
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        if (!item.isString()) {
            return false;
        }
        out->append(item.toString());
    }
    return true;
}

// Seconds since 1970 up to the end of year 9999; anything else (1e300, -1, NaN) is not a time, and casting
// it to an integer would be undefined.
bool secondsClaim(const QJsonValue &value, QDateTime *out)
{
    constexpr double latest = 253402300799.0; // 9999-12-31T23:59:59Z
    const double seconds = value.toDouble(-1);
    if (!value.isDouble() || !(seconds >= 0 && seconds <= latest)) {
        return false;
    }
    *out = QDateTime::fromSecsSinceEpoch(static_cast<qint64>(seconds), Qt::UTC);
    return true;
}

} // namespace

JwtClaims JwtClaims::fromJson(const QJsonObject &payload, QString *error)
{
    JwtClaims claims;
    claims.subject = payload.value("sub"_L1).toString();
    const QLatin1StringView prefix("CHARACTER:EVE:");
    bool idOk = false;
    if (claims.subject.startsWith(prefix)) {
        claims.characterId = claims.subject.mid(prefix.size()).toLongLong(&idOk);
    }
    if (!idOk || claims.characterId <= 0) {
        *error = QCoreApplication::translate(
                     "Esi::Core::JwtClaims",
                     "The token's subject '%1' is not an EVE character (expected CHARACTER:EVE:<id>).")
                     .arg(claims.subject.left(80));
        return {};
    }
    claims.characterName = payload.value("name"_L1).toString();
    claims.ownerHash = payload.value("owner"_L1).toString();
    if (claims.ownerHash.isEmpty()) {
        *error = QCoreApplication::translate("Esi::Core::JwtClaims",
                                             "The token for character %1 has no owner hash (`owner` claim).")
                     .arg(claims.characterId);
        return {};
    }
    if (!stringOrArray(payload.value("scp"_L1), &claims.scopes)) {
        *error = QCoreApplication::translate("Esi::Core::JwtClaims",
                                             "The token's `scp` claim is neither a string nor an array of strings.");
        return {};
    }
    claims.scopes.sort();
    claims.scopes.removeDuplicates();
    if (!stringOrArray(payload.value("aud"_L1), &claims.audience)) {
        *error = QCoreApplication::translate("Esi::Core::JwtClaims",
                                             "The token's `aud` claim is neither a string nor an array of strings.");
        return {};
    }
    claims.issuer = payload.value("iss"_L1).toString();
    if (!secondsClaim(payload.value("exp"_L1), &claims.expiresAt)) {
        *error = QCoreApplication::translate(
            "Esi::Core::JwtClaims",
            "The token has no usable expiry (`exp` claim: seconds since 1970, up to the year 9999).");
        return {};
    }
    const QJsonValue iat = payload.value("iat"_L1);
    if (!iat.isUndefined() && !secondsClaim(iat, &claims.issuedAt)) {
        *error = QCoreApplication::translate(
            "Esi::Core::JwtClaims",
            "The token's issue time (`iat` claim) is not seconds since 1970 up to the year 9999.");
        return {};
    }
    const QJsonValue nbf = payload.value("nbf"_L1);
    if (!nbf.isUndefined() && !secondsClaim(nbf, &claims.notBefore)) {
        *error = QCoreApplication::translate("Esi::Core::JwtClaims",
                                             "The token's start of validity (`nbf` claim) is not a number.");
        return {};
    }
    return claims;
}

} // namespace Esi::Core
