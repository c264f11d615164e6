// Where tokens may go: the ESI server paired with the SSO that issued them, plain http only to this computer.
#include "core/auth/servertrust.h"
#include "core/auth/ssoclient.h"
#include "core/auth/ssosettings.h"
#include "core/clock.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

using namespace Esi::Core;
using namespace Qt::Literals::StringLiterals;

class TstServerTrust : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loopbackHosts_data();
    void loopbackHosts();
    void plainHttp_onlyToLoopback_data();
    void plainHttp_onlyToLoopback();
    void accessToken_goesOnlyToThePairedEsi_data();
    void accessToken_goesOnlyToThePairedEsi();
    void refreshToken_goesOnlyBackToItsIssuer();
    void ssoClient_overPlainHttpToAnotherHost_sendsNothing_data();
    void ssoClient_overPlainHttpToAnotherHost_sendsNothing();
};

void TstServerTrust::loopbackHosts_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("loopback");
    QTest::newRow("127.0.0.1") << u"127.0.0.1"_s << true;
    QTest::newRow("127.0.0.2") << u"127.0.0.2"_s << true;
    QTest::newRow("127.255.0.9") << u"127.255.0.9"_s << true;
    QTest::newRow("::1") << u"::1"_s << true;
    QTest::newRow("localhost") << u"localhost"_s << true;
    QTest::newRow("LOCALHOST") << u"LOCALHOST"_s << true;
    QTest::newRow("10.0.0.1") << u"10.0.0.1"_s << false;
    QTest::newRow("128.0.0.1") << u"128.0.0.1"_s << false;
    QTest::newRow("localhost.example.com") << u"localhost.example.com"_s << false;
    QTest::newRow("127.0.0.1.nip.io") << u"127.0.0.1.nip.io"_s << false;
    QTest::newRow("esi.evetech.net") << u"esi.evetech.net"_s << false;
}

void TstServerTrust::loopbackHosts()
{
    QFETCH(QString, host);
    QFETCH(bool, loopback);
    QCOMPARE(ServerTrust::isLoopbackHost(host), loopback);
}

void TstServerTrust::plainHttp_onlyToLoopback_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("https anywhere") << u"https://esi.example.com"_s << true;
    QTest::newRow("http to 127.0.0.1") << u"http://127.0.0.1:8080"_s << true;
    QTest::newRow("http to [::1]") << u"http://[::1]:8080"_s << true;
    QTest::newRow("http to localhost") << u"http://localhost:8080"_s << true;
    QTest::newRow("http to a LAN host") << u"http://192.168.1.10:8080"_s << false;
    QTest::newRow("http to a name") << u"http://esi.example.com"_s << false;
}

void TstServerTrust::plainHttp_onlyToLoopback()
{
    QFETCH(QString, url);
    QFETCH(bool, accepted);
    const QString problem = ServerTrust::insecureUrlProblem(QUrl(url), u"--base-url"_s);
    QCOMPARE(problem.isEmpty(), accepted);
    if (!accepted) {
        QVERIFY2(problem.contains(u"--base-url"_s) && problem.contains(QUrl(url).host()), qPrintable(problem));
    }
}

void TstServerTrust::accessToken_goesOnlyToThePairedEsi_data()
{
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("trusted");
    QTest::addColumn<bool>("allowed");
    const QString eve = u"https://login.eveonline.com"_s;
    const QString sandbox = u"http://127.0.0.1:5000"_s;
    QTest::newRow("EVE SSO to EVE ESI") << eve << u"https://esi.evetech.net/characters/1/"_s << QString() << true;
    QTest::newRow("EVE SSO, explicit port 443") << eve << u"https://esi.evetech.net:443/x"_s << QString() << true;
    QTest::newRow("EVE SSO to a sandbox") << eve << u"http://127.0.0.1:5000/x"_s << QString() << false;
    QTest::newRow("EVE SSO to http ESI") << eve << u"http://esi.evetech.net/x"_s << QString() << false;
    QTest::newRow("EVE SSO to another host") << eve << u"https://esi.example.com/x"_s << QString() << false;
    QTest::newRow("legacy row (no issuer) = EVE") << QString() << u"https://esi.evetech.net/x"_s << QString() << true;
    QTest::newRow("legacy row to a sandbox") << QString() << u"http://127.0.0.1:5000/x"_s << QString() << false;
    QTest::newRow("sandbox to itself") << sandbox << u"http://127.0.0.1:5000/x"_s << QString() << true;
    QTest::newRow("sandbox to another port") << sandbox << u"http://127.0.0.1:5001/x"_s << QString() << false;
    QTest::newRow("sandbox to 127.0.0.2") << sandbox << u"http://127.0.0.2:5000/x"_s << QString() << false;
    QTest::newRow("sandbox to EVE ESI") << sandbox << u"https://esi.evetech.net/x"_s << QString() << false;
    QTest::newRow("trusted pair") << eve << u"https://esi-proxy.example.com/x"_s << u"https://esi-proxy.example.com"_s
                                  << true;
    QTest::newRow("trusted pair over plain http")
        << eve << u"http://esi-proxy.example.com/x"_s << u"http://esi-proxy.example.com"_s << false;
    QTest::newRow("trusted pair is for the configured SSO only")
        << sandbox << u"https://esi-proxy.example.com/x"_s << u"https://esi-proxy.example.com"_s << false;
}

void TstServerTrust::accessToken_goesOnlyToThePairedEsi()
{
    QFETCH(QString, issuer);
    QFETCH(QString, target);
    QFETCH(QString, trusted);
    QFETCH(bool, allowed);
    const QString problem = ServerTrust::accessTokenProblem(QUrl(issuer), QUrl(target),
                                                            QUrl(u"https://login.eveonline.com"_s), QUrl(trusted));
    QVERIFY2(problem.isEmpty() == allowed, qPrintable(problem));
    if (!allowed) {
        QVERIFY2(problem.contains(QUrl(target).host()), qPrintable(problem));
        QVERIFY2(problem.contains(u"sent"_s), qPrintable(problem));
    }
}

void TstServerTrust::refreshToken_goesOnlyBackToItsIssuer()
{
    const QUrl eve(u"https://login.eveonline.com"_s);
    QVERIFY(ServerTrust::refreshTokenProblem(eve, QUrl(u"https://login.eveonline.com/"_s)).isEmpty());
    QVERIFY(ServerTrust::refreshTokenProblem(QUrl(), eve).isEmpty());
    const QString problem = ServerTrust::refreshTokenProblem(eve, QUrl(u"http://127.0.0.1:5000"_s));
    QVERIFY2(problem.contains(u"login.eveonline.com"_s) && problem.contains(u"127.0.0.1"_s), qPrintable(problem));
    QVERIFY(!ServerTrust::refreshTokenProblem(QUrl(u"http://127.0.0.1:5000"_s), QUrl(u"http://127.0.0.1:5001"_s))
                 .isEmpty());
}

void TstServerTrust::ssoClient_overPlainHttpToAnotherHost_sendsNothing_data()
{
    QTest::addColumn<QString>("sso");
    QTest::addColumn<QString>("trustedEsi");
    QTest::newRow("SSO over http to a name") << u"http://user:hunter2@sso.example.com"_s << QString();
    QTest::newRow("SSO over http to a LAN host") << u"http://192.168.1.10:8080"_s << QString();
    QTest::newRow("trusted ESI over http") << u"https://sso.example.com"_s << u"http://u:hunter2@esi.example.com"_s;
}

// Whatever named the SSO (a setting, ESI_SSO_URL, --sso-url), the client refuses it before any request.
void TstServerTrust::ssoClient_overPlainHttpToAnotherHost_sendsNothing()
{
    QFETCH(QString, sso);
    QFETCH(QString, trustedEsi);
    SsoSettings settings;
    settings.clientId = u"client"_s;
    settings.baseUrl = QUrl(sso);
    settings.trustedEsiBaseUrl = QUrl(trustedEsi);
    QTemporaryDir dir;
    QNetworkAccessManager network;
    SystemClock clock;
    SsoClient client(settings, &network, clock, dir.filePath(u"jwks.json"_s));
    std::optional<SsoTokenResult> answer;
    client.refresh(u"refresh-token"_s, nullptr, [&answer](const SsoTokenResult &result) { answer = result; });
    QTRY_VERIFY(answer.has_value());
    QCOMPARE(answer->error.kind, SsoError::Kind::Configuration);
    QVERIFY2(answer->error.message.contains(u"plain http"_s), qPrintable(answer->error.message));
    QVERIFY2(!answer->error.message.contains(u"hunter2"_s), qPrintable(answer->error.message));
    QCOMPARE(client.tokenRequestCount(), 0);
}

QTEST_GUILESS_MAIN(TstServerTrust)
#include "tst_servertrust.moc"
