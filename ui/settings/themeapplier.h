#pragma once

#include "core/settings/appsettings.h"

#include <QPalette>
#include <QString>

namespace Esi::Ui {

// Applies the ui/theme setting to the whole application while it runs: Fusion with a light or dark palette,
// or, to follow the system, the style and palette the platform gave at start-up.
class ThemeApplier
{
public:
    ThemeApplier(); // remembers the platform's style and palette; create it before the first apply()

    void apply(Core::AppSettings::Theme theme);

    Core::AppSettings::Theme current() const { return m_current; }

    static QPalette lightPalette();
    static QPalette darkPalette();

private:
    QString m_systemStyle;
    QPalette m_systemPalette;
    Core::AppSettings::Theme m_current = Core::AppSettings::Theme::System;
};

} // namespace Esi::Ui
