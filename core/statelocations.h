#pragma once

#include <QProcessEnvironment>
#include <QString>

namespace Esi::Core {

// Where ESI Studio keeps the state that the GUI and every `esi` process share, so both count the
// same rate-limit tokens, reuse the same responses and see the same characters.
class StateLocations
{
public:
    // $ESI_STUDIO_CACHE_DIR, else `storedFolder` (AppSettings::cacheDirectory, the folder chosen in the
    // settings), else <generic cache>/esi-studio: specs per date, responses, limits, JWKS.
    static QString cacheDirectory(const QProcessEnvironment &environment, const QString &storedFolder);

    // $ESI_STUDIO_DATA_DIR, else <generic data>/esi-studio: token metadata (secrets live in the keychain).
    static QString dataDirectory(const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
};

} // namespace Esi::Core
