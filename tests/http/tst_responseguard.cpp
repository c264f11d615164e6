#include "core/http/requestvaluecheck.h"
#include "core/http/responseguard.h"
#include "core/http/responselimits.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Esi::Core;

// The checks behind the engine's hostile-answer errors, one value at a time.
class TestResponseGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void pageCount_acceptsOnlyWholeNumbersUpToTheCap_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<int>("maxPages");
        QTest::addColumn<int>("pages");
        QTest::addColumn<int>("error");
        const int none = int(CallError::None);
        const int bad = int(CallError::BadResponse);
        const int limit = int(CallError::LimitExceeded);
        QTest::newRow("absent") << QByteArray() << 10000 << 1 << none;
        QTest::newRow("one") << QByteArray("1") << 10000 << 1 << none;
        QTest::newRow("spaces") << QByteArray(" 37 ") << 10000 << 37 << none;
        QTest::newRow("at the cap") << QByteArray("10000") << 10000 << 10000 << none;
        QTest::newRow("above the cap") << QByteArray("10001") << 10000 << 1 << limit;
        QTest::newRow("a billion") << QByteArray("1000000000") << 10000 << 1 << limit;
        QTest::newRow("INT_MAX, raised cap") << QByteArray("2147483647") << 2147483647 << 2147483647 << none;
        QTest::newRow("above INT_MAX") << QByteArray("2147483648") << 2147483647 << 1 << bad;
        QTest::newRow("eleven digits") << QByteArray("99999999999") << 10000 << 1 << bad;
        QTest::newRow("forty digits") << QByteArray(40, '9') << 10000 << 1 << bad;
        QTest::newRow("negative") << QByteArray("-5") << 10000 << 1 << bad;
        QTest::newRow("zero") << QByteArray("0") << 10000 << 1 << bad;
        QTest::newRow("exponent") << QByteArray("1e9") << 10000 << 1 << bad;
        QTest::newRow("plus sign") << QByteArray("+3") << 10000 << 1 << bad;
        QTest::newRow("fraction") << QByteArray("3.0") << 10000 << 1 << bad;
        QTest::newRow("hex") << QByteArray("0x10") << 10000 << 1 << bad;
        QTest::newRow("two values") << QByteArray("3, 4") << 10000 << 1 << bad;
    }

    void pageCount_acceptsOnlyWholeNumbersUpToTheCap()
    {
        QFETCH(QByteArray, header);
        QFETCH(int, maxPages);
        QFETCH(int, pages);
        QFETCH(int, error);
        const ResponseGuard::PageCount count = ResponseGuard::pageCount(header, maxPages);
        QCOMPARE(int(count.error), error);
        if (count.error == CallError::None) {
            QCOMPARE(count.pages, pages);
            QVERIFY(count.message.isEmpty());
        } else {
            // The header is quoted as it came (up to 40 bytes, then an ellipsis).
            QVERIFY2(count.message.contains(u"X-Pages: "_s + QString::fromLatin1(header.trimmed().left(40))),
                     qPrintable(count.message));
        }
    }

    void pageCount_quotesControlBytesHarmlessly()
    {
        const ResponseGuard::PageCount count = ResponseGuard::pageCount("5\x1b[2J", 10000);
        QCOMPARE(count.error, CallError::BadResponse);
        QVERIFY2(!count.message.contains(QChar(0x1b)), qPrintable(count.message));
        QVERIFY2(count.message.contains(u"X-Pages: 5?[2J"_s), qPrintable(count.message));
    }

    void nonJson_byContentTypeOrParse_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("isProblem");
        QTest::newRow("array") << QByteArray("GET") << 200 << QByteArray("application/json") << QByteArray("[1,2]")
                               << false;
        QTest::newRow("charset") << QByteArray("GET") << 200 << QByteArray("application/json; charset=utf-8")
                                 << QByteArray("{}") << false;
        QTest::newRow("no type") << QByteArray("GET") << 200 << QByteArray() << QByteArray("{}") << false;
        QTest::newRow("problem+json") << QByteArray("GET") << 200 << QByteArray("application/problem+json")
                                      << QByteArray("{}") << false;
        QTest::newRow("scalar number") << QByteArray("GET") << 200 << QByteArray("application/json") << QByteArray("42")
                                       << false;
        QTest::newRow("scalar string") << QByteArray("GET") << 200 << QByteArray("application/json")
                                       << QByteArray("\"ok\"") << false;
        QTest::newRow("html") << QByteArray("GET") << 200 << QByteArray("text/html") << QByteArray("<html>") << true;
        QTest::newRow("text") << QByteArray("GET") << 200 << QByteArray("text/plain") << QByteArray("[]") << true;
        QTest::newRow("garbage") << QByteArray("GET") << 200 << QByteArray("application/json") << QByteArray("[1,")
                                 << true;
        QTest::newRow("html as json") << QByteArray("GET") << 200 << QByteArray("application/json")
                                      << QByteArray("<html>") << true;
        QTest::newRow("empty GET") << QByteArray("GET") << 200 << QByteArray("application/json") << QByteArray()
                                   << true;
        QTest::newRow("204") << QByteArray("GET") << 204 << QByteArray() << QByteArray() << false;
        QTest::newRow("empty PUT") << QByteArray("PUT") << 200 << QByteArray() << QByteArray() << false;
    }

    void nonJson_byContentTypeOrParse()
    {
        QFETCH(QByteArray, method);
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(bool, isProblem);
        const QString problem = ResponseGuard::nonJsonProblem(u"GetX"_s, method, status, contentType, body);
        QCOMPARE(!problem.isEmpty(), isProblem);
        if (isProblem) {
            QVERIFY2(problem.startsWith(u"GetX answered HTTP %1"_s.arg(status)), qPrintable(problem));
        }
    }

    void preview_isBoundedAndPrintable()
    {
        const QByteArray body = QByteArray("<h1>\xe2\x82\xac\r\n\x07") + QByteArray(1000, 'x');
        const QString shown = ResponseGuard::preview(body, 20);
        QVERIFY2(shown.size() < 30, qPrintable(shown));
        QVERIFY2(shown.contains(u"<h1>\u20ac  ?"_s), qPrintable(shown));
        QVERIFY(shown.endsWith(u"\u2026\u201d"_s));
        // A multi-byte character cut by the bound is dropped, not shown as garbage.
        QCOMPARE(ResponseGuard::printable("ab\xe2\x82\xac", 4), u"ab\u2026"_s);
    }

    void parseByteSize_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("bytes");
        QTest::newRow("plain") << u"1048576"_s << qint64(1048576);
        QTest::newRow("K") << u"512K"_s << qint64(512) * 1024;
        QTest::newRow("M") << u"64M"_s << qint64(64) * 1024 * 1024;
        QTest::newRow("MiB") << u"64MiB"_s << qint64(64) * 1024 * 1024;
        QTest::newRow("g lower") << u"1g"_s << (qint64(1) << 30);
        QTest::newRow("GB") << u"2GB"_s << (qint64(2) << 30);
        QTest::newRow("zero") << u"0"_s << qint64(-1);
        QTest::newRow("negative") << u"-5M"_s << qint64(-1);
        QTest::newRow("fraction") << u"1.5G"_s << qint64(-1);
        QTest::newRow("unit only") << u"M"_s << qint64(-1);
        QTest::newRow("too large") << u"17G"_s << qint64(-1);
        QTest::newRow("overflow") << u"999999999999T"_s << qint64(-1);
        QTest::newRow("word") << u"big"_s << qint64(-1);
    }

    void parseByteSize()
    {
        QFETCH(QString, text);
        QFETCH(qint64, bytes);
        QCOMPARE(ResponseLimits::parseByteSize(text).value_or(-1), bytes);
    }

    void formatBytes_namesLimitsReadably()
    {
        QCOMPARE(ResponseLimits::formatBytes(ResponseLimits::defaultMaxResponseBytes), u"64 MiB"_s);
        QCOMPARE(ResponseLimits::formatBytes(qint64(1) << 30), u"1 GiB"_s);
        QCOMPARE(ResponseLimits::formatBytes(1500), u"1500 bytes"_s);
    }

    void requestValues_thatChangeTheRequest_areRefused_data()
    {
        QTest::addColumn<int>("location");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("refused");
        const int header = int(ParameterLocation::Header);
        const int path = int(ParameterLocation::Path);
        const int query = int(ParameterLocation::Query);
        QTest::newRow("header plain") << header << u"hello world"_s << false;
        QTest::newRow("header CR LF") << header << u"a\r\nX-Evil: 1"_s << true;
        QTest::newRow("header CR") << header << u"a\rb"_s << true;
        QTest::newRow("header NUL") << header << (u"a"_s + QChar(0)) << true;
        QTest::newRow("path id") << path << u"30000142"_s << false;
        QTest::newRow("path dots inside") << path << u"a..b"_s << false;
        QTest::newRow("path three dots") << path << u"..."_s << false;
        QTest::newRow("path empty") << path << QString() << true;
        QTest::newRow("path dot") << path << u"."_s << true;
        QTest::newRow("path dot dot") << path << u".."_s << true;
        QTest::newRow("path encoded") << path << u"%2e%2E"_s << true;
        QTest::newRow("path double encoded") << path << u"%252e%252e"_s << true;
        QTest::newRow("query dot dot") << query << u".."_s << false;
    }

    void requestValues_thatChangeTheRequest_areRefused()
    {
        QFETCH(int, location);
        QFETCH(QString, value);
        QFETCH(bool, refused);
        Parameter parameter;
        parameter.name = u"p"_s;
        parameter.location = ParameterLocation(location);
        const QString problem = RequestValueCheck::problem(parameter, value);
        QCOMPARE(!problem.isEmpty(), refused);
        if (refused) {
            QVERIFY2(problem.contains(u"'p'"_s), qPrintable(problem));
        }
    }
};

QTEST_GUILESS_MAIN(TestResponseGuard)
#include "tst_responseguard.moc"
