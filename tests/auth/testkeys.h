#pragma once

#include <QJsonObject>
#include <QString>
#include <memory>

struct evp_pkey_st;

// Signing keys made fresh by each test with OpenSSL (RSA 2048 and EC P-256), plus a JWT signer, so tokens
// are signed for real and the verifier is checked against genuine signatures, not canned strings.
class TestKeys
{
public:
    static constexpr auto rsaKeyId = "JWT-Signature-Key";
    static constexpr auto ecKeyId = "ES256-Key";

    TestKeys();
    ~TestKeys();

    // {"keys": [RSA JWK, EC JWK]}
    QJsonObject jwks() const;
    QJsonObject rsaJwk() const;
    QJsonObject ecJwk() const;

    // Signs with the key matching the header's `alg` (RS256 → RSA, ES256 → EC). `alg` none gives an empty
    // signature; HS256 an HMAC with a made-up secret.
    QString sign(const QJsonObject &header, const QJsonObject &payload) const;

    // The same with any payload bytes (to sign a payload that is not JSON).
    QString signRaw(const QJsonObject &header, const QByteArray &payload) const;

    // Signs RS256 with a second RSA key that is NOT published (a forger's key), under `keyId`.
    QString signWithForeignKey(const QString &keyId, const QJsonObject &payload) const;

    static QByteArray base64Url(const QByteArray &data);

private:
    static QByteArray signBytes(evp_pkey_st *key, bool ecdsa, const QByteArray &input);

    std::shared_ptr<evp_pkey_st> m_rsa;
    std::shared_ptr<evp_pkey_st> m_ec;
    std::shared_ptr<evp_pkey_st> m_foreign;
};
