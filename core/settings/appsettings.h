#pragma once

#include "core/auth/ssosettings.h"
#include "core/http/responselimits.h"
#include "core/http/useragent.h"

#include <QList>
#include <QMetaType>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>
#include <optional>

class QSettings;

namespace Esi::Core {

class Clock;

// One value the user must fix: the settings key it belongs to, and a message saying what is wrong,
// where it is set and how to fix it.
struct SettingsProblem
{
    QString key;
    QString message;

    friend bool operator==(const SettingsProblem &, const SettingsProblem &) = default;
};

// Everything ESI Studio keeps in QSettings (organization EsiStudio, application esi-studio: on Linux
// ~/.config/EsiStudio/esi-studio.conf). The command line and environment variables (--base-url,
// ESI_BASE_URL, --sso-url, ESI_SSO_URL, ESI_CLIENT_ID, ESI_CONTACT_EMAIL, ESI_STUDIO_CACHE_DIR) win over
// what is stored here; the application applies them after load(). `esi` reads the sso/* keys and
// cache/directory too, so it signs in with the same application and shares the same cache.
struct AppSettings
{
    enum class Theme { System, Light, Dark };

    // Keys, one place for the GUI, `esi` and the translation code (which installs `ui/language`).
    static constexpr auto esiBaseUrlKey = "esi/baseUrl";
    static constexpr auto compatibilityDateKey = "esi/compatibilityDate"; // empty: the spec's own date
    static constexpr auto concurrencyKey = "http/concurrency";
    static constexpr auto maxPagesKey = "http/maxPages";          // page cap of one call
    static constexpr auto maxResponseKey = "http/maxResponseMiB"; // largest answer downloaded
    static constexpr auto contactEmailKey = "userAgent/contactEmail";
    static constexpr auto appNameKey = "userAgent/appName";
    static constexpr auto cacheMaxSizeKey = "cache/maxSizeMiB";
    static constexpr auto cacheDirectoryKey = "cache/directory"; // empty: the standard cache location
    static constexpr auto languageKey = "ui/language";           // empty: follow the system
    static constexpr auto themeKey = "ui/theme";                 // system, light or dark
    static constexpr auto showNamesKey = "ui/showNames";         // name columns next to EVE IDs (also the header menu)
    static constexpr auto offlineKey = "offline/enabled";        // start on the bundled esi-sandbox
    static constexpr auto firstRunDoneKey = "firstRun/completed";

    // Bounds of http/concurrency: EsiCall keeps at most this many requests in flight (at least one);
    // beyond 6 per host NetworkLanes opens extra connections, and 64 is where `esi --concurrency` stops.
    static constexpr int minConcurrency = 1;
    static constexpr int maxConcurrency = 64;
    static constexpr int defaultConcurrency = 8;
    // Response cache cap in MiB: small enough to bound the disk, large enough for one big paged result.
    static constexpr int minCacheMiB = 16;
    static constexpr int maxCacheMiB = 65536;
    static constexpr int defaultCacheMiB = 512;
    // Page cap and response size cap (ResponseLimits): past them a call fails and says how to raise them.
    static constexpr int minMaxPages = ResponseLimits::minMaxPages;
    static constexpr int maxMaxPages = ResponseLimits::maxMaxPages;
    static constexpr int minResponseMiB = 1;
    static constexpr int maxResponseMiB = 16384;
    static constexpr int defaultResponseMiB = int(ResponseLimits::defaultMaxResponseBytes / (1024 * 1024));

    SsoSettings sso; // sso/clientId, sso/callbackUrl, sso/baseUrl, sso/scopes, sso/trustedEsiBaseUrl
    QUrl esiBaseUrl = defaultEsiBaseUrl();
    QString compatibilityDate;
    int concurrency = defaultConcurrency;
    int maxPages = ResponseLimits::defaultMaxPages;
    int maxResponseSizeMiB = defaultResponseMiB;
    QString contactEmail;
    QString appName;
    int cacheMaxSizeMiB = defaultCacheMiB;
    QString cacheDirectory;
    QString language;
    Theme theme = Theme::System;
    bool showNames = true;
    bool offline = false;
    bool firstRunCompleted = false;

    static QUrl defaultEsiBaseUrl();
    static const QStringList &languages(); // ESI's: EsiLanguages::codes()

    static QString themeName(Theme theme); // "system", "light", "dark"
    static std::optional<Theme> themeFromName(const QString &name);

    // Unreadable stored values fall back to their defaults; validate() then has nothing to say about them.
    static AppSettings load(const QSettings &settings);
    void save(QSettings &settings) const;

    // True when nothing of ESI Studio's own was ever stored (the first-run assistant's cue).
    static bool isUnconfigured(const QSettings &settings);

    // Every problem, in the order the settings dialog shows its pages; empty when all values can be saved.
    // `clock` decides which compatibility dates are in the future (ESI's day starts at 11:00 UTC).
    QList<SettingsProblem> validate(const Clock &clock) const;

    UserAgent userAgent() const; // the header built from contactEmail and appName

    // The header requests carry: userAgent(), except that $ESI_CONTACT_EMAIL, when set, wins over the stored
    // contact email (as for `esi`). Check isValid(): the variable is not validated anywhere else.
    UserAgent effectiveUserAgent(const QProcessEnvironment &environment) const;

    qint64 cacheMaxBytes() const { return qint64(cacheMaxSizeMiB) * 1024 * 1024; }

    ResponseLimits responseLimits() const { return {maxPages, qint64(maxResponseSizeMiB) * 1024 * 1024}; }
};

} // namespace Esi::Core

Q_DECLARE_METATYPE(Esi::Core::AppSettings)
