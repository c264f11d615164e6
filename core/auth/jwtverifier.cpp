#include "core/auth/jwtverifier.h"

#include "core/auth/jwkkey.h"
#include "core/clock.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

namespace {

constexpr auto base64UrlStrict =
    QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals | QByteArray::AbortOnBase64DecodingErrors;

bool decodePart(const QByteArray &part, QByteArray *out)
{
    if (part.isEmpty() || part.contains('=')) {
        return false;
    }
    const auto decoded = QByteArray::fromBase64Encoding(part, base64UrlStrict);
    if (!decoded) {
        return false;
    }
    *out = decoded.decoded;
    return true;
}

bool decodeObject(const QByteArray &part, QJsonObject *out)
{
    QByteArray json;
    if (!decodePart(part, &json)) {
        return false;
    }
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject()) {
        return false;
    }
    *out = document.object();
    return true;
}

QString clockGap(qint64 secs)
{
    if (secs < 120) {
        return QCoreApplication::translate("Esi::Core::JwtVerifier", "%n seconds", nullptr, int(secs));
    }
    const int minutes = int((secs + 30) / 60);
    return QCoreApplication::translate("Esi::Core::JwtVerifier", "%n minutes", nullptr, minutes);
}

QString clockAdvice(int skewSeconds)
{
    return QCoreApplication::translate(
               "Esi::Core::JwtVerifier",
               "This computer's clock is probably behind by more than the %1 allowed: set the system clock "
               "right (turn on automatic time, e.g. timedatectl set-ntp true) and try again.")
        .arg(clockGap(skewSeconds));
}

JwtVerification failure(JwtFailure kind, QString message)
{
    JwtVerification result;
    result.failure = kind;
    result.error = std::move(message);
    return result;
}

} // namespace

JwtVerifier::JwtVerifier(QString clientId, QStringList acceptedIssuers, const Clock &clock, int skewSeconds)
    : m_clientId(std::move(clientId))
    , m_acceptedIssuers(std::move(acceptedIssuers))
    , m_clock(clock)
    , m_skewSeconds(skewSeconds)
{}

QString JwtVerifier::keyIdOf(const QString &token)
{
    const QList<QByteArray> parts = token.toLatin1().split('.');
    QJsonObject header;
    if (parts.size() != 3 || !decodeObject(parts.at(0), &header)) {
        return {};
    }
    return header.value("kid"_L1).toString();
}

JwtVerification JwtVerifier::verify(const QString &token, const QJsonArray &keys) const
{
    const QByteArray bytes = token.toLatin1();
    const QList<QByteArray> parts = bytes.split('.');
    if (parts.size() != 3) {
        return failure(
            JwtFailure::Malformed,
            QCoreApplication::translate("Esi::Core::JwtVerifier",
                                        "The access token is not a JWT (expected three dot-separated parts, found %1).")
                .arg(parts.size()));
    }
    QJsonObject header;
    if (!decodeObject(parts.at(0), &header)) {
        return failure(JwtFailure::Malformed,
                       QCoreApplication::translate("Esi::Core::JwtVerifier",
                                                   "The access token's header is not base64url-encoded JSON."));
    }
    const QString algorithm = header.value("alg"_L1).toString();
    if (algorithm.compare("none"_L1, Qt::CaseInsensitive) == 0 || algorithm.isEmpty()) {
        return failure(
            JwtFailure::UnsupportedAlgorithm,
            QCoreApplication::translate("Esi::Core::JwtVerifier",
                                        "The access token is unsigned (alg '%1'); unsigned tokens are never accepted.")
                .arg(algorithm));
    }
    if (algorithm != "RS256"_L1 && algorithm != "ES256"_L1) {
        return failure(
            JwtFailure::UnsupportedAlgorithm,
            QCoreApplication::translate("Esi::Core::JwtVerifier",
                                        "The access token is signed with %1; only RS256 and ES256 are accepted.")
                .arg(algorithm));
    }
    const QString keyId = header.value("kid"_L1).toString();
    QJsonObject jwk;
    for (const QJsonValue &candidate : keys) {
        if (candidate.toObject().value("kid"_L1).toString() == keyId) {
            jwk = candidate.toObject();
            break;
        }
    }
    if (jwk.isEmpty()) {
        return failure(
            JwtFailure::UnknownKey,
            QCoreApplication::translate("Esi::Core::JwtVerifier",
                                        "The access token names signing key '%1', which the SSO does not publish.")
                .arg(keyId));
    }
    QString keyError;
    const JwkKey key = JwkKey::fromJwk(jwk, &keyError);
    if (key.isNull()) {
        return failure(JwtFailure::BadKey, QCoreApplication::translate("Esi::Core::JwtVerifier",
                                                                       "The SSO's signing key cannot be used: %1.")
                                               .arg(keyError));
    }
    if (!key.fits(algorithm, &keyError)) {
        return failure(JwtFailure::BadKey,
                       QCoreApplication::translate("Esi::Core::JwtVerifier",
                                                   "The access token's algorithm does not match its key: %1.")
                           .arg(keyError));
    }
    QByteArray signature;
    if (!decodePart(parts.at(2), &signature)) {
        return failure(
            JwtFailure::Malformed,
            QCoreApplication::translate("Esi::Core::JwtVerifier", "The access token's signature is not base64url."));
    }
    const QByteArray signingInput = parts.at(0) + '.' + parts.at(1);
    QString signatureError;
    if (!key.verify(algorithm, signingInput, signature, &signatureError)) {
        return failure(
            JwtFailure::BadSignature,
            QCoreApplication::translate("Esi::Core::JwtVerifier", "The access token's signature is invalid: %1.")
                .arg(signatureError));
    }

    QJsonObject payload;
    if (!decodeObject(parts.at(1), &payload)) {
        return failure(JwtFailure::Malformed,
                       QCoreApplication::translate("Esi::Core::JwtVerifier",
                                                   "The access token's payload is not base64url-encoded JSON."));
    }
    QString claimsError;
    JwtClaims claims = JwtClaims::fromJson(payload, &claimsError);
    if (!claimsError.isEmpty()) {
        return failure(JwtFailure::BadClaims, claimsError);
    }
    if (!m_acceptedIssuers.contains(claims.issuer)) {
        return failure(
            JwtFailure::WrongIssuer,
            QCoreApplication::translate("Esi::Core::JwtVerifier", "The access token was issued by '%1', not by %2.")
                .arg(claims.issuer, m_acceptedIssuers.join(u" or "_s)));
    }
    if (!claims.audience.contains(m_clientId)) {
        return failure(JwtFailure::WrongAudience,
                       QCoreApplication::translate(
                           "Esi::Core::JwtVerifier",
                           "The access token was issued to another application (its audience lacks client ID %1).")
                           .arg(m_clientId));
    }
    if (!claims.audience.contains(u"EVE Online"_s)) {
        return failure(JwtFailure::WrongAudience,
                       QCoreApplication::translate(
                           "Esi::Core::JwtVerifier",
                           "The access token's audience lacks \"EVE Online\", so it is not an EVE SSO token."));
    }
    const QDateTime now = m_clock.now();
    if (claims.expiresAt.addSecs(m_skewSeconds) < now) {
        return failure(JwtFailure::Expired,
                       QCoreApplication::translate("Esi::Core::JwtVerifier", "The access token expired at %1 (now %2).")
                           .arg(claims.expiresAt.toString(Qt::ISODate), now.toString(Qt::ISODate)));
    }
    if (claims.issuedAt.isValid() && claims.issuedAt.addSecs(-m_skewSeconds) > now) {
        return failure(JwtFailure::IssuedInFuture,
                       QCoreApplication::translate("Esi::Core::JwtVerifier",
                                                   "The access token claims to be issued at %1, %2 after this "
                                                   "computer's time (%3). %4")
                           .arg(claims.issuedAt.toString(Qt::ISODate), clockGap(now.secsTo(claims.issuedAt)),
                                now.toString(Qt::ISODate), clockAdvice(m_skewSeconds)));
    }
    if (claims.notBefore.isValid() && claims.notBefore.addSecs(-m_skewSeconds) > now) {
        return failure(JwtFailure::NotYetValid,
                       QCoreApplication::translate("Esi::Core::JwtVerifier",
                                                   "The access token is valid only from %1, %2 after this computer's "
                                                   "time (%3). %4")
                           .arg(claims.notBefore.toString(Qt::ISODate), clockGap(now.secsTo(claims.notBefore)),
                                now.toString(Qt::ISODate), clockAdvice(m_skewSeconds)));
    }
    JwtVerification result;
    result.failure = JwtFailure::None;
    result.error.clear();
    result.claims = std::move(claims);
    return result;
}

} // namespace Esi::Core
