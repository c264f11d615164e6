#pragma once

#include "core/settings/appsettings.h"

#include <QProcessEnvironment>

namespace Esi::Cli {

// The GUI's settings file (organisation EsiStudio, application esi-studio), read-only: `esi` signs in with
// the same application and shares the same cache folder as the GUI.
class GuiSettings
{
public:
    static Core::AppSettings load();

    // $ESI_STUDIO_CACHE_DIR, else the GUI's cache/directory, else the standard cache folder.
    static QString cacheDirectory(const QProcessEnvironment &environment);
};

} // namespace Esi::Cli
