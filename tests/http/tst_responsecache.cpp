#include "core/clock.h"
#include "core/http/httpdate.h"
#include "core/http/responsecache.h"

#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Esi::Core;
using namespace Qt::Literals::StringLiterals;

namespace {

const QDateTime start(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);

CacheKey assetsKey()
{
    return {QUrl(u"https://esi.evetech.net/characters/90000001/assets?page=1"_s), u"en"_s, 90000001, u"2025-12-16"_s};
}

CachedResponse reply(const QDateTime &now, int maxAgeSeconds, const QByteArray &etag, const QByteArray &body)
{
    RawHeaders headers{{"Content-Type"_ba, "application/json"_ba}};
    headers.append({"Expires"_ba, HttpDate::format(now.addSecs(maxAgeSeconds))});
    if (!etag.isEmpty()) {
        headers.append({"ETag"_ba, etag});
    }
    return CachedResponse::fromReply(200, headers, body, now);
}

} // namespace

class TestResponseCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_clock.set(start);
    }

    void httpDate_parsesEveryAllowedForm_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QDateTime>("expected");
        const QDateTime rfcExample(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC);
        QTest::newRow("RFC 1123 with GMT") << "Sun, 06 Nov 1994 08:49:37 GMT"_ba << rfcExample;
        QTest::newRow("RFC 1123 without zone") << "Sun, 06 Nov 1994 08:49:37"_ba << rfcExample;
        QTest::newRow("RFC 1123 with UTC") << "Sun, 06 Nov 1994 08:49:37 UTC"_ba << rfcExample;
        QTest::newRow("without weekday") << "06 Nov 1994 08:49:37 GMT"_ba << rfcExample;
        QTest::newRow("lower case") << "sun, 06 nov 1994 08:49:37 gmt"_ba << rfcExample;
        QTest::newRow("numeric offset") << "Sun, 06 Nov 1994 10:49:37 +0200"_ba << rfcExample;
        QTest::newRow("RFC 850") << "Sunday, 06-Nov-94 08:49:37 GMT"_ba << rfcExample;
        QTest::newRow("asctime") << "Sun Nov  6 08:49:37 1994"_ba << rfcExample;
        QTest::newRow("extra spaces") << "  Sun,  06 Nov 1994   08:49:37 GMT "_ba << rfcExample;
        QTest::newRow("ESI expires") << "Thu, 01 Jan 2026 12:05:00 GMT"_ba
                                     << QDateTime(QDate(2026, 1, 1), QTime(12, 5), Qt::UTC);
        QTest::newRow("RFC 850 two-digit year in this century")
            << "Thursday, 01-Jan-26 12:05:00 GMT"_ba << QDateTime(QDate(2026, 1, 1), QTime(12, 5), Qt::UTC);
    }

    void httpDate_parsesEveryAllowedForm()
    {
        QFETCH(QByteArray, text);
        QFETCH(QDateTime, expected);
        const std::optional<QDateTime> parsed = HttpDate::parse(text);
        QVERIFY2(parsed.has_value(), text.constData());
        QCOMPARE(*parsed, expected);
        QCOMPARE(parsed->timeSpec(), Qt::UTC);
    }

    void httpDate_rejectsInvalidText_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("words") << "tomorrow morning"_ba;
        QTest::newRow("zero, as some servers send for expired") << "0"_ba;
        QTest::newRow("minus one") << "-1"_ba;
        QTest::newRow("day 32") << "Sun, 32 Nov 1994 08:49:37 GMT"_ba;
        QTest::newRow("unknown month") << "Sun, 06 Foo 1994 08:49:37 GMT"_ba;
        QTest::newRow("hour 25") << "Sun, 06 Nov 1994 25:00:00 GMT"_ba;
        QTest::newRow("no seconds") << "Sun, 06 Nov 1994 08:49 GMT"_ba;
        QTest::newRow("unknown zone name") << "Sun, 06 Nov 1994 08:49:37 PST"_ba;
        QTest::newRow("two-digit year in RFC 1123") << "Sun, 06 Nov 94 08:49:37 GMT"_ba;
        QTest::newRow("ISO 8601") << "1994-11-06T08:49:37Z"_ba;
        QTest::newRow("trailing garbage") << "Sun, 06 Nov 1994 08:49:37 GMT extra"_ba;
    }

    void httpDate_rejectsInvalidText()
    {
        QFETCH(QByteArray, text);
        QVERIFY2(!HttpDate::parse(text).has_value(), text.constData());
    }

    void httpDate_formatIsImfFixdateAndRoundTrips()
    {
        const QDateTime time(QDate(2026, 3, 5), QTime(7, 4, 9), Qt::UTC);
        QCOMPARE(HttpDate::format(time), "Thu, 05 Mar 2026 07:04:09 GMT"_ba);
        QCOMPARE(HttpDate::parse(HttpDate::format(time)), std::optional(time));
    }

    void fromReply_computesExpiry_data()
    {
        QTest::addColumn<RawHeaders>("headers");
        QTest::addColumn<qint64>("expiresInMs"); // relative to the receiving clock; -1: no expiry
        QTest::addColumn<bool>("noStore");
        const QByteArray inFiveMinutes = HttpDate::format(start.addSecs(300));
        QTest::newRow("Expires alone is absolute") << RawHeaders{{"Expires"_ba, inFiveMinutes}} << 300000LL << false;
        QTest::newRow("Expires minus Date, server clock an hour ahead")
            << RawHeaders{{"Date"_ba, HttpDate::format(start.addSecs(3600))},
                          {"Expires"_ba, HttpDate::format(start.addSecs(3600 + 120))}}
            << 120000LL << false;
        QTest::newRow("Age shortens the lifetime")
            << RawHeaders{{"Date"_ba, HttpDate::format(start)}, {"Expires"_ba, inFiveMinutes}, {"Age"_ba, "100"_ba}}
            << 200000LL << false;
        QTest::newRow("max-age wins over Expires")
            << RawHeaders{{"Cache-Control"_ba, "public, max-age=60"_ba}, {"Expires"_ba, inFiveMinutes}} << 60000LL
            << false;
        QTest::newRow("no-cache is stale at once")
            << RawHeaders{{"Cache-Control"_ba, "no-cache"_ba}, {"Expires"_ba, inFiveMinutes}} << 0LL << false;
        QTest::newRow("invalid Expires is already expired") << RawHeaders{{"Expires"_ba, "0"_ba}} << 0LL << false;
        QTest::newRow("nothing said: no expiry") << RawHeaders{{"ETag"_ba, "\"a\""_ba}} << -1LL << false;
        // RFC 7234 1.2.1: delta-seconds too large to compute with count as 2^31 s (no overflow, not stale).
        QTest::newRow("huge max-age counts as 2^31 s")
            << RawHeaders{{"Cache-Control"_ba, "max-age=99999999999999999"_ba}} << 2147483648000LL << false;
        QTest::newRow("max-age beyond 64 bits counts as 2^31 s")
            << RawHeaders{{"Cache-Control"_ba, "max-age=999999999999999999999999"_ba}} << 2147483648000LL << false;
        QTest::newRow("huge Age uses up a huge max-age")
            << RawHeaders{{"Cache-Control"_ba, "max-age=99999999999999999"_ba}, {"Age"_ba, "99999999999999999"_ba}}
            << 0LL << false;
        QTest::newRow("no-store") << RawHeaders{{"Cache-Control"_ba, "private, no-store"_ba},
                                                {"Expires"_ba, inFiveMinutes}}
                                  << 300000LL << true;
    }

    void fromReply_computesExpiry()
    {
        QFETCH(RawHeaders, headers);
        QFETCH(qint64, expiresInMs);
        QFETCH(bool, noStore);
        const CachedResponse response = CachedResponse::fromReply(200, headers, "{}"_ba, start);
        if (expiresInMs < 0) {
            QVERIFY(!response.expires.isValid());
        } else {
            QCOMPARE(start.msecsTo(response.expires), expiresInMs);
        }
        QCOMPARE(response.noStore, noStore);
        QCOMPARE(response.storedAt, start);
    }

    void fromReply_keepsValidatorsForConditionalRequests()
    {
        const RawHeaders headers{{"etag"_ba, "\"abc\""_ba}, {"last-modified"_ba, "Thu, 01 Jan 2026 11:00:00 GMT"_ba}};
        const CachedResponse response = CachedResponse::fromReply(200, headers, "[]"_ba, start);
        QCOMPARE(response.etag, "\"abc\""_ba);
        QCOMPARE(response.lastModified, "Thu, 01 Jan 2026 11:00:00 GMT"_ba);
        const RawHeaders conditions = response.conditionalHeaders();
        QCOMPARE(headerValue(conditions, "If-None-Match"), "\"abc\""_ba);
        QCOMPARE(headerValue(conditions, "If-Modified-Since"), "Thu, 01 Jan 2026 11:00:00 GMT"_ba);
    }

    void keyParts_makeSeparateEntries_data()
    {
        QTest::addColumn<CacheKey>("other");
        QTest::addColumn<bool>("sameEntry");
        CacheKey key = assetsKey();
        key.language = u"de"_s;
        QTest::newRow("other language") << key << false;
        key = assetsKey();
        key.characterId = 90000002;
        QTest::newRow("other character") << key << false;
        key.characterId = 0;
        QTest::newRow("public") << key << false;
        key = assetsKey();
        key.compatibilityDate = u"2026-06-09"_s;
        QTest::newRow("other compatibility date") << key << false;
        key = assetsKey();
        key.url = QUrl(u"https://esi.evetech.net/characters/90000001/assets?page=2"_s);
        QTest::newRow("other page") << key << false;
        key = assetsKey();
        key.url = QUrl(u"https://esi.evetech.net/characters/90000001/assets?page=1#top"_s);
        QTest::newRow("fragment ignored") << key << true;
        QTest::newRow("same key") << assetsKey() << true;
    }

    void keyParts_makeSeparateEntries()
    {
        QFETCH(CacheKey, other);
        QFETCH(bool, sameEntry);
        ResponseCache cache(path(), m_clock);
        QVERIFY(open(cache));
        QVERIFY(cache.store(assetsKey(), reply(start, 300, "\"1\""_ba, "first"_ba)));
        QCOMPARE(cache.lookup(other).has_value(), sameEntry);
        QVERIFY(cache.store(other, reply(start, 300, "\"2\""_ba, "second"_ba)));
        QCOMPARE(cache.entryCount(), sameEntry ? 1 : 2);
        QCOMPARE(cache.lookup(other)->body, "second"_ba);
        QCOMPARE(cache.lookup(assetsKey())->body, sameEntry ? "second"_ba : "first"_ba);
    }

    void normalizedUrl_sortsQueryItemsButKeepsRepeatedOrder()
    {
        CacheKey a{QUrl(u"https://esi.evetech.net/universe/names?b=2&a=1&ids=3&ids=1"_s), {}, 0, {}};
        CacheKey b{QUrl(u"https://esi.evetech.net/universe/names?ids=3&a=1&ids=1&b=2"_s), {}, 0, {}};
        CacheKey c{QUrl(u"https://esi.evetech.net/universe/names?ids=1&a=1&ids=3&b=2"_s), {}, 0, {}};
        QCOMPARE(a.normalizedUrl(), b.normalizedUrl());
        QVERIFY(a.normalizedUrl() != c.normalizedUrl());
        CacheKey encoded{
            QUrl(u"https://esi.evetech.net/search?search=Jita%20IV&categories=station,system"_s), {}, 0, {}};
        QCOMPARE(encoded.normalizedUrl(),
                 u"https://esi.evetech.net/search?categories=station,system&search=Jita%20IV"_s);
    }

    void lookup_isFreshUntilExpiresThenStale()
    {
        ResponseCache cache(path(), m_clock);
        QVERIFY(open(cache));
        QVERIFY(cache.store(assetsKey(), reply(m_clock.now(), 300, "\"v1\""_ba, "[1,2]"_ba)));
        m_clock.advance(299 * 1000);
        std::optional<CachedResponse> entry = cache.lookup(assetsKey());
        QVERIFY(entry);
        QVERIFY(entry->isFresh(m_clock.now()));
        QCOMPARE(entry->body, "[1,2]"_ba);
        QCOMPARE(headerValue(entry->headers, "content-type"), "application/json"_ba);
        m_clock.advance(1000);
        entry = cache.lookup(assetsKey());
        QVERIFY(entry);
        QVERIFY(!entry->isFresh(m_clock.now())); // exactly at Expires it is stale
        QCOMPARE(entry->etag, "\"v1\""_ba);
    }

    void revalidated_refreshesExpiryAndReturnsStoredBody()
    {
        ResponseCache cache(path(), m_clock);
        QVERIFY(open(cache));
        QVERIFY(cache.store(assetsKey(), reply(m_clock.now(), 300, "\"v1\""_ba, "[1,2]"_ba)));
        m_clock.advance(600 * 1000);
        QVERIFY(!cache.lookup(assetsKey())->isFresh(m_clock.now()));

        const RawHeaders notModified{{"Expires"_ba, HttpDate::format(m_clock.now().addSecs(300))},
                                     {"ETag"_ba, "\"v2\""_ba},
                                     {"Content-Length"_ba, "0"_ba}};
        const std::optional<CachedResponse> refreshed = cache.revalidated(assetsKey(), notModified);
        QVERIFY(refreshed);
        QCOMPARE(refreshed->body, "[1,2]"_ba);
        QCOMPARE(refreshed->status, 200);
        QCOMPARE(refreshed->etag, "\"v2\""_ba);
        QCOMPARE(refreshed->expires, m_clock.now().addSecs(300));
        QCOMPARE(refreshed->storedAt, m_clock.now());
        QCOMPARE(headerValue(refreshed->headers, "Content-Type"), "application/json"_ba);

        const std::optional<CachedResponse> stored = cache.lookup(assetsKey());
        QVERIFY(stored->isFresh(m_clock.now()));
        QCOMPARE(stored->etag, "\"v2\""_ba);
        QCOMPARE(stored->body, "[1,2]"_ba);
    }

    void revalidated_keepsStoredValidatorWhenThe304HasNone()
    {
        ResponseCache cache(path(), m_clock);
        QVERIFY(open(cache));
        QVERIFY(cache.store(assetsKey(), reply(m_clock.now(), 0, "\"v1\""_ba, "body"_ba)));
        const std::optional<CachedResponse> refreshed =
            cache.revalidated(assetsKey(), {{"Cache-Control"_ba, "max-age=30"_ba}});
        QVERIFY(refreshed);
        QCOMPARE(refreshed->etag, "\"v1\""_ba);
        QCOMPARE(refreshed->expires, m_clock.now().addSecs(30));
    }

    void revalidated_ofAMissingEntry_returnsNothing()
    {
        ResponseCache cache(path(), m_clock);
        QVERIFY(open(cache));
        QVERIFY(!cache.revalidated(assetsKey(), {{"ETag"_ba, "\"v2\""_ba}}).has_value());
        QCOMPARE(cache.entryCount(), 0);
    }

    void store_refusesWhatMustNotBeKept_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<RawHeaders>("headers");
        QTest::addColumn<bool>("stored");
        const QByteArray later = HttpDate::format(start.addSecs(300));
        QTest::newRow("200 with Expires") << 200 << RawHeaders{{"Expires"_ba, later}} << true;
        QTest::newRow("stale 200 with ETag (revalidatable)")
            << 200 << RawHeaders{{"Expires"_ba, "0"_ba}, {"ETag"_ba, "\"x\""_ba}} << true;
        QTest::newRow("no-store") << 200 << RawHeaders{{"Cache-Control"_ba, "no-store"_ba}, {"Expires"_ba, later}}
                                  << false;
        QTest::newRow("404") << 404 << RawHeaders{{"Expires"_ba, later}} << false;
        QTest::newRow("500") << 500 << RawHeaders{{"Expires"_ba, later}} << false;
        QTest::newRow("206 partial") << 206 << RawHeaders{{"Expires"_ba, later}} << false;
        QTest::newRow("stale without validators") << 200 << RawHeaders{{"Expires"_ba, "0"_ba}} << false;
        QTest::newRow("no caching headers at all") << 200 << RawHeaders{} << false;
    }

    void store_refusesWhatMustNotBeKept()
    {
        QFETCH(int, status);
        QFETCH(RawHeaders, headers);
        QFETCH(bool, stored);
        ResponseCache cache(path(), m_clock);
        QVERIFY(open(cache));
        QCOMPARE(cache.store(assetsKey(), CachedResponse::fromReply(status, headers, "x"_ba, start)), stored);
        QCOMPARE(cache.lookup(assetsKey()).has_value(), stored);
    }

    void store_noStoreAnswerDropsTheOldEntry()
    {
        ResponseCache cache(path(), m_clock);
        QVERIFY(open(cache));
        QVERIFY(cache.store(assetsKey(), reply(start, 300, {}, "old"_ba)));
        const RawHeaders noStore{{"Cache-Control"_ba, "no-store"_ba}};
        QVERIFY(!cache.store(assetsKey(), CachedResponse::fromReply(200, noStore, "new"_ba, start)));
        QVERIFY(!cache.lookup(assetsKey()).has_value());
    }

    void entries_persistAcrossInstances()
    {
        {
            ResponseCache cache(path(), m_clock);
            QVERIFY(open(cache));
            QVERIFY(cache.store(assetsKey(), reply(start, 300, "\"v1\""_ba, "persisted"_ba)));
        }
        ResponseCache reopened(path(), m_clock);
        QVERIFY(open(reopened));
        const std::optional<CachedResponse> entry = reopened.lookup(assetsKey());
        QVERIFY(entry);
        QCOMPARE(entry->body, "persisted"_ba);
        QCOMPARE(entry->etag, "\"v1\""_ba);
        QCOMPARE(entry->expires, start.addSecs(300));
        QCOMPARE(entry->storedAt, start);
    }

    void twoInstancesOnOneFile_seeEachOthersWrites()
    {
        ResponseCache gui(path(), m_clock);
        ResponseCache script(path(), m_clock);
        QVERIFY(open(gui));
        QVERIFY(open(script));
        // Each instance writes on its own thread: another one sees a change once it is written (flush()).
        QVERIFY(script.store(assetsKey(), reply(start, 300, {}, "from esi"_ba)));
        script.flush();
        QCOMPARE(gui.lookup(assetsKey()).value_or(CachedResponse()).body, "from esi"_ba);
        gui.remove(assetsKey());
        gui.flush();
        QVERIFY(!script.lookup(assetsKey()).has_value());
        QVERIFY(gui.store(assetsKey(), reply(start, 300, {}, "from gui"_ba)));
        gui.flush();
        QCOMPARE(script.lookup(assetsKey()).value_or(CachedResponse()).body, "from gui"_ba);
        script.clear();
        QCOMPARE(gui.entryCount(), 0);
    }

    void sizeCap_evictsLeastRecentlyUsed()
    {
        const QByteArray body = incompressible(900); // the cap counts stored (compressed) bytes
        const qint64 entrySize = [&] {
            ResponseCache probe(m_dir->filePath(u"probe.sqlite"_s), m_clock);
            return open(probe) && probe.store(assetsKey(), reply(start, 300, {}, body)) ? probe.sizeBytes() : 0;
        }();
        QVERIFY(entrySize >= 900);
        ResponseCache cache(path(), m_clock, 3 * entrySize);
        QVERIFY(open(cache));
        const auto key = [](int page) {
            CacheKey k = assetsKey();
            k.url.setQuery(u"page=%1"_s.arg(page));
            return k;
        };
        QVERIFY(cache.store(key(1), reply(start, 300, {}, body)));
        QVERIFY(cache.store(key(2), reply(start, 300, {}, body)));
        QVERIFY(cache.store(key(3), reply(start, 300, {}, body)));
        QVERIFY(cache.lookup(key(1))); // page 1 used again: page 2 is now the least recently used
        QVERIFY(cache.store(key(4), reply(start, 300, {}, body)));
        QCOMPARE(cache.entryCount(), 3);
        QVERIFY(cache.sizeBytes() <= cache.maxBytes());
        QVERIFY(cache.lookup(key(1)));
        QVERIFY(!cache.lookup(key(2)));
        QVERIFY(cache.lookup(key(3)));
        QVERIFY(cache.lookup(key(4)));
    }

    void entryLargerThanTheCap_isNotStored()
    {
        ResponseCache cache(path(), m_clock, 100);
        QVERIFY(open(cache));
        QVERIFY(!cache.store(assetsKey(), reply(start, 300, {}, QByteArray(200, 'x'))));
        QCOMPARE(cache.entryCount(), 0);
    }

    void corruptFile_failsClearlyAndIsLeftUntouched()
    {
        const QByteArray garbage = "this is not a database, it is a shopping list\n"_ba.repeated(20);
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(garbage);
        file.close();

        ResponseCache cache(path(), m_clock);
        QString error;
        QVERIFY(!cache.open(&error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(path())), qPrintable(error));
        QVERIFY2(error.contains(u"not a SQLite database"_s), qPrintable(error));
        QVERIFY2(error.contains(u"left untouched"_s), qPrintable(error));
        QVERIFY(!cache.isOpen());
        QVERIFY(!cache.store(assetsKey(), reply(start, 300, {}, "x"_ba)));
        QVERIFY(!cache.lookup(assetsKey()));

        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), garbage);
        QVERIFY(!QFile::exists(path() + u"-wal"_s));
        QVERIFY(!QFile::exists(path() + u"-shm"_s));
    }

    void databaseOfAnotherProgram_isRefused()
    {
        {
            const QString name = QUuid::createUuid().toString();
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
                db.setDatabaseName(path());
                QVERIFY(db.open());
                QVERIFY(QSqlQuery(db).exec(u"CREATE TABLE contacts (name TEXT)"_s));
            }
            QSqlDatabase::removeDatabase(name);
        }
        ResponseCache cache(path(), m_clock);
        QString error;
        QVERIFY(!cache.open(&error));
        QVERIFY2(error.contains(u"another program"_s), qPrintable(error));
    }

    void unwritableFolder_failsClearly()
    {
        // A folder that cannot be created: its parent is a regular file (fails even as root).
        QFile blocker(m_dir->filePath(u"blocker"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        ResponseCache cache(m_dir->filePath(u"blocker/cache/responses.sqlite"_s), m_clock);
        QString error;
        QVERIFY(!cache.open(&error));
        QVERIFY2(error.contains(u"Cannot create the folder"_s), qPrintable(error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(m_dir->filePath(u"blocker/cache"_s))), qPrintable(error));
    }

    void jsonBodies_areStoredCompressed()
    {
        QByteArray body = "[";
        for (int i = 0; i < 2000; ++i) {
            body += "{\"order_id\":" + QByteArray::number(6000000000LL + i) + ",\"range\":\"region\"},";
        }
        body.back() = ']';
        ResponseCache cache(path(), m_clock);
        QVERIFY(open(cache));
        QVERIFY(cache.store(assetsKey(), reply(start, 300, {}, body)));
        QVERIFY2(cache.sizeBytes() * 3 < body.size(), QByteArray::number(cache.sizeBytes()).constData());
        QCOMPARE(cache.lookup(assetsKey()).value_or(CachedResponse()).body, body);
    }

    void damagedCompressedBody_isAMissWithALoggedReason()
    {
        const QByteArray body = QByteArray("{\"name\":\"Jita IV - Moon 4\"}").repeated(100);
        {
            ResponseCache cache(path(), m_clock);
            QVERIFY(open(cache));
            QVERIFY(cache.store(assetsKey(), reply(start, 300, {}, body)));
        }
        {
            const QString name = QUuid::createUuid().toString();
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
                db.setDatabaseName(path());
                QVERIFY(db.open());
                QSqlQuery read(db);
                QVERIFY(read.exec(u"SELECT body FROM bodies"_s) && read.next());
                QByteArray stored = read.value(0).toByteArray();
                read.finish();
                // Keep zlib's length prefix, ruin the stream after it.
                stored = stored.left(6) + QByteArray(40, '\0');
                QSqlQuery damage(db);
                damage.prepare(u"UPDATE bodies SET body = ?"_s);
                damage.addBindValue(stored);
                QVERIFY(damage.exec());
                QCOMPARE(damage.numRowsAffected(), 1);
            }
            QSqlDatabase::removeDatabase(name);
        }
        ResponseCache cache(path(), m_clock);
        QVERIFY(open(cache));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"unreadable and treated as a miss: .*damaged"_s));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^qUncompress"_s));
        QVERIFY(!cache.lookup(assetsKey()).has_value());
        QCOMPARE(cache.entryCount(), 0); // dropped, so the next answer replaces it cleanly
        QVERIFY(cache.store(assetsKey(), reply(start, 300, {}, body)));
        QCOMPARE(cache.lookup(assetsKey()).value_or(CachedResponse()).body, body);
    }

    void uncompressedSchemaOneFile_isEmptiedAndUsedAgain()
    {
        {
            const QString name = QUuid::createUuid().toString();
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
                db.setDatabaseName(path());
                QVERIFY(db.open());
                QSqlQuery old(db);
                QVERIFY(
                    old.exec(u"CREATE TABLE responses (url TEXT NOT NULL, language TEXT NOT NULL, character_id"
                             " INTEGER NOT NULL, compatibility_date TEXT NOT NULL, status INTEGER NOT NULL, headers"
                             " BLOB, body BLOB, expires_ms INTEGER, etag BLOB, last_modified BLOB, stored_ms INTEGER"
                             " NOT NULL, size INTEGER NOT NULL, used_seq INTEGER NOT NULL, PRIMARY KEY (url,"
                             " language, character_id, compatibility_date))"_s));
                QVERIFY(old.exec(u"INSERT INTO responses VALUES ('%1', 'en', 90000001, '2025-12-16', 200, NULL,"
                                 " 'old body', NULL, NULL, NULL, 0, 8, 1)"_s.arg(assetsKey().normalizedUrl())));
                QVERIFY(old.exec(u"PRAGMA user_version = 1"_s));
            }
            QSqlDatabase::removeDatabase(name);
        }
        ResponseCache cache(path(), m_clock);
        QVERIFY(open(cache));
        QCOMPARE(cache.entryCount(), 0);
        QVERIFY(!cache.lookup(assetsKey()).has_value());
        QVERIFY(cache.store(assetsKey(), reply(start, 300, {}, "new body"_ba)));
        QCOMPARE(cache.lookup(assetsKey()).value_or(CachedResponse()).body, "new body"_ba);
    }

private:
    QString path() const { return m_dir->filePath(u"responses.sqlite"_s); }

    static QByteArray incompressible(qsizetype size)
    {
        QByteArray bytes(size, Qt::Uninitialized);
        QRandomGenerator generator(42);
        for (char &byte : bytes) {
            byte = char(generator.bounded(256));
        }
        return bytes;
    }

    static bool open(ResponseCache &cache)
    {
        QString error;
        if (!cache.open(&error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        return true;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock;
};

QTEST_GUILESS_MAIN(TestResponseCache)
#include "tst_responsecache.moc"
