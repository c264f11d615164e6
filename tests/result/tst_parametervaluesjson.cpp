#include "core/result/parametervaluesjson.h"
#include "jsonsnippets.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Esi::Core::ParameterValues;
using Esi::Core::ParameterValuesJson;

// The JSON form the call history, the remembered values and `esi history --json` share.
class TestParameterValuesJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valuesKeepTheirOrderAndTheBody();
    void noBodyMeansNoBodyKey();
    void malformedPairsAndTextAreSkipped();
};

void TestParameterValuesJson::valuesKeepTheirOrderAndTheBody()
{
    ParameterValues values;
    values.set(u"region_id"_s, u"10000002"_s);
    values.set(u"order_type"_s, u"all"_s);
    values.setBody(u"[30000142]"_s);
    const QString text = ParameterValuesJson::toText(values);
    QCOMPARE(text, JsonSnippets::valuesText);
    QCOMPARE(ParameterValuesJson::fromText(text), values);
}

void TestParameterValuesJson::noBodyMeansNoBodyKey()
{
    ParameterValues values;
    values.set(u"a"_s, QString());
    const QJsonObject object = ParameterValuesJson::toJson(values);
    QVERIFY(!object.contains(u"body"_s));
    const ParameterValues back = ParameterValuesJson::fromJson(object);
    QVERIFY(!back.hasBody());
    QCOMPARE(back, values);
}

void TestParameterValuesJson::malformedPairsAndTextAreSkipped()
{
    const ParameterValues values = ParameterValuesJson::fromText(JsonSnippets::malformedValuesText);
    QCOMPARE(values.names(), QStringList({u"ok"_s}));
    QVERIFY(!values.hasBody());
    QVERIFY(ParameterValuesJson::fromText(u"not json"_s).isEmpty());
    QVERIFY(ParameterValuesJson::fromText(u"[1,2]"_s).isEmpty());
}

QTEST_GUILESS_MAIN(TestParameterValuesJson)
#include "tst_parametervaluesjson.moc"
