// Copy as code: the snippets are run, not only read. Against an in-process esi-sandbox serving the real
// 2026-07-21 spec, the Python (requests), JavaScript (node's fetch) and esi command of one call return the same
// rows, walking X-Pages, a cursor and from_id as the engine does. With stand-ins for requests and fetch that
// record instead of sending, hostile values are shown to reach the wire exactly as RequestBuilder builds them.
#include "core/clock.h"
#include "core/snippets/esicommandsnippet.h"
#include "core/snippets/javascriptsnippet.h"
#include "core/snippets/pythonsnippet.h"
#include "core/snippets/snippetrequest.h"
#include "core/spec/spec.h"
#include "sandbox/sandboxserver.h"
#include "snippetfixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Esi::Core;

class TestCodeSnippets : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    const QString m_specFile = QStringLiteral(ESI_TEST_DATA "/openapi-2026-07-21.json");
    SystemClock m_clock;
    SpecPtr m_spec;
    std::unique_ptr<Esi::Sandbox::SandboxServer> m_sandbox;
    QTemporaryDir m_dir;
    bool m_node = false;
    bool m_requests = false;

    SnippetRequest describe(const QString &operationId, const QStringList &assignments, bool allPages,
                            const QString &token = QString(), bool includeToken = false) const
    {
        ParameterValues values;
        QString problem;
        values.setAssignments(assignments, &problem);
        CallOptions options;
        options.mode = allPages ? CallMode::AllPages : CallMode::SinglePage;
        RequestContext context;
        context.baseUrl = m_sandbox->baseUrl();
        context.userAgent = UserAgent(QString(), QString(), u"snippets@example.com"_s, QString());
        context.compatibilityDate = m_spec->version();
        context.accessToken = token;
        return SnippetRequest::describe(*m_spec, *m_spec->operation(operationId), values, options, context,
                                        includeToken);
    }

    QString write(const QString &name, const QString &text) const
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly)) {
            file.write(text.toUtf8());
        }
        return path;
    }

    // Runs a process while this process's event loop keeps the sandbox answering.
    Run run(const QString &program, const QStringList &arguments, const QProcessEnvironment &extra = {}) const
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"ESI_STUDIO_CACHE_DIR"_s, m_dir.filePath(u"state"_s));
        environment.insert(u"ESI_STUDIO_DATA_DIR"_s, m_dir.filePath(u"state"_s));
        environment.remove(u"ESI_BASE_URL"_s);
        environment.insert(u"NODE_NO_WARNINGS"_s, u"1"_s); // node 18 (Debian) warns that fetch is experimental
        environment.insert(extra);
        process.setProcessEnvironment(environment);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(program, arguments);
        if (!finished.wait(60000)) {
            process.kill();
            process.waitForFinished();
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
                process.readAllStandardError()};
    }

    QJsonArray python(const SnippetRequest &request, const QProcessEnvironment &extra = {}) const
    {
        const QString path = write(request.operationId + u".py"_s, PythonSnippet::build(request));
        const Run compiled = run(u"python3"_s, {u"-m"_s, u"py_compile"_s, path});
        if (compiled.exitCode != 0) {
            qWarning("py_compile: %s", compiled.err.constData());
            return {};
        }
        const Run result = run(u"python3"_s, {path}, extra);
        if (result.exitCode != 0) {
            qWarning("python3: %s", result.err.constData());
        }
        return QJsonDocument::fromJson(result.out).array();
    }

    QJsonArray javascript(const SnippetRequest &request, const QProcessEnvironment &extra = {}) const
    {
        const QString path = write(request.operationId + u".mjs"_s, JavaScriptSnippet::build(request));
        const Run result = run(u"node"_s, {path}, extra);
        if (result.exitCode != 0) {
            qWarning("node: %s", result.err.constData());
        }
        return QJsonDocument::fromJson(result.out).array();
    }

    QJsonArray esiCommand(const SnippetRequest &request) const
    {
        QString command = EsiCommandSnippet::build(request);
        if (!command.startsWith(u"esi call "_s)) {
            return {};
        }
        command.replace(0, 3, SnippetRequest::shellWord(QStringLiteral(ESI_BINARY_DIR "/cli/esi"), true));
        const Run result = run(u"sh"_s, {u"-c"_s, command + u" --no-cache"_s});
        if (result.exitCode != 0) {
            qWarning("%s: %s", qPrintable(command), result.err.constData());
        }
        return QJsonDocument::fromJson(result.out).array();
    }

    // What the stand-ins recorded: one JSON object per request.
    static QList<QJsonObject> recorded(const QByteArray &stderrText)
    {
        QList<QJsonObject> calls;
        for (const QByteArray &line : stderrText.split('\n')) {
            if (!line.trimmed().isEmpty()) {
                calls.append(QJsonDocument::fromJson(line).object());
            }
        }
        return calls;
    }

    static QJsonObject headersOf(const SnippetRequest &request)
    {
        QJsonObject headers;
        for (const auto &[name, value] : request.headers) {
            headers.insert(name, value);
        }
        return headers;
    }

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        const SpecLoadResult loaded = Spec::fromFile(m_specFile);
        QVERIFY(loaded);
        m_spec = loaded.spec;
        Esi::Sandbox::SandboxOptions options;
        options.pages = 3;
        options.itemsPerPage = 20;
        options.authCheck = false; // the from_id walk is authed; its token here is any text
        m_sandbox = std::make_unique<Esi::Sandbox::SandboxServer>(m_spec, QByteArray(), options, m_clock);
        QVERIFY(m_sandbox->start());
        QProcess probe;
        probe.start(u"node"_s, {u"--version"_s});
        m_node = probe.waitForFinished() && probe.exitCode() == 0;
        m_requests = run(u"python3"_s, {u"-c"_s, u"import requests"_s}).exitCode == 0;
        // The snippets are run, never assumed: .ci/install-deps installs both (Debian's python3-requests, nodejs).
        QVERIFY2(m_requests, "python3-requests is missing: run .ci/install-deps");
        QVERIFY2(m_node, "node is missing: run .ci/install-deps");
    }

    void everyPage_pythonJavascriptAndEsi_returnTheSameRows()
    {
        const SnippetRequest request =
            describe(u"GetMarketsRegionIdOrders"_s, {u"region_id=10000002"_s, u"order_type=all"_s, u"page=2"_s}, true);
        QCOMPARE(request.walk, SnippetRequest::Walk::Pages);
        QVERIFY2(!request.url.contains(u"page="_s), qPrintable(request.url)); // the loop sets it
        const QJsonArray fromEsi = esiCommand(request);
        QCOMPARE(fromEsi.size(), 60); // 3 pages of 20
        QCOMPARE(python(request), fromEsi);
        QCOMPARE(javascript(request), fromEsi);
    }

    void post_sendsItsBodyWithItsContentType()
    {
        const SnippetRequest request = describe(u"PostUniverseNames"_s, {u"body=[34, 2112000001]"_s}, false);
        QCOMPARE(request.method, u"POST"_s);
        QVERIFY(request.headers.contains(std::pair(u"Content-Type"_s, u"application/json"_s)));
        const QJsonArray fromEsi = esiCommand(request);
        QCOMPARE(fromEsi.size(), 2);
        QCOMPARE(python(request), fromEsi);
        QCOMPARE(javascript(request), fromEsi);
    }

    void cursorWalk_followsBeforeUntilTheListEnds()
    {
        const SnippetRequest request = describe(u"GetFreelanceJobsListing"_s, {}, true);
        QCOMPARE(request.walk, SnippetRequest::Walk::Cursor);
        QCOMPARE(request.walkParameter, u"before"_s);
        const QJsonArray fromEsi = esiCommand(request);
        QVERIFY2(fromEsi.size() > 20, qPrintable(QString::number(fromEsi.size()))); // more than one page
        QCOMPARE(python(request), fromEsi);
        QCOMPARE(javascript(request), fromEsi);
    }

    void fromIdWalk_readsDownToTheOldestTransaction()
    {
        const SnippetRequest request =
            describe(u"GetCharactersCharacterIdWalletTransactions"_s, {u"character_id=2112000001"_s}, true);
        QCOMPARE(request.walk, SnippetRequest::Walk::FromId);
        QCOMPARE(request.fromIdField, u"transaction_id"_s);
        QProcessEnvironment token;
        token.insert(u"ESI_TOKEN"_s, u"any"_s);
        const QJsonArray fromPython = python(request, token);
        QVERIFY2(fromPython.size() > 20, qPrintable(QString::number(fromPython.size())));
        QCOMPARE(javascript(request, token), fromPython);
    }

    void hostileValues_reachTheWireExactlyAsTheEngineBuildsThem()
    {
        // A body from PostUniverseNames and a query value the validator would refuse: the generators must not.
        SnippetRequest request = describe(u"PostUniverseNames"_s, {}, false);
        request.body = QString::fromUtf8(hostileBody);
        request.url += u"?x="_s + QString::fromUtf8(QUrl::toPercentEncoding(QString::fromUtf8(hostileQuery)));
        request.headers.append({u"X-Odd"_s, QString::fromUtf8(hostileQuery).remove(u'\n')});
        QProcessEnvironment stub;
        stub.insert(u"PYTHONPATH"_s, QStringLiteral(ESI_SNIPPET_STUBS));
        const QString pythonFile = write(u"hostile.py"_s, PythonSnippet::build(request));
        const Run fromPython = run(u"python3"_s, {pythonFile}, stub);
        QCOMPARE(fromPython.exitCode, 0);
        QList<QJsonObject> calls = recorded(fromPython.err);
        QCOMPARE(calls.size(), 1);
        QCOMPARE(calls.first().value(u"method"_s).toString(), u"POST"_s);
        QCOMPARE(calls.first().value(u"url"_s).toString(), request.url);
        QCOMPARE(calls.first().value(u"headers"_s).toObject(), headersOf(request));
        QCOMPARE(calls.first().value(u"body"_s).toString(), request.body);
        const QString jsFile =
            write(u"hostile.mjs"_s, QString::fromUtf8(fetchStub) + JavaScriptSnippet::build(request));
        const Run fromNode = run(u"node"_s, {jsFile});
        QCOMPARE(fromNode.exitCode, 0);
        calls = recorded(fromNode.err);
        QCOMPARE(calls.size(), 1);
        QCOMPARE(calls.first().value(u"url"_s).toString(), request.url);
        QCOMPARE(calls.first().value(u"headers"_s).toObject(), headersOf(request));
        QCOMPARE(calls.first().value(u"body"_s).toString(), request.body);
    }

    void token_isAPlaceholderUnlessIncluded()
    {
        const QStringList skills{u"character_id=2112000001"_s};
        const SnippetRequest hidden = describe(u"GetCharactersCharacterIdSkills"_s, skills, false, u"secret"_s);
        QVERIFY(hidden.tokenPlaceholderUsed);
        const QString python = PythonSnippet::build(hidden);
        const QString javascript = JavaScriptSnippet::build(hidden);
        const QString esi = EsiCommandSnippet::build(hidden);
        QVERIFY(python.contains(u"\"Authorization\": \"Bearer \" + os.environ[\"ESI_TOKEN\"],"_s));
        QVERIFY(javascript.contains(u"\"Authorization\": \"Bearer \" + process.env.ESI_TOKEN,"_s));
        for (const QString &text : {python, javascript, esi}) {
            QVERIFY(!text.contains(u"secret"_s));
            QVERIFY(!text.contains(QLatin1StringView(SnippetRequest::tokenPlaceholder)));
        }
        const SnippetRequest shown = describe(u"GetCharactersCharacterIdSkills"_s, skills, false, u"secret"_s, true);
        QVERIFY(!shown.tokenPlaceholderUsed);
        QVERIFY(PythonSnippet::build(shown).contains(u"\"Authorization\": \"Bearer secret\","_s));
        QVERIFY(JavaScriptSnippet::build(shown).contains(u"\"Authorization\": \"Bearer secret\","_s));
        QVERIFY(!EsiCommandSnippet::build(shown).contains(u"secret"_s)); // esi signs in by itself
    }

    void esiCommand_carriesLanguageCompatibilityAndServer()
    {
        ParameterValues values;
        values.set(u"type_id"_s, u"34"_s);
        CallOptions options;
        options.mode = CallMode::SinglePage;
        options.language = u"de"_s;
        RequestContext context;
        context.baseUrl = QUrl(u"https://esi.evetech.net"_s);
        context.compatibilityDate = u"2026-07-21"_s;
        const SnippetRequest request = SnippetRequest::describe(*m_spec, *m_spec->operation(u"GetUniverseTypesTypeId"),
                                                                values, options, context, false);
        QCOMPARE(EsiCommandSnippet::build(request),
                 u"esi call GetUniverseTypesTypeId type_id=34 --lang de --compat 2026-07-21"_s);
        QCOMPARE(SnippetRequest::shellWord(u"name=it's"_s), u"'name=it'\\''s'"_s);
    }
};

QTEST_GUILESS_MAIN(TestCodeSnippets)
#include "tst_codesnippets.moc"
