// SandboxServer in-process over HTTP: routes, generated data, paging, caching, meta endpoints.
#include "core/clock.h"
#include "core/spec/schema.h"
#include "sandbox/sandboxserver.h"
#include "sandboxclient.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QUuid>
#include <map>

using namespace Qt::Literals::StringLiterals;
using namespace Esi;

namespace {

Core::SpecPtr loadSpec(const QString &name)
{
    const Core::SpecLoadResult loaded = Core::Spec::fromFile(QStringLiteral(ESI_TEST_DATA "/") + name);
    return loaded.spec;
}

// A path with every template filled: integers for integer parameters, a uuid or text otherwise.
QString concretePath(const Core::Spec &spec, const Core::Operation &operation)
{
    QString path = operation.path;
    for (const Core::Parameter &parameter : operation.parameters) {
        if (parameter.location != Core::ParameterLocation::Path) {
            continue;
        }
        const Core::SchemaFacts facts = Core::SchemaFacts::of(spec.resolveSchema(parameter.schema).schema);
        const QString value = facts.type == u"integer"_s  ? u"90000001"_s
                              : facts.format == u"uuid"_s ? u"3868eaed-8278-4cb7-9709-7d7de9c20dc7"_s
                                                          : u"abc123"_s;
        path.replace(u'{' + parameter.name + u'}', value);
    }
    return path;
}

// Values for the required query parameters, taken from their schemas.
QString requiredQuery(const Core::Spec &spec, const Core::Operation &operation)
{
    QStringList items;
    for (const Core::Parameter &parameter : operation.parameters) {
        if (parameter.location != Core::ParameterLocation::Query || !parameter.required) {
            continue;
        }
        Core::SchemaFacts facts = Core::SchemaFacts::of(spec.resolveSchema(parameter.schema).schema);
        if (facts.type == u"array"_s) {
            facts = Core::SchemaFacts::of(spec.resolveSchema(facts.items).schema);
        }
        QString value = u"sandbox"_s;
        if (!facts.enumValues.isEmpty()) {
            value = facts.enumValues.first().toVariant().toString();
        } else if (facts.type == u"integer"_s) {
            value = QString::number(qint64(facts.minimum.value_or(1)));
        }
        items.append(parameter.name + u'=' + value);
    }
    return items.isEmpty() ? QString() : u'?' + items.join(u'&');
}

// Array vs object vs scalar, and required properties present (on the first item of a list).
QString shapeProblem(const Core::Spec &spec, const QJsonObject &schemaIn, const QJsonValue &value)
{
    const QJsonObject schema = spec.resolveSchema(schemaIn).schema;
    const Core::SchemaFacts facts = Core::SchemaFacts::of(schema);
    if (facts.type == u"array"_s) {
        if (!value.isArray()) {
            return u"expected an array"_s;
        }
        return value.toArray().isEmpty() ? QString() : shapeProblem(spec, facts.items, value.toArray().first());
    }
    if (facts.type == u"object"_s) {
        if (!value.isObject()) {
            return u"expected an object"_s;
        }
        for (const QString &name : facts.required) {
            if (!value.toObject().contains(name)) {
                return u"required property "_s + name + u" missing"_s;
            }
        }
        return {};
    }
    if ((facts.type == u"integer"_s || facts.type == u"number"_s) && !value.isDouble()) {
        return u"expected a number"_s;
    }
    if (facts.type == u"string"_s && !value.isString()) {
        return u"expected a string"_s;
    }
    if (facts.type == u"boolean"_s && !value.isBool()) {
        return u"expected a boolean"_s;
    }
    return {};
}

QJsonValue parseAny(const QByteArray &body)
{
    return QJsonDocument::fromJson("[" + body + "]").array().first(); // scalars too
}

} // namespace

class TestSandboxServer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Sandbox::SandboxServer> makeServer(Sandbox::SandboxOptions options,
                                                       const QString &specName = u"openapi-2026-07-21.json"_s)
    {
        QFile file(QStringLiteral(ESI_TEST_DATA "/") + specName);
        if (!file.open(QIODevice::ReadOnly)) {
            return nullptr;
        }
        const QByteArray document = file.readAll();
        auto server = std::make_unique<Sandbox::SandboxServer>(Core::Spec::fromJson(document, specName).spec, document,
                                                               options, m_clock);
        if (server->start() == 0) {
            return nullptr;
        }
        return server;
    }

    Core::ManualClock m_clock{QDateTime(QDate(2026, 8, 1), QTime(12, 0), Qt::UTC)};
    Core::SpecPtr m_spec;
    std::unique_ptr<Sandbox::SandboxServer> m_server;
    std::unique_ptr<SandboxClient> m_client;
    std::map<QString, std::unique_ptr<Sandbox::SandboxServer>> m_specServers;

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_spec = loadSpec(u"openapi-2026-07-21.json"_s);
        QVERIFY(m_spec);
        Sandbox::SandboxOptions options;
        options.itemsPerPage = 5;
        m_server = makeServer(options);
        QVERIFY(m_server);
        QCOMPARE(m_server->baseUrl().host(), u"127.0.0.1"_s);
        m_client = std::make_unique<SandboxClient>(m_server->baseUrl());
    }

    void everyGetOperation_answersWithItsSchemasShape_data()
    {
        QTest::addColumn<QString>("specName");
        QTest::addColumn<QString>("operationId");
        // The newest spec the task names, plus the 3.0 variant and the oldest date for their differences.
        for (const QString &specName :
             {u"openapi-2026-07-21.json"_s, u"openapi-3.0-2026-06-09.json"_s, u"openapi-2020-01-01.json"_s}) {
            const Core::SpecPtr spec = loadSpec(specName);
            QVERIFY(spec);
            for (const Core::Operation &operation : spec->operations()) {
                if (operation.method == u"GET"_s) {
                    QTest::addRow("%s %s", qPrintable(specName), qPrintable(operation.operationId))
                        << specName << operation.operationId;
                }
            }
        }
    }

    void everyGetOperation_answersWithItsSchemasShape()
    {
        QFETCH(QString, specName);
        QFETCH(QString, operationId);
        if (!m_specServers.contains(specName)) {
            Sandbox::SandboxOptions options;
            options.itemsPerPage = 5;
            m_specServers.emplace(specName, makeServer(options, specName));
        }
        Sandbox::SandboxServer *server = m_specServers.at(specName).get();
        QVERIFY(server);
        const Core::Spec &spec = *server->spec();
        const Core::Operation *operation = spec.operation(operationId);
        QVERIFY(operation);
        SandboxClient client(server->baseUrl());
        const HttpResult result = client.get(concretePath(spec, *operation) + requiredQuery(spec, *operation),
                                             {{"X-Compatibility-Date", "2026-07-21"}});
        QVERIFY2(result.status == 200, result.body.constData());
        QVERIFY(!result.header("etag").isEmpty());
        QVERIFY(!result.header("last-modified").isEmpty());
        QVERIFY(!result.header("expires").isEmpty());
        QCOMPARE(result.header("x-compatibility-date"), "2026-07-21"_ba);
        QCOMPARE(result.headers.contains("x-pages"), operation->paging == Core::PagingStyle::Page);
        QCOMPARE(result.headers.contains("content-language"), operation->localized);
        QCOMPARE(result.headers.contains("x-ratelimit-group"), operation->rateLimit.isValid());
        QCOMPARE(result.headers.contains("x-esi-error-limit-remain"), !operation->rateLimit.isValid());
        const QString problem = shapeProblem(spec, operation->successResponse()->schema, parseAny(result.body));
        QVERIFY2(problem.isEmpty(), qPrintable(problem + u": "_s + QString::fromUtf8(result.body.left(300))));
    }

    void sameRequest_givesSameBodyAndEtag()
    {
        const HttpResult first = m_client->get(u"/characters/1/assets?page=2"_s);
        const HttpResult second = m_client->get(u"/characters/1/assets?page=2"_s);
        QCOMPARE(first.status, 200);
        QCOMPARE(second.body, first.body);
        QCOMPARE(second.header("etag"), first.header("etag"));
        QCOMPARE(second.header("last-modified"), first.header("last-modified"));
        QVERIFY(m_client->get(u"/characters/2/assets?page=2"_s).body != first.body);
    }

    void differentSeed_givesDifferentBody()
    {
        Sandbox::SandboxOptions options;
        options.seed = 99;
        options.itemsPerPage = 5;
        const auto other = makeServer(options);
        QVERIFY(other);
        SandboxClient otherClient(other->baseUrl());
        const HttpResult mine = m_client->get(u"/characters/1/assets"_s);
        const HttpResult theirs = otherClient.get(u"/characters/1/assets"_s);
        QCOMPARE(theirs.status, 200);
        QVERIFY(theirs.body != mine.body);
        QVERIFY(theirs.header("etag") != mine.header("etag"));
    }

    void pagedRoute_reportsPagesAndNumbersItemsAcrossPages()
    {
        QSet<qint64> ids;
        for (int page = 1; page <= 3; ++page) {
            const HttpResult result = m_client->get(u"/characters/1/assets?page="_s + QString::number(page));
            QCOMPARE(result.status, 200);
            QCOMPARE(result.header("x-pages"), "3"_ba);
            const QJsonArray items = result.json().array();
            QCOMPARE(items.size(), 5);
            for (const QJsonValue &item : items) {
                ids.insert(item.toObject().value(u"item_id"_s).toInteger());
            }
        }
        QCOMPARE(ids.size(), 15); // item_id is unique across pages
    }

    void pageBeyondXPages_answers404WithXPages()
    {
        const HttpResult result = m_client->get(u"/characters/1/assets?page=4"_s);
        QCOMPARE(result.status, 404);
        QCOMPARE(result.header("x-pages"), "3"_ba);
        QCOMPARE(result.json().object().value(u"error"_s).toString(), u"Requested page does not exist!"_s);
    }

    void matchingIfNoneMatch_answers304WithoutBody()
    {
        const HttpResult first = m_client->get(u"/alliances"_s);
        QCOMPARE(first.status, 200);
        const HttpResult second = m_client->get(u"/alliances"_s, {{"If-None-Match", first.header("etag")}});
        QCOMPARE(second.status, 304);
        QVERIFY(second.body.isEmpty());
        QCOMPARE(second.header("etag"), first.header("etag"));
        const HttpResult stale = m_client->get(u"/alliances"_s, {{"If-None-Match", "\"other\""}});
        QCOMPARE(stale.status, 200);
        QCOMPARE(stale.body, first.body);
    }

    void cacheHeaders_followTheRoutesCacheAge()
    {
        const HttpResult result = m_client->get(u"/characters/1/assets"_s);
        QCOMPARE(result.header("cache-control"), "private, max-age=3600"_ba); // authed route, x-cache-age 3600
        QCOMPARE(result.header("expires"), Sandbox::SandboxResponse::httpDate(m_clock.now().addSecs(3600)));
        QCOMPARE(result.header("date"), Sandbox::SandboxResponse::httpDate(m_clock.now()));
        QCOMPARE(m_client->get(u"/alliances"_s).header("cache-control"), "public, max-age=3600"_ba);
    }

    void cursorRoute_wrapsListWithCursorsAndWalksForward()
    {
        QSet<QString> ids;
        QString after = u"0"_s;
        for (int step = 0; step < 10; ++step) {
            const HttpResult result = m_client->get(u"/corporations/1/projects?limit=10&after="_s + after);
            QCOMPARE(result.status, 200);
            const QJsonObject body = result.json().object();
            QVERIFY(body.value(u"cursor"_s).toObject().contains(u"before"_s));
            const QJsonArray projects = body.value(u"projects"_s).toArray();
            if (projects.isEmpty()) {
                break;
            }
            for (const QJsonValue &project : projects) {
                ids.insert(project.toObject().value(u"id"_s).toString());
            }
            after = body.value(u"cursor"_s).toObject().value(u"after"_s).toString();
        }
        QCOMPARE(ids.size(), 15); // pages (3) x items per page (5) records in all
    }

    void cursorRoute_rejectsBeforeWithAfterAndLimitOutOfRange_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("both cursors") << u"before=0&after=0"_s << u"mutually exclusive"_s;
        QTest::newRow("limit below 10") << u"limit=5"_s << u"limit"_s;
        QTest::newRow("limit above 100") << u"limit=101"_s << u"limit"_s;
        QTest::newRow("foreign cursor") << u"after=xyz"_s << u"cursor"_s;
    }

    void cursorRoute_rejectsBeforeWithAfterAndLimitOutOfRange()
    {
        QFETCH(QString, query);
        QFETCH(QString, mentions);
        const HttpResult result = m_client->get(u"/corporations/1/projects?"_s + query);
        QCOMPARE(result.status, 400);
        QVERIFY2(result.json().object().value(u"error"_s).toString().contains(mentions), result.body.constData());
    }

    void fromIdRoute_walksBackwardsToTheEnd()
    {
        QList<qint64> seen;
        QString query;
        for (int step = 0; step < 10; ++step) {
            const QJsonArray items = m_client->get(u"/characters/1/wallet/transactions"_s + query).json().array();
            if (items.isEmpty()) {
                break;
            }
            for (const QJsonValue &item : items) {
                const qint64 id = item.toObject().value(u"transaction_id"_s).toInteger();
                QVERIFY(seen.isEmpty() || id < seen.last());
                seen.append(id);
            }
            query = u"?from_id="_s + QString::number(seen.last());
        }
        QCOMPARE(seen.size(), 15);
    }

    void localizedRoute_answersInTheAskedLanguage_data()
    {
        QTest::addColumn<QByteArray>("acceptLanguage");
        QTest::addColumn<QByteArray>("contentLanguage");
        QTest::newRow("german") << "de-DE,de;q=0.9"_ba
                                << "de"_ba;
        QTest::newRow("korean") << "ko"_ba
                                << "ko"_ba;
        QTest::newRow("unsupported") << "xx"_ba
                                     << "en"_ba;
    }

    void localizedRoute_answersInTheAskedLanguage()
    {
        QFETCH(QByteArray, acceptLanguage);
        QFETCH(QByteArray, contentLanguage);
        const HttpResult result = m_client->get(u"/universe/types/587"_s, {{"Accept-Language", acceptLanguage}});
        QCOMPARE(result.status, 200);
        QCOMPARE(result.header("content-language"), contentLanguage);
        QCOMPARE(result.json().object().value(u"type_id"_s).toInteger(), 587); // the path id is echoed
        const QString name = result.json().object().value(u"name"_s).toString();
        QCOMPARE(name.endsWith(u" ("_s + QString::fromLatin1(contentLanguage) + u')'), contentLanguage != "en");
        QVERIFY(!m_client->get(u"/alliances"_s).headers.contains("content-language"));
    }

    void unknownRoute_answers404()
    {
        const HttpResult result = m_client->get(u"/no/such/route"_s);
        QCOMPARE(result.status, 404);
        QCOMPARE(result.json().object().value(u"error"_s).toString(), u"Not found"_s);
    }

    void badParameters_answer400WithTheParameterNamed_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("text id") << u"/characters/abc/assets"_s << u"character_id"_s;
        QTest::newRow("fractional id") << u"/alliances/1.5"_s << u"alliance_id"_s;
        QTest::newRow("bad uuid") << u"/freelance-jobs/not-a-uuid"_s << u"job_id"_s;
        QTest::newRow("missing required query") << u"/markets/10000002/history"_s << u"type_id"_s;
        QTest::newRow("enum query") << u"/markets/10000002/orders?order_type=any"_s << u"order_type"_s;
        QTest::newRow("page zero") << u"/characters/1/assets?page=0"_s << u"page"_s;
    }

    void badParameters_answer400WithTheParameterNamed()
    {
        QFETCH(QString, target);
        QFETCH(QString, mentions);
        const HttpResult result = m_client->get(target);
        QCOMPARE(result.status, 400);
        QVERIFY2(result.json().object().value(u"error"_s).toString().contains(mentions), result.body.constData());
    }

    void compatibilityDate_isCheckedAndEchoed_data()
    {
        QTest::addColumn<QByteArray>("date");
        QTest::addColumn<int>("status");
        QTest::newRow("spec date") << "2026-07-21"_ba << 200;
        QTest::newRow("older date") << "2020-01-01"_ba << 200;
        QTest::newRow("today before 11:00 rollover") << "2026-08-01"_ba << 200;
        QTest::newRow("tomorrow") << "2026-08-02"_ba << 400;
        QTest::newRow("not a date") << "yesterday"_ba << 400;
        QTest::newRow("impossible date") << "2026-02-30"_ba << 400;
    }

    void compatibilityDate_isCheckedAndEchoed()
    {
        QFETCH(QByteArray, date);
        QFETCH(int, status);
        const HttpResult result = m_client->get(u"/alliances"_s, {{"X-Compatibility-Date", date}});
        QCOMPARE(result.status, status);
        QCOMPARE(result.header("x-compatibility-date"), date);
        if (status == 400) {
            QVERIFY(result.json().object().value(u"error"_s).toString().contains(u"X-Compatibility-Date"_s));
        }
    }

    void wrongMethod_answers405WithAllow()
    {
        QNetworkReply *reply = m_client->send(m_client->request(u"/alliances"_s), "DELETE");
        const HttpResult result = SandboxClient::wait(reply);
        QCOMPARE(result.status, 405);
        QCOMPARE(result.header("allow"), "GET"_ba);
    }

    void head_answersTheGetHeadersWithoutBody()
    {
        const HttpResult get = m_client->get(u"/alliances"_s);
        const HttpResult head = SandboxClient::wait(m_client->network().head(m_client->request(u"/alliances"_s)));
        QCOMPARE(head.status, 200);
        QVERIFY(head.body.isEmpty());
        QCOMPARE(head.header("etag"), get.header("etag"));
        QCOMPARE(head.header("content-length"), QByteArray::number(get.body.size()));
    }

    void postOperation_needsItsBodyAndAnswersGeneratedData()
    {
        QNetworkRequest request = m_client->request(u"/universe/names"_s);
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        const HttpResult named = SandboxClient::wait(m_client->send(request, "POST", "[95465499, 30000142]"));
        QCOMPARE(named.status, 200);
        QVERIFY(named.json().isArray());
        QVERIFY(!named.headers.contains("etag")); // only GET answers are cacheable
        const HttpResult empty = SandboxClient::wait(m_client->send(request, "POST", {}));
        QCOMPARE(empty.status, 400);
        QVERIFY(empty.json().object().value(u"error"_s).toString().contains(u"body"_s));
        const HttpResult broken = SandboxClient::wait(m_client->send(request, "POST", "[1,"));
        QCOMPARE(broken.status, 400);
    }

    void metaEndpoints_serveTheSpecAndItsDate()
    {
        const HttpResult dates = m_client->get(u"/meta/compatibility-dates"_s);
        QCOMPARE(dates.status, 200);
        QCOMPARE(dates.json().object().value(u"compatibility_dates"_s).toArray(), QJsonArray{u"2026-07-21"_s});
        QCOMPARE(dates.header("x-ratelimit-group"), "meta"_ba); // the spec declares it with a bucket
        QCOMPARE(m_client->get(u"/meta/compatibility-dates"_s, {{"If-None-Match", dates.header("etag")}}).status, 304);

        QFile file(QStringLiteral(ESI_TEST_DATA "/openapi-2026-07-21.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const HttpResult spec = m_client->get(u"/meta/openapi.json?compatibility_date=2026-07-21"_s);
        QCOMPARE(spec.status, 200);
        QCOMPARE(spec.body, file.readAll());
        QVERIFY(!spec.headers.contains("x-ratelimit-group"));
        QCOMPARE(m_client->get(u"/meta/openapi.json"_s, {{"If-None-Match", spec.header("etag")}}).status, 304);
        QCOMPARE(m_client->get(u"/meta/openapi.json?compatibility_date=2026-13-01"_s).status, 400);
    }

    void swaggerSpec_isServedUnderItsBasePath()
    {
        const auto swagger = makeServer({}, u"swagger-latest-1.36.json"_s);
        QVERIFY(swagger);
        SandboxClient client(swagger->baseUrl());
        const HttpResult result = client.get(u"/latest/characters/90000001/assets/"_s);
        QCOMPARE(result.status, 200);
        QVERIFY(result.json().isArray());
        QCOMPARE(client.get(u"/characters/90000001/assets/"_s).status, 404);
        // Swagger 2.0 declares no /meta/compatibility-dates and its version is no date.
        const HttpResult dates = client.get(u"/meta/compatibility-dates"_s);
        QCOMPARE(dates.status, 200);
        QCOMPARE(dates.json().object().value(u"compatibility_dates"_s).toArray(), QJsonArray());
    }

    void bundledSpecDocument_isUsedWhenNoneGiven()
    {
        Sandbox::SandboxServer server(m_spec, {}, {}, m_clock);
        QVERIFY(server.start() != 0);
        SandboxClient client(server.baseUrl());
        const HttpResult spec = client.get(u"/meta/openapi.json"_s);
        QCOMPARE(spec.status, 200);
        QCOMPARE(spec.json().object().value(u"info"_s).toObject().value(u"version"_s).toString(), u"2026-07-21"_s);
    }

    void busyPort_failsWithAReason()
    {
        Sandbox::SandboxOptions options;
        options.port = m_server->port();
        Sandbox::SandboxServer second(m_spec, {}, options, m_clock);
        QCOMPARE(second.start(), quint16(0));
        QVERIFY(second.errorString().contains(QString::number(m_server->port())));
    }
};

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "tst_sandboxserver.moc"
