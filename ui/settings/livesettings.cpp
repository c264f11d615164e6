#include "ui/settings/livesettings.h"

#include "core/http/esiclient.h"
#include "core/http/responsecache.h"
#include "ui/browse/compatibilitydatepicker.h"
#include "ui/mainwindow.h"
#include "ui/names/namecolumnsmodel.h"
#include "ui/result/resultpanel.h"
#include "ui/result/resulttableview.h"

#include <QProcessEnvironment>

namespace Esi::Ui {

LiveSettings::LiveSettings(const Core::AppSettings &atStart)
{
    if (atStart.theme != Core::AppSettings::Theme::System) {
        m_theme.apply(atStart.theme);
    }
}

void LiveSettings::attach(MainWindow *window, Core::ResponseCache *cache, Core::EsiClient *client)
{
    m_window = window;
    m_cache = cache;
    m_client = client;
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
        if (const Core::UserAgent agent = settings.effectiveUserAgent(QProcessEnvironment::systemEnvironment());
            agent.isValid()) {
            client.userAgent = agent;
        }
        m_client->setSettings(client);
    }
    if (m_cache) {
        m_cache->setMaxBytes(settings.cacheMaxBytes());
    }
    if (m_window && m_window->resultPanel()) { // Settings > Appearance > Show names for IDs
        m_window->resultPanel()->tableView()->names()->setEnabled(settings.showNames);
    }
    if (m_window && !settings.compatibilityDate.isEmpty() && m_window->datePicker() &&
        m_window->datePicker()->currentDate() != settings.compatibilityDate) {
        m_window->datePicker()->pickDate(settings.compatibilityDate);
    }
}

void LiveSettings::pickCompatibilityDate(MainWindow *window, const Core::AppSettings &settings) const
{
    if (!settings.compatibilityDate.isEmpty() && window->datePicker()) {
        window->datePicker()->pickDate(settings.compatibilityDate);
    }
}

} // namespace Esi::Ui
