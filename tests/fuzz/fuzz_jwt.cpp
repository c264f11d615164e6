// JWT parsing and verification against a fixed key set (fuzzkeys.h) at a fixed time (ManualClock): the
// token's three parts, base64url, header and claims JSON, algorithm and key choice, RS256/ES256
// signatures through OpenSSL, iss/aud/exp/iat. Inputs that start with '{' are read as a JWKS document
// instead (hostile published keys), so key parsing (RSA n/e, EC x/y) is fuzzed too.
#include "core/auth/jwkkey.h"
#include "core/auth/jwks.h"
#include "core/auth/jwtclaims.h"
#include "core/auth/jwtverifier.h"
#include "core/clock.h"
#include "fuzzkeys.h"
#include "fuzzsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>

using namespace Esi::Core;
using namespace Qt::Literals::StringLiterals;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    ManualClock clock; // 2026-01-01 12:00 UTC, the time the seed tokens were signed for
    QNetworkAccessManager network;
    Jwks jwks{&network, clock, dir.filePath(u"jwks.json"_s)};
    JwtVerifier verifier{u"fuzz-client"_s, {u"https://login.eveonline.com"_s, u"login.eveonline.com"_s}, clock};
};

Fixture *fixture = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Esi::Fuzz::ensureApplication(argc, argv);
    fixture = new Fixture; // lives for the whole run
    QString error;
    if (!fixture->jwks.setDocument(QByteArray(Esi::Fuzz::fuzzJwks), &error)) {
        qFatal("fuzz_jwt: the fixed JWKS does not load: %s", qPrintable(error));
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = Esi::Fuzz::bytes(data, size);
    if (input.startsWith('{')) {
        // Hostile published keys: each parsed on its own, then the whole set asked to verify a real token.
        const QJsonArray keys = QJsonDocument::fromJson(input).object().value(u"keys"_s).toArray();
        QString error;
        for (const QJsonValue &key : keys) {
            const JwkKey parsed = JwkKey::fromJwk(key.toObject(), &error);
            if (!parsed.isNull()) {
                (void)parsed.fits(u"RS256"_s, &error);
                (void)parsed.verify(u"ES256"_s, "a.b", QByteArray(64, 'x'), &error);
            }
        }
        (void)fixture->verifier.verify(QString::fromLatin1(Esi::Fuzz::fuzzToken), keys);
        return 0;
    }
    // The claims as they would be read once a signature checks out: the fuzzer cannot forge one, so the
    // payload part is also decoded and read on its own.
    const QList<QByteArray> parts = input.split('.');
    if (parts.size() == 3) {
        const QByteArray payload = QByteArray::fromBase64(parts.at(1), QByteArray::Base64UrlEncoding);
        QString claimsError;
        (void)JwtClaims::fromJson(QJsonDocument::fromJson(payload).object(), &claimsError);
    }
    const QString token = QString::fromUtf8(input);
    (void)JwtVerifier::keyIdOf(token);
    const JwtVerification verification = fixture->verifier.verify(token, fixture->jwks.keys());
    if (verification.isValid() && verification.claims.characterId <= 0) {
        qFatal("fuzz_jwt: a verified token without a character");
    }
    return 0;
}
