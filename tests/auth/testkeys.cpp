#include "testkeys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <stdexcept>

using namespace Qt::Literals::StringLiterals;

namespace {

std::shared_ptr<evp_pkey_st> generate(const char *type, const char *parameter)
{
    EVP_PKEY *key = nullptr;
    if (QByteArrayView(type) == "RSA") {
        key = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(2048));
    } else {
        key = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", parameter);
    }
    if (!key) {
        throw std::runtime_error("OpenSSL key generation failed");
    }
    return std::shared_ptr<evp_pkey_st>(key, EVP_PKEY_free);
}

QByteArray bnParam(evp_pkey_st *key, const char *name, int padTo)
{
    BIGNUM *bn = nullptr;
    if (!EVP_PKEY_get_bn_param(key, name, &bn)) {
        throw std::runtime_error("cannot read key parameter");
    }
    const int size = padTo > 0 ? padTo : BN_num_bytes(bn);
    QByteArray out(size, '\0');
    BN_bn2binpad(bn, reinterpret_cast<unsigned char *>(out.data()), size);
    BN_free(bn);
    return out;
}

} // namespace

TestKeys::TestKeys()
    : m_rsa(generate("RSA", nullptr))
    , m_ec(generate("EC", "P-256"))
    , m_foreign(generate("RSA", nullptr))
{}

TestKeys::~TestKeys() = default;

QByteArray TestKeys::base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QJsonObject TestKeys::rsaJwk() const
{
    return {{u"kty"_s, u"RSA"_s},
            {u"kid"_s, QString::fromLatin1(rsaKeyId)},
            {u"alg"_s, u"RS256"_s},
            {u"use"_s, u"sig"_s},
            {u"n"_s, QString::fromLatin1(base64Url(bnParam(m_rsa.get(), OSSL_PKEY_PARAM_RSA_N, 0)))},
            {u"e"_s, QString::fromLatin1(base64Url(bnParam(m_rsa.get(), OSSL_PKEY_PARAM_RSA_E, 0)))}};
}

QJsonObject TestKeys::ecJwk() const
{
    return {{u"kty"_s, u"EC"_s},
            {u"kid"_s, QString::fromLatin1(ecKeyId)},
            {u"alg"_s, u"ES256"_s},
            {u"use"_s, u"sig"_s},
            {u"crv"_s, u"P-256"_s},
            {u"x"_s, QString::fromLatin1(base64Url(bnParam(m_ec.get(), OSSL_PKEY_PARAM_EC_PUB_X, 32)))},
            {u"y"_s, QString::fromLatin1(base64Url(bnParam(m_ec.get(), OSSL_PKEY_PARAM_EC_PUB_Y, 32)))}};
}

QJsonObject TestKeys::jwks() const
{
    return {{u"keys"_s, QJsonArray{rsaJwk(), ecJwk()}}};
}

QByteArray TestKeys::signBytes(evp_pkey_st *key, bool ecdsa, const QByteArray &input)
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    size_t length = 0;
    QByteArray signature;
    if (EVP_DigestSignInit(ctx, nullptr, EVP_sha256(), nullptr, key) == 1 &&
        EVP_DigestSign(ctx, nullptr, &length, reinterpret_cast<const unsigned char *>(input.constData()),
                       size_t(input.size())) == 1) {
        signature.resize(qsizetype(length));
        EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(signature.data()), &length,
                       reinterpret_cast<const unsigned char *>(input.constData()), size_t(input.size()));
        signature.resize(qsizetype(length));
    }
    EVP_MD_CTX_free(ctx);
    if (!ecdsa) {
        return signature;
    }
    // DER ECDSA-Sig-Value → JOSE r || s, 32 bytes each.
    const auto *cursor = reinterpret_cast<const unsigned char *>(signature.constData());
    ECDSA_SIG *sig = d2i_ECDSA_SIG(nullptr, &cursor, long(signature.size()));
    QByteArray raw(64, '\0');
    BN_bn2binpad(ECDSA_SIG_get0_r(sig), reinterpret_cast<unsigned char *>(raw.data()), 32);
    BN_bn2binpad(ECDSA_SIG_get0_s(sig), reinterpret_cast<unsigned char *>(raw.data()) + 32, 32);
    ECDSA_SIG_free(sig);
    return raw;
}

QString TestKeys::sign(const QJsonObject &header, const QJsonObject &payload) const
{
    return signRaw(header, QJsonDocument(payload).toJson(QJsonDocument::Compact));
}

QString TestKeys::signRaw(const QJsonObject &header, const QByteArray &payload) const
{
    const QByteArray input = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' + base64Url(payload);
    const QString alg = header.value("alg"_L1).toString();
    QByteArray signature;
    if (alg == "RS256"_L1) {
        signature = signBytes(m_rsa.get(), false, input);
    } else if (alg == "ES256"_L1) {
        signature = signBytes(m_ec.get(), true, input);
    } else if (alg == "HS256"_L1) {
        signature = QMessageAuthenticationCode::hash(input, "not-a-secret", QCryptographicHash::Sha256);
    }
    return QString::fromLatin1(input + '.' + base64Url(signature));
}

QString TestKeys::signWithForeignKey(const QString &keyId, const QJsonObject &payload) const
{
    const QJsonObject header{{u"alg"_s, u"RS256"_s}, {u"kid"_s, keyId}, {u"typ"_s, u"JWT"_s}};
    const QByteArray input = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
                             base64Url(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    return QString::fromLatin1(input + '.' + base64Url(signBytes(m_foreign.get(), false, input)));
}
