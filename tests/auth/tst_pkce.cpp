#include "core/auth/pkce.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Esi::Core;
using namespace Qt::Literals::StringLiterals;

class TstPkce : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void challenge_matchesRfc7636AppendixB();
    void generate_gives43UrlSafeCharactersWithoutPadding();
    void generate_neverRepeats();
    void challenge_changesWithVerifier();
};

void TstPkce::challenge_matchesRfc7636AppendixB()
{
    const Pkce pkce = Pkce::fromVerifier("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"_ba);
    QCOMPARE(pkce.challenge(), "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"_ba);
    QCOMPARE(Pkce::method(), "S256"_ba);
}

void TstPkce::generate_gives43UrlSafeCharactersWithoutPadding()
{
    const Pkce pkce = Pkce::generate();
    const QRegularExpression urlSafe(u"^[A-Za-z0-9_-]+$"_s);
    QCOMPARE(pkce.verifier().size(), 43); // 32 bytes, base64url without '='
    QVERIFY(urlSafe.match(QString::fromLatin1(pkce.verifier())).hasMatch());
    QCOMPARE(pkce.challenge().size(), 43);
    QVERIFY(urlSafe.match(QString::fromLatin1(pkce.challenge())).hasMatch());
    QCOMPARE(pkce.challenge(), Pkce::challengeFor(pkce.verifier()));
    QCOMPARE(Pkce::randomUrlSafe(24).size(), 32);
}

void TstPkce::generate_neverRepeats()
{
    QSet<QByteArray> seen;
    for (int i = 0; i < 200; ++i) {
        seen.insert(Pkce::generate().verifier());
    }
    QCOMPARE(seen.size(), 200);
}

void TstPkce::challenge_changesWithVerifier()
{
    QVERIFY(Pkce::challengeFor("a"_ba) != Pkce::challengeFor("b"_ba));
}

QTEST_GUILESS_MAIN(TstPkce)
#include "tst_pkce.moc"
