#include "core/http/parametervalidator.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Esi::Core;

namespace {

// A small document for the schema features the real ESI specs do not use on parameters.
const QByteArray syntheticSpec = R"({
  "openapi": "3.1.0",
  "info": {"title": "t", "version": "2026-01-01"},
  "paths": {
    "/things/{thing_id}": {
      "post": {
        "operationId": "PostThing", "tags": ["Things"],
        "parameters": [
          {"name": "thing_id", "in": "path", "required": true, "schema": {"type": "integer", "format": "int32"}},
          {"name": "day", "in": "query", "schema": {"type": "string", "format": "date"}},
          {"name": "since", "in": "query", "schema": {"type": "string", "format": "date-time"}},
          {"name": "code", "in": "query", "schema": {"type": "string", "pattern": "^[A-Z]{3}$"}},
          {"name": "label", "in": "query", "schema": {"type": "string", "minLength": 2, "maxLength": 5}},
          {"name": "ratio", "in": "query", "schema": {"type": "number", "exclusiveMinimum": 0, "maximum": 1}},
          {"name": "flag", "in": "query", "schema": {"type": "boolean"}}
        ],
        "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
        "responses": {"200": {"description": "OK"}}
      }
    }
  },
  "components": {"schemas": {"Thing": {
    "type": "object", "required": ["name", "size"],
    "properties": {
      "name": {"type": "string", "maxLength": 4},
      "size": {"type": "integer", "format": "int32", "minimum": 1},
      "kind": {"type": "string", "enum": ["a", "b"]},
      "tags": {"type": "array", "items": {"type": "string"}, "uniqueItems": true},
      "note": {"type": ["string", "null"]}
    }}}}
})";

} // namespace

class TestParameterValidator : public QObject
{
    Q_OBJECT

private:
    SpecPtr m_esi;
    SpecPtr m_synthetic;

    const Spec &specFor(const QString &operationId) const
    {
        return m_esi->operation(operationId) ? *m_esi : *m_synthetic;
    }

private Q_SLOTS:

    void initTestCase()
    {
        const SpecLoadResult esi = Spec::fromFile(QStringLiteral(ESI_TEST_DATA "/openapi-2026-07-21.json"));
        QVERIFY2(esi, qPrintable(esi.error.message));
        m_esi = esi.spec;
        const SpecLoadResult synthetic = Spec::fromJson(syntheticSpec, u"synthetic"_s);
        QVERIFY2(synthetic, qPrintable(synthetic.error.message));
        m_synthetic = synthetic.spec;
    }

    void badValues_getOneClearMessageEach_data()
    {
        QTest::addColumn<QString>("operationId");
        QTest::addColumn<QStringList>("assignments");
        QTest::addColumn<QStringList>("expected");

        const QString orders = u"GetMarketsRegionIdOrders"_s;
        QTest::newRow("valid call") << orders << QStringList{u"region_id=10000002"_s, u"order_type=all"_s}
                                    << QStringList{};
        QTest::newRow("missing required")
            << orders << QStringList{}
            << QStringList{u"missing required parameter 'order_type' (query string one of [buy, sell, all]); add "
                           "order_type=<value>"_s,
                           u"missing required parameter 'region_id' (path integer (int64)); add region_id=<value>"_s};
        QTest::newRow("enum") << orders << QStringList{u"region_id=1"_s, u"order_type=bye"_s}
                              << QStringList{u"order_type: 'bye' is not one of buy, sell, all"_s};
        QTest::newRow("not an integer") << orders << QStringList{u"region_id=abc"_s, u"order_type=all"_s}
                                        << QStringList{u"region_id: 'abc' is not an integer"_s};
        QTest::newRow("fraction") << orders << QStringList{u"region_id=1.5"_s, u"order_type=all"_s}
                                  << QStringList{u"region_id: '1.5' is not a whole number"_s};
        QTest::newRow("int64 range") << orders << QStringList{u"region_id=99999999999999999999"_s, u"order_type=all"_s}
                                     << QStringList{u"region_id: 99999999999999999999 is outside the int64 range "
                                                    "-9223372036854775808..9223372036854775807"_s};
        QTest::newRow("int32 range") << orders
                                     << QStringList{u"region_id=1"_s, u"order_type=all"_s, u"page=3000000000"_s}
                                     << QStringList{
                                            u"page: 3000000000 is outside the int32 range -2147483648..2147483647"_s};
        QTest::newRow("minimum") << orders << QStringList{u"region_id=1"_s, u"order_type=all"_s, u"page=0"_s}
                                 << QStringList{u"page: 0 is below the minimum 1"_s};
        QTest::newRow("maximum") << u"GetFreelanceJobsListing"_s << QStringList{u"limit=101"_s}
                                 << QStringList{u"limit: 101 is above the maximum 100"_s};
        QTest::newRow("cursor directions exclusive")
            << u"GetFreelanceJobsListing"_s << QStringList{u"before=abc"_s, u"after=def"_s}
            << QStringList{u"before and after are mutually exclusive; give only one of them"_s};
        QTest::newRow("boolean") << u"GetCharactersCharacterIdIndustryJobs"_s
                                 << QStringList{u"character_id=1"_s, u"include_completed=yes"_s}
                                 << QStringList{u"include_completed: 'yes' is not a boolean; write true or false"_s};
        QTest::newRow("string too short") << u"GetCharactersCharacterIdSearch"_s
                                          << QStringList{u"character_id=1"_s, u"categories=agent"_s, u"search=ab"_s}
                                          << QStringList{u"search: 'ab' is 2 characters long, at least 3 needed"_s};
        QTest::newRow("unknown parameter")
            << orders << QStringList{u"region_id=1"_s, u"order_type=all"_s, u"typeid=34"_s}
            << QStringList{u"unknown parameter 'typeid'; GetMarketsRegionIdOrders takes order_type, page, region_id, "
                           "type_id"_s};
        QTest::newRow("unknown parameter with near match")
            << orders << QStringList{u"Region-ID=1"_s, u"order_type=all"_s}
            << QStringList{
                   u"missing required parameter 'region_id' (path integer (int64)); add region_id=<value>"_s,
                   u"unknown parameter 'Region-ID'; GetMarketsRegionIdOrders takes order_type, page, region_id, "
                   "type_id; did you mean 'region_id'?"_s};
        QTest::newRow("unknown on operation without parameters")
            << u"GetAlliances"_s << QStringList{u"page=1"_s}
            << QStringList{u"unknown parameter 'page'; GetAlliances takes no parameters"_s};
        QTest::newRow("managed header")
            << u"GetAlliances"_s << QStringList{u"Accept-Language=de"_s}
            << QStringList{u"'Accept-Language' is set by ESI Studio itself (language, cache validators, compatibility "
                           "date, tenant and token come from the call's options); remove it"_s};

        const QString contacts = u"DeleteCharactersCharacterIdContacts"_s;
        QTest::newRow("array valid comma")
            << contacts << QStringList{u"character_id=1"_s, u"contact_ids=1, 2,3"_s} << QStringList{};
        QTest::newRow("array valid json")
            << contacts << QStringList{u"character_id=1"_s, u"contact_ids=[1,2]"_s} << QStringList{};
        QTest::newRow("array bad items") << contacts << QStringList{u"character_id=1"_s, u"contact_ids=1,x,2.5"_s}
                                         << QStringList{u"contact_ids item 2: 'x' is not an integer"_s,
                                                        u"contact_ids item 3: '2.5' is not a whole number"_s};
        QTest::newRow("array too few") << contacts << QStringList{u"character_id=1"_s, u"contact_ids=[]"_s}
                                       << QStringList{u"contact_ids: 0 item(s) given, at least 1 needed"_s};
        QStringList many;
        for (int i = 1; i <= 21; ++i) {
            many.append(QString::number(i));
        }
        QTest::newRow("array too many") << contacts
                                        << QStringList{u"character_id=1"_s, u"contact_ids="_s + many.join(u',')}
                                        << QStringList{u"contact_ids: 21 items given, at most 20 allowed"_s};
        QTest::newRow("array bad json")
            << contacts << QStringList{u"character_id=1"_s, u"contact_ids=[1,"_s}
            << QStringList{
                   u"contact_ids: '[1,' is not a valid JSON array (unterminated array at offset 3); write [1, 2, "
                   "3] or 1,2,3"_s};
        QTest::newRow("array not unique")
            << u"GetCharactersCharacterIdMail"_s << QStringList{u"character_id=1"_s, u"labels=3,4,3"_s}
            << QStringList{u"labels: '3' appears more than once; items must be unique"_s};
        QTest::newRow("array item enum")
            << u"GetCharactersCharacterIdSearch"_s
            << QStringList{u"character_id=1"_s, u"categories=agent,planet"_s, u"search=jita"_s}
            << QStringList{u"categories item 2: 'planet' is not one of agent, alliance, character, constellation, "
                           "corporation, faction, inventory_type, region, solar_system, station, structure"_s};

        const QString names = u"PostUniverseNames"_s;
        QTest::newRow("body valid") << names << QStringList{u"body=[1, 2, 3]"_s} << QStringList{};
        QTest::newRow("body missing")
            << names << QStringList{}
            << QStringList{u"body: PostUniverseNames needs a JSON request body (array of integer, 1..1000 items); add "
                           "body=<json>"_s};
        QTest::newRow("body syntax") << names << QStringList{u"body=[1, 2"_s}
                                     << QStringList{u"body: invalid JSON at offset 5: unterminated array"_s};
        QTest::newRow("body wrong shape") << names << QStringList{u"body={\"ids\": [1]}"_s}
                                          << QStringList{u"body: expected an array, got an object"_s};
        QTest::newRow("body items") << names << QStringList{u"body=[1, \"two\", 3.5, 1]"_s}
                                    << QStringList{u"body[1]: expected an integer, got a string"_s,
                                                   u"body[2]: 3.5 is not a whole number"_s,
                                                   u"body[3]: '1' appears more than once; items must be unique"_s};
        QTest::newRow("body empty array")
            << names << QStringList{u"body=[]"_s} << QStringList{u"body: 0 item(s) given, at least 1 needed"_s};
        QTest::newRow("body on get") << orders << QStringList{u"region_id=1"_s, u"order_type=all"_s, u"body=[1]"_s}
                                     << QStringList{
                                            u"body: GetMarketsRegionIdOrders takes no request body; remove it"_s};

        const QString thing = u"PostThing"_s;
        const QString body = u"body={\"name\":\"ab\",\"size\":1}"_s;
        QTest::newRow("synthetic valid") << thing
                                         << QStringList{u"thing_id=5"_s,
                                                        u"day=2026-02-28"_s,
                                                        u"since=2026-02-28T11:00:00Z"_s,
                                                        u"code=ABC"_s,
                                                        u"label=abc"_s,
                                                        u"ratio=0.5"_s,
                                                        u"flag=false"_s,
                                                        body}
                                         << QStringList{};
        QTest::newRow("date") << thing << QStringList{u"thing_id=5"_s, u"day=2026-02-30"_s, body}
                              << QStringList{u"day: '2026-02-30' is not a date; write YYYY-MM-DD"_s};
        QTest::newRow("date-time") << thing << QStringList{u"thing_id=5"_s, u"since=yesterday"_s, body}
                                   << QStringList{
                                          u"since: 'yesterday' is not a date-time; write YYYY-MM-DDTHH:MM:SSZ"_s};
        QTest::newRow("pattern") << thing << QStringList{u"thing_id=5"_s, u"code=abc"_s, body}
                                 << QStringList{u"code: 'abc' does not match the pattern ^[A-Z]{3}$"_s};
        QTest::newRow("max length") << thing << QStringList{u"thing_id=5"_s, u"label=abcdef"_s, body}
                                    << QStringList{u"label: 'abcdef' is 6 characters long, at most 5 allowed"_s};
        QTest::newRow("number") << thing << QStringList{u"thing_id=5"_s, u"ratio=half"_s, body}
                                << QStringList{u"ratio: 'half' is not a number"_s};
        QTest::newRow("exclusive minimum") << thing << QStringList{u"thing_id=5"_s, u"ratio=0"_s, body}
                                           << QStringList{u"ratio: 0 must be greater than 0"_s};
        QTest::newRow("number maximum") << thing << QStringList{u"thing_id=5"_s, u"ratio=1.5"_s, body}
                                        << QStringList{u"ratio: 1.5 is above the maximum 1"_s};
        QTest::newRow("path int32") << thing << QStringList{u"thing_id=2147483648"_s, body}
                                    << QStringList{u"thing_id: 2147483648 is outside the int32 range "
                                                   "-2147483648..2147483647"_s};
        QTest::newRow("body object")
            << thing
            << QStringList{u"thing_id=5"_s,
                           u"body={\"name\":\"toolong\",\"kind\":\"c\",\"tags\":[\"x\",\"x\"],\"note\":null,\"size\":0}"_s}
            << QStringList{u"body.kind: 'c' is not one of a, b"_s,
                           u"body.name: 'toolong' is 7 characters long, at most 4 allowed"_s,
                           u"body.size: 0 is below the minimum 1"_s,
                           u"body.tags[1]: 'x' appears more than once; items must be unique"_s};
        QTest::newRow("body required property") << thing << QStringList{u"thing_id=5"_s, u"body={\"name\":null}"_s}
                                                << QStringList{u"body.size: required property is missing"_s,
                                                               u"body.name: null is not allowed; expected a string"_s};
        QTest::newRow("every problem at once")
            << thing << QStringList{u"thing_id=x"_s, u"day=1"_s, u"flag=1"_s, u"colour=red"_s}
            << QStringList{u"thing_id: 'x' is not an integer"_s, u"day: '1' is not a date; write YYYY-MM-DD"_s,
                           u"flag: '1' is not a boolean; write true or false"_s,
                           u"unknown parameter 'colour'; PostThing takes thing_id, day, since, code, label, ratio, "
                           "flag and a JSON body"_s,
                           u"body: PostThing needs a JSON request body (object); add body=<json>"_s};
    }

    void badValues_getOneClearMessageEach()
    {
        QFETCH(QString, operationId);
        QFETCH(QStringList, assignments);
        QFETCH(QStringList, expected);
        const Spec &spec = specFor(operationId);
        const Operation *operation = spec.operation(operationId);
        QVERIFY(operation);
        ParameterValues values;
        QString error;
        QVERIFY2(values.setAssignments(assignments, &error), qPrintable(error));
        const QList<ValidationIssue> issues = ParameterValidator(spec).validate(*operation, values);
        QStringList messages;
        for (const ValidationIssue &issue : issues) {
            QVERIFY(!issue.parameter.isEmpty());
            messages.append(issue.message);
        }
        QCOMPARE(messages, expected);
    }

    void bodyWithThousandsOfBadItems_isCappedWithCount()
    {
        const Operation *operation = m_esi->operation(u"PostUniverseNames");
        QStringList items(1000, u"\"x\""_s);
        ParameterValues values;
        values.setBody(u'[' + items.join(u',') + u']');
        const QList<ValidationIssue> issues = ParameterValidator(*m_esi).validate(*operation, values);
        QCOMPARE(issues.size(), 51);
        QCOMPARE(issues.last().message, u"body: 950 more problems not shown"_s);
    }

    // The engine's own POST /universe/names bodies are long lists of IDs: checked whole, with the messages of the
    // item-by-item walk for the first problem anywhere in them.
    void longIdList_isAccepted_andItsOneBadItemNamed_data()
    {
        QTest::addColumn<QString>("tail");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("1000 distinct") << QString() << QStringList{};
        QTest::newRow("past 2^53") << u",9007199254740993"_s << QStringList{};
        QTest::newRow("repeat at the end")
            << u",5"_s << QStringList{u"body[999]: '5' appears more than once; items must be unique"_s};
        QTest::newRow("fraction at the end") << u",2.5"_s << QStringList{u"body[999]: 2.5 is not a whole number"_s};
        QTest::newRow("string at the end")
            << u",\"7\""_s << QStringList{u"body[999]: expected an integer, got a string"_s};
        QTest::newRow("one too many") << u",100000,100001"_s
                                      << QStringList{u"body: 1001 items given, at most 1000 allowed"_s};
    }

    void longIdList_isAccepted_andItsOneBadItemNamed()
    {
        QFETCH(QString, tail);
        QFETCH(QStringList, expected);
        QStringList ids;
        for (int id = 1; id <= (tail.isEmpty() ? 1000 : 999); ++id) {
            ids.append(QString::number(id));
        }
        ParameterValues values;
        values.setBody(u'[' + ids.join(u',') + tail + u']');
        QStringList messages;
        for (const ValidationIssue &issue :
             ParameterValidator(*m_esi).validate(*m_esi->operation(u"PostUniverseNames"), values)) {
            messages.append(issue.message);
        }
        QCOMPARE(messages, expected);
    }

    void assignments_withoutEquals_areRejected()
    {
        ParameterValues values;
        QString error;
        QVERIFY(!values.setAssignments({u"region_id=1"_s, u"10000002"_s}, &error));
        QCOMPARE(error, u"'10000002' is not a parameter assignment; write name=value (e.g. region_id=10000002)"_s);
    }

    void userParameterNames_skipManagedHeaders()
    {
        const Operation *operation = m_esi->operation(u"GetMarketsRegionIdOrders");
        QCOMPARE(ParameterValidator::userParameterNames(*operation),
                 (QStringList{u"order_type"_s, u"page"_s, u"region_id"_s, u"type_id"_s}));
    }
};

QTEST_GUILESS_MAIN(TestParameterValidator)
#include "tst_parametervalidator.moc"
