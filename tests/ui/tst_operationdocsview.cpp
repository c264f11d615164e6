#include "ui/browse/operationdocsview.h"

#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Esi::Core::Spec;
using Esi::Core::SpecPtr;
using Esi::Ui::OperationDocsView;

namespace {

// A spec whose every text field tries to inject markup.
const QByteArray hostileSpec = R"({
  "openapi": "3.1.0",
  "info": {"title": "<i>Hostile</i> & co", "version": "2026-01-01"},
  "tags": [{"name": "<b>Tag</b>"}],
  "paths": {
    "/things/{thing_id}": {
      "get": {
        "operationId": "GetThing<script>",
        "tags": ["<b>Tag</b>"],
        "summary": "<script>alert(1)</script>",
        "description": "First <u>paragraph</u> & more\n\nSecond line",
        "parameters": [
          {"name": "thing_id", "in": "path", "required": true,
           "description": "<img src=x onerror=alert(2)>", "schema": {"type": "integer", "format": "int64"}},
          {"name": "mode", "in": "query",
           "schema": {"type": "string", "enum": ["<a>", "b&c"], "description": "Inline <em>schema</em> text"}}
        ],
        "responses": {"200": {"description": "OK <br>", "content": {"application/json": {"schema": {"type": "string"}}}}}
      }
    }
  }
})";

} // namespace

class TestOperationDocsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void operation_showsEveryFact();
    void operation_showsParameterTypesAndResponse();
    void specText_isEscaped();
    void noOperation_showsSpecOverview();

private:
    SpecPtr m_spec;
};

void TestOperationDocsView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const auto result = Spec::fromFile(QStringLiteral(ESI_TEST_DATA "/openapi-2026-07-21.json"));
    QVERIFY2(result, qPrintable(result.error.toString()));
    m_spec = result.spec;
}

void TestOperationDocsView::operation_showsEveryFact()
{
    OperationDocsView view;
    view.setSpec(m_spec);
    view.showOperation(m_spec->indexOf(u"GetCharactersCharacterIdAssets"));
    const QString text = view.toPlainText();
    for (const QString &expected :
         {u"GET /characters/{character_id}/assets"_s, u"GetCharactersCharacterIdAssets"_s, u"Get character assets"_s,
          u"Return a list of the characters assets"_s, u"Assets"_s, u"esi-assets.read_assets.v1"_s, u"char-asset"_s,
          u"1800 tokens"_s, u"15m"_s, u"3600 seconds"_s, u"ttl-based"_s, u"page numbers"_s, u"Deprecated"_s}) {
        QVERIFY2(text.contains(expected), qPrintable(expected + u" missing from:\n"_s + text));
    }

    view.showOperation(m_spec->indexOf(u"GetCorporationsCorporationIdDivisions"));
    QVERIFY(view.toPlainText().contains(u"Director"_s));
    view.showOperation(m_spec->indexOf(u"GetUniverseTypesTypeId"));
    QVERIFY(view.toPlainText().contains(u"Accept-Language"_s));
    QVERIFY(view.toPlainText().contains(u"public route"_s));
}

void TestOperationDocsView::operation_showsParameterTypesAndResponse()
{
    OperationDocsView view;
    view.setSpec(m_spec);
    view.showOperation(m_spec->indexOf(u"GetCharactersCharacterIdAssets"));
    QCOMPARE(view.operationIndex(), m_spec->indexOf(u"GetCharactersCharacterIdAssets"));
    const QString text = view.toPlainText();
    // The page parameter's inline schema; the $ref'd character id; a shared header parameter.
    QVERIFY2(text.contains(u"integer (int32) >= 1"_s), qPrintable(text));
    QVERIFY(text.contains(u"character_id"_s));
    QVERIFY(text.contains(u"Which page of results to return."_s));
    QVERIFY(text.contains(u"X-Compatibility-Date"_s));
    QVERIFY(text.contains(u"CharactersCharacterIdAssetsGet"_s));
    QVERIFY(text.contains(u"X-Pages"_s));
}

void TestOperationDocsView::specText_isEscaped()
{
    const auto result = Spec::fromJson(hostileSpec, u"hostile.json"_s);
    QVERIFY2(result, qPrintable(result.error.toString()));
    OperationDocsView view;
    view.setSpec(result.spec);
    const QString html = view.operationHtml(result.spec->operations().constFirst());
    for (const QString &raw : {u"<script>"_s, u"<img"_s, u"<u>"_s, u"<b>Tag"_s, u"<a>"_s, u"<em>"_s, u"OK <br>"_s}) {
        QVERIFY2(!html.contains(raw), qPrintable(raw));
    }
    QVERIFY(html.contains(u"&lt;script&gt;alert(1)&lt;/script&gt;"_s));

    view.showOperation(0);
    const QString text = view.toPlainText();
    QVERIFY(text.contains(u"<script>alert(1)</script>"_s));
    QVERIFY(text.contains(u"<img src=x onerror=alert(2)>"_s));
    QVERIFY(text.contains(u"First <u>paragraph</u> & more"_s));
    QVERIFY(text.contains(u"Inline <em>schema</em> text"_s));
    QVERIFY(text.contains(u"one of [<a>, b&c]"_s));

    view.showOperation(-1);
    QVERIFY(view.toPlainText().contains(u"<i>Hostile</i> & co"_s));
}

void TestOperationDocsView::noOperation_showsSpecOverview()
{
    OperationDocsView view;
    QVERIFY(view.toPlainText().contains(u"No spec loaded"_s));
    view.setSpec(m_spec);
    QCOMPARE(view.operationIndex(), -1);
    const QString text = view.toPlainText();
    QVERIFY(text.contains(u"2026-07-21"_s));
    QVERIFY(text.contains(u"219"_s));
    QVERIFY(text.contains(u"OpenAPI 3.1"_s));
    view.showOperation(100000);
    QCOMPARE(view.operationIndex(), -1);
}

QTEST_MAIN(TestOperationDocsView)
#include "tst_operationdocsview.moc"
