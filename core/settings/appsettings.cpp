#include "core/settings/appsettings.h"

#include "core/auth/servertrust.h"
#include "core/clock.h"
#include "core/esilanguages.h"
#include "core/spec/specrepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("Esi::Core::AppSettings", text);
}

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

// An ESI or SSO root: an absolute http(s) URL with a host and nothing after the path.
bool isServerUrl(const QUrl &url)
{
    const QString scheme = url.scheme();
    return url.isValid() && (scheme == u"https" || scheme == u"http") && !url.host().isEmpty() && !url.hasQuery() &&
           !url.hasFragment();
}

// Plain http only to this computer (tokens and answers must not cross the network unencrypted).
bool plainHttpAllowed(const QUrl &url)
{
    return url.scheme() != u"http" || ServerTrust::isLoopbackHost(url.host());
}

QString plainHttpProblem(const QString &field, const QUrl &url)
{
    return translated("%1 \u201c%2\u201d uses plain http to %3, which is not this computer: tokens and answers "
                      "would cross the network unencrypted. Use https, or http only with a loopback address "
                      "(127.0.0.1, ::1, localhost).")
        .arg(field, url.toString(), url.host());
}

// ESI's "today" rolls over at 11:00 UTC; a later date is rejected by the server.
QDate esiToday(const Clock &clock)
{
    return clock.now().toUTC().addSecs(-11 * 3600).date();
}

} // namespace

QUrl AppSettings::defaultEsiBaseUrl()
{
    return QUrl(QLatin1StringView(SpecRepository::defaultBaseUrl));
}

const QStringList &AppSettings::languages()
{
    return EsiLanguages::codes();
}

QString AppSettings::themeName(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return u"light"_s;
    case Theme::Dark:
        return u"dark"_s;
    case Theme::System:
        break;
    }
    return u"system"_s;
}

std::optional<AppSettings::Theme> AppSettings::themeFromName(const QString &name)
{
    for (const Theme theme : {Theme::System, Theme::Light, Theme::Dark}) {
        if (themeName(theme) == name) {
            return theme;
        }
    }
    return std::nullopt;
}

AppSettings AppSettings::load(const QSettings &settings)
{
    AppSettings result;
    result.sso = SsoSettings::load(settings);
    if (const QString base = settings.value(key(esiBaseUrlKey)).toString().trimmed(); !base.isEmpty()) {
        result.esiBaseUrl = QUrl(base);
    }
    result.compatibilityDate = settings.value(key(compatibilityDateKey)).toString().trimmed();
    bool ok = false;
    if (const int concurrency = settings.value(key(concurrencyKey)).toInt(&ok); ok) {
        result.concurrency = concurrency;
    }
    if (const int pages = settings.value(key(maxPagesKey)).toInt(&ok); ok) {
        result.maxPages = pages;
    }
    if (const int size = settings.value(key(maxResponseKey)).toInt(&ok); ok) {
        result.maxResponseSizeMiB = size;
    }
    result.contactEmail = settings.value(key(contactEmailKey)).toString().trimmed();
    result.appName = settings.value(key(appNameKey)).toString().trimmed();
    if (const int size = settings.value(key(cacheMaxSizeKey)).toInt(&ok); ok) {
        result.cacheMaxSizeMiB = size;
    }
    result.cacheDirectory = settings.value(key(cacheDirectoryKey)).toString().trimmed();
    result.language = settings.value(key(languageKey)).toString().trimmed();
    result.theme = themeFromName(settings.value(key(themeKey)).toString().trimmed()).value_or(Theme::System);
    result.showNames = settings.value(key(showNamesKey), true).toBool();
    result.offline = settings.value(key(offlineKey), false).toBool();
    result.firstRunCompleted = settings.value(key(firstRunDoneKey), false).toBool();
    return result;
}

void AppSettings::save(QSettings &settings) const
{
    sso.save(settings);
    settings.setValue(key(esiBaseUrlKey), esiBaseUrl.toString());
    settings.setValue(key(compatibilityDateKey), compatibilityDate);
    settings.setValue(key(concurrencyKey), concurrency);
    settings.setValue(key(maxPagesKey), maxPages);
    settings.setValue(key(maxResponseKey), maxResponseSizeMiB);
    settings.setValue(key(contactEmailKey), contactEmail);
    settings.setValue(key(appNameKey), appName);
    settings.setValue(key(cacheMaxSizeKey), cacheMaxSizeMiB);
    settings.setValue(key(cacheDirectoryKey), cacheDirectory);
    settings.setValue(key(languageKey), language);
    settings.setValue(key(themeKey), themeName(theme));
    settings.setValue(key(showNamesKey), showNames);
    settings.setValue(key(offlineKey), offline);
    settings.setValue(key(firstRunDoneKey), firstRunCompleted);
    settings.sync();
}

bool AppSettings::isUnconfigured(const QSettings &settings)
{
    return !settings.contains(key(firstRunDoneKey)) && settings.value(u"sso/clientId"_s).toString().isEmpty();
}

UserAgent AppSettings::userAgent() const
{
    return UserAgent(appName, QString(), contactEmail, QString());
}

UserAgent AppSettings::effectiveUserAgent(const QProcessEnvironment &environment) const
{
    const QString variable = u"ESI_CONTACT_EMAIL"_s;
    const QString email = environment.contains(variable) ? environment.value(variable) : contactEmail;
    return UserAgent(appName, QString(), email, QString());
}

QList<SettingsProblem> AppSettings::validate(const Clock &clock) const
{
    QList<SettingsProblem> problems;
    const auto report = [&problems](const char *problemKey, const QString &message) {
        problems.append({key(problemKey), message});
    };

    // Sign-in. An empty client ID is allowed: public operations and the offline sandbox work without one.
    if (sso.clientId.contains(u' ') || sso.clientId.contains(u'/')) {
        report("sso/clientId", translated("Sign-in \u203a Client ID \u201c%1\u201d cannot contain spaces or slashes. "
                                          "Copy the Client ID shown for your application at "
                                          "https://developers.eveonline.com.")
                                   .arg(sso.clientId));
    }
    const QUrl &callback = sso.callbackUrl;
    if (!callback.isValid() || callback.isRelative() || callback.host().isEmpty() ||
        (callback.scheme() != u"http" && callback.scheme() != u"https")) {
        report("sso/callbackUrl", translated("Sign-in \u203a Callback URL \u201c%1\u201d is not an absolute http(s) "
                                             "URL. Enter the callback URL registered with your application, "
                                             "for example %2.")
                                      .arg(callback.toString(), SsoSettings::defaultCallbackUrl().toString()));
    } else if (callback.scheme() == u"http" && callback.host() != u"127.0.0.1" && callback.host() != u"localhost") {
        report("sso/callbackUrl", translated("Sign-in \u203a Callback URL \u201c%1\u201d must point at this computer "
                                             "(127.0.0.1 or localhost) so ESI Studio receives the sign-in; use "
                                             "%2 and register the same URL with your application.")
                                      .arg(callback.toString(), SsoSettings::defaultCallbackUrl().toString()));
    } else if (callback.port() <= 0 && callback.scheme() == u"http") {
        report("sso/callbackUrl", translated("Sign-in \u203a Callback URL \u201c%1\u201d has no port. Add the port "
                                             "ESI Studio listens on, as in %2.")
                                      .arg(callback.toString(), SsoSettings::defaultCallbackUrl().toString()));
    }
    if (!isServerUrl(sso.baseUrl)) {
        report("sso/baseUrl", translated("Sign-in \u203a SSO server \u201c%1\u201d is not an http(s) server address. "
                                         "Use %2, or esi-sandbox's address for offline work.")
                                  .arg(sso.baseUrl.toString(), SsoSettings::defaultBaseUrl().toString()));
    } else if (!plainHttpAllowed(sso.baseUrl)) {
        report("sso/baseUrl", plainHttpProblem(translated("Sign-in \u203a SSO server"), sso.baseUrl));
    }
    if (!sso.trustedEsiBaseUrl.isEmpty()) {
        if (!isServerUrl(sso.trustedEsiBaseUrl)) {
            report("sso/trustedEsiBaseUrl",
                   translated("Sign-in \u203a Trusted ESI server \u201c%1\u201d is not an http(s) server address "
                              "without query or fragment. Leave it empty unless your own ESI server should receive "
                              "the tokens of the SSO server.")
                       .arg(sso.trustedEsiBaseUrl.toString()));
        } else if (!plainHttpAllowed(sso.trustedEsiBaseUrl)) {
            report("sso/trustedEsiBaseUrl",
                   plainHttpProblem(translated("Sign-in \u203a Trusted ESI server"), sso.trustedEsiBaseUrl));
        }
    }

    // Requests.
    const UserAgent agent = userAgent();
    if (!agent.isValid()) {
        const bool aboutEmail = agent.invalidPart() == UserAgent::Part::ContactEmail;
        report(aboutEmail ? contactEmailKey : appNameKey, (aboutEmail ? translated("Requests \u203a Contact email: %1.")
                                                                      : translated("Requests \u203a App name: "
                                                                                   "%1."))
                                                              .arg(agent.error()));
    }
    if (!isServerUrl(esiBaseUrl)) {
        report(esiBaseUrlKey, translated("Requests \u203a ESI server \u201c%1\u201d is not an http(s) server address "
                                         "without query or fragment. Use %2, a proxy's address or esi-sandbox's.")
                                  .arg(esiBaseUrl.toString(), defaultEsiBaseUrl().toString()));
    } else if (!plainHttpAllowed(esiBaseUrl)) {
        report(esiBaseUrlKey, plainHttpProblem(translated("Requests \u203a ESI server"), esiBaseUrl));
    }
    if (!compatibilityDate.isEmpty()) {
        const QDate date = QDate::fromString(compatibilityDate, Qt::ISODate);
        if (!SpecRepository::isCompatibilityDate(compatibilityDate) || !date.isValid()) {
            report(compatibilityDateKey, translated("Requests \u203a Compatibility date \u201c%1\u201d is not a date "
                                                    "written YYYY-MM-DD. Enter one such as 2025-08-26, or leave it "
                                                    "empty to use the spec's own date.")
                                             .arg(compatibilityDate));
        } else if (date > esiToday(clock)) {
            report(compatibilityDateKey, translated("Requests \u203a Compatibility date %1 is in the future; ESI "
                                                    "rejects it. Pick %2 or earlier.")
                                             .arg(compatibilityDate, esiToday(clock).toString(Qt::ISODate)));
        }
    }
    if (concurrency < minConcurrency || concurrency > maxConcurrency) {
        report(concurrencyKey, translated("Requests \u203a Requests at once is %1; it must be from %2 to %3.")
                                   .arg(QString::number(concurrency), QString::number(minConcurrency),
                                        QString::number(maxConcurrency)));
    }

    if (maxPages < minMaxPages || maxPages > maxMaxPages) {
        report(maxPagesKey,
               translated("Requests \u203a Most pages per call is %1; it must be from %2 to %3.")
                   .arg(QString::number(maxPages), QString::number(minMaxPages), QString::number(maxMaxPages)));
    }
    if (maxResponseSizeMiB < minResponseMiB || maxResponseSizeMiB > maxResponseMiB) {
        report(maxResponseKey, translated("Requests \u203a Largest response is %1 MiB; it must be from %2 to %3 MiB.")
                                   .arg(QString::number(maxResponseSizeMiB), QString::number(minResponseMiB),
                                        QString::number(maxResponseMiB)));
    }

    // Cache.
    if (cacheMaxSizeMiB < minCacheMiB || cacheMaxSizeMiB > maxCacheMiB) {
        report(cacheMaxSizeKey,
               translated("Cache \u203a Size limit is %1 MiB; it must be from %2 to %3 MiB.")
                   .arg(QString::number(cacheMaxSizeMiB), QString::number(minCacheMiB), QString::number(maxCacheMiB)));
    }
    if (!cacheDirectory.isEmpty()) {
        const QFileInfo folder(cacheDirectory);
        if (folder.isRelative()) {
            report(cacheDirectoryKey, translated("Cache \u203a Location \u201c%1\u201d is a relative path. Choose an "
                                                 "absolute folder, or leave it empty for the standard location.")
                                          .arg(cacheDirectory));
        } else if (folder.exists() && !folder.isDir()) {
            report(cacheDirectoryKey, translated("Cache \u203a Location \u201c%1\u201d is a file, not a folder. "
                                                 "Choose a folder.")
                                          .arg(QDir::toNativeSeparators(cacheDirectory)));
        }
    }

    // Appearance.
    if (!language.isEmpty() && !languages().contains(language)) {
        report(languageKey, translated("Appearance \u203a Language \u201c%1\u201d is not one of ESI's languages (%2). "
                                       "Pick one of them, or follow the system.")
                                .arg(language, languages().join(u", "_s)));
    }
    return problems;
}

} // namespace Esi::Core
