#include "core/statelocations.h"

#include <QSettings>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

namespace {

const QString offlineFolder = u"/offline"_s;

QString standardRoot(QStandardPaths::StandardLocation base, const QString &folder)
{
    return QStandardPaths::writableLocation(base) + u'/' + folder;
}

} // namespace

StateLocations::StateLocations(QString configDirectory, QString dataDirectory, QString cacheDirectory, bool offline)
    : m_config(std::move(configDirectory))
    , m_data(std::move(dataDirectory))
    , m_cache(std::move(cacheDirectory))
    , m_offline(offline)
{}

StateLocations StateLocations::standard()
{
    return {standardRoot(QStandardPaths::GenericConfigLocation, u"EsiStudio"_s),
            standardRoot(QStandardPaths::GenericDataLocation, u"esi-studio"_s),
            standardRoot(QStandardPaths::GenericCacheLocation, u"esi-studio"_s)};
}

StateLocations StateLocations::fromEnvironment(const QProcessEnvironment &environment, const QString &storedCacheFolder)
{
    StateLocations locations = standard();
    const auto override = [&environment](const char *variable, QString *root) {
        if (const QString value = environment.value(QLatin1StringView(variable)); !value.isEmpty()) {
            *root = value;
        }
    };
    // The environment variable wins over the folder chosen in the settings, which wins over the standard place.
    if (!environment.contains(QLatin1StringView(cacheVariable))) {
        if (const QString chosen = storedCacheFolder.trimmed(); !chosen.isEmpty()) {
            locations.m_cache = chosen;
        }
    }
    override(cacheVariable, &locations.m_cache);
    override(dataVariable, &locations.m_data);
    override(configVariable, &locations.m_config);
    return locations;
}

StateLocations StateLocations::offline() const
{
    if (m_offline) {
        return *this;
    }
    return {m_config, m_data + offlineFolder, m_cache + offlineFolder, true};
}

QString StateLocations::settingsFile() const
{
    return m_config + u"/esi-studio.conf"_s;
}

QString StateLocations::tokenDatabase() const
{
    return m_data + u"/tokens.sqlite"_s;
}

QString StateLocations::lockDirectory() const
{
    return m_data + u"/locks"_s;
}

QString StateLocations::nameCache() const
{
    return m_cache + u"/names.sqlite"_s;
}

QString StateLocations::historyDatabase() const
{
    return m_data + u"/history.sqlite"_s;
}

QString StateLocations::rememberedValues() const
{
    return m_data + u"/remembered-values.ini"_s;
}

QString StateLocations::responseCache() const
{
    return m_cache + u"/responses.sqlite"_s;
}

QString StateLocations::limitState() const
{
    return m_cache + u"/limits.sqlite"_s;
}

QString StateLocations::signingKeys() const
{
    return m_cache + u"/jwks.json"_s;
}

QString StateLocations::specDirectory() const
{
    return m_cache + u"/specs"_s;
}

QString StateLocations::portraitDirectory() const
{
    return m_cache + u"/portraits"_s;
}

QString StateLocations::legacyDataDirectory()
{
    return standardRoot(QStandardPaths::GenericDataLocation, u"EsiStudio/esi-studio"_s);
}

QString StateLocations::legacySettingsFile()
{
    return QSettings(QSettings::NativeFormat, QSettings::UserScope, u"EsiStudio"_s, u"esi-studio"_s).fileName();
}

} // namespace Esi::Core
