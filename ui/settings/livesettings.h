#pragma once

#include "core/settings/appsettings.h"
#include "ui/settings/themeapplier.h"

#include <QPointer>

namespace Esi::Core {
class EsiClient;
class ResponseCache;
} // namespace Esi::Core

namespace Esi::Ui {

class MainWindow;

// The settings that apply while running: theme, the client's concurrency, limits and User-Agent, the
// response cache's size, the window's compatibility date and the result table's names for IDs. Whatever is not
// attached yet is left alone.
class LiveSettings
{
public:
    explicit LiveSettings(const Core::AppSettings &atStart); // applies a stored non-system theme at once

    void attach(MainWindow *window, Core::ResponseCache *cache, Core::EsiClient *client);

    void apply(const Core::AppSettings &settings);

    // The stored default compatibility date, chosen in the window's date picker.
    void pickCompatibilityDate(MainWindow *window, const Core::AppSettings &settings) const;

private:
    ThemeApplier m_theme;
    QPointer<MainWindow> m_window;
    Core::ResponseCache *m_cache = nullptr;
    Core::EsiClient *m_client = nullptr;
};

} // namespace Esi::Ui
