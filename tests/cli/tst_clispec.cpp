#include "core/spec/spec.h"
#include "core/spec/specsearch.h"
#include "esiversion.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

QString fixture(const QString &name)
{
    return QStringLiteral(ESI_TEST_DATA) + u'/' + name;
}

// Serves /meta/openapi.json?compatibility_date=D from a fixture file, the way ESI does.
class FakeEsi
{
public:
    FakeEsi(QString date, const QString &fileName)
        : m_date(std::move(date))
    {
        QFile file(fileName);
        if (file.open(QIODevice::ReadOnly)) {
            m_body = file.readAll();
        }
        m_server.route(u"/meta/openapi.json"_s, [this](const QHttpServerRequest &request) {
            const QString asked = QUrlQuery(request.url()).queryItemValue(u"compatibility_date"_s);
            m_requestedDates.append(asked);
            if (asked != m_date) {
                return QHttpServerResponse(QJsonObject{{u"error"_s, u"Invalid compatibility date"_s}},
                                           QHttpServerResponder::StatusCode::BadRequest);
            }
            return QHttpServerResponse("application/json"_ba, m_body);
        });
        m_port = m_server.listen(QHostAddress::LocalHost, 0);
    }

    quint16 port() const { return m_port; }

    QString baseUrl() const { return u"http://127.0.0.1:"_s + QString::number(m_port); }

    QStringList requestedDates() const { return m_requestedDates; }

    bool hasBody() const { return !m_body.isEmpty(); }

private:
    QString m_date;
    QByteArray m_body;
    QHttpServer m_server;
    quint16 m_port = 0;
    QStringList m_requestedDates;
};

} // namespace

class TestCliSpec : public QObject
{
    Q_OBJECT

private:
    // Runs `esi` without blocking this thread, so an in-test server can answer it.
    Run esi(const QStringList &arguments, const QString &cacheDir = {}, const QString &baseUrlEnv = {})
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"ESI_BASE_URL"_s);
        if (!baseUrlEnv.isEmpty()) {
            environment.insert(u"ESI_BASE_URL"_s, baseUrlEnv);
        }
        // Never let a test read or write the real per-user cache.
        environment.insert(u"ESI_STUDIO_CACHE_DIR"_s, cacheDir.isEmpty() ? m_scratch.path() + u"/cache"_s : cacheDir);
        process.setProcessEnvironment(environment);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(ESI_BINARY_DIR "/cli/esi"), arguments);
        Run run;
        if (!finished.wait(120000)) {
            process.kill();
            process.waitForFinished();
            run.err = u"esi did not finish"_s;
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = process.readAllStandardOutput();
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    static QJsonObject parseObject(const QByteArray &out)
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(out, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            qWarning("not one JSON object: %s", out.left(200).constData());
        }
        return document.object();
    }

    static QStringList lines(const QByteArray &out) { return QString::fromUtf8(out).split(u'\n', Qt::SkipEmptyParts); }

    QTemporaryDir m_scratch;
    QString m_malformedSpec;

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_scratch.isValid());
        QVERIFY(QFileInfo::exists(QStringLiteral(ESI_BINARY_DIR "/cli/esi")));
        m_malformedSpec = m_scratch.filePath(u"malformed.json"_s);
        QFile file(m_malformedSpec);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\n  \"openapi\": \"3.1.0\",\n  \"info\": {\"version\": \"2026-01-01\",,\n}\n");
    }

    void summary_reportsFixtureFacts_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("openapi");
        QTest::addColumn<QString>("version");
        QTest::addColumn<QList<int>>("counts"); // operations, tags, paged, cursor, authed, scopes, rate_limited

        QTest::newRow("2020-01-01") << u"openapi-2020-01-01.json"_s << u"3.1.0"_s << u"2020-01-01"_s
                                    << QList<int>{197, 31, 40, 0, 119, 63, 129};
        QTest::newRow("2025-08-26") << u"openapi-2025-08-26.json"_s << u"3.1.0"_s << u"2025-08-26"_s
                                    << QList<int>{199, 31, 40, 2, 123, 64, 0};
        QTest::newRow("2025-12-16") << u"openapi-2025-12-16.json"_s << u"3.1.0"_s << u"2025-12-16"_s
                                    << QList<int>{208, 33, 40, 5, 127, 66, 141};
        QTest::newRow("2026-06-09") << u"openapi-2026-06-09.json"_s << u"3.1.0"_s << u"2026-06-09"_s
                                    << QList<int>{218, 36, 40, 5, 137, 70, 156};
        QTest::newRow("2026-07-21") << u"openapi-2026-07-21.json"_s << u"3.1.0"_s << u"2026-07-21"_s
                                    << QList<int>{219, 36, 40, 5, 137, 70, 157};
        QTest::newRow("3.0-2026-06-09") << u"openapi-3.0-2026-06-09.json"_s << u"3.0.3"_s << u"2026-06-09"_s
                                        << QList<int>{218, 36, 40, 5, 137, 70, 156};
        QTest::newRow("swagger-1.36") << u"swagger-latest-1.36.json"_s << u"2.0"_s << u"1.36"_s
                                      << QList<int>{194, 29, 40, 0, 119, 63, 0};
    }

    void summary_reportsFixtureFacts()
    {
        QFETCH(QString, file);
        QFETCH(QString, openapi);
        QFETCH(QString, version);
        QFETCH(QList<int>, counts);

        const Run run = esi({u"spec"_s, u"summary"_s, u"--spec"_s, fixture(file)});
        QCOMPARE(run.err, QString());
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(lines(run.out).size(), 1);
        QVERIFY(!run.out.contains("\n{")); // compact: one object on one line
        const QJsonObject summary = parseObject(run.out);
        QStringList keys = summary.keys();
        keys.sort();
        QCOMPARE(keys, (QStringList{u"authed"_s, u"cursor"_s, u"openapi"_s, u"operations"_s, u"paged"_s,
                                    u"rate_limited"_s, u"scopes"_s, u"tags"_s, u"version"_s}));
        QCOMPARE(summary.value(u"openapi"_s).toString(), openapi);
        QCOMPARE(summary.value(u"version"_s).toString(), version);
        const QStringList countKeys{u"operations"_s, u"tags"_s,   u"paged"_s,       u"cursor"_s,
                                    u"authed"_s,     u"scopes"_s, u"rate_limited"_s};
        for (qsizetype i = 0; i < countKeys.size(); ++i) {
            const QJsonValue value = summary.value(countKeys.at(i));
            QVERIFY2(value.isDouble(), qPrintable(countKeys.at(i)));
            QCOMPARE(value.toDouble(), double(value.toInteger())); // an integer, never 40.5
            QCOMPARE(int(value.toInteger()), counts.at(i));
        }
        // Integers are written as integers, not 40.0 or 4e1.
        QVERIFY(run.out.contains("\"paged\":40"));
    }

    void summary_withoutSpec_usesBundledSpec()
    {
        const Run bundled = esi({u"spec"_s, u"summary"_s});
        QCOMPARE(bundled.exitCode, 0);
        const Run file =
            esi({u"spec"_s, u"summary"_s, u"--spec"_s, fixture(u"../../resources/specs/bundled-openapi.json"_s)});
        QCOMPARE(file.exitCode, 0);
        QCOMPARE(bundled.out, file.out);
        QVERIFY(parseObject(bundled.out).value(u"operations"_s).toInt() > 150);
    }

    void ops_printsOneLinePerOperation()
    {
        const Run run = esi({u"spec"_s, u"ops"_s, u"--spec"_s, fixture(u"openapi-2026-07-21.json"_s)});
        QCOMPARE(run.exitCode, 0);
        const QStringList output = lines(run.out);
        QCOMPARE(output.size(), 219);
        static const QRegularExpression shape(u"^[A-Za-z0-9_]+ (GET|POST|PUT|DELETE) /\\S* (-|[^ ,]+(,[^ ,]+)*)$"_s);
        for (const QString &line : output) {
            QVERIFY2(shape.match(line).hasMatch(), qPrintable(line));
        }
        QVERIFY(output.contains(
            u"GetCharactersCharacterIdAssets GET /characters/{character_id}/assets esi-assets.read_assets.v1"_s));
        QVERIFY(output.contains(u"GetAlliances GET /alliances -"_s));
        QCOMPARE(output.constFirst(), u"GetAlliances GET /alliances -"_s); // the document's order
    }

    void ops_tag_matchesCaseInsensitively()
    {
        const Run run =
            esi({u"spec"_s, u"ops"_s, u"--spec"_s, fixture(u"openapi-2026-07-21.json"_s), u"--tag"_s, u"aSSets"_s});
        QCOMPARE(run.exitCode, 0);
        const QStringList output = lines(run.out);
        QCOMPARE(output.size(), 6);
        for (const QString &line : output) {
            QVERIFY2(line.contains(u"Assets"_s), qPrintable(line));
        }
    }

    void ops_unknownTag_listsValidTags()
    {
        const Run run =
            esi({u"spec"_s, u"ops"_s, u"--spec"_s, fixture(u"openapi-2026-07-21.json"_s), u"--tag"_s, u"Spaceships"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.startsWith(u"esi: "_s), qPrintable(run.err));
        QVERIFY(run.err.contains(u"\"Spaceships\""_s));
        QVERIFY(run.err.contains(u"Assets, Calendar"_s));
        QVERIFY(run.err.contains(u"Wallet"_s));
    }

    void ops_search_keepsSpecSearchRanking()
    {
        const QString file = fixture(u"openapi-2026-07-21.json"_s);
        const Run run = esi({u"spec"_s, u"ops"_s, u"--spec"_s, file, u"--search"_s, u"assets"_s});
        QCOMPARE(run.exitCode, 0);
        const QStringList output = lines(run.out);
        QVERIFY(!output.isEmpty());
        QVERIFY(output.constFirst().startsWith(u"GetCharactersCharacterIdAssets "_s));

        const Esi::Core::SpecLoadResult loaded = Esi::Core::Spec::fromFile(file);
        QVERIFY(loaded);
        const QList<int> expected = Esi::Core::SpecSearch(loaded.spec).find(u"assets");
        QCOMPARE(output.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QVERIFY(output.at(i).startsWith(loaded.spec->operations().at(expected.at(i)).operationId + u' '));
        }
    }

    void ops_searchAndTag_combine()
    {
        const Run run = esi({u"spec"_s, u"ops"_s, u"--spec"_s, fixture(u"openapi-2026-07-21.json"_s), u"--search"_s,
                             u"assets"_s, u"--tag"_s, u"Assets"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(lines(run.out).size(), 6);
    }

    void show_json_describesOperation()
    {
        const Run run = esi({u"spec"_s, u"show"_s, u"GetCharactersCharacterIdAssets"_s, u"--spec"_s,
                             fixture(u"openapi-2026-07-21.json"_s), u"--json"_s});
        QCOMPARE(run.err, QString());
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(lines(run.out).size(), 1);
        const QJsonObject op = parseObject(run.out);
        QCOMPARE(op.value(u"operationId"_s).toString(), u"GetCharactersCharacterIdAssets"_s);
        QCOMPARE(op.value(u"method"_s).toString(), u"GET"_s);
        QCOMPARE(op.value(u"path"_s).toString(), u"/characters/{character_id}/assets"_s);
        QCOMPARE(op.value(u"tag"_s).toString(), u"Assets"_s);
        QCOMPARE(op.value(u"scopes"_s).toArray(), QJsonArray{u"esi-assets.read_assets.v1"_s});
        QCOMPARE(op.value(u"roles"_s).toArray(), QJsonArray());
        QCOMPARE(op.value(u"paging"_s).toString(), u"page"_s);
        const QJsonObject limit = op.value(u"rateLimit"_s).toObject();
        QCOMPARE(limit.value(u"group"_s).toString(), u"char-asset"_s);
        QCOMPARE(limit.value(u"maxTokens"_s).toInt(), 1800);
        QCOMPARE(limit.value(u"windowSeconds"_s).toInt(), 900);
        QCOMPARE(op.value(u"cache"_s).toObject().value(u"ttlSeconds"_s).toInt(), 3600);
        QCOMPARE(op.value(u"cache"_s).toObject().value(u"mode"_s).toString(), u"ttl-based"_s);
        QCOMPARE(op.value(u"localized"_s).toBool(), false);
        QCOMPARE(op.value(u"deprecated"_s).toBool(), false);
        const QJsonObject response = op.value(u"response"_s).toObject();
        QCOMPARE(response.value(u"status"_s).toString(), u"200"_s);
        QCOMPARE(response.value(u"schema"_s).toString(), u"CharactersCharacterIdAssetsGet"_s);
        QVERIFY(response.value(u"type"_s).toString().startsWith(u"array"_s));

        QHash<QString, QJsonObject> parameters;
        for (const QJsonValue &parameter : op.value(u"parameters"_s).toArray()) {
            parameters.insert(parameter[u"name"_s].toString(), parameter.toObject());
        }
        QCOMPARE(parameters.value(u"character_id"_s).value(u"in"_s).toString(), u"path"_s);
        QCOMPARE(parameters.value(u"character_id"_s).value(u"required"_s).toBool(), true);
        QCOMPARE(parameters.value(u"character_id"_s).value(u"type"_s).toString(), u"integer (int64)"_s);
        QCOMPARE(parameters.value(u"character_id"_s).value(u"description"_s).toString(), u"The ID of the character"_s);
        QCOMPARE(parameters.value(u"page"_s).value(u"in"_s).toString(), u"query"_s);
        QCOMPARE(parameters.value(u"page"_s).value(u"required"_s).toBool(), false);
        QCOMPARE(parameters.value(u"page"_s).value(u"type"_s).toString(), u"integer (int32) >= 1"_s);
        // Shared parameters arrive through $ref and still show their names.
        QCOMPARE(parameters.value(u"X-Compatibility-Date"_s).value(u"in"_s).toString(), u"header"_s);
    }

    void show_text_isReadable()
    {
        const Run run = esi({u"spec"_s, u"show"_s, u"GetCharactersCharacterIdAssets"_s, u"--spec"_s,
                             fixture(u"openapi-2026-07-21.json"_s)});
        QCOMPARE(run.exitCode, 0);
        const QString text = QString::fromUtf8(run.out);
        QVERIFY(text.startsWith(u"GetCharactersCharacterIdAssets\n  GET /characters/{character_id}/assets\n"_s));
        QVERIFY(text.contains(u"Scopes:      esi-assets.read_assets.v1\n"_s));
        QVERIFY(text.contains(u"Rate limit:  char-asset, 1800 tokens per 900 s (15m)\n"_s));
        QVERIFY(text.contains(u"Paging:      page\n"_s));
        QVERIFY(text.contains(u"Returns:     200 array"_s));
        QVERIFY(text.contains(u"character_id"_s));
        QVERIFY(text.contains(u"required  integer (int64)"_s));
    }

    void show_swaggerSpec_describesOperation()
    {
        const Run run = esi({u"spec"_s, u"show"_s, u"get_characters_character_id_assets"_s, u"--spec"_s,
                             fixture(u"swagger-latest-1.36.json"_s), u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject op = parseObject(run.out);
        QCOMPARE(op.value(u"scopes"_s).toArray(), QJsonArray{u"esi-assets.read_assets.v1"_s});
        QCOMPARE(op.value(u"paging"_s).toString(), u"page"_s);
        QCOMPARE(op.value(u"rateLimit"_s), QJsonValue(QJsonValue::Null));
    }

    void show_unknownOperation_suggestsClosestIds_data()
    {
        QTest::addColumn<QString>("operationId");
        QTest::addColumn<QString>("suggested");

        QTest::newRow("snake case") << u"get_characters_character_id_assets"_s << u"GetCharactersCharacterIdAssets"_s;
        QTest::newRow("typo") << u"GetCharactersCharacterIdAsets"_s << u"GetCharactersCharacterIdAssets"_s;
        QTest::newRow("missing words") << u"GetCharacterAssets"_s << u"GetCharactersCharacterIdAssets"_s;
        QTest::newRow("wrong case") << u"getstatus"_s << u"GetStatus"_s;
    }

    void show_unknownOperation_suggestsClosestIds()
    {
        QFETCH(QString, operationId);
        QFETCH(QString, suggested);

        const Run run = esi({u"spec"_s, u"show"_s, operationId, u"--spec"_s, fixture(u"openapi-2026-07-21.json"_s)});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.startsWith(u"esi: no operation \""_s + operationId + u'"'), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"did you mean: "_s + suggested), qPrintable(run.err));
    }

    void show_unknownOperationWithoutNeighbours_pointsToSearch()
    {
        const Run run = esi({u"spec"_s, u"show"_s, u"Xyzzy"_s, u"--spec"_s, fixture(u"openapi-2026-07-21.json"_s)});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"esi spec ops --search"_s), qPrintable(run.err));
    }

    void diff_json_listsAddedAndChangedOperations()
    {
        const Run run = esi({u"spec"_s, u"diff"_s, u"--from"_s, fixture(u"openapi-2026-06-09.json"_s), u"--to"_s,
                             fixture(u"openapi-2026-07-21.json"_s), u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(lines(run.out).size(), 1);
        const QJsonObject diff = parseObject(run.out);
        QCOMPARE(diff.value(u"from"_s).toString(), u"2026-06-09"_s);
        QCOMPARE(diff.value(u"to"_s).toString(), u"2026-07-21"_s);
        // /meta/name is the one path the later document adds; none is removed.
        const QJsonArray added = diff.value(u"added"_s).toArray();
        QCOMPARE(added.size(), 1);
        QCOMPARE(
            added.at(0).toObject(),
            (QJsonObject{{u"operationId"_s, u"GetMetaName"_s}, {u"method"_s, u"GET"_s}, {u"path"_s, u"/meta/name"_s}}));
        QCOMPARE(diff.value(u"removed"_s).toArray().size(), 0);
        // GetAlliancesAllianceId switched x-cache-mode from event-based to ttl-based.
        bool found = false;
        for (const QJsonValue &entry : diff.value(u"changed"_s).toArray()) {
            if (entry[u"operationId"_s].toString() == u"GetAlliancesAllianceId") {
                found = true;
                const QJsonArray changes = entry[u"changes"_s].toArray();
                QVERIFY(changes.contains(u"x-cache-mode: \"event-based\" -> \"ttl-based\""_s));
                QVERIFY(changes.contains(u"x-client-cache-ttl: (none) -> 3600"_s));
            }
        }
        QVERIFY(found);

        const Run text = esi({u"spec"_s, u"diff"_s, u"--from"_s, fixture(u"openapi-2026-06-09.json"_s), u"--to"_s,
                              fixture(u"openapi-2026-07-21.json"_s)});
        QCOMPARE(text.exitCode, 0);
        const QStringList textLines = lines(text.out);
        QCOMPARE(textLines.constFirst(), u"From 2026-06-09 to 2026-07-21: 1 added, 0 removed, "_s +
                                             QString::number(diff.value(u"changed"_s).toArray().size()) +
                                             u" changed"_s);
        QVERIFY(textLines.contains(u"+ GetMetaName GET /meta/name"_s));
    }

    void badInput_exitsTwoWithMessage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message"); // a regular expression the stderr line must match

        const QString missing = m_scratch.filePath(u"no-such-spec.json"_s);
        QTest::newRow("missing file") << QStringList{u"spec"_s, u"summary"_s, u"--spec"_s, missing}
                                      << QRegularExpression::escape(missing) + u": cannot read the spec"_s;
        QTest::newRow("malformed json") << QStringList{u"spec"_s, u"ops"_s, u"--spec"_s, m_malformedSpec}
                                        << QRegularExpression::escape(m_malformedSpec) + u":3:\\d+: malformed JSON"_s;
        QTest::newRow("wrong document") << QStringList{u"spec"_s, u"summary"_s, u"--spec"_s,
                                                       fixture(u"compatibility-dates-2025-11.transcribed.json"_s)}
                                        << u"compatibility-dates"_s;
        QTest::newRow("diff of malformed")
            << QStringList{u"spec"_s, u"diff"_s,      u"--from"_s, fixture(u"openapi-2026-06-09.json"_s),
                           u"--to"_s, m_malformedSpec}
            << u"malformed\\.json:3:\\d+:"_s;
        QTest::newRow("unknown operation") << QStringList{u"spec"_s, u"show"_s, u"NoSuchOperation"_s, u"--spec"_s,
                                                          fixture(u"openapi-2026-07-21.json"_s)}
                                           << u"no operation \"NoSuchOperation\""_s;
        QTest::newRow("invalid date") << QStringList{u"spec"_s, u"summary"_s, u"--compat"_s, u"2025-02-30"_s}
                                      << u"\"2025-02-30\" is not a compatibility date"_s;
        QTest::newRow("date shape") << QStringList{u"spec"_s, u"summary"_s, u"--compat"_s, u"yesterday"_s}
                                    << u"YYYY-MM-DD"_s;
        QTest::newRow("bad base url") << QStringList{u"spec"_s,       u"summary"_s,    u"--compat"_s,
                                                     u"2025-01-01"_s, u"--base-url"_s, u"ftp://x"_s}
                                      << u"--base-url \"ftp://x\" is not an http\\(s\\) URL"_s;
        QTest::newRow("spec and compat") << QStringList{u"spec"_s, u"summary"_s,  u"--spec"_s,
                                                        missing,   u"--compat"_s, u"2025-01-01"_s}
                                         << u"either --spec or --compat"_s;
        QTest::newRow("unknown flag") << QStringList{u"spec"_s, u"summary"_s, u"--frobnicate"_s}
                                      << u"unknown option 'frobnicate'; see 'esi spec summary --help'"_s;
        QTest::newRow("unknown command") << QStringList{u"spec"_s, u"list"_s} << u"unknown command \"list\""_s;
        QTest::newRow("unknown group") << QStringList{u"spaceship"_s} << u"unknown command group \"spaceship\""_s;
        QTest::newRow("missing operation id") << QStringList{u"spec"_s, u"show"_s} << u"missing <operation-id>"_s;
        QTest::newRow("extra argument") << QStringList{u"spec"_s, u"summary"_s, u"extra"_s}
                                        << u"unexpected argument \"extra\""_s;
        QTest::newRow("diff without --to")
            << QStringList{u"spec"_s, u"diff"_s, u"--from"_s, missing} << u"both --from and --to are required"_s;
    }

    void badInput_exitsTwoWithMessage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);

        const Run run = esi(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.startsWith(u"esi: "_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(QRegularExpression(message)), qPrintable(run.err));
    }

    void help_andVersion_succeed()
    {
        const Run help = esi({u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.startsWith("Usage: esi "));
        QVERIFY(help.out.contains("\n  spec "));

        const Run specHelp = esi({u"spec"_s, u"--help"_s});
        QCOMPARE(specHelp.exitCode, 0);
        QVERIFY(specHelp.out.startsWith("Usage: esi spec "));
        for (const char *command : {"summary", "ops", "show", "diff"}) {
            QVERIFY2(specHelp.out.contains(QByteArray("\n  "_ba + command + ' ')), command);
        }

        const Run showHelp = esi({u"spec"_s, u"show"_s, u"--help"_s});
        QCOMPARE(showHelp.exitCode, 0);
        QVERIFY(showHelp.out.startsWith("Usage: esi spec show [options] operation-id"));
        QVERIFY(showHelp.out.contains("--compat <date>"));

        const Run version = esi({u"--version"_s});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out, QByteArray("esi " ESI_STUDIO_VERSION "\n"));

        const Run nothing = esi({});
        QCOMPARE(nothing.exitCode, 2);
        QVERIFY(nothing.out.isEmpty());
        QVERIFY(nothing.err.startsWith(u"Usage: esi "_s));
    }

    void compat_fetchesOnceThenWorksOfflineFromCache()
    {
        const QString cache = m_scratch.filePath(u"compat-cache"_s);
        const QStringList arguments{u"spec"_s, u"summary"_s, u"--compat"_s, u"2025-08-26"_s};
        QByteArray online;
        {
            FakeEsi server(u"2025-08-26"_s, fixture(u"openapi-2025-08-26.json"_s));
            QVERIFY(server.hasBody());
            QVERIFY(server.port() != 0);
            const Run run = esi(arguments + QStringList{u"--base-url"_s, server.baseUrl()}, cache);
            QCOMPARE(run.err, QString());
            QCOMPARE(run.exitCode, 0);
            QCOMPARE(server.requestedDates(), QStringList{u"2025-08-26"_s});
            online = run.out;
        }
        const QJsonObject summary = parseObject(online);
        QCOMPARE(summary.value(u"version"_s).toString(), u"2025-08-26"_s);
        QCOMPARE(summary.value(u"operations"_s).toInt(), 199);
        QVERIFY(QFileInfo::exists(cache + u"/specs/openapi-2025-08-26.json"_s));

        // The server is gone; the cached copy answers (and no base URL is needed for that).
        const Run offline = esi(arguments, cache);
        QCOMPARE(offline.err, QString());
        QCOMPARE(offline.exitCode, 0);
        QCOMPARE(offline.out, online);
    }

    void compat_readsBaseUrlFromEnvironment()
    {
        FakeEsi server(u"2020-01-01"_s, fixture(u"openapi-2020-01-01.json"_s));
        QVERIFY(server.port() != 0);
        const Run run = esi({u"spec"_s, u"show"_s, u"GetStatus"_s, u"--compat"_s, u"2020-01-01"_s, u"--json"_s},
                            m_scratch.filePath(u"env-cache"_s), server.baseUrl());
        QCOMPARE(run.err, QString());
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(server.requestedDates(), QStringList{u"2020-01-01"_s});
        QCOMPARE(parseObject(run.out).value(u"path"_s).toString(), u"/status"_s);
    }

    void compat_serverRejectsDate_exitsOne()
    {
        FakeEsi server(u"2020-01-01"_s, fixture(u"openapi-2020-01-01.json"_s));
        QVERIFY(server.port() != 0);
        const Run run =
            esi({u"spec"_s, u"summary"_s, u"--compat"_s, u"2031-01-01"_s, u"--base-url"_s, server.baseUrl()},
                m_scratch.filePath(u"rejected-cache"_s));
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.startsWith(u"esi: "_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"HTTP 400: Invalid compatibility date"_s), qPrintable(run.err));
    }

    void compat_serverDownWithoutCache_exitsOne()
    {
        QString baseUrl;
        {
            FakeEsi server(u"2025-08-26"_s, fixture(u"openapi-2025-08-26.json"_s));
            QVERIFY(server.port() != 0);
            baseUrl = server.baseUrl(); // a port nobody listens on once the server is gone
        }
        const QString cache = m_scratch.filePath(u"empty-cache"_s);
        const Run run = esi({u"spec"_s, u"summary"_s, u"--compat"_s, u"2025-08-26"_s, u"--base-url"_s, baseUrl}, cache);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.startsWith(u"esi: "_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"could not fetch the spec for 2025-08-26"_s), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(cache + u"/specs/openapi-2025-08-26.json"_s));
    }
};

QTEST_GUILESS_MAIN(TestCliSpec)
#include "tst_clispec.moc"
