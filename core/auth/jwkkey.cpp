#include "core/auth/jwkkey.h"

#include <QCoreApplication>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

namespace {

struct BignumFree
{
    void operator()(BIGNUM *bn) const { BN_free(bn); }
};

struct ParamBuildFree
{
    void operator()(OSSL_PARAM_BLD *bld) const { OSSL_PARAM_BLD_free(bld); }
};

struct ParamFree
{
    void operator()(OSSL_PARAM *params) const { OSSL_PARAM_free(params); }
};

struct PkeyCtxFree
{
    void operator()(EVP_PKEY_CTX *ctx) const { EVP_PKEY_CTX_free(ctx); }
};

struct MdCtxFree
{
    void operator()(EVP_MD_CTX *ctx) const { EVP_MD_CTX_free(ctx); }
};

struct EcdsaSigFree
{
    void operator()(ECDSA_SIG *sig) const { ECDSA_SIG_free(sig); }
};

using Bignum = std::unique_ptr<BIGNUM, BignumFree>;

QString opensslError()
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0) {
        return QCoreApplication::translate("Esi::Core::JwkKey", "no detail from OpenSSL");
    }
    char buffer[256] = {};
    ERR_error_string_n(code, buffer, sizeof buffer);
    return QString::fromLatin1(buffer);
}

bool decodeMember(const QJsonObject &jwk, QLatin1StringView name, QByteArray *out, QString *error)
{
    const QString text = jwk.value(name).toString();
    const auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::Base64UrlEncoding |
                                                                             QByteArray::AbortOnBase64DecodingErrors);
    if (text.isEmpty() || !decoded || decoded.decoded.isEmpty()) {
        *error = QCoreApplication::translate("Esi::Core::JwkKey", "member '%1' is missing or not base64url").arg(name);
        return false;
    }
    *out = decoded.decoded;
    return true;
}

EVP_PKEY *keyFromParams(const char *type, OSSL_PARAM *params, QString *error)
{
    std::unique_ptr<EVP_PKEY_CTX, PkeyCtxFree> ctx(EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr));
    EVP_PKEY *key = nullptr;
    if (!ctx || EVP_PKEY_fromdata_init(ctx.get()) <= 0 ||
        EVP_PKEY_fromdata(ctx.get(), &key, EVP_PKEY_PUBLIC_KEY, params) <= 0) {
        *error = QCoreApplication::translate("Esi::Core::JwkKey", "OpenSSL rejected the key: %1").arg(opensslError());
        return nullptr;
    }
    return key;
}

EVP_PKEY *rsaKey(const QJsonObject &jwk, QString *error)
{
    QByteArray n;
    QByteArray e;
    if (!decodeMember(jwk, "n"_L1, &n, error) || !decodeMember(jwk, "e"_L1, &e, error)) {
        return nullptr;
    }
    const Bignum modulus(BN_bin2bn(reinterpret_cast<const unsigned char *>(n.constData()), int(n.size()), nullptr));
    const Bignum exponent(BN_bin2bn(reinterpret_cast<const unsigned char *>(e.constData()), int(e.size()), nullptr));
    if (!modulus || !exponent) {
        *error = QCoreApplication::translate("Esi::Core::JwkKey", "cannot read n/e: %1").arg(opensslError());
        return nullptr;
    }
    // Short RSA keys are forgeable; EVE's key is 2048 bits.
    if (BN_num_bits(modulus.get()) < 2048) {
        *error = QCoreApplication::translate("Esi::Core::JwkKey", "the RSA key has %1 bits; at least 2048 are required")
                     .arg(BN_num_bits(modulus.get()));
        return nullptr;
    }
    std::unique_ptr<OSSL_PARAM_BLD, ParamBuildFree> build(OSSL_PARAM_BLD_new());
    if (!build || !OSSL_PARAM_BLD_push_BN(build.get(), OSSL_PKEY_PARAM_RSA_N, modulus.get()) ||
        !OSSL_PARAM_BLD_push_BN(build.get(), OSSL_PKEY_PARAM_RSA_E, exponent.get())) {
        *error =
            QCoreApplication::translate("Esi::Core::JwkKey", "cannot build RSA parameters: %1").arg(opensslError());
        return nullptr;
    }
    std::unique_ptr<OSSL_PARAM, ParamFree> params(OSSL_PARAM_BLD_to_param(build.get()));
    if (!params) {
        *error =
            QCoreApplication::translate("Esi::Core::JwkKey", "cannot build RSA parameters: %1").arg(opensslError());
        return nullptr;
    }
    return keyFromParams("RSA", params.get(), error);
}

EVP_PKEY *ecKey(const QJsonObject &jwk, QString *error)
{
    if (jwk.value("crv"_L1).toString() != "P-256"_L1) {
        *error = QCoreApplication::translate("Esi::Core::JwkKey", "the EC curve '%1' is not P-256")
                     .arg(jwk.value("crv"_L1).toString());
        return nullptr;
    }
    QByteArray x;
    QByteArray y;
    if (!decodeMember(jwk, "x"_L1, &x, error) || !decodeMember(jwk, "y"_L1, &y, error)) {
        return nullptr;
    }
    if (x.size() != 32 || y.size() != 32) {
        *error = QCoreApplication::translate("Esi::Core::JwkKey",
                                             "P-256 coordinates must be 32 bytes each (x has %1, y has %2)")
                     .arg(x.size())
                     .arg(y.size());
        return nullptr;
    }
    // Uncompressed SEC1 point: 0x04 || x || y. OpenSSL checks that it lies on the curve.
    QByteArray point = QByteArray(1, '\x04') + x + y;
    char group[] = "prime256v1";
    const OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_PKEY_PARAM_GROUP_NAME, group, 0),
        OSSL_PARAM_construct_octet_string(OSSL_PKEY_PARAM_PUB_KEY, point.data(), size_t(point.size())),
        OSSL_PARAM_construct_end(),
    };
    return keyFromParams("EC", const_cast<OSSL_PARAM *>(params), error);
}

// JOSE carries ES256 signatures as raw r || s (32 bytes each); OpenSSL verifies DER ECDSA-Sig-Value.
bool joseToDer(const QByteArray &signature, QByteArray *der)
{
    if (signature.size() != 64) {
        return false;
    }
    std::unique_ptr<ECDSA_SIG, EcdsaSigFree> sig(ECDSA_SIG_new());
    BIGNUM *r = BN_bin2bn(reinterpret_cast<const unsigned char *>(signature.constData()), 32, nullptr);
    BIGNUM *s = BN_bin2bn(reinterpret_cast<const unsigned char *>(signature.constData()) + 32, 32, nullptr);
    if (!sig || !r || !s || !ECDSA_SIG_set0(sig.get(), r, s)) {
        BN_free(r);
        BN_free(s);
        return false;
    }
    const int length = i2d_ECDSA_SIG(sig.get(), nullptr);
    if (length <= 0) {
        return false;
    }
    der->resize(length);
    auto *cursor = reinterpret_cast<unsigned char *>(der->data());
    return i2d_ECDSA_SIG(sig.get(), &cursor) == length;
}

} // namespace

JwkKey JwkKey::fromJwk(const QJsonObject &jwk, QString *error)
{
    JwkKey key;
    key.m_keyId = jwk.value("kid"_L1).toString();
    key.m_keyType = jwk.value("kty"_L1).toString();
    key.m_declaredAlgorithm = jwk.value("alg"_L1).toString();
    const QString use = jwk.value("use"_L1).toString();
    if (!use.isEmpty() && use != "sig"_L1) {
        *error = QCoreApplication::translate("Esi::Core::JwkKey", "key '%1' is for '%2', not for signatures")
                     .arg(key.m_keyId, use);
        return {};
    }
    QString detail;
    EVP_PKEY *raw = nullptr;
    if (key.m_keyType == "RSA"_L1) {
        raw = rsaKey(jwk, &detail);
    } else if (key.m_keyType == "EC"_L1) {
        raw = ecKey(jwk, &detail);
    } else {
        detail = QCoreApplication::translate("Esi::Core::JwkKey", "key type '%1' is not supported (only RSA and EC)")
                     .arg(key.m_keyType);
    }
    if (!raw) {
        *error =
            QCoreApplication::translate("Esi::Core::JwkKey", "key '%1' cannot be used: %2").arg(key.m_keyId, detail);
        return {};
    }
    key.m_key.reset(raw, EVP_PKEY_free);
    return key;
}

bool JwkKey::fits(const QString &algorithm, QString *error) const
{
    if (!m_key) {
        *error = QCoreApplication::translate("Esi::Core::JwkKey", "no key");
        return false;
    }
    const bool rs256 = algorithm == "RS256"_L1;
    const bool es256 = algorithm == "ES256"_L1;
    if ((rs256 && m_keyType != "RSA"_L1) || (es256 && m_keyType != "EC"_L1) || (!rs256 && !es256)) {
        *error = QCoreApplication::translate("Esi::Core::JwkKey", "algorithm %1 does not fit key '%2' of type %3")
                     .arg(algorithm, m_keyId, m_keyType);
        return false;
    }
    if (!m_declaredAlgorithm.isEmpty() && m_declaredAlgorithm != algorithm) {
        *error = QCoreApplication::translate("Esi::Core::JwkKey", "key '%1' is published for %2, but the token says %3")
                     .arg(m_keyId, m_declaredAlgorithm, algorithm);
        return false;
    }
    return true;
}

bool JwkKey::verify(const QString &algorithm, const QByteArray &signingInput, const QByteArray &signature,
                    QString *error) const
{
    if (!fits(algorithm, error)) {
        return false;
    }
    const bool es256 = algorithm == "ES256"_L1;
    QByteArray der = signature;
    if (es256 && !joseToDer(signature, &der)) {
        *error = QCoreApplication::translate("Esi::Core::JwkKey",
                                             "an ES256 signature must be 64 bytes (r || s), this one has %1")
                     .arg(signature.size());
        return false;
    }
    std::unique_ptr<EVP_MD_CTX, MdCtxFree> ctx(EVP_MD_CTX_new());
    if (!ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, EVP_sha256(), nullptr, m_key.get()) <= 0) {
        *error = QCoreApplication::translate("Esi::Core::JwkKey", "cannot start verification: %1").arg(opensslError());
        return false;
    }
    const int verdict = EVP_DigestVerify(
        ctx.get(), reinterpret_cast<const unsigned char *>(der.constData()), size_t(der.size()),
        reinterpret_cast<const unsigned char *>(signingInput.constData()), size_t(signingInput.size()));
    ERR_clear_error();
    if (verdict != 1) {
        *error = QCoreApplication::translate("Esi::Core::JwkKey", "the signature does not match key '%1'").arg(m_keyId);
        return false;
    }
    return true;
}

} // namespace Esi::Core
