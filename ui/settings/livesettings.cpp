#include "ui/settings/livesettings.h"

#include "core/http/esiclient.h"
#include "core/http/responsecache.h"
#include "ui/browse/compatibilitydatepicker.h"
#include "ui/names/namecolumnsmodel.h"

namespace Esi::Ui {

LiveSettings::LiveSettings(const Core::AppSettings &atStart, QProcessEnvironment startEnvironment)
    : m_startEnvironment(std::move(startEnvironment))
{
    if (atStart.theme != Core::AppSettings::Theme::System) {
        m_theme.apply(atStart.theme);
    }
}

void LiveSettings::attach(CompatibilityDatePicker *datePicker, Core::ResponseCache *cache, Core::EsiClient *client)
{
    m_datePicker = datePicker;
    m_cache = cache;
    m_client = client;
}

void LiveSettings::attachNames(NameColumnsModel *names)
{
    m_names = names;
}

void LiveSettings::apply(const Core::AppSettings &settings)
{
    if (settings.theme != m_theme.current()) {
        m_theme.apply(settings.theme);
    }
    if (m_client) {
        Core::EsiClientSettings client = m_client->settings();
        client.defaultConcurrency = settings.concurrency;
        client.limits = settings.responseLimits();
        // The same header as at start-up: ESI_CONTACT_EMAIL keeps priority over the stored address.
        if (const Core::UserAgent agent = settings.effectiveUserAgent(m_startEnvironment); agent.isValid()) {
            client.userAgent = agent;
        }
        m_client->setSettings(client);
    }
    if (m_cache) {
        m_cache->setMaxBytes(settings.cacheMaxBytes());
    }
    if (m_names) {
        m_names->setEnabled(settings.showNames);
    }
    if (m_datePicker && !settings.compatibilityDate.isEmpty() &&
        m_datePicker->currentDate() != settings.compatibilityDate) {
        m_datePicker->pickDate(settings.compatibilityDate);
    }
}

void LiveSettings::pickCompatibilityDate(const Core::AppSettings &settings) const
{
    if (!settings.compatibilityDate.isEmpty() && m_datePicker) {
        m_datePicker->pickDate(settings.compatibilityDate);
    }
}

} // namespace Esi::Ui
