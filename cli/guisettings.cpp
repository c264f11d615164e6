#include "cli/guisettings.h"

#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Cli {

Core::AppSettings GuiSettings::load()
{
    const QSettings gui(u"EsiStudio"_s, u"esi-studio"_s);
    return Core::AppSettings::load(gui);
}

} // namespace Esi::Cli
