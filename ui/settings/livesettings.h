#pragma once

#include "core/settings/appsettings.h"
#include "ui/settings/themeapplier.h"

#include <QPointer>
#include <QProcessEnvironment>

namespace Esi::Core {
class EsiClient;
class ResponseCache;
} // namespace Esi::Core

namespace Esi::Ui {

class CompatibilityDatePicker;
class NameColumnsModel;

// The settings that apply while running: theme, the client's concurrency, limits and User-Agent, the
// response cache's size, the window's compatibility date and the result table's names for IDs. Whatever is not
// attached yet is left alone.
class LiveSettings
{
public:
    // Applies a stored non-system theme at once. `startEnvironment`: the environment main() read once
    // (ESI_CONTACT_EMAIL keeps priority over the stored contact address, as at start-up).
    LiveSettings(const Core::AppSettings &atStart, QProcessEnvironment startEnvironment);

    void attach(CompatibilityDatePicker *datePicker, Core::ResponseCache *cache, Core::EsiClient *client);
    // The result table's name columns, switched by Settings > Appearance > Show names for IDs.
    void attachNames(NameColumnsModel *names);

    void apply(const Core::AppSettings &settings);

    // The stored default compatibility date, chosen in the attached date picker.
    void pickCompatibilityDate(const Core::AppSettings &settings) const;

private:
    ThemeApplier m_theme;
    QProcessEnvironment m_startEnvironment;
    QPointer<CompatibilityDatePicker> m_datePicker;
    QPointer<NameColumnsModel> m_names;
    Core::ResponseCache *m_cache = nullptr;
    Core::EsiClient *m_client = nullptr;
};

} // namespace Esi::Ui
