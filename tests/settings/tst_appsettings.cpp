// AppSettings: validation of every value, the stored keys, and what the cache settings change.
#include "core/clock.h"
#include "core/http/responsecache.h"
#include "core/settings/appsettings.h"
#include "core/statelocations.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Esi::Core;
using namespace Qt::Literals::StringLiterals;

namespace {

// 10:00 UTC: ESI's day (which starts at 11:00 UTC) is still 2026-03-14.
const QDateTime now(QDate(2026, 3, 15), QTime(10, 0), Qt::UTC);

using Edit = std::function<void(AppSettings &)>;

CachedResponse storable(const QDateTime &at, const QByteArray &body)
{
    return CachedResponse::fromReply(200, {{"Cache-Control"_ba, "max-age=300"_ba}}, body, at);
}

} // namespace

Q_DECLARE_METATYPE(Edit)

class TestAppSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void defaults_areValid()
    {
        const ManualClock clock(now);
        const AppSettings defaults;
        QCOMPARE(defaults.validate(clock), QList<SettingsProblem>());
        QCOMPARE(defaults.esiBaseUrl, QUrl(u"https://esi.evetech.net"_s));
        QCOMPARE(defaults.concurrency, 8);
        QCOMPARE(defaults.theme, AppSettings::Theme::System);
        QVERIFY(defaults.language.isEmpty());
    }

    void validate_rejectsEachBadValueWithItsKey_data()
    {
        QTest::addColumn<Edit>("edit");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("mentions"); // part of the message that tells what and how

        QTest::newRow("client id with space") << Edit([](AppSettings &s) { s.sso.clientId = u"abc def"_s; })
                                              << u"sso/clientId"_s << u"developers.eveonline.com"_s;
        QTest::newRow("relative callback") << Edit([](AppSettings &s) { s.sso.callbackUrl = QUrl(u"/callback"_s); })
                                           << u"sso/callbackUrl"_s << u"http://127.0.0.1:8182/callback"_s;
        QTest::newRow("callback on another host")
            << Edit([](AppSettings &s) { s.sso.callbackUrl = QUrl(u"http://example.com:8182/cb"_s); })
            << u"sso/callbackUrl"_s << u"127.0.0.1"_s;
        QTest::newRow("callback without port")
            << Edit([](AppSettings &s) { s.sso.callbackUrl = QUrl(u"http://127.0.0.1/callback"_s); })
            << u"sso/callbackUrl"_s << u"port"_s;
        QTest::newRow("sso server ftp") << Edit([](AppSettings &s) { s.sso.baseUrl = QUrl(u"ftp://login"_s); })
                                        << u"sso/baseUrl"_s << u"https://login.eveonline.com"_s;
        QTest::newRow("sso server over plain http to another host")
            << Edit([](AppSettings &s) { s.sso.baseUrl = QUrl(u"http://login.example.com"_s); }) << u"sso/baseUrl"_s
            << u"plain http"_s;
        QTest::newRow("esi server over plain http to another host")
            << Edit([](AppSettings &s) { s.esiBaseUrl = QUrl(u"http://192.168.1.5:8080"_s); }) << u"esi/baseUrl"_s
            << u"loopback"_s;
        QTest::newRow("trusted esi server over plain http")
            << Edit([](AppSettings &s) { s.sso.trustedEsiBaseUrl = QUrl(u"http://esi-proxy.example.com"_s); })
            << u"sso/trustedEsiBaseUrl"_s << u"plain http"_s;
        QTest::newRow("trusted esi server not a server")
            << Edit([](AppSettings &s) { s.sso.trustedEsiBaseUrl = QUrl(u"ftp://proxy"_s); })
            << u"sso/trustedEsiBaseUrl"_s << u"http(s)"_s;
        QTest::newRow("no pages") << Edit([](AppSettings &s) { s.maxPages = 0; }) << u"http/maxPages"_s
                                  << u"Most pages per call"_s;
        QTest::newRow("response cap too large") << Edit([](AppSettings &s) { s.maxResponseSizeMiB = 20000; })
                                                << u"http/maxResponseMiB"_s << u"Largest response"_s;
        QTest::newRow("email without domain") << Edit([](AppSettings &s) { s.contactEmail = u"me@localhost"_s; })
                                              << u"userAgent/contactEmail"_s << u"you@example.com"_s;
        QTest::newRow("app name with slash")
            << Edit([](AppSettings &s) { s.appName = u"my/app"_s; }) << u"userAgent/appName"_s << u"'/'"_s;
        QTest::newRow("esi server without host") << Edit([](AppSettings &s) { s.esiBaseUrl = QUrl(u"https://"_s); })
                                                 << u"esi/baseUrl"_s << u"https://esi.evetech.net"_s;
        QTest::newRow("esi server with query")
            << Edit([](AppSettings &s) { s.esiBaseUrl = QUrl(u"https://esi.evetech.net/?x=1"_s); }) << u"esi/baseUrl"_s
            << u"query"_s;
        QTest::newRow("date not a date") << Edit([](AppSettings &s) { s.compatibilityDate = u"2025-13-01"_s; })
                                         << u"esi/compatibilityDate"_s << u"YYYY-MM-DD"_s;
        QTest::newRow("date in ESI's future") << Edit([](AppSettings &s) { s.compatibilityDate = u"2026-03-15"_s; })
                                              << u"esi/compatibilityDate"_s << u"2026-03-14"_s;
        QTest::newRow("no concurrency") << Edit([](AppSettings &s) { s.concurrency = 0; }) << u"http/concurrency"_s
                                        << u"from 1 to 64"_s;
        QTest::newRow("too much concurrency")
            << Edit([](AppSettings &s) { s.concurrency = 65; }) << u"http/concurrency"_s << u"from 1 to 64"_s;
        QTest::newRow("tiny cache") << Edit([](AppSettings &s) { s.cacheMaxSizeMiB = 1; }) << u"cache/maxSizeMiB"_s
                                    << u"16"_s;
        QTest::newRow("relative cache folder")
            << Edit([](AppSettings &s) { s.cacheDirectory = u"cache"_s; }) << u"cache/directory"_s << u"absolute"_s;
        QTest::newRow("not an ESI language") << Edit([](AppSettings &s) { s.language = u"it"_s; }) << u"ui/language"_s
                                             << u"en, de, fr, ja, ru, zh, ko, es"_s;
    }

    void validate_rejectsEachBadValueWithItsKey()
    {
        QFETCH(Edit, edit);
        QFETCH(QString, key);
        QFETCH(QString, mentions);
        const ManualClock clock(now);
        AppSettings settings;
        edit(settings);
        const QList<SettingsProblem> problems = settings.validate(clock);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.constFirst().key, key);
        QVERIFY2(problems.constFirst().message.contains(mentions), qPrintable(problems.constFirst().message));
        QVERIFY2(problems.constFirst().message.contains(u" \u203a "_s), "the message names the page and field");
    }

    void validate_acceptsGoodValues_data()
    {
        QTest::addColumn<Edit>("edit");
        QTest::newRow("client id") << Edit([](AppSettings &s) { s.sso.clientId = u"0123456789abcdef"_s; });
        QTest::newRow("https callback") << Edit([](AppSettings &s) { s.sso.callbackUrl = QUrl(u"https://a.b/cb"_s); });
        QTest::newRow("localhost callback")
            << Edit([](AppSettings &s) { s.sso.callbackUrl = QUrl(u"http://localhost:9000/cb"_s); });
        QTest::newRow("email") << Edit([](AppSettings &s) { s.contactEmail = u"pilot@example.com"_s; });
        QTest::newRow("app name with spaces") << Edit([](AppSettings &s) { s.appName = u"my market tool"_s; });
        QTest::newRow("sandbox server") << Edit(
            [](AppSettings &s) { s.esiBaseUrl = QUrl(u"http://127.0.0.1:8080"_s); });
        QTest::newRow("sandbox SSO on ::1")
            << Edit([](AppSettings &s) { s.sso.baseUrl = QUrl(u"http://[::1]:8080"_s); });
        QTest::newRow("trusted https proxy")
            << Edit([](AppSettings &s) { s.sso.trustedEsiBaseUrl = QUrl(u"https://esi-proxy.example.com"_s); });
        QTest::newRow("today in ESI") << Edit([](AppSettings &s) { s.compatibilityDate = u"2026-03-14"_s; });
        QTest::newRow("bounds") << Edit([](AppSettings &s) {
            s.concurrency = 64;
            s.cacheMaxSizeMiB = 16;
        });
        QTest::newRow("every language") << Edit([](AppSettings &s) { s.language = u"ko"_s; });
        QTest::newRow("absolute cache folder") << Edit([](AppSettings &s) { s.cacheDirectory = u"/var/tmp/esi"_s; });
    }

    void validate_acceptsGoodValues()
    {
        QFETCH(Edit, edit);
        const ManualClock clock(now);
        AppSettings settings;
        edit(settings);
        const QList<SettingsProblem> problems = settings.validate(clock);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).message));
    }

    void userAgent_followsEmailAndAppName()
    {
        AppSettings settings;
        settings.contactEmail = u"pilot@example.com"_s;
        settings.appName = u"market-tool"_s;
        QCOMPARE(settings.userAgent().toString(), u"MarketTool (pilot@example.com) "_s + UserAgent::studioProduct());
    }

    void effectiveUserAgent_environmentEmailWinsOverTheStoredOne_data()
    {
        QTest::addColumn<QString>("variable"); // null: ESI_CONTACT_EMAIL unset
        QTest::addColumn<QString>("expected");
        const QString studio = UserAgent::studioProduct();
        QTest::newRow("unset: stored email") << QString() << u"MarketTool (stored@example.com) "_s + studio;
        QTest::newRow("set: its email") << u"env@example.com"_s << u"MarketTool (env@example.com) "_s + studio;
        QTest::newRow("set empty: no email") << u""_s << u"MarketTool "_s + studio;
    }

    void effectiveUserAgent_environmentEmailWinsOverTheStoredOne()
    {
        QFETCH(QString, variable);
        QFETCH(QString, expected);
        AppSettings settings;
        settings.contactEmail = u"stored@example.com"_s;
        settings.appName = u"market tool"_s;
        QProcessEnvironment environment;
        if (!variable.isNull()) {
            environment.insert(u"ESI_CONTACT_EMAIL"_s, variable);
        }
        const UserAgent agent = settings.effectiveUserAgent(environment);
        QVERIFY2(agent.isValid(), qPrintable(agent.error()));
        QCOMPARE(agent.toString(), expected);
    }

    void effectiveUserAgent_badEnvironmentEmailIsReported()
    {
        QProcessEnvironment environment;
        environment.insert(u"ESI_CONTACT_EMAIL"_s, u"not-an-address"_s);
        const UserAgent agent = AppSettings().effectiveUserAgent(environment);
        QVERIFY(!agent.isValid());
        QCOMPARE(agent.invalidPart(), UserAgent::Part::ContactEmail);
        QVERIFY2(agent.error().contains(u"not-an-address"_s), qPrintable(agent.error()));
    }

    void saveAndLoad_roundTripUnderTheDocumentedKeys()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"esi-studio.conf"_s);
        AppSettings settings;
        settings.sso.clientId = u"client-1"_s;
        settings.esiBaseUrl = QUrl(u"http://127.0.0.1:9999"_s);
        settings.compatibilityDate = u"2025-08-26"_s;
        settings.concurrency = 12;
        settings.maxPages = 250;
        settings.maxResponseSizeMiB = 512;
        settings.contactEmail = u"pilot@example.com"_s;
        settings.appName = u"Tool"_s;
        settings.cacheMaxSizeMiB = 64;
        settings.cacheDirectory = dir.filePath(u"cache"_s);
        settings.language = u"de"_s;
        settings.theme = AppSettings::Theme::Dark;
        settings.offline = true;
        settings.firstRunCompleted = true;
        {
            QSettings store(file, QSettings::IniFormat);
            settings.save(store);
        }
        const QSettings store(file, QSettings::IniFormat);
        QCOMPARE(store.value(u"sso/clientId"_s).toString(), u"client-1"_s);
        QCOMPARE(store.value(u"ui/language"_s).toString(), u"de"_s);
        QCOMPARE(store.value(u"ui/theme"_s).toString(), u"dark"_s);
        QCOMPARE(store.value(u"http/concurrency"_s).toInt(), 12);
        const AppSettings loaded = AppSettings::load(store);
        QCOMPARE(loaded.sso.clientId, settings.sso.clientId);
        QCOMPARE(loaded.esiBaseUrl, settings.esiBaseUrl);
        QCOMPARE(loaded.compatibilityDate, settings.compatibilityDate);
        QCOMPARE(loaded.concurrency, 12);
        QCOMPARE(store.value(u"http/maxPages"_s).toInt(), 250);
        QCOMPARE(store.value(u"http/maxResponseMiB"_s).toInt(), 512);
        QCOMPARE(loaded.responseLimits().maxPages, 250);
        QCOMPARE(loaded.responseLimits().maxResponseBytes, 512LL * 1024 * 1024);
        QCOMPARE(loaded.contactEmail, settings.contactEmail);
        QCOMPARE(loaded.appName, settings.appName);
        QCOMPARE(loaded.cacheMaxSizeMiB, 64);
        QCOMPARE(loaded.cacheDirectory, settings.cacheDirectory);
        QCOMPARE(loaded.language, u"de"_s);
        QCOMPARE(loaded.theme, AppSettings::Theme::Dark);
        QVERIFY(loaded.offline);
        QVERIFY(loaded.firstRunCompleted);
        QVERIFY(!AppSettings::isUnconfigured(store));
    }

    void load_unreadableValuesFallBackToDefaults()
    {
        QTemporaryDir dir;
        QSettings store(dir.filePath(u"esi-studio.conf"_s), QSettings::IniFormat);
        QVERIFY(AppSettings::isUnconfigured(store));
        store.setValue(u"http/concurrency"_s, u"many"_s);
        store.setValue(u"ui/theme"_s, u"purple"_s);
        const AppSettings loaded = AppSettings::load(store);
        QCOMPARE(loaded.concurrency, AppSettings::defaultConcurrency);
        QCOMPARE(loaded.theme, AppSettings::Theme::System);
    }

    void cacheDirectory_storedFolderIsUsedUnlessTheEnvironmentSaysOtherwise_data()
    {
        QTest::addColumn<QString>("environmentFolder"); // null: ESI_STUDIO_CACHE_DIR unset
        QTest::addColumn<QString>("storedFolder");
        QTest::addColumn<QString>("expected"); // null: the standard location
        QTest::newRow("stored folder") << QString() << u"/var/tmp/esi-studio-chosen"_s
                                       << u"/var/tmp/esi-studio-chosen"_s;
        QTest::newRow("stored folder trimmed") << QString() << u"  /var/tmp/chosen "_s << u"/var/tmp/chosen"_s;
        QTest::newRow("environment wins")
            << u"/tmp/from-environment"_s << u"/var/tmp/esi-studio-chosen"_s << u"/tmp/from-environment"_s;
        QTest::newRow("nothing stored") << QString() << QString() << QString();
    }

    void cacheDirectory_storedFolderIsUsedUnlessTheEnvironmentSaysOtherwise()
    {
        QFETCH(QString, environmentFolder);
        QFETCH(QString, storedFolder);
        QFETCH(QString, expected);
        QProcessEnvironment environment;
        if (!environmentFolder.isNull()) {
            environment.insert(u"ESI_STUDIO_CACHE_DIR"_s, environmentFolder);
        }
        if (expected.isNull()) {
            expected = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + u"/esi-studio"_s;
        }
        QCOMPARE(StateLocations::fromEnvironment(environment, storedFolder).cacheDirectory(), expected);
    }

    void cacheSizeLimit_loweredEvictsAtOnce()
    {
        QTemporaryDir dir;
        const ManualClock clock(now);
        ResponseCache cache(dir.filePath(u"responses.sqlite"_s), clock, 1024 * 1024);
        QString error;
        QVERIFY2(cache.open(&error), qPrintable(error));
        const QByteArray body(1000, 'x');
        for (int page = 1; page <= 5; ++page) {
            const CacheKey key{QUrl(u"https://esi.evetech.net/markets/10000002/orders?page=%1"_s.arg(page)), u"en"_s, 0,
                               u"2025-08-26"_s};
            QVERIFY(cache.store(key, storable(now, body)));
        }
        QCOMPARE(cache.entryCount(), 5);
        const qint64 entrySize = cache.sizeBytes() / 5;
        cache.setMaxBytes(2 * entrySize);
        QCOMPARE(cache.entryCount(), 2);
        QVERIFY(cache.sizeBytes() <= 2 * entrySize);
        // The two most recently stored pages stay.
        const CacheKey newest{QUrl(u"https://esi.evetech.net/markets/10000002/orders?page=5"_s), u"en"_s, 0,
                              u"2025-08-26"_s};
        QVERIFY(cache.lookup(newest).has_value());

        const qint64 before = cache.sizeBytes();
        QVERIFY(before > 0);
        cache.clear();
        QCOMPARE(cache.sizeBytes(), 0);
        QCOMPARE(cache.entryCount(), 0);
    }

    void cacheMaxBytes_countsMebibytes()
    {
        AppSettings settings;
        settings.cacheMaxSizeMiB = 16;
        QCOMPARE(settings.cacheMaxBytes(), 16LL * 1024 * 1024);
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
