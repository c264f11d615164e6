#pragma once

#include "core/auth/ssosettings.h"

#include <QByteArray>
#include <QString>
#include <memory>

class QNetworkAccessManager;

namespace Esi::Core {

class Clock;
class KeychainSecretStore;
class SecretStore;
class SsoClient;
class StateLocations;
class TokenDatabase;
class TokenProvider;
class TokenStore;

// The token store with everything it stands on (metadata database, OS keychain, SSO client with its
// cached signing keys), opened the same way by the GUI and by `esi` so both see the same characters.
class TokenServices
{
public:
    TokenServices(const Clock &clock, QNetworkAccessManager *network);
    ~TokenServices();

    TokenServices(const TokenServices &) = delete;
    TokenServices &operator=(const TokenServices &) = delete;

    // Opens the token database (StateLocations::tokenDatabase(), its locks next to it) and keeps the SSO's
    // signing keys in StateLocations::signingKeys(); false with a message saying what to do when the database
    // cannot be used.
    bool open(const SsoSettings &settings, const StateLocations &locations, const QByteArray &userAgent,
              QString *error);

    bool isOpen() const { return m_store != nullptr; }

    TokenStore &store() { return *m_store; }

    SsoClient &sso() { return *m_sso; }

    SecretStore &secrets(); // the keychain, for the character manager's availability check

    TokenProvider &provider() { return *m_provider; }

private:
    const Clock &m_clock;
    QNetworkAccessManager *m_network;
    std::unique_ptr<TokenDatabase> m_database;
    std::unique_ptr<KeychainSecretStore> m_keychain;
    std::unique_ptr<SsoClient> m_sso;
    std::unique_ptr<TokenStore> m_store;
    std::unique_ptr<TokenProvider> m_provider;
};

} // namespace Esi::Core
