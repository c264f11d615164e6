#include "cli/authservices.h"

#include "cli/commandparser.h"
#include "cli/guisettings.h"
#include "core/auth/characterforcall.h"
#include "core/auth/servertrust.h"
#include "core/auth/tokenservices.h"
#include "esiversion.h"

#include <QDir>
#include <QEventLoop>
#include <QNetworkAccessManager>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Cli {

AuthServices::AuthServices(const QProcessEnvironment &environment, Core::StateLocations locations)
    : m_environment(environment)
    , m_locations(std::move(locations))
    , m_clientIdOption(u"client-id"_s,
                       u"SSO client ID of the application registered at developers.eveonline.com (default: "
                       "$ESI_CLIENT_ID, else the GUI's setting)."_s,
                       u"id"_s)
    , m_ssoUrlOption(u"sso-url"_s,
                     u"EVE SSO base URL (default: $ESI_SSO_URL, else the GUI's setting, else "
                     "https://login.eveonline.com); esi-sandbox's address for offline work."_s,
                     u"url"_s)
    , m_trustEsiOption(u"trust-esi-url"_s,
                       u"Also send tokens of the SSO in use to this ESI server (default: $ESI_TRUSTED_ESI_URL, else "
                       "the GUI's sso/trustedEsiBaseUrl). Without it, EVE SSO's tokens go only to "
                       "https://esi.evetech.net and a test SSO's only to its own address."_s,
                       u"url"_s)
{}

AuthServices::~AuthServices() = default;

void AuthServices::addOptions(CommandParser &parser) const
{
    parser.addOption(m_clientIdOption);
    parser.addOption(m_ssoUrlOption);
    parser.addOption(m_trustEsiOption);
}

Core::SsoSettings AuthServices::settings(const CommandParser &parser, QString *error) const
{
    Core::SsoSettings settings = GuiSettings::load(m_locations.settingsFile()).sso.withEnvironment(m_environment);
    const QString clientFromEnvironment = m_environment.value(u"ESI_CLIENT_ID"_s).trimmed();
    if (!clientFromEnvironment.isEmpty()) {
        settings.clientId = clientFromEnvironment;
    }
    if (parser.isSet(m_clientIdOption)) {
        settings.clientId = parser.value(m_clientIdOption).trimmed();
        if (settings.clientId.isEmpty()) {
            *error = u"--client-id needs the client ID of your application"_s;
            return settings;
        }
    }
    if (parser.isSet(m_ssoUrlOption)) {
        const QUrl url(parser.value(m_ssoUrlOption), QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != "http"_L1 && url.scheme() != "https"_L1) || url.host().isEmpty()) {
            *error = u"--sso-url \"%1\" is not an http(s) URL; use e.g. %2"_s.arg(
                parser.value(m_ssoUrlOption), Core::SsoSettings::defaultBaseUrl().toString());
            return settings;
        }
        settings.baseUrl = url;
    }
    if (parser.isSet(m_trustEsiOption)) {
        const QUrl url(parser.value(m_trustEsiOption), QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != "http"_L1 && url.scheme() != "https"_L1) || url.host().isEmpty()) {
            *error = u"--trust-esi-url \"%1\" is not an http(s) URL"_s.arg(parser.value(m_trustEsiOption));
            return settings;
        }
        settings.trustedEsiBaseUrl = url;
    }
    // Plain http only to this computer, whichever source named the server.
    for (const auto &[url, where] :
         {std::pair{settings.baseUrl, u"The SSO URL (--sso-url, ESI_SSO_URL or the GUI's setting)"_s},
          std::pair{settings.trustedEsiBaseUrl, u"--trust-esi-url"_s}}) {
        if (const QString insecure = Core::ServerTrust::insecureUrlProblem(url, where); !insecure.isEmpty()) {
            *error = insecure;
            return settings;
        }
    }
    return settings;
}

bool AuthServices::open(const Core::SsoSettings &settings, QString *error)
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_tokens = std::make_unique<Core::TokenServices>(m_clock, m_network.get());
    return m_tokens->open(settings, m_locations,
                          QByteArrayLiteral("EsiStudio/" ESI_STUDIO_VERSION " (esi command line)"), error);
}

Core::TokenStore &AuthServices::store()
{
    return m_tokens->store();
}

Core::SsoClient &AuthServices::sso()
{
    return m_tokens->sso();
}

void AuthServices::waitUntil(const std::function<bool()> &done)
{
    QEventLoop loop;
    while (!done()) {
        loop.processEvents(QEventLoop::WaitForMoreEvents);
    }
}

QString AuthServices::signInHint(qint64 characterId, const QStringList &scopes)
{
    return Core::CharacterForCall::signInCommand(characterId, scopes);
}

} // namespace Esi::Cli
