#include "core/http/cachebodycodec.h"
#include "core/http/packedbody.h"
#include "core/result/bodyhash.h"
#include "core/result/calloutcome.h"
#include "core/result/historyentry.h"
#include "core/result/pagehashchain.h"
#include "pagebodyfixtures.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Esi::Core;
using namespace PageBodyFixtures;

// A result's pages kept packed (PageResult::packed) give back their exact bytes, and the history's hash of the
// bodies (BodyHash, PageHashChain) is the SHA-256 the history has always stored.
class TestPageBodies : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void packedPage_givesBackItsExactBytes();
    void packedPage_decodesToTheSameRows();
    void keepPacked_refusesABodyThatIsNotThePages();
    void smallBody_isNotPacked();
    void packedBody_givesTheCacheAndThePageTheSameBytes();
    void packedBody_refusesAnotherBodyEvenWithEqualBytes();
    void bodyHash_isTheHistorysSha256();
    void hashChain_hashesPagesInPageOrderWhateverOrderTheyCome();
    void hashChain_startsOverOnASnapshotRestart();
    void hashChain_restartBeforeAnyPageDecoded_neverHashesTheOldSnapshot();
    void hashChain_answersNothingForOtherPagesOrASecondLanguage();
    void historyEntry_hashesPackedPagesItselfWhenNotGivenTheHash();
    void historyEntry_takesTheHashTakenWhileDecoding();
};

void TestPageBodies::packedPage_givesBackItsExactBytes()
{
    QByteArray body = ordersBody(1);
    const char tail[] = "\r\n \xff\x00 and bytes that are not JSON"; // exact, whatever the bytes are
    body.append(tail, qsizetype(sizeof tail) - 1);
    PageResult page = PageBodyFixtures::page(1, body);
    const QByteArray packed = packBody(body);
    QVERIFY(!packed.isEmpty());
    QVERIFY(packed.size() < body.size() / 3);
    QVERIFY(page.keepPacked(body, packed));
    QVERIFY(page.isPacked());
    QVERIFY(page.body.isEmpty()); // the raw bytes are not held twice
    QCOMPARE(page.bodySize(), body.size());
    QCOMPARE(page.bytes(), body);
}

void TestPageBodies::packedPage_decodesToTheSameRows()
{
    const QByteArray body = ordersBody(2);
    PageResult page = PageBodyFixtures::page(2, body);
    const QJsonArray rows = pageRows(page);
    QVERIFY(page.keepPacked(body, packBody(body)));
    QCOMPARE(rows.size(), 60);
    QCOMPARE(pageRows(page), rows);
}

void TestPageBodies::keepPacked_refusesABodyThatIsNotThePages()
{
    PageResult page = PageBodyFixtures::page(1, ordersBody(1));
    const QByteArray other = ordersBody(9);
    QVERIFY(!page.keepPacked(other, packBody(other)));
    QVERIFY(!page.isPacked());
    QCOMPARE(page.body, ordersBody(1));

    CallResult result;
    result.pages = {PageBodyFixtures::page(1, ordersBody(1)), PageBodyFixtures::page(2, ordersBody(2))};
    QVERIFY(!result.keepPacked(u"de"_s, 2, ordersBody(2), packBody(ordersBody(2)))); // no such language
    QVERIFY(result.keepPacked(u"en"_s, 2, ordersBody(2), packBody(ordersBody(2))));
    QVERIFY(!result.pages.at(0).isPacked());
    QVERIFY(result.pages.at(1).isPacked());
    QVERIFY(!result.keepPacked(u"en"_s, 2, ordersBody(2), packBody(ordersBody(2)))); // once
    QCOMPARE(result.pages.at(1).bytes(), ordersBody(2));
}

void TestPageBodies::smallBody_isNotPacked()
{
    QVERIFY(packBody("[1,2,3]").isEmpty());
    QVERIFY(packBody(QByteArray()).isEmpty());
}

void TestPageBodies::packedBody_givesTheCacheAndThePageTheSameBytes()
{
    const QByteArray body = ordersBody(4);
    PackedBody packing(body);
    const CacheBodyCodec::Encoded cached = CacheBodyCodec::encode(body, &packing);
    QCOMPARE(cached.encoding, int(CacheBodyCodec::Zlib));
    QCOMPARE(cached.bytes, CacheBodyCodec::encode(body).bytes); // what the cache always stored
    const std::optional<QByteArray> packed = packing.packedFor(body);
    QVERIFY(packed.has_value());
    QCOMPARE(*packed, cached.bytes);
    QCOMPARE(cached.bytes.constData(), packed->constData()); // packed once, shared
    QString problem;
    QCOMPARE(CacheBodyCodec::decode(cached.bytes, cached.encoding, body.size(), &problem).value_or(QByteArray()), body);

    const QByteArray small("[1,2,3]");
    PackedBody smallPacking(small);
    QCOMPARE(CacheBodyCodec::encode(small, &smallPacking).encoding, int(CacheBodyCodec::Identity));
    QCOMPARE(CacheBodyCodec::encode(small, &smallPacking).bytes, small);
}

void TestPageBodies::packedBody_refusesAnotherBodyEvenWithEqualBytes()
{
    const QByteArray body = ordersBody(5);
    PackedBody packing(body);
    const QByteArray copy(body.constData(), body.size()); // equal bytes, another body (e.g. rewritten rows)
    QVERIFY(!packing.packedFor(copy).has_value());
    QVERIFY(!packing.packedFor(ordersBody(6)).has_value());
    QCOMPARE(CacheBodyCodec::encode(copy, &packing).bytes, CacheBodyCodec::encode(copy).bytes); // packs it itself
}

void TestPageBodies::bodyHash_isTheHistorysSha256()
{
    const QList<PageResult> pages = {PageBodyFixtures::page(1, ordersBody(1)), PageBodyFixtures::page(2, ordersBody(2)),
                                     PageBodyFixtures::page(1, ordersBody(1), u"de"_s)};
    QCOMPARE(BodyHash::of(pages), historyDigest(pages));
    QCOMPARE(BodyHash::of(pages).size(), 32);
    QCOMPARE(BodyHash::of({}), QCryptographicHash::hash(QByteArray(), QCryptographicHash::Sha256));
}

void TestPageBodies::hashChain_hashesPagesInPageOrderWhateverOrderTheyCome()
{
    QList<PageResult> pages;
    for (int number = 1; number <= 5; ++number) {
        pages.append(PageBodyFixtures::page(number, ordersBody(number)));
    }
    PageHashChain chain;
    for (const int number : {3, 1, 5, 2, 4}) {
        chain.add(u"en"_s, 0, number, ordersBody(number));
    }
    const std::optional<QByteArray> hash = chain.result(pages);
    QVERIFY(hash.has_value());
    QCOMPARE(*hash, historyDigest(pages));
    QVERIFY(!chain.result(pages.mid(0, 4)).has_value()); // page 5 was hashed too: not the hash of four pages
}

void TestPageBodies::hashChain_startsOverOnASnapshotRestart()
{
    const QList<PageResult> pages = {PageBodyFixtures::page(1, ordersBody(11)),
                                     PageBodyFixtures::page(2, ordersBody(12))};
    PageHashChain chain;
    chain.add(u"en"_s, 0, 1, ordersBody(1)); // the old snapshot's page 1
    chain.restart(u"en"_s, 1);
    chain.add(u"en"_s, 0, 2, ordersBody(2)); // an old page decoded late: not hashed
    chain.add(u"en"_s, 1, 2, ordersBody(12));
    chain.add(u"en"_s, 1, 1, ordersBody(11));
    QCOMPARE(chain.result(pages).value_or(QByteArray()), historyDigest(pages));
}

void TestPageBodies::hashChain_restartBeforeAnyPageDecoded_neverHashesTheOldSnapshot()
{
    // The old snapshot's pages were still decoding when the restart came; they are as long as the new ones.
    const QList<PageResult> pages = {PageBodyFixtures::page(1, ordersBody(11)),
                                     PageBodyFixtures::page(2, ordersBody(12))};
    QCOMPARE(ordersBody(13).size(), ordersBody(11).size());
    PageHashChain chain;
    chain.restart(u"en"_s, 1);
    chain.add(u"en"_s, 0, 1, ordersBody(13));
    chain.add(u"en"_s, 0, 2, ordersBody(14));
    chain.add(u"en"_s, 1, 1, ordersBody(11));
    chain.add(u"en"_s, 1, 2, ordersBody(12));
    QCOMPARE(chain.result(pages).value_or(QByteArray()), historyDigest(pages));

    // Not told of the restart before the new snapshot's pages decode: a later generation still starts over.
    PageHashChain late;
    late.add(u"en"_s, 0, 1, ordersBody(13));
    late.add(u"en"_s, 1, 1, ordersBody(11));
    late.add(u"en"_s, 0, 2, ordersBody(14));
    late.add(u"en"_s, 1, 2, ordersBody(12));
    QCOMPARE(late.result(pages).value_or(QByteArray()), historyDigest(pages));
}

void TestPageBodies::hashChain_answersNothingForOtherPagesOrASecondLanguage()
{
    PageHashChain chain;
    chain.add(u"en"_s, 0, 1, ordersBody(1));
    chain.add(u"en"_s, 0, 3, ordersBody(3)); // waits for page 2, which never comes
    QVERIFY(!chain.result({PageBodyFixtures::page(1, ordersBody(1)), PageBodyFixtures::page(3, ordersBody(3))})
                 .has_value());
    QVERIFY(!chain.result({PageBodyFixtures::page(1, ordersBody(1, 59))}).has_value()); // another body size
    QVERIFY(chain.result({PageBodyFixtures::page(1, ordersBody(1))}).has_value());

    PageHashChain languages;
    languages.add(u"en"_s, 0, 1, ordersBody(1));
    languages.add(u"de"_s, 0, 1, ordersBody(1));
    QVERIFY(!languages.result({PageBodyFixtures::page(1, ordersBody(1))}).has_value());
}

void TestPageBodies::historyEntry_hashesPackedPagesItselfWhenNotGivenTheHash()
{
    CallOutcome outcome;
    outcome.result.pages = {PageBodyFixtures::page(1, ordersBody(1)), PageBodyFixtures::page(2, ordersBody(2))};
    const QByteArray expected = historyDigest(outcome.result.pages);
    QVERIFY(outcome.result.keepPacked(u"en"_s, 1, ordersBody(1), packBody(ordersBody(1))));
    QVERIFY(outcome.result.pages.at(0).isPacked());
    QCOMPARE(HistoryEntry::of(outcome).bodyHash, expected);
}

void TestPageBodies::historyEntry_takesTheHashTakenWhileDecoding()
{
    CallOutcome outcome;
    outcome.result.pages = {PageBodyFixtures::page(1, ordersBody(1))};
    outcome.bodyHash = QByteArray(32, '\x5a');
    QCOMPARE(HistoryEntry::of(outcome).bodyHash, QByteArray(32, '\x5a'));
    outcome.result.pages.clear();
    QVERIFY(HistoryEntry::of(outcome).bodyHash.isEmpty()); // no page, no hash, as before
}

QTEST_GUILESS_MAIN(TestPageBodies)
#include "tst_pagebodies.moc"
