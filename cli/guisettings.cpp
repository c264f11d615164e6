#include "cli/guisettings.h"

#include <QSettings>

namespace Esi::Cli {

Core::AppSettings GuiSettings::load(const QString &settingsFile)
{
    const QSettings gui(settingsFile, QSettings::IniFormat);
    return Core::AppSettings::load(gui);
}

} // namespace Esi::Cli
