#include "core/http/cachebodycodec.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Esi::Core;
using namespace Qt::Literals::StringLiterals;

// How the response cache keeps bodies: compressed when that helps, and every stored byte treated as hostile.
class TestCacheBodyCodec : public QObject
{
    Q_OBJECT

private:
    static QByteArray orders(int count)
    {
        QByteArray body = "[";
        for (int i = 0; i < count; ++i) {
            body += (i ? ",{\"order_id\":" : "{\"order_id\":") + QByteArray::number(6000000000LL + i) +
                    ",\"price\":12.5,\"range\":\"region\"}";
        }
        return body + ']';
    }

private Q_SLOTS:

    void jsonBody_isStoredCompressedAndReadBackExactly()
    {
        const QByteArray body = orders(1000);
        const CacheBodyCodec::Encoded encoded = CacheBodyCodec::encode(body);
        QCOMPARE(encoded.encoding, int(CacheBodyCodec::Zlib));
        QVERIFY2(encoded.bytes.size() * 3 < body.size(), QByteArray::number(encoded.bytes.size()).constData());
        QString problem;
        QCOMPARE(CacheBodyCodec::decode(encoded.bytes, encoded.encoding, body.size(), &problem).value_or(""), body);
        QVERIFY(problem.isEmpty());
    }

    void smallOrIncompressibleBody_staysAsItIs()
    {
        const QByteArray small = "[1,2,3]";
        QCOMPARE(CacheBodyCodec::encode(small).encoding, int(CacheBodyCodec::Identity));
        QByteArray noise(4096, Qt::Uninitialized);
        QRandomGenerator generator(7);
        for (char &byte : noise) {
            byte = char(generator.bounded(256));
        }
        const CacheBodyCodec::Encoded encoded = CacheBodyCodec::encode(noise);
        QCOMPARE(encoded.encoding, int(CacheBodyCodec::Identity));
        QCOMPARE(encoded.bytes, noise);
    }

    void damagedBody_isReportedNotReturned_data()
    {
        QTest::addColumn<QByteArray>("stored");
        QTest::addColumn<int>("encoding");
        QTest::addColumn<qint64>("expected");
        QTest::addColumn<QString>("problem");
        const QByteArray body = orders(200);
        const QByteArray good = CacheBodyCodec::encode(body).bytes;
        QByteArray flipped = good;
        for (qsizetype i = 8; i < flipped.size(); i += 7) {
            flipped[i] = char(~flipped.at(i));
        }
        QByteArray huge = good;
        huge[0] = char(0x7f); // states about 2 GB
        QTest::newRow("flipped stream") << flipped << int(CacheBodyCodec::Zlib) << qint64(body.size()) << u"damaged"_s;
        QTest::newRow("truncated stream")
            << good.left(good.size() / 2) << int(CacheBodyCodec::Zlib) << qint64(body.size()) << u"damaged"_s;
        QTest::newRow("length differs from the entry")
            << good << int(CacheBodyCodec::Zlib) << qint64(body.size() + 1) << u"entry says"_s;
        QTest::newRow("impossible length") << huge << int(CacheBodyCodec::Zlib) << qint64(-1) << u"impossible"_s;
        QTest::newRow("too short") << "abc"_ba << int(CacheBodyCodec::Zlib) << qint64(-1) << u"only 3 bytes"_s;
        QTest::newRow("unknown encoding") << good << 7 << qint64(-1) << u"unknown body encoding 7"_s;
        QTest::newRow("identity with another length")
            << body << int(CacheBodyCodec::Identity) << qint64(body.size() - 1) << u"entry says"_s;
    }

    void damagedBody_isReportedNotReturned()
    {
        QFETCH(QByteArray, stored);
        QFETCH(int, encoding);
        QFETCH(qint64, expected);
        QFETCH(QString, problem);
        QString found;
        QVERIFY(!CacheBodyCodec::decode(stored, encoding, expected, &found).has_value());
        QVERIFY2(found.contains(problem), qPrintable(found));
    }
};

QTEST_GUILESS_MAIN(TestCacheBodyCodec)
#include "tst_cachebodycodec.moc"
