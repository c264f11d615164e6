#include "core/auth/jwkkey.h"
#include "core/auth/jwtverifier.h"
#include "core/auth/ssoendpoints.h"
#include "core/auth/ssosettings.h"
#include "core/clock.h"
#include "testkeys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <optional>

using namespace Esi::Core;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString clientId = u"test-client-id"_s;

} // namespace

class TstJwtVerifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void verify_data();
    void verify();
    void claims_parsedFromVerifiedToken();
    void scopes_acceptStringAndArray_data();
    void scopes_acceptStringAndArray();
    void jwk_rejectsShortRsaAndOtherCurves();
    void clockBehind_messageSaysToFixTheSystemClock();

private:
    QJsonObject payload(qint64 expOffset = 1200, qint64 iatOffset = 0) const;
    QString rs256(const QJsonObject &body) const;

    std::optional<TestKeys> m_keys;
    ManualClock m_clock;
};

void TstJwtVerifier::initTestCase()
{
    m_keys.emplace();
}

QJsonObject TstJwtVerifier::payload(qint64 expOffset, qint64 iatOffset) const
{
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    return {{u"scp"_s, QJsonArray{u"esi-skills.read_skills.v1"_s, u"esi-assets.read_assets.v1"_s}},
            {u"jti"_s, u"b2d6f8e0"_s},
            {u"kid"_s, QString::fromLatin1(TestKeys::rsaKeyId)},
            {u"sub"_s, u"CHARACTER:EVE:2112625428"_s},
            {u"azp"_s, clientId},
            {u"tenant"_s, u"tranquility"_s},
            {u"tier"_s, u"live"_s},
            {u"region"_s, u"world"_s},
            {u"aud"_s, QJsonArray{clientId, u"EVE Online"_s}},
            {u"name"_s, u"Rookie Pilot"_s},
            {u"owner"_s, u"8PmzCeTKb4VFUDrHLc/AeZXDSWM="_s},
            {u"exp"_s, now + expOffset},
            {u"iat"_s, now + iatOffset},
            {u"iss"_s, u"https://login.eveonline.com"_s}};
}

QString TstJwtVerifier::rs256(const QJsonObject &body) const
{
    return m_keys->sign(
        {{u"alg"_s, u"RS256"_s}, {u"kid"_s, QString::fromLatin1(TestKeys::rsaKeyId)}, {u"typ"_s, u"JWT"_s}}, body);
}

void TstJwtVerifier::verify_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<JwtFailure>("failure");

    const QJsonObject rsHeader{{u"alg"_s, u"RS256"_s}, {u"kid"_s, QString::fromLatin1(TestKeys::rsaKeyId)}};
    const QJsonObject esHeader{{u"alg"_s, u"ES256"_s}, {u"kid"_s, QString::fromLatin1(TestKeys::ecKeyId)}};
    const QString good = rs256(payload());
    const QStringList parts = good.split(u'.');

    QTest::newRow("valid RS256") << good << JwtFailure::None;
    QTest::newRow("valid ES256") << m_keys->sign(esHeader, payload()) << JwtFailure::None;
    QJsonObject hostIssuer = payload();
    hostIssuer.insert(u"iss"_s, u"login.eveonline.com"_s);
    QTest::newRow("issuer in host form") << rs256(hostIssuer) << JwtFailure::None;
    QTest::newRow("expired within clock skew") << rs256(payload(-10)) << JwtFailure::None;

    // A character in the middle: the last one may only carry padding bits that decode the same.
    QString signature = parts.at(2);
    const qsizetype middle = signature.size() / 2;
    signature[middle] = signature.at(middle) == u'A' ? u'B' : u'A';
    QTest::newRow("tampered signature") << parts.at(0) + u'.' + parts.at(1) + u'.' + signature
                                        << JwtFailure::BadSignature;
    QJsonObject renamed = payload();
    renamed.insert(u"name"_s, u"Someone Else"_s);
    const QString forgedPayload =
        QString::fromLatin1(TestKeys::base64Url(QJsonDocument(renamed).toJson(QJsonDocument::Compact)));
    QTest::newRow("tampered payload") << parts.at(0) + u'.' + forgedPayload + u'.' + parts.at(2)
                                      << JwtFailure::BadSignature;
    QTest::newRow("forger's key under the published kid")
        << m_keys->signWithForeignKey(QString::fromLatin1(TestKeys::rsaKeyId), payload()) << JwtFailure::BadSignature;

    QJsonObject wrongIssuer = payload();
    wrongIssuer.insert(u"iss"_s, u"https://evil.example.com"_s);
    QTest::newRow("wrong issuer") << rs256(wrongIssuer) << JwtFailure::WrongIssuer;
    QJsonObject otherApp = payload();
    otherApp.insert(u"aud"_s, QJsonArray{u"another-client"_s, u"EVE Online"_s});
    QTest::newRow("audience of another app") << rs256(otherApp) << JwtFailure::WrongAudience;
    QJsonObject noEve = payload();
    noEve.insert(u"aud"_s, clientId);
    QTest::newRow("audience without EVE Online") << rs256(noEve) << JwtFailure::WrongAudience;
    // Five minutes of clock skew are tolerated for exp, iat and nbf alike.
    QTest::newRow("expired 4 minutes ago, within the skew") << rs256(payload(-240)) << JwtFailure::None;
    QTest::newRow("expired beyond clock skew") << rs256(payload(-360)) << JwtFailure::Expired;
    QTest::newRow("issued 30 s in the future") << rs256(payload(1230, 30)) << JwtFailure::None;
    QTest::newRow("issued 10 minutes in the future") << rs256(payload(1800, 600)) << JwtFailure::IssuedInFuture;
    QJsonObject nbfSoon = payload();
    nbfSoon.insert(u"nbf"_s, m_clock.now().toSecsSinceEpoch() + 240);
    QTest::newRow("valid from 4 minutes on, within the skew") << rs256(nbfSoon) << JwtFailure::None;
    QJsonObject nbfLater = payload();
    nbfLater.insert(u"nbf"_s, m_clock.now().toSecsSinceEpoch() + 600);
    QTest::newRow("valid only from 10 minutes on") << rs256(nbfLater) << JwtFailure::NotYetValid;
    QJsonObject nbfText = payload();
    nbfText.insert(u"nbf"_s, u"soon"_s);
    QTest::newRow("nbf not a number") << rs256(nbfText) << JwtFailure::BadClaims;

    QTest::newRow("unknown kid") << m_keys->signWithForeignKey(u"Rotated-Key"_s, payload()) << JwtFailure::UnknownKey;
    QTest::newRow("alg none") << m_keys->sign(
                                     {{u"alg"_s, u"none"_s}, {u"kid"_s, QString::fromLatin1(TestKeys::rsaKeyId)}},
                                     payload())
                              << JwtFailure::UnsupportedAlgorithm;
    QTest::newRow("alg HS256") << m_keys->sign(
                                      {{u"alg"_s, u"HS256"_s}, {u"kid"_s, QString::fromLatin1(TestKeys::rsaKeyId)}},
                                      payload())
                               << JwtFailure::UnsupportedAlgorithm;
    QTest::newRow("ES256 header naming the RSA key")
        << m_keys->sign({{u"alg"_s, u"ES256"_s}, {u"kid"_s, QString::fromLatin1(TestKeys::rsaKeyId)}}, payload())
        << JwtFailure::BadKey;

    QTest::newRow("not a JWT") << u"abc"_s << JwtFailure::Malformed;
    QTest::newRow("four parts") << good + u".x"_s << JwtFailure::Malformed;
    QTest::newRow("header not base64url") << u"!!!."_s + parts.at(1) + u'.' + parts.at(2) << JwtFailure::Malformed;
    QTest::newRow("header not JSON") << u"bm90IGpzb24."_s + parts.at(1) + u'.' + parts.at(2) << JwtFailure::Malformed;
    QTest::newRow("signature not base64url") << parts.at(0) + u'.' + parts.at(1) + u".%%%"_s << JwtFailure::Malformed;
    // Signed correctly, but the payload is garbage: caught after the signature check.
    QTest::newRow("signed payload not JSON") << m_keys->signRaw(rsHeader, "not json"_ba) << JwtFailure::Malformed;
    QJsonObject corporation = payload();
    corporation.insert(u"sub"_s, u"CORPORATION:EVE:98000001"_s);
    QTest::newRow("subject is not a character") << rs256(corporation) << JwtFailure::BadClaims;
    QJsonObject noExpiry = payload();
    noExpiry.remove(u"exp"_s);
    QTest::newRow("no expiry") << rs256(noExpiry) << JwtFailure::BadClaims;
    // A double this large does not fit a qint64: the cast was undefined (UBSan float-cast-overflow).
    QJsonObject farExpiry = payload();
    farExpiry.insert(u"exp"_s, 1e300);
    QTest::newRow("expiry beyond the year 9999") << rs256(farExpiry) << JwtFailure::BadClaims;
    QJsonObject negativeIssue = payload();
    negativeIssue.insert(u"iat"_s, -1e300);
    QTest::newRow("issue time before 1970") << rs256(negativeIssue) << JwtFailure::BadClaims;
    QJsonObject numericScopes = payload();
    numericScopes.insert(u"scp"_s, QJsonArray{1, 2});
    QTest::newRow("scopes of the wrong type") << rs256(numericScopes) << JwtFailure::BadClaims;
}

void TstJwtVerifier::verify()
{
    QFETCH(QString, token);
    QFETCH(JwtFailure, failure);
    const QUrl base = SsoSettings::defaultBaseUrl();
    const JwtVerifier verifier(clientId, SsoEndpoints::defaultsFor(base).acceptedIssuers(base), m_clock);
    const JwtVerification result = verifier.verify(token, m_keys->jwks().value("keys"_L1).toArray());
    QCOMPARE(result.failure, failure);
    QCOMPARE(result.isValid(), failure == JwtFailure::None);
    QCOMPARE(result.error.isEmpty(), failure == JwtFailure::None);
    // A rejection explains itself without repeating the token.
    QVERIFY(!result.error.contains(token));
    if (failure != JwtFailure::None) {
        QCOMPARE(result.claims.characterId, 0);
    }
}

void TstJwtVerifier::clockBehind_messageSaysToFixTheSystemClock()
{
    const QUrl base = SsoSettings::defaultBaseUrl();
    const JwtVerifier verifier(clientId, SsoEndpoints::defaultsFor(base).acceptedIssuers(base), m_clock);
    QJsonObject early = payload(1800, 600);
    early.insert(u"nbf"_s, m_clock.now().toSecsSinceEpoch() + 600);
    const JwtVerification result = verifier.verify(rs256(early), m_keys->jwks().value("keys"_L1).toArray());
    QVERIFY(result.failedOnTime());
    QVERIFY2(result.error.contains(u"10 minutes"_s), qPrintable(result.error));
    QVERIFY2(result.error.contains(u"clock"_s), qPrintable(result.error));
    QVERIFY2(result.error.contains(u"5 minutes"_s), qPrintable(result.error));
}

void TstJwtVerifier::claims_parsedFromVerifiedToken()
{
    const QUrl base = SsoSettings::defaultBaseUrl();
    const JwtVerifier verifier(clientId, SsoEndpoints::defaultsFor(base).acceptedIssuers(base), m_clock);
    const QString token = rs256(payload());
    QCOMPARE(JwtVerifier::keyIdOf(token), QString::fromLatin1(TestKeys::rsaKeyId));
    const JwtVerification result = verifier.verify(token, m_keys->jwks().value("keys"_L1).toArray());
    QVERIFY2(result.isValid(), qPrintable(result.error));
    QCOMPARE(result.claims.characterId, 2112625428);
    QCOMPARE(result.claims.characterName, u"Rookie Pilot"_s);
    QCOMPARE(result.claims.ownerHash, u"8PmzCeTKb4VFUDrHLc/AeZXDSWM="_s);
    QCOMPARE(result.claims.scopes, (QStringList{u"esi-assets.read_assets.v1"_s, u"esi-skills.read_skills.v1"_s}));
    QCOMPARE(result.claims.expiresAt, m_clock.now().addSecs(1200));
    QCOMPARE(result.claims.issuedAt, m_clock.now());
}

void TstJwtVerifier::scopes_acceptStringAndArray_data()
{
    QTest::addColumn<QJsonValue>("scp");
    QTest::addColumn<QStringList>("scopes");
    QTest::newRow("one scope as a string") << QJsonValue(u"publicData"_s) << QStringList{u"publicData"_s};
    QTest::newRow("space-separated string") << QJsonValue(u"b.v1 a.v1"_s) << QStringList{u"a.v1"_s, u"b.v1"_s};
    QTest::newRow("array with a duplicate")
        << QJsonValue(QJsonArray{u"b.v1"_s, u"a.v1"_s, u"b.v1"_s}) << QStringList{u"a.v1"_s, u"b.v1"_s};
    QTest::newRow("absent") << QJsonValue(QJsonValue::Undefined) << QStringList{};
}

void TstJwtVerifier::scopes_acceptStringAndArray()
{
    QFETCH(QJsonValue, scp);
    QFETCH(QStringList, scopes);
    QJsonObject body = payload();
    body.remove(u"scp"_s);
    if (!scp.isUndefined()) {
        body.insert(u"scp"_s, scp);
    }
    const QUrl base = SsoSettings::defaultBaseUrl();
    const JwtVerifier verifier(clientId, SsoEndpoints::defaultsFor(base).acceptedIssuers(base), m_clock);
    const JwtVerification result = verifier.verify(rs256(body), m_keys->jwks().value("keys"_L1).toArray());
    QVERIFY2(result.isValid(), qPrintable(result.error));
    QCOMPARE(result.claims.scopes, scopes);
}

void TstJwtVerifier::jwk_rejectsShortRsaAndOtherCurves()
{
    QString error;
    QJsonObject shortKey = m_keys->rsaJwk();
    shortKey.insert(u"n"_s, QString::fromLatin1(TestKeys::base64Url(QByteArray(64, '\x7f'))));
    QVERIFY(JwkKey::fromJwk(shortKey, &error).isNull());
    QVERIFY2(error.contains(u"2048"_s), qPrintable(error));

    QJsonObject otherCurve = m_keys->ecJwk();
    otherCurve.insert(u"crv"_s, u"P-384"_s);
    QVERIFY(JwkKey::fromJwk(otherCurve, &error).isNull());
    QVERIFY2(error.contains(u"P-256"_s), qPrintable(error));

    QJsonObject offCurve = m_keys->ecJwk();
    offCurve.insert(u"y"_s, QString::fromLatin1(TestKeys::base64Url(QByteArray(32, '\x01'))));
    QVERIFY(JwkKey::fromJwk(offCurve, &error).isNull());

    QVERIFY(!JwkKey::fromJwk(m_keys->rsaJwk(), &error).isNull());
    QVERIFY(!JwkKey::fromJwk(m_keys->ecJwk(), &error).isNull());
}

QTEST_GUILESS_MAIN(TstJwtVerifier)
#include "tst_jwtverifier.moc"
