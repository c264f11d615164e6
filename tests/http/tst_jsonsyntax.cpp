#include "core/http/jsonsyntax.h"
#include "jsonsnippets.h"

#include <QJsonDocument>
#include <QTest>

using namespace Esi::Core;

// The quick JSON check in front of ResponseGuard: never "valid" for text QJsonDocument would refuse.
class TestJsonSyntax : public QObject
{
    Q_OBJECT

private:
    static bool qtAccepts(const QByteArray &text)
    {
        QJsonParseError error;
        QJsonDocument::fromJson("[" + text + "]", &error);
        return error.error == QJsonParseError::NoError;
    }

private Q_SLOTS:

    void plainJson_isCertainlyValid()
    {
        for (const QByteArray &text : JsonSnippets::plain + JsonSnippets::delegatedRows) {
            QVERIFY2(JsonSyntax::isCertainlyValid(text), text.constData());
            QVERIFY2(qtAccepts(text), text.constData());
        }
    }

    void whatItCannotVouchFor_isLeftToQJsonDocument()
    {
        for (const QByteArray &text : JsonSnippets::delegatedText) {
            QVERIFY2(!JsonSyntax::isCertainlyValid(text), text.constData());
        }
    }

    void invalidJson_isNeverValid()
    {
        for (const QByteArray &text : JsonSnippets::invalid) {
            QVERIFY2(!JsonSyntax::isCertainlyValid(text), text.constData());
            QVERIFY2(!qtAccepts(text) || text.isEmpty(), text.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestJsonSyntax)
#include "tst_jsonsyntax.moc"
