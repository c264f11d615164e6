#include "core/http/requestbuilder.h"
#include "core/spec/spec.h"
#include "esiversion.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Esi::Core;

class TestRequestBuilder : public QObject
{
    Q_OBJECT

private:
    SpecPtr m_spec;

    ParameterValues values(const QStringList &assignments)
    {
        ParameterValues result;
        QString error;
        if (!result.setAssignments(assignments, &error)) {
            qFatal("bad test assignments: %s", qPrintable(error));
        }
        return result;
    }

    RequestContext context()
    {
        RequestContext result;
        result.baseUrl = QUrl(u"https://esi.example.net"_s);
        result.userAgent = UserAgent(u"my app"_s, u"1.0"_s, u"me@example.com"_s, QString());
        result.compatibilityDate = m_spec->version();
        return result;
    }

private Q_SLOTS:

    void initTestCase()
    {
        const SpecLoadResult loaded = Spec::fromFile(QStringLiteral(ESI_TEST_DATA "/openapi-2026-07-21.json"));
        QVERIFY2(loaded, qPrintable(loaded.error.message));
        m_spec = loaded.spec;
    }

    void everyRequest_carriesEsiHeaders()
    {
        const Operation *operation = m_spec->operation(u"GetMarketsRegionIdOrders");
        const BuiltRequest built =
            RequestBuilder::build(*operation, values({u"region_id=10000002"_s, u"order_type=all"_s}), context());
        const QNetworkRequest &request = built.request;
        QCOMPARE(built.method, "GET");
        QCOMPARE(request.rawHeader("User-Agent"),
                 QByteArray("MyApp/1.0 (me@example.com) EsiStudio/" ESI_STUDIO_VERSION));
        QCOMPARE(request.rawHeader("X-Compatibility-Date"), "2026-07-21");
        QCOMPARE(request.rawHeader("X-Tenant"), "tranquility");
        QCOMPARE(request.rawHeader("Accept-Language"), "en");
        QVERIFY(!request.hasRawHeader("Authorization"));
        QVERIFY(!request.hasRawHeader("If-None-Match"));
        QVERIFY(!request.hasRawHeader("If-Modified-Since"));
        QCOMPARE(request.transferTimeout(), 30000);
        QVERIFY(built.body.isEmpty());
    }

    void tokenAndValidators_becomeHeaders()
    {
        const Operation *operation = m_spec->operation(u"GetCharactersCharacterIdAssets");
        RequestContext withToken = context();
        withToken.accessToken = u"abc.def.ghi"_s;
        withToken.ifNoneMatch = "\"etag-1\"";
        withToken.ifModifiedSince = "Wed, 01 Jan 2026 12:00:00 GMT";
        withToken.language = u"de"_s;
        withToken.tenant = u"singularity"_s;
        const BuiltRequest built = RequestBuilder::build(*operation, values({u"character_id=90000001"_s}), withToken);
        QCOMPARE(built.request.rawHeader("Authorization"), "Bearer abc.def.ghi");
        QCOMPARE(built.request.rawHeader("If-None-Match"), "\"etag-1\"");
        QCOMPARE(built.request.rawHeader("If-Modified-Since"), "Wed, 01 Jan 2026 12:00:00 GMT");
        QCOMPARE(built.request.rawHeader("Accept-Language"), "de");
        QCOMPARE(built.request.rawHeader("X-Tenant"), "singularity");
        QCOMPARE(built.request.url().toString(), u"https://esi.example.net/characters/90000001/assets"_s);
    }

    void token_isNeverSentToAnotherOriginAPathMadeUp_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("host suffix") << u".evil.com/characters/{character_id}/wallet/"_s;
        QTest::newRow("userinfo") << u"@evil.com/x"_s;
        QTest::newRow("port") << u":8443/x"_s;
    }

    void token_isNeverSentToAnotherOriginAPathMadeUp()
    {
        QFETCH(QString, path);
        Operation operation = *m_spec->operation(u"GetCharactersCharacterIdAssets");
        operation.path = path;
        RequestContext withToken = context();
        withToken.accessToken = u"abc.def.ghi"_s;
        const BuiltRequest built = RequestBuilder::build(operation, values({u"character_id=90000001"_s}), withToken);
        QVERIFY2(!built.request.hasRawHeader("Authorization"), qPrintable(built.request.url().toString()));
    }

    void url_encodesPathAndOrdersQueryBySpec_data()
    {
        QTest::addColumn<QString>("operationId");
        QTest::addColumn<QString>("base");
        QTest::addColumn<QStringList>("assignments");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("query in spec order")
            << u"GetMarketsRegionIdOrders"_s << u"https://esi.example.net"_s
            << QStringList{u"type_id=34"_s, u"page=2"_s, u"region_id=10000002"_s, u"order_type=sell"_s}
            << QByteArray("https://esi.example.net/markets/10000002/orders?order_type=sell&page=2&type_id=34");
        QTest::newRow("base path kept") << u"GetAlliances"_s << u"http://127.0.0.1:8080/esi/"_s << QStringList{}
                                        << QByteArray("http://127.0.0.1:8080/esi/alliances");
        QTest::newRow("path value encoded")
            << u"GetCorporationsProjectsContributors"_s << u"https://esi.example.net"_s
            << QStringList{u"corporation_id=1"_s, u"project_id=a/b c"_s}
            << QByteArray("https://esi.example.net/corporations/1/projects/a%2Fb%20c/contributors");
        QTest::newRow("array comma list")
            << u"DeleteCharactersCharacterIdContacts"_s << u"https://esi.example.net"_s
            << QStringList{u"character_id=1"_s, u"contact_ids=[1, 2,3]"_s}
            << QByteArray("https://esi.example.net/characters/1/contacts?contact_ids=1,2,3");
        QTest::newRow("query value encoded")
            << u"GetCharactersCharacterIdSearch"_s << u"https://esi.example.net"_s
            << QStringList{u"character_id=1"_s, u"categories=agent"_s, u"search=a&b=c d"_s}
            << QByteArray("https://esi.example.net/characters/1/search?categories=agent&search=a%26b%3Dc%20d");
        QTest::newRow("empty optional skipped")
            << u"GetMarketsRegionIdOrders"_s << u"https://esi.example.net"_s
            << QStringList{u"region_id=1"_s, u"order_type=all"_s, u"type_id="_s}
            << QByteArray("https://esi.example.net/markets/1/orders?order_type=all");
    }

    void url_encodesPathAndOrdersQueryBySpec()
    {
        QFETCH(QString, operationId);
        QFETCH(QString, base);
        QFETCH(QStringList, assignments);
        QFETCH(QByteArray, expected);
        const Operation *operation = m_spec->operation(operationId);
        QVERIFY(operation);
        const QUrl url = RequestBuilder::url(*operation, values(assignments), QUrl(base));
        QCOMPARE(url.toEncoded(), expected);
        RequestContext requestContext = context();
        requestContext.baseUrl = QUrl(base);
        QCOMPARE(RequestBuilder::build(*operation, values(assignments), requestContext).request.url(), url);
    }

    void body_isSentAsJson()
    {
        const Operation *operation = m_spec->operation(u"PostUniverseNames");
        const BuiltRequest built =
            RequestBuilder::build(*operation, values({u"body=[95465499, 30000142]"_s}), context());
        QCOMPARE(built.method, "POST");
        QCOMPARE(built.body, "[95465499, 30000142]");
        QCOMPARE(built.request.header(QNetworkRequest::ContentTypeHeader).toByteArray(), "application/json");
    }
};

QTEST_GUILESS_MAIN(TestRequestBuilder)
#include "tst_requestbuilder.moc"
