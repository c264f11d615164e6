#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <memory>

struct evp_pkey_st;

namespace Esi::Sandbox {

// The sandbox SSO's token signing key: RSA 2048, made fresh by OpenSSL at every start (nothing is stored,
// so a token from an earlier run never verifies again), published as a JWKS and used to sign RS256 access
// tokens. Its kid is EVE's "JWT-Signature-Key" plus a thumbprint of the key: a client that cached the keys
// of an earlier run at the same address sees an unknown kid and fetches the new keys, as after a rotation.
class SigningKey
{
public:
    SigningKey();

    QString keyId() const { return m_keyId; }

    bool isNull() const { return !m_key; }

    QString error() const { return m_error; } // why generation failed

    // The public key as a JWK: kty, kid, alg, use, n, e.
    QJsonObject jwk() const { return m_jwk; }

    // The document /oauth/jwks serves: {"keys": [jwk], "SkipUnresolvedJsonWebKeys": true}, like EVE's.
    QJsonObject jwks() const;

    // A compact JWT: header {"alg":"RS256","kid":keyId(),"typ":"JWT"}, `payload`, RSASSA-PKCS1-v1_5 SHA-256.
    // Empty when signing failed (it does not with a generated key).
    QString sign(const QJsonObject &payload) const;

    static QByteArray base64Url(const QByteArray &data);

private:
    std::shared_ptr<evp_pkey_st> m_key;
    QString m_keyId;
    QJsonObject m_jwk;
    QString m_error;
};

} // namespace Esi::Sandbox
