#include "sandbox/datagenerator.h"
#include "tests/spec/fanspec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;
using namespace Esi;

namespace {

// A spec whose components exercise every constraint the generator honours.
const QByteArray specJson = R"({
  "openapi": "3.1.0",
  "info": {"title": "generator fixture", "version": "2026-01-01"},
  "paths": {},
  "components": {"schemas": {
    "Order": {"type": "object", "required": ["order_id", "state", "price", "issued"], "properties": {
      "order_id": {"type": "integer", "format": "int64"},
      "state": {"type": "string", "enum": ["open", "closed"]},
      "price": {"type": "number", "format": "double", "minimum": 0.01, "maximum": 10},
      "range": {"type": "integer", "format": "int32", "minimum": 1, "exclusiveMaximum": 4},
      "issued": {"type": "string", "format": "date-time"},
      "day": {"type": "string", "format": "date"},
      "uuid": {"type": "string", "format": "uuid"},
      "code": {"type": "string", "minLength": 12, "maxLength": 14},
      "short": {"type": "string", "maxLength": 3},
      "is_buy": {"type": "boolean"},
      "flags": {"type": "array", "uniqueItems": true, "minItems": 2, "maxItems": 2,
                "items": {"type": "string", "enum": ["a", "b"]}},
      "nullable_text": {"type": ["string", "null"]}
    }},
    "Orders": {"type": "array", "items": {"$ref": "#/components/schemas/Order"}},
    "Tree": {"type": "object", "required": ["name", "children"], "properties": {
      "name": {"type": "string"},
      "children": {"type": "array", "minItems": 1, "items": {"$ref": "#/components/schemas/Tree"}}
    }},
    "Choice": {"oneOf": [
      {"type": "object", "required": ["left"], "properties": {"left": {"type": "integer"}}},
      {"type": "object", "required": ["right"], "properties": {"right": {"type": "integer"}}}
    ]},
    "Alliance": {"type": "object", "required": ["alliance_id"], "properties": {"alliance_id": {"type": "integer"}}},
    "Claim": {"oneOf": [
      {"type": "object", "title": "alliance", "properties": {"alliance": {"$ref": "#/components/schemas/Alliance"}}},
      {"type": "object", "title": "faction", "properties": {"faction": {"$ref": "#/components/schemas/Alliance"}}},
      {"type": "object", "title": "unclaimed", "properties": {"unclaimed": {"type": ["boolean", "null"]}}}
    ]},
    "Wrapper": {"type": "object", "required": ["records"], "properties": {
      "records": {"type": "array", "items": {"$ref": "#/components/schemas/Order"}},
      "cursor": {"type": "object", "properties": {"before": {"type": "string"}}}
    }}
  }}
})";

QJsonObject ref(const QString &name)
{
    return QJsonObject{{u"$ref"_s, QString(u"#/components/schemas/"_s + name)}};
}

Sandbox::GenerationRequest request(quint64 seed, int listCount = -1, qint64 firstOrdinal = 0)
{
    Sandbox::GenerationRequest result;
    result.seed = seed;
    result.listCount = listCount;
    result.firstOrdinal = firstOrdinal;
    return result;
}

int depthOf(const QJsonObject &tree)
{
    int deepest = 0;
    const QJsonArray children = tree.value(u"children"_s).toArray();
    for (const QJsonValue &child : children) {
        deepest = std::max(deepest, depthOf(child.toObject()));
    }
    return deepest + 1;
}

} // namespace

class TestDataGenerator : public QObject
{
    Q_OBJECT

private:
    Core::SpecPtr m_spec;

private Q_SLOTS:

    void initTestCase()
    {
        const Core::SpecLoadResult loaded = Core::Spec::fromJson(specJson, u"fixture"_s);
        QVERIFY2(loaded, qPrintable(loaded.error.toString()));
        m_spec = loaded.spec;
    }

    void generate_honoursTypesFormatsAndBounds()
    {
        const Sandbox::DataGenerator generator(*m_spec);
        for (quint64 seed = 1; seed <= 200; ++seed) {
            const QJsonObject order = generator.generate(ref(u"Order"_s), request(seed)).toObject();
            for (const QString &name : {u"order_id"_s, u"state"_s, u"price"_s, u"issued"_s}) {
                QVERIFY2(order.contains(name), qPrintable(name));
            }
            QVERIFY(order.value(u"order_id"_s).isDouble());
            QVERIFY(QStringList({u"open"_s, u"closed"_s}).contains(order.value(u"state"_s).toString()));
            const double price = order.value(u"price"_s).toDouble();
            QVERIFY(price >= 0.01 && price <= 10);
            if (order.contains(u"range"_s)) {
                const qint64 range = order.value(u"range"_s).toInteger();
                QVERIFY(range >= 1 && range < 4);
            }
            const QDateTime issued = QDateTime::fromString(order.value(u"issued"_s).toString(), Qt::ISODate);
            QVERIFY2(issued.isValid(), qPrintable(order.value(u"issued"_s).toString()));
            QVERIFY(issued >= QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC));
            QVERIFY(issued <= QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
            if (order.contains(u"day"_s)) {
                QVERIFY(QDate::fromString(order.value(u"day"_s).toString(), Qt::ISODate).isValid());
            }
            if (order.contains(u"uuid"_s)) {
                QVERIFY(!QUuid::fromString(order.value(u"uuid"_s).toString()).isNull());
            }
            if (order.contains(u"code"_s)) {
                const qsizetype length = order.value(u"code"_s).toString().size();
                QVERIFY(length >= 12 && length <= 14);
            }
            if (order.contains(u"short"_s)) {
                QVERIFY(order.value(u"short"_s).toString().size() <= 3);
            }
            if (order.contains(u"is_buy"_s)) {
                QVERIFY(order.value(u"is_buy"_s).isBool());
            }
            if (order.contains(u"flags"_s)) {
                const QJsonArray flags = order.value(u"flags"_s).toArray();
                QCOMPARE(flags.size(), 2);
                QVERIFY(flags.at(0) != flags.at(1));
            }
        }
    }

    void generate_leavesOptionalPropertiesOutSometimes()
    {
        const Sandbox::DataGenerator generator(*m_spec);
        int withRange = 0;
        for (quint64 seed = 1; seed <= 100; ++seed) {
            withRange += generator.generate(ref(u"Order"_s), request(seed)).toObject().contains(u"range"_s) ? 1 : 0;
        }
        QVERIFY(withRange > 50 && withRange < 100);
    }

    void generate_isDeterministicPerSeed()
    {
        const Sandbox::DataGenerator generator(*m_spec);
        const QJsonValue first = generator.generate(ref(u"Orders"_s), request(7, 20));
        QCOMPARE(generator.generate(ref(u"Orders"_s), request(7, 20)), first);
        QVERIFY(generator.generate(ref(u"Orders"_s), request(8, 20)) != first);
        QCOMPARE(first.toArray().size(), 20);
    }

    void mainList_windowsShowTheSameItems()
    {
        const Sandbox::DataGenerator generator(*m_spec);
        const QJsonArray all = generator.generate(ref(u"Orders"_s), request(3, 6)).toArray();
        const QJsonArray window = generator.generate(ref(u"Orders"_s), request(3, 3, 2)).toArray();
        QCOMPARE(window.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(window.at(i), all.at(i + 2));
        }
    }

    void mainList_numbersTheIdentityProperty()
    {
        const Sandbox::DataGenerator generator(*m_spec);
        QCOMPARE(generator.identityProperty(ref(u"Orders"_s), u"/markets/{region_id}/orders"_s), u"order_id"_s);
        QCOMPARE(generator.identityProperty(ref(u"Orders"_s), u"/characters/{id}/things"_s), QString());
        Sandbox::GenerationRequest numbered = request(1, 4, 10);
        numbered.identityProperty = u"order_id"_s;
        numbered.identity = [](qint64 ordinal) { return 500 + ordinal; };
        const QJsonArray items = generator.generate(ref(u"Orders"_s), numbered).toArray();
        for (int i = 0; i < items.size(); ++i) {
            QCOMPARE(items.at(i).toObject().value(u"order_id"_s).toInteger(), 510 + i);
        }
    }

    void wrapper_fillsItsListAndFixedProperties()
    {
        const Sandbox::DataGenerator generator(*m_spec);
        QCOMPARE(generator.mainListProperty(ref(u"Wrapper"_s)), u"records"_s);
        const QJsonObject wrapper = generator.generate(ref(u"Wrapper"_s), request(1, 7)).toObject();
        QCOMPARE(wrapper.value(u"records"_s).toArray().size(), 7);
        Sandbox::GenerationRequest fixed = request(1);
        fixed.fixedProperties = {{u"order_id"_s, 42}};
        const QJsonObject order = generator.generate(ref(u"Order"_s), fixed).toObject();
        QCOMPARE(order.value(u"order_id"_s).toInteger(), 42);
    }

    void recursiveSchema_staysFinite()
    {
        const Sandbox::DataGenerator generator(*m_spec);
        const QJsonObject tree = generator.generate(ref(u"Tree"_s), request(5)).toObject();
        QVERIFY(tree.contains(u"children"_s));
        QVERIFY(depthOf(tree) <= 14);
    }

    void oneOf_picksEachVariantForSomeSeed()
    {
        const Sandbox::DataGenerator generator(*m_spec);
        QSet<QString> keys;
        for (quint64 seed = 1; seed <= 40; ++seed) {
            const QJsonObject choice = generator.generate(ref(u"Choice"_s), request(seed)).toObject();
            QCOMPARE(choice.size(), 1);
            keys.insert(choice.keys().first());
        }
        QCOMPARE(keys, (QSet<QString>{u"left"_s, u"right"_s}));
    }

    // ESI's oneOf branches are objects with one optional property each: {"alliance": {...}} alone would
    // satisfy all three. The generated value must satisfy exactly one.
    void oneOf_ofOptionalPropertyBranches_matchesExactlyOne()
    {
        const Sandbox::DataGenerator generator(*m_spec);
        const auto isAlliance = [](const QJsonValue &value) {
            return value.isObject() && value.toObject().value(u"alliance_id"_s).isDouble();
        };
        const auto isFlag = [](const QJsonValue &value) { return value.isBool() || value.isNull(); };
        QSet<QString> chosen;
        for (quint64 seed = 1; seed <= 60; ++seed) {
            const QJsonValue value = generator.generate(ref(u"Claim"_s), request(seed));
            QVERIFY(value.isObject());
            const QJsonObject claim = value.toObject();
            const bool alliance = !claim.contains(u"alliance"_s) || isAlliance(claim.value(u"alliance"_s));
            const bool faction = !claim.contains(u"faction"_s) || isAlliance(claim.value(u"faction"_s));
            const bool unclaimed = !claim.contains(u"unclaimed"_s) || isFlag(claim.value(u"unclaimed"_s));
            const QByteArray shown = QJsonDocument(claim).toJson(QJsonDocument::Compact);
            QVERIFY2(int(alliance) + int(faction) + int(unclaimed) == 1, shown.constData());
            chosen.insert(alliance ? u"alliance"_s : faction ? u"faction"_s : u"unclaimed"_s);
        }
        QCOMPARE(chosen.size(), 3);
    }

    void hostileFan_givesAValidBodyOfBoundedSize()
    {
        const Core::SpecLoadResult fan = Core::Spec::fromJson(FanSpec::build(), u"fan.json"_s);
        QVERIFY2(fan, qPrintable(fan.error.toString()));
        const Sandbox::DataGenerator generator(*fan.spec);
        QString error = u"unset"_s;
        const QByteArray body = generator.generateJson(ref(u"L0"_s), request(7), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(body.size() < 16 * 1024 * 1024);
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QVERIFY(document.isObject());
        QVERIFY(!document.object().isEmpty());
    }

    void hostileFanOfRequiredProperties_stopsNamingTheSchema()
    {
        const Core::SpecLoadResult fan = Core::Spec::fromJson(FanSpec::build(10, 20, true), u"fan.json"_s);
        QVERIFY2(fan, qPrintable(fan.error.toString()));
        const Sandbox::DataGenerator generator(*fan.spec);
        QString error;
        const QByteArray body = generator.generateJson(ref(u"L0"_s), request(7), &error);
        QVERIFY(body.isEmpty());
        QVERIFY2(error.contains(u"#/components/schemas/L0"_s), qPrintable(error));
        QVERIFY2(error.contains(u"1000000 values"_s), qPrintable(error));
    }

    void localizedText_carriesTheLanguage()
    {
        const Sandbox::DataGenerator generator(*m_spec);
        Sandbox::GenerationRequest inGerman = request(1);
        inGerman.language = u"de"_s;
        Sandbox::GenerationRequest inEnglish = request(1);
        inEnglish.language = u"en"_s;
        const QJsonObject german = generator.generate(ref(u"Tree"_s), inGerman).toObject();
        const QJsonObject english = generator.generate(ref(u"Tree"_s), inEnglish).toObject();
        QVERIFY(german.value(u"name"_s).toString().endsWith(u" (de)"_s));
        QVERIFY(!english.value(u"name"_s).toString().contains(u'('));
    }
};

QTEST_GUILESS_MAIN(TestDataGenerator)
#include "tst_datagenerator.moc"
