#pragma once

#include <QProcessEnvironment>
#include <QString>

namespace Esi::Core {

// Where ESI Studio keeps its state: one root each for configuration, data and cache, decided once at start-up
// (in esi-studio's and esi's main()) and passed to everything that opens state. Nothing reads the process
// environment for it later. The GUI and every `esi` process use the same roots, so both count the same
// rate-limit tokens, reuse the same responses and see the same characters. Offline mode (the bundled
// esi-sandbox) uses offline(): its own roots for everything, so sandbox state never mixes with real state.
class StateLocations
{
public:
    static constexpr auto cacheVariable = "ESI_STUDIO_CACHE_DIR";
    static constexpr auto dataVariable = "ESI_STUDIO_DATA_DIR";
    static constexpr auto configVariable = "ESI_STUDIO_CONFIG_DIR";

    StateLocations() = default; // no roots: isValid() is false
    StateLocations(QString configDirectory, QString dataDirectory, QString cacheDirectory, bool offline = false);

    // The standard roots: <GenericConfig>/EsiStudio (where QSettings keeps esi-studio.conf),
    // <GenericData>/esi-studio and <GenericCache>/esi-studio.
    static StateLocations standard();

    // $ESI_STUDIO_CONFIG_DIR, $ESI_STUDIO_DATA_DIR and $ESI_STUDIO_CACHE_DIR win over the standard roots; the
    // cache root is otherwise `storedCacheFolder` (AppSettings::cacheDirectory, the folder chosen in the settings
    // file, which is read from the config root decided without it) when that is set. Only main() calls this,
    // with the process environment it read once.
    static StateLocations fromEnvironment(const QProcessEnvironment &environment,
                                          const QString &storedCacheFolder = QString());

    // Offline mode's roots: an `offline` folder in each root (tokens, locks, signing keys, responses, limits,
    // specs, portraits, history, remembered values). The configuration (the settings file) stays shared: it is
    // the user's choice of servers, language and theme, and holds the offline switch itself.
    StateLocations offline() const;

    bool isValid() const { return !m_data.isEmpty() && !m_cache.isEmpty(); }

    bool isOffline() const { return m_offline; }

    QString configDirectory() const { return m_config; }

    QString dataDirectory() const { return m_data; }

    // Config: the settings (QSettings, INI format), shared by the GUI and `esi` (which only reads it).
    QString settingsFile() const;

    QString cacheDirectory() const { return m_cache; }

    // Data: token metadata (secrets live in the keychain), per-character refresh locks, call history and the
    // remembered form values.
    QString tokenDatabase() const;
    QString lockDirectory() const;
    QString historyDatabase() const;
    QString rememberedValues() const;

    // Cache: responses, rate-limit and error-limit state, the SSO's signing keys, specs per compatibility
    // date and character portraits.
    QString responseCache() const;
    QString limitState() const;
    QString signingKeys() const;
    QString specDirectory() const;
    QString portraitDirectory() const;
    QString nameCache() const; // names of EVE IDs (core/names)

    // Where earlier versions kept the history and remembered values (<GenericData>/EsiStudio/esi-studio,
    // Qt's AppDataLocation), a second data root next to the real one; StateMigration moves it into
    // dataDirectory() once.
    static QString legacyDataDirectory();

    // Where earlier versions let QSettings choose the settings file (organization EsiStudio, application
    // esi-studio, Qt's defaults); StateMigration::migrateSettings moves it to settingsFile() once when the two
    // differ.
    static QString legacySettingsFile();

    friend bool operator==(const StateLocations &, const StateLocations &) = default;

private:
    QString m_config;
    QString m_data;
    QString m_cache;
    bool m_offline = false;
};

} // namespace Esi::Core
