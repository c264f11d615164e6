#pragma once

#include "core/settings/appsettings.h"

namespace Esi::Cli {

// The GUI's settings file (Core::StateLocations::settingsFile()), read-only: `esi` signs in with the same
// application and shares the same cache folder as the GUI (main() passes its cache/directory to
// Core::StateLocations::fromEnvironment).
class GuiSettings
{
public:
    static Core::AppSettings load(const QString &settingsFile);
};

} // namespace Esi::Cli
