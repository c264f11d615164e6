#include "core/spec/spec.h"
#include "tests/spec/specsnippets.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Esi::Core;
using namespace Qt::Literals::StringLiterals;

// Bad input: every failure names what is wrong and where, and nothing crashes.
class TestSpecErrors : public QObject
{
    Q_OBJECT

private:
    static QByteArray minimalSpec(const QByteArray &operation, const QByteArray &components = "{}")
    {
        return Snippets::minimalSpecHead + operation + Snippets::minimalSpecTail + components + "}";
    }

private Q_SLOTS:

    void malformedJson_reportsLineAndColumn_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::newRow("missing comma") << QByteArray("{\n  \"openapi\": \"3.1.0\"\n  \"info\": {}\n}") << 3 << 3;
        QTest::newRow("truncated") << QByteArray("{\"openapi\": \"3.1.0\", \"paths\": {") << 1 << 32;
        QTest::newRow("garbage first line") << QByteArray("<html>") << 1 << 1;
        QTest::newRow("non-ascii before error") << QByteArray("{\"t\": \"é\",\n\"x\": ]}") << 2 << 6;
    }

    void malformedJson_reportsLineAndColumn()
    {
        QFETCH(QByteArray, json);
        const SpecLoadResult result = Spec::fromJson(json, u"broken.json"_s);
        QVERIFY(!result);
        QCOMPARE(result.error.kind, SpecError::Kind::Syntax);
        QTEST(result.error.line, "line");
        QTEST(result.error.column, "column");
        const QString text = result.error.toString();
        QVERIFY2(text.startsWith(u"broken.json:"_s + QString::number(result.error.line) + u':'), qPrintable(text));
        QVERIFY2(text.contains(u"malformed JSON"_s), qPrintable(text));
    }

    void emptyInput_isASyntaxError()
    {
        const SpecLoadResult result = Spec::fromJson({}, u"empty.json"_s);
        QVERIFY(!result);
        QCOMPARE(result.error.kind, SpecError::Kind::Syntax);
    }

    void wrongDocument_saysWhatItGot_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("array") << QByteArray("[1,2]") << u"JSON array"_s;
        QTest::newRow("dates list") << QByteArray(Snippets::compatibilityDatesList) << u"compatibility-dates"_s;
        QTest::newRow("status") << QByteArray(Snippets::statusDocument) << u"/meta/status"_s;
        QTest::newRow("openapi 2.5") << QByteArray(Snippets::openApi25) << u"OpenAPI version \"2.5\""_s;
        QTest::newRow("swagger 1.2") << QByteArray(Snippets::swagger12) << u"Swagger version \"1.2\""_s;
        QTest::newRow("other object") << QByteArray(Snippets::otherObject) << u"keys id, name"_s;
    }

    void wrongDocument_saysWhatItGot()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        const SpecLoadResult result = Spec::fromJson(json, u"doc.json"_s);
        QVERIFY(!result);
        QCOMPARE(result.error.kind, SpecError::Kind::WrongDocument);
        QVERIFY2(result.error.toString().contains(mentions), qPrintable(result.error.toString()));
    }

    void realCompatibilityDatesFile_isRefusedAsWrongDocument()
    {
        const SpecLoadResult result =
            Spec::fromFile(QStringLiteral(ESI_TEST_DATA) + u"/compatibility-dates-2025-11.transcribed.json"_s);
        QVERIFY(!result);
        QCOMPARE(result.error.kind, SpecError::Kind::WrongDocument);
    }

    void unresolvableRef_namesPointerAndOperation_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("pointer");
        QTest::newRow("parameter") << minimalSpec(Snippets::missingParameterRef) << u"#/components/parameters/Nope"_s;
        QTest::newRow("response") << minimalSpec(Snippets::missingResponseRef) << u"#/components/responses/Gone"_s;
        QTest::newRow("response header") << minimalSpec(Snippets::missingHeaderRef) << u"#/components/headers/ETag"_s;
        QTest::newRow("request body") << minimalSpec(Snippets::missingBodyRef) << u"#/components/requestBodies/B"_s;
    }

    void unresolvableRef_namesPointerAndOperation()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, pointer);
        const SpecLoadResult result = Spec::fromJson(json, u"refs.json"_s);
        QVERIFY(!result);
        QCOMPARE(result.error.kind, SpecError::Kind::UnresolvedRef);
        QCOMPARE(result.error.pointer, pointer);
        QCOMPARE(result.error.operationId, u"GetX"_s);
        QVERIFY(result.error.toString().contains(u"in operation GetX"_s));
    }

    void unresolvableSchemaRef_isReportedWhenResolved()
    {
        const SpecLoadResult result = Spec::fromJson(minimalSpec(Snippets::missingSchemaRef), u"lazy.json"_s);
        QVERIFY2(result, qPrintable(result.error.toString())); // schemas resolve lazily
        const ResolvedSchema schema =
            result.spec->resolveSchema(result.spec->operations().first().responses.first().schema);
        QVERIFY(!schema.isValid());
        QVERIFY(schema.error.contains(u"#/components/schemas/Missing"_s));
    }

    void refCycle_isReportedNotFollowedForever()
    {
        const SpecLoadResult result =
            Spec::fromJson(minimalSpec(Snippets::cycleOperation, Snippets::cycleComponents), u"cycle.json"_s);
        QVERIFY(result);
        const ResolvedSchema schema =
            result.spec->resolveSchema(result.spec->operations().first().responses.first().schema);
        QVERIFY(!schema.isValid());
        QVERIFY(schema.error.contains(u"cycle"_s));
    }

    void structuralErrors_namePointer_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no paths") << QByteArray(Snippets::noPaths) << u"#/paths"_s << u"paths"_s;
        QTest::newRow("operation not an object")
            << QByteArray(Snippets::operationNotObject) << u"#/paths/~1a~1b/get"_s << u"JSON object"_s;
        QTest::newRow("path moving the host")
            << QByteArray("{\"openapi\":\"3.1.0\",\"info\":{\"version\":\"2026-01-01\",\"title\":\"t\"},"
                          "\"paths\":{\".evil.com/x\":{}}}")
            << u"#/paths/.evil.com~1x"_s << u"does not start with \"/\""_s;
        QTest::newRow("path with userinfo")
            << QByteArray("{\"openapi\":\"3.1.0\",\"info\":{\"version\":\"2026-01-01\",\"title\":\"t\"},"
                          "\"paths\":{\"@evil.com/x\":{}}}")
            << u"#/paths/@evil.com~1x"_s << u"@evil.com/x"_s;
        QTest::newRow("bad parameter location") << minimalSpec(Snippets::badParameterLocation)
                                                << u"#/paths/~1x~1{id}/get/parameters/0"_s << u"in=\"body2\""_s;
    }

    void structuralErrors_namePointer()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, pointer);
        QFETCH(QString, mentions);
        const SpecLoadResult result = Spec::fromJson(json, u"s.json"_s);
        QVERIFY(!result);
        QCOMPARE(result.error.kind, SpecError::Kind::Invalid);
        QCOMPARE(result.error.pointer, pointer);
        QVERIFY2(result.error.toString().contains(mentions), qPrintable(result.error.toString()));
    }

    void duplicateOperationId_isRejected()
    {
        const QByteArray json = Snippets::duplicateOperationIds;
        const SpecLoadResult result = Spec::fromJson(json, u"dup.json"_s);
        QVERIFY(!result);
        QCOMPARE(result.error.operationId, u"Same"_s);
        QVERIFY(result.error.toString().contains(u"duplicate operationId"_s));
    }

    void unknownOrOddExtensions_areKeptNotFatal()
    {
        const SpecLoadResult result = Spec::fromJson(minimalSpec(Snippets::oddExtensions), u"odd.json"_s);
        QVERIFY2(result, qPrintable(result.error.toString()));
        const Operation &op = result.spec->operations().first();
        QVERIFY(!op.rateLimit.isValid());
        QVERIFY(op.requiredRoles.isEmpty());
        QCOMPARE(op.cacheTtlSeconds, -1);
        QVERIFY(op.extensions.contains(u"x-future-thing"_s));
        QVERIFY(op.parameter(u"id") == nullptr);
    }

    void missingFile_saysSoAndHowToFix()
    {
        QTemporaryDir dir;
        const SpecLoadResult result = Spec::fromFile(dir.filePath(u"nope.json"_s));
        QVERIFY(!result);
        QCOMPARE(result.error.kind, SpecError::Kind::Io);
        QVERIFY(result.error.toString().contains(u"nope.json"_s));
    }

    void rateLimitWindow_parsesUnits_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("seconds");
        QTest::newRow("minutes") << u"15m"_s << 900;
        QTest::newRow("hours") << u"1h"_s << 3600;
        QTest::newRow("seconds") << u"30s"_s << 30;
        QTest::newRow("bare") << u"900"_s << 900;
        QTest::newRow("garbage") << u"soon"_s << 0;
        QTest::newRow("negative") << u"-5m"_s << 0;
        QTest::newRow("empty") << QString() << 0;
    }

    void rateLimitWindow_parsesUnits()
    {
        QFETCH(QString, text);
        QTEST(RateLimit::parseWindow(text), "seconds");
    }
};

QTEST_GUILESS_MAIN(TestSpecErrors)
#include "tst_specerrors.moc"
