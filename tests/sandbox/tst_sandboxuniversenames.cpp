#include "core/clock.h"
#include "core/names/idcolumns.h"
#include "sandbox/sandboxserver.h"
#include "sandboxclient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// esi-sandbox's POST /universe/names answers like ESI's: names by category, 404 for the whole batch when one ID
// is unknown, 400 past 1,000 IDs; and the IDs it generates in bodies are ones it can name.
class TestSandboxUniverseNames : public QObject
{
    Q_OBJECT

private:
    Esi::Core::SystemClock m_clock;
    Esi::Core::SpecPtr m_spec;
    std::unique_ptr<Esi::Sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<SandboxClient> m_client;

    HttpResult names(const QByteArray &body, const QByteArray &language = "en")
    {
        QNetworkRequest request = m_client->request(u"/universe/names"_s, {{"Accept-Language", language}});
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        return SandboxClient::wait(m_client->send(request, "POST", body));
    }

    static QByteArray idList(qint64 first, int count)
    {
        QByteArray body = "[";
        for (int i = 0; i < count; ++i) {
            body += (i ? "," : "") + QByteArray::number(first + i);
        }
        return body + ']';
    }

private Q_SLOTS:

    void initTestCase()
    {
        const Esi::Core::SpecLoadResult loaded =
            Esi::Core::Spec::fromFile(QStringLiteral(ESI_TEST_DATA "/openapi-2026-07-21.json"));
        QVERIFY(loaded);
        m_spec = loaded.spec;
        Esi::Sandbox::SandboxOptions options;
        options.itemsPerPage = 200;
        options.errorLimit = 1000; // this test makes many 404s on purpose
        m_sandbox = std::make_unique<Esi::Sandbox::SandboxServer>(m_spec, QByteArray(), options, m_clock);
        QVERIFY(m_sandbox->start());
        m_client = std::make_unique<SandboxClient>(m_sandbox->baseUrl());
    }

    void knownIds_getNamesByCategory()
    {
        const HttpResult result = names("[34,30000142,60003760,2112000001,98000001,99000001,10000002,500001]");
        QCOMPARE(result.status, 200);
        QHash<qint64, QJsonObject> byId;
        for (const QJsonValue &entry : result.json().array()) {
            byId.insert(entry.toObject().value(u"id"_s).toInteger(), entry.toObject());
        }
        QCOMPARE(byId.size(), 8);
        QCOMPARE(byId.value(34).value(u"name"_s).toString(), u"Type 34"_s);
        QCOMPARE(byId.value(34).value(u"category"_s).toString(), u"inventory_type"_s);
        QCOMPARE(byId.value(30000142).value(u"category"_s).toString(), u"solar_system"_s);
        QCOMPARE(byId.value(60003760).value(u"name"_s).toString(), u"Station 60003760"_s);
        QCOMPARE(byId.value(2112000001).value(u"name"_s).toString(), u"Sandbox Pilot"_s);
        QCOMPARE(byId.value(98000001).value(u"category"_s).toString(), u"corporation"_s);
        QCOMPARE(byId.value(99000001).value(u"category"_s).toString(), u"alliance"_s);
        QCOMPARE(byId.value(10000002).value(u"category"_s).toString(), u"region"_s);
        QCOMPARE(byId.value(500001).value(u"category"_s).toString(), u"faction"_s);
        QCOMPARE(names("[34,30000142,60003760]").body, names("[34,30000142,60003760]").body); // deterministic
    }

    void typeNames_followAcceptLanguage()
    {
        const HttpResult result = names("[34]", "de");
        QCOMPARE(result.status, 200);
        QCOMPARE(result.json().array().first().toObject().value(u"name"_s).toString(), u"Type 34 (de)"_s);
    }

    void oneUnknownId_makesTheWholeBatch404()
    {
        for (const QByteArray &unknown : {"13000000"_ba, "1035000000000"_ba, "40000001"_ba, "66003760"_ba}) {
            const HttpResult result = names("[34,30000142," + unknown + ",60003760]");
            QCOMPARE(result.status, 404);
            QCOMPARE(result.json().object().value(u"error"_s).toString(),
                     u"Ensure all IDs are valid before resolving"_s);
        }
    }

    void badBodies_answer400_moreThan1000Ids_too()
    {
        QCOMPARE(names(idList(18, 1000)).status, 200);
        const HttpResult tooMany = names(idList(18, 1001));
        QCOMPARE(tooMany.status, 400);
        QVERIFY2(tooMany.json().object().value(u"error"_s).toString().contains(u"1000"_s), tooMany.body.constData());
        QCOMPARE(names("[]").status, 400);
        QCOMPARE(names("[34,34]").status, 400);
        QCOMPARE(names("{\"ids\":[34]}").status, 400);
        QCOMPARE(names("[\"34\"]").status, 400);
        QCOMPARE(names("[3.5]").status, 400);
    }

    void generatedOrders_holdIdsTheSandboxCanName()
    {
        const HttpResult orders = m_client->get(u"/markets/10000002/orders?order_type=all"_s);
        QCOMPARE(orders.status, 200);
        QSet<qint64> types;
        int structures = 0;
        QByteArray body = "[";
        QSet<qint64> asked;
        for (const QJsonValue &order : orders.json().array()) {
            const QJsonObject object = order.toObject();
            const qint64 type = object.value(u"type_id"_s).toInteger();
            const qint64 location = object.value(u"location_id"_s).toInteger();
            const qint64 system = object.value(u"system_id"_s).toInteger();
            types.insert(type);
            if (location >= 1'000'000'000'000) {
                ++structures;
            } else {
                QVERIFY2((location >= 60'000'000 && location < 64'000'000) ||
                             (location >= 30'000'000 && location < 33'000'000),
                         qPrintable(QString::number(location)));
            }
            for (const qint64 id : {type, system, location < 1'000'000'000'000 ? location : 0}) {
                if (id > 0 && !asked.contains(id) && asked.size() < 1000) {
                    body += (asked.isEmpty() ? "" : ",") + QByteArray::number(id);
                    asked.insert(id);
                }
            }
        }
        QVERIFY(structures > 0);    // one location in ten is a structure
        QVERIFY(structures < 100);  // but most are stations
        QVERIFY(types.size() > 50); // a spread of types, all in the type pool
        QCOMPARE(names(body + ']').status, 200);
    }
};

QTEST_GUILESS_MAIN(TestSandboxUniverseNames)
#include "tst_sandboxuniversenames.moc"
