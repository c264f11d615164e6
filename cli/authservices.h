#pragma once

#include "core/auth/ssosettings.h"
#include "core/clock.h"
#include "core/statelocations.h"

#include <QCommandLineOption>
#include <QProcessEnvironment>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace Esi::Core {
class SsoClient;
class TokenServices;
class TokenStore;
} // namespace Esi::Core

namespace Esi::Cli {

class CommandParser;

// What every command touching sign-ins needs, shared with the GUI: the SSO settings (the GUI's settings
// file, then ESI_SSO_URL and ESI_CLIENT_ID, then --sso-url and --client-id), the token database
// (StateLocations::tokenDatabase(): $ESI_STUDIO_DATA_DIR or <generic data>/esi-studio/tokens.sqlite), the OS
// keychain (service "esi-studio") and the SSO's cached signing keys (StateLocations::signingKeys()).
class AuthServices
{
public:
    // `environment` and `locations`: what main() read and decided at start.
    AuthServices(const QProcessEnvironment &environment, Core::StateLocations locations);
    ~AuthServices();

    AuthServices(const AuthServices &) = delete;
    AuthServices &operator=(const AuthServices &) = delete;

    // --client-id, --sso-url and --trust-esi-url.
    void addOptions(CommandParser &parser) const;

    // The settings from every source above; empty `error` unless an option's value is unusable.
    Core::SsoSettings settings(const CommandParser &parser, QString *error) const;

    // Opens the token database and builds the SSO client and the token store; false with `error` when the
    // database cannot be used.
    bool open(const Core::SsoSettings &settings, QString *error);

    QString dataDirectory() const { return m_locations.dataDirectory(); }

    QString cacheDirectory() const { return m_locations.cacheDirectory(); }

    Core::TokenStore &store();

    Core::SsoClient &sso();

    QNetworkAccessManager &network() { return *m_network; }

    const Core::Clock &clock() const { return m_clock; }

    // Runs the event loop until `done` says so (callbacks may also have finished before the call).
    static void waitUntil(const std::function<bool()> &done);

    // A command line that signs the character in again with `scopes` (and, through --character, every scope
    // it already has), for messages telling the user how to fix a missing or dead token.
    static QString signInHint(qint64 characterId, const QStringList &scopes);

private:
    QProcessEnvironment m_environment;
    Core::StateLocations m_locations;
    QCommandLineOption m_clientIdOption;
    QCommandLineOption m_ssoUrlOption;
    QCommandLineOption m_trustEsiOption;
    Core::SystemClock m_clock;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Core::TokenServices> m_tokens;
};

} // namespace Esi::Cli
