// The SSO client never carries a code or a refresh token to another server: a redirect to another origin
// (a second loopback address, 127.0.0.2, plays it) ends the request with a message naming both, and that
// server receives nothing; a redirect within the SSO's own origin is still followed, a bounded number of times.
#include "core/auth/ssoclient.h"
#include "core/auth/ssosettings.h"
#include "core/clock.h"
#include "core/http/redirectguard.h"
#include "tests/http/scriptedserver.h"

#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

using namespace Esi;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString refreshSecret = u"refresh-token-that-must-stay-home"_s;

ScriptedServer::Reply redirectTo(int status, const QUrl &target)
{
    ScriptedServer::Reply reply;
    reply.status = status;
    reply.headers.append({"Location", target.toEncoded()});
    reply.body.clear();
    return reply;
}

ScriptedServer::Reply notFound()
{
    ScriptedServer::Reply reply;
    reply.status = 404;
    reply.body = "{}";
    return reply;
}

} // namespace

class TestSsoRedirect : public QObject
{
    Q_OBJECT

private:
    struct Rig
    {
        ScriptedServer sso;
        ScriptedServer elsewhere; // 127.0.0.2
        QNetworkAccessManager network;
        Core::SystemClock clock;
        QTemporaryDir folder;
        std::unique_ptr<Core::SsoClient> client;

        bool start()
        {
            if (sso.start() == 0 || elsewhere.start(QHostAddress(u"127.0.0.2"_s)) == 0) {
                return false;
            }
            Core::SsoSettings settings;
            settings.clientId = u"test-client"_s;
            settings.baseUrl = sso.baseUrl();
            settings.callbackUrl = QUrl(u"http://127.0.0.1:9/callback"_s);
            client = std::make_unique<Core::SsoClient>(settings, &network, clock, folder.filePath(u"jwks.json"_s));
            return true;
        }

        Core::SsoTokenResult refresh()
        {
            std::optional<Core::SsoTokenResult> result;
            client->refresh(refreshSecret, nullptr, [&](const Core::SsoTokenResult &r) { result = r; });
            if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000)) {
                return {Core::SsoError{Core::SsoError::Kind::Network, u"the refresh never ended"_s, {}}, {}, {}};
            }
            return *result;
        }

        bool anythingSentElsewhere() const { return !elsewhere.requests.isEmpty(); }
    };

private Q_SLOTS:

    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void sameOrigin_comparesSchemeHostAndPort_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("path only") << u"https://login.eveonline.com/a"_s << u"https://login.eveonline.com/b?x=1"_s
                                   << true;
        QTest::newRow("default port") << u"https://login.eveonline.com/"_s << u"https://login.eveonline.com:443/"_s
                                      << true;
        QTest::newRow("host case") << u"https://LOGIN.eveonline.com/"_s << u"https://login.eveonline.com/"_s << true;
        QTest::newRow("other host") << u"http://127.0.0.1:80/"_s << u"http://127.0.0.2:80/"_s << false;
        QTest::newRow("other port") << u"http://127.0.0.1:8080/"_s << u"http://127.0.0.1:8081/"_s << false;
        QTest::newRow("downgrade") << u"https://esi.evetech.net/"_s << u"http://esi.evetech.net/"_s << false;
        QTest::newRow("subdomain") << u"https://evetech.net/"_s << u"https://esi.evetech.net/"_s << false;
    }

    void sameOrigin_comparesSchemeHostAndPort()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(Core::RedirectGuard::sameOrigin(QUrl(a), QUrl(b)), same);
    }

    void tokenEndpointRedirectToAnotherHost_sendsNoRefreshTokenThereAndSaysWhere()
    {
        Rig rig;
        QVERIFY(rig.start());
        const QUrl target = rig.elsewhere.baseUrl().resolved(QUrl(u"/v2/oauth/token"_s));
        rig.sso.setHandler([&](const ScriptedServer::Request &request) {
            // 307 keeps the method and the form: followed, it would post the refresh token to 127.0.0.2.
            return request.path == u"/v2/oauth/token"_s ? redirectTo(307, target) : notFound();
        });
        const Core::SsoTokenResult result = rig.refresh();
        QVERIFY(result.error.isError());
        QVERIFY2(result.error.message.contains(u"127.0.0.2"_s), qPrintable(result.error.message));
        QVERIFY2(result.error.message.contains(u"127.0.0.1"_s), qPrintable(result.error.message));
        QVERIFY2(result.error.message.contains(u"307"_s), qPrintable(result.error.message));
        QVERIFY(!rig.anythingSentElsewhere());
        // It did reach the SSO itself, with the token, which is where it belongs.
        QVERIFY(std::any_of(rig.sso.requests.cbegin(), rig.sso.requests.cend(), [](const auto &request) {
            return request.body.contains(QUrl::toPercentEncoding(refreshSecret));
        }));
    }

    void discoveryRedirectToAnotherHost_failsBeforeAnyTokenIsSent()
    {
        Rig rig;
        QVERIFY(rig.start());
        const QUrl target = rig.elsewhere.baseUrl().resolved(QUrl(u"/.well-known/oauth-authorization-server"_s));
        rig.sso.setHandler([&](const ScriptedServer::Request &request) {
            return request.path.startsWith(u"/.well-known/"_s) ? redirectTo(302, target) : notFound();
        });
        const Core::SsoTokenResult result = rig.refresh();
        QVERIFY(result.error.isError());
        QVERIFY2(result.error.message.contains(target.toString()), qPrintable(result.error.message));
        QVERIFY2(result.error.message.contains(u"302"_s), qPrintable(result.error.message));
        QVERIFY(!rig.anythingSentElsewhere());
        for (const ScriptedServer::Request &request : std::as_const(rig.sso.requests)) {
            QVERIFY(!request.body.contains(QUrl::toPercentEncoding(refreshSecret))); // never got as far
        }
    }

    void revokeRedirectToAnotherHost_isRefused()
    {
        Rig rig;
        QVERIFY(rig.start());
        const QUrl target = rig.elsewhere.baseUrl().resolved(QUrl(u"/v2/oauth/revoke"_s));
        rig.sso.setHandler([&](const ScriptedServer::Request &request) {
            return request.path == u"/v2/oauth/revoke"_s ? redirectTo(308, target) : notFound();
        });
        std::optional<Core::SsoError> error;
        rig.client->revoke(refreshSecret, nullptr, [&](const Core::SsoError &e) { error = e; });
        QTRY_VERIFY_WITH_TIMEOUT(error.has_value(), 20000);
        QVERIFY(error->isError());
        QVERIFY2(error->message.contains(u"127.0.0.2"_s), qPrintable(error->message));
        QVERIFY(!rig.anythingSentElsewhere());
    }

    void redirectWithinTheSso_isFollowedWithTheForm()
    {
        Rig rig;
        QVERIFY(rig.start());
        rig.sso.setHandler([&](const ScriptedServer::Request &request) {
            if (request.path == u"/v2/oauth/token"_s) {
                return redirectTo(307, rig.sso.baseUrl().resolved(QUrl(u"/v2/oauth/token-moved"_s)));
            }
            if (request.path == u"/v2/oauth/token-moved"_s) {
                ScriptedServer::Reply refused;
                refused.status = 400;
                refused.body = "{\"error\":\"invalid_grant\",\"error_description\":\"unknown token\"}";
                return refused;
            }
            return notFound();
        });
        const Core::SsoTokenResult result = rig.refresh();
        // The SSO's own answer arrived through the redirect: the refusal of the token, not a redirect error.
        QCOMPARE(result.error.kind, Core::SsoError::Kind::InvalidGrant);
        const auto moved = std::find_if(rig.sso.requests.cbegin(), rig.sso.requests.cend(),
                                        [](const auto &request) { return request.path == u"/v2/oauth/token-moved"_s; });
        QVERIFY(moved != rig.sso.requests.cend());
        QVERIFY(moved->body.contains(QUrl::toPercentEncoding(refreshSecret)));
    }

    void redirectLoopWithinTheSso_stopsAfterTheLimit()
    {
        Rig rig;
        QVERIFY(rig.start());
        const QString discovery = u"/.well-known/oauth-authorization-server"_s;
        rig.sso.setHandler([&](const ScriptedServer::Request &request) {
            // Each hop to a new address, as a misconfigured server would: /x?hop=1, /x?hop=2, ...
            const int hop = request.query.queryItemValue(u"hop"_s).toInt() + 1;
            return request.path == discovery
                       ? redirectTo(302, rig.sso.baseUrl().resolved(QUrl(discovery + u"?hop=%1"_s.arg(hop))))
                       : notFound();
        });
        rig.refresh(); // ends (discovery is optional, so the defaults are used after the loop was cut)
        const qsizetype discoveryRequests = std::count_if(rig.sso.requests.cbegin(), rig.sso.requests.cend(),
                                                          [&](const auto &r) { return r.path == discovery; });
        QVERIFY2(discoveryRequests <= qsizetype(Core::RedirectGuard::maxRedirects + 1),
                 qPrintable(QString::number(discoveryRequests)));
    }
};

QTEST_GUILESS_MAIN(TestSsoRedirect)
#include "tst_ssoredirect.moc"
