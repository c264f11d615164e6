// Whole-schema expansion is memoized and bounded, and everything else follows $refs on the fly, so a small
// spec whose schemas fan out (FanSpec: twenty $refs per level, ten levels) cannot exhaust time or memory.
#include "core/http/parametervalidator.h"
#include "core/spec/schema.h"
#include "core/spec/spec.h"
#include "core/spec/specdiff.h"
#include "tests/spec/fanspec.h"

#include <QDir>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Esi::Core;

namespace {

SpecPtr load(const QByteArray &json, const QString &source = u"fan.json"_s)
{
    const SpecLoadResult result = Spec::fromJson(json, source);
    if (!result) {
        qFatal("cannot load %s: %s", qPrintable(source), qPrintable(result.error.toString()));
    }
    return result.spec;
}

QJsonObject at(const QJsonObject &schema, const QStringList &properties)
{
    QJsonObject current = schema;
    for (const QString &name : properties) {
        current = current.value(u"properties"_s).toObject().value(name).toObject();
    }
    return current;
}

} // namespace

class TestSchemaExpansion : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void smallFan_expandsFullyCountingEachSharedUse()
    {
        const SpecPtr spec = load(FanSpec::build(3, 3));
        const SchemaExpansion expansion = expandSchema(*spec, spec->operation(u"GetFan")->successResponse()->schema);
        QVERIFY2(expansion.isValid(), qPrintable(expansion.error));
        // L3: 1 node; L2: itself + properties + 3 x L3 = 5; L1: 2 + 3 x 5 = 17; L0: 2 + 3 x 17 = 53.
        QCOMPARE(expansion.nodes, 53);
        QCOMPARE(at(expansion.schema, {u"p2"_s, u"p0"_s, u"p1"_s}).value(u"type"_s).toString(), u"integer"_s);
        QVERIFY(!QJsonDocument(expansion.schema).toJson().contains("$ref"));
    }

    void hostileFan_stopsAtTheBudgetNamingTheSchemaAndTheRefPath()
    {
        const SpecPtr spec = load(FanSpec::build());
        const SchemaExpansion expansion = expandSchema(*spec, spec->operation(u"GetFan")->successResponse()->schema);
        QVERIFY(!expansion.isValid());
        QVERIFY(expansion.schema.isEmpty());
        QVERIFY2(expansion.error.contains(u"#/components/schemas/L0"_s), qPrintable(expansion.error));
        QVERIFY2(expansion.error.contains(u"more than 50000 nodes"_s), qPrintable(expansion.error));
        QVERIFY2(expansion.error.contains(u"L0 > L1"_s), qPrintable(expansion.error));
        QVERIFY2(expansion.error.contains(u"fan.json"_s), qPrintable(expansion.error));
        QVERIFY(expansion.nodes > DefaultExpansionNodes); // it counted every shared use, then stopped
    }

    void smallerBudget_isHonoured()
    {
        const SpecPtr spec = load(FanSpec::build(3, 3));
        const QJsonObject schema = spec->operation(u"GetFan")->successResponse()->schema;
        QVERIFY(!expandSchema(*spec, schema, 52).isValid());
        QVERIFY(expandSchema(*spec, schema, 53).isValid());
    }

    void everyOperationOfEveryRealSpec_expandsWithinTheBudget()
    {
        const QStringList files =
            QDir(QStringLiteral(ESI_TEST_DATA)).entryList({u"openapi-*.json"_s, u"swagger-*.json"_s}, QDir::Files);
        QVERIFY(files.size() >= 6);
        qint64 largest = 0;
        for (const QString &file : files) {
            const SpecLoadResult result = Spec::fromFile(QStringLiteral(ESI_TEST_DATA) + u'/' + file);
            QVERIFY2(result, qPrintable(result.error.toString()));
            for (const Operation &operation : result.spec->operations()) {
                QList<QJsonObject> schemas{operation.requestBodySchema};
                for (const Parameter &parameter : operation.parameters) {
                    schemas.append(parameter.schema);
                }
                if (const Response *success = operation.successResponse()) {
                    schemas.append(success->schema);
                }
                for (const QJsonObject &schema : std::as_const(schemas)) {
                    const SchemaExpansion expansion = expandSchema(*result.spec, schema);
                    QVERIFY2(expansion.isValid(),
                             qPrintable(file + u' ' + operation.operationId + u": "_s + expansion.error));
                    largest = std::max(largest, expansion.nodes);
                }
            }
        }
        // Real ESI schemas stay far below the budget, so it only ever stops hostile ones.
        QVERIFY2(largest * 10 < DefaultExpansionNodes, qPrintable(QString::number(largest)));
    }

    void specDiff_ofHostileFans_saysWhatWasNotCompared()
    {
        const SpecPtr from = load(FanSpec::build());
        const SpecPtr to = load(FanSpec::build());
        const SpecDiff diff = SpecDiff::compare(*from, *to);
        QCOMPARE(diff.changed.size(), 2);
        const QString details = diff.changed.first().details.join(u'\n');
        QVERIFY2(details.contains(u"response schema not compared: the schema #/components/schemas/L0"_s),
                 qPrintable(details));
        QVERIFY2(details.contains(u"parameter fan not compared"_s), qPrintable(details));
    }

    void specDiff_ofSmallFans_findsTheChangedLeaf()
    {
        QByteArray changed = FanSpec::build(3, 3);
        changed.replace("\"L3\":{\"type\":\"integer\"", "\"L3\":{\"type\":\"string\"");
        const SpecDiff diff = SpecDiff::compare(*load(FanSpec::build(3, 3)), *load(changed));
        QVERIFY(!diff.changed.isEmpty());
        const QString details = diff.changed.first().details.join(u'\n');
        QVERIFY2(details.contains(u"response schema changed"_s) && details.contains(u"integer"_s), qPrintable(details));
    }

    void validation_ofHostileFan_followsTheValueNotTheSchema()
    {
        const SpecPtr spec = load(FanSpec::build());
        const ParameterValidator validator(*spec);
        const Operation *post = spec->operation(u"PostFan");
        QVERIFY(post);

        ParameterValues good;
        good.setBody(u"{\"p0\":{\"p1\":{\"p2\":{\"p3\":{\"p4\":{\"p5\":{\"p6\":{\"p7\":{\"p8\":{\"p9\":7}}}}}}}}}}"_s);
        const QList<ValidationIssue> none = validator.validate(*post, good);
        QVERIFY2(none.isEmpty(), qPrintable(none.value(0).message));

        ParameterValues bad;
        bad.setBody(
            u"{\"p0\":{\"p1\":\"deep\"},\"p3\":{\"p4\":{\"p5\":{\"p6\":{\"p7\":{\"p8\":{\"p9\":{\"p1\":{\"p2\":{\"p3\":1.5}}}}}}}}}}"_s);
        const QList<ValidationIssue> issues = validator.validate(*post, bad);
        QCOMPARE(issues.size(), 2);
        QCOMPARE(issues.at(0).parameter, u"body.p0.p1"_s);
        QVERIFY2(issues.at(0).message.contains(u"expected an object, got a string"_s),
                 qPrintable(issues.at(0).message));
        QCOMPARE(issues.at(1).parameter, u"body.p3.p4.p5.p6.p7.p8.p9.p1.p2.p3"_s);
        QVERIFY2(issues.at(1).message.contains(u"not a whole number"_s), qPrintable(issues.at(1).message));

        ParameterValues missing; // PostFan's body is required; the message summarises L0 without inlining it
        const QList<ValidationIssue> required = validator.validate(*post, missing);
        QCOMPARE(required.size(), 1);
        QVERIFY2(required.first().message.contains(u"needs a JSON request body (object)"_s),
                 qPrintable(required.first().message));
    }
};

QTEST_APPLESS_MAIN(TestSchemaExpansion)
#include "tst_schemaexpansion.moc"
