#include "core/statelocations.h"

#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

namespace {

QString locate(const QProcessEnvironment &environment, const QString &variable, QStandardPaths::StandardLocation base)
{
    const QString override = environment.value(variable);
    return override.isEmpty() ? QStandardPaths::writableLocation(base) + u"/esi-studio"_s : override;
}

} // namespace

QString StateLocations::cacheDirectory(const QProcessEnvironment &environment, const QString &storedFolder)
{
    // The environment variable wins over the folder chosen in the settings, which wins over the standard place.
    if (!environment.contains(u"ESI_STUDIO_CACHE_DIR"_s)) {
        if (const QString chosen = storedFolder.trimmed(); !chosen.isEmpty()) {
            return chosen;
        }
    }
    return locate(environment, u"ESI_STUDIO_CACHE_DIR"_s, QStandardPaths::GenericCacheLocation);
}

QString StateLocations::dataDirectory(const QProcessEnvironment &environment)
{
    return locate(environment, u"ESI_STUDIO_DATA_DIR"_s, QStandardPaths::GenericDataLocation);
}

} // namespace Esi::Core
