#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <memory>

struct evp_pkey_st;

namespace Esi::Core {

// One public key from a JWKS, turned into an OpenSSL EVP_PKEY: RSA from `n`/`e`, EC P-256 from `x`/`y`.
// Verifies RS256 (RSASSA-PKCS1-v1_5 with SHA-256) and ES256 (ECDSA P-256 with SHA-256) signatures.
class JwkKey
{
public:
    JwkKey() = default;

    // A null key (and `error` set) when the JWK is not an RSA (>= 2048 bit) or EC P-256 public key.
    static JwkKey fromJwk(const QJsonObject &jwk, QString *error);

    bool isNull() const { return !m_key; }

    QString keyId() const { return m_keyId; }

    QString keyType() const { return m_keyType; } // "RSA" or "EC"

    // False (and `error` set) when `algorithm` cannot be verified with this key (RS256 needs RSA, ES256
    // needs EC P-256, and a JWK that declares an `alg` is used only for that one).
    bool fits(const QString &algorithm, QString *error) const;

    // False (and `error` set) on a bad signature, or when `algorithm` does not fit this key.
    bool verify(const QString &algorithm, const QByteArray &signingInput, const QByteArray &signature,
                QString *error) const;

private:
    std::shared_ptr<evp_pkey_st> m_key;
    QString m_keyId;
    QString m_keyType;
    QString m_declaredAlgorithm; // the JWK's `alg`, when it names one
};

} // namespace Esi::Core
