#include "sandbox/signingkey.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/evp.h>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Sandbox {

namespace {

QString openSslError(const char *what)
{
    const unsigned long code = ERR_get_error();
    char text[256] = {};
    if (code != 0) {
        ERR_error_string_n(code, text, sizeof text);
    }
    return u"%1 failed (%2)"_s.arg(QLatin1StringView(what),
                                   code != 0 ? QString::fromLatin1(text) : u"no OpenSSL error given"_s);
}

// A public key number (RSA n or e), big-endian without leading zero bytes, as JWK wants it.
QByteArray bigNumber(evp_pkey_st *key, const char *name)
{
    BIGNUM *number = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &number) != 1) {
        return {};
    }
    QByteArray bytes(BN_num_bytes(number), '\0');
    BN_bn2bin(number, reinterpret_cast<unsigned char *>(bytes.data()));
    BN_free(number);
    return bytes;
}

} // namespace

SigningKey::SigningKey()
{
    EVP_PKEY *key = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(2048));
    if (!key) {
        m_error = openSslError("generating the RSA 2048 signing key");
        return;
    }
    m_key = std::shared_ptr<evp_pkey_st>(key, EVP_PKEY_free);
    const QByteArray modulus = bigNumber(key, OSSL_PKEY_PARAM_RSA_N);
    const QByteArray exponent = bigNumber(key, OSSL_PKEY_PARAM_RSA_E);
    if (modulus.isEmpty() || exponent.isEmpty()) {
        m_error = openSslError("reading the signing key's public numbers");
        m_key.reset();
        return;
    }
    const QByteArray thumbprint = QCryptographicHash::hash(modulus, QCryptographicHash::Sha256).toHex().left(12);
    m_keyId = u"JWT-Signature-Key-"_s + QString::fromLatin1(thumbprint);
    m_jwk = QJsonObject{{u"kty"_s, u"RSA"_s},
                        {u"kid"_s, m_keyId},
                        {u"alg"_s, u"RS256"_s},
                        {u"use"_s, u"sig"_s},
                        {u"n"_s, QString::fromLatin1(base64Url(modulus))},
                        {u"e"_s, QString::fromLatin1(base64Url(exponent))}};
}

QByteArray SigningKey::base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QJsonObject SigningKey::jwks() const
{
    return {{u"keys"_s, QJsonArray{m_jwk}}, {u"SkipUnresolvedJsonWebKeys"_s, true}};
}

QString SigningKey::sign(const QJsonObject &payload) const
{
    if (!m_key) {
        return {};
    }
    const QJsonObject header{{u"alg"_s, u"RS256"_s}, {u"kid"_s, m_keyId}, {u"typ"_s, u"JWT"_s}};
    const QByteArray input = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
                             base64Url(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    const auto *data = reinterpret_cast<const unsigned char *>(input.constData());
    size_t length = 0;
    if (!context || EVP_DigestSignInit(context.get(), nullptr, EVP_sha256(), nullptr, m_key.get()) != 1 ||
        EVP_DigestSign(context.get(), nullptr, &length, data, size_t(input.size())) != 1) {
        return {};
    }
    QByteArray signature(qsizetype(length), '\0');
    if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(signature.data()), &length, data,
                       size_t(input.size())) != 1) {
        return {};
    }
    signature.resize(qsizetype(length));
    return QString::fromLatin1(input + '.' + base64Url(signature));
}

} // namespace Esi::Sandbox
