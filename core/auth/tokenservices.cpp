#include "core/auth/tokenservices.h"

#include "core/auth/keychainsecretstore.h"
#include "core/auth/ssoclient.h"
#include "core/auth/tokendatabase.h"
#include "core/auth/tokenstore.h"
#include "core/auth/tokenstoreprovider.h"
#include "core/privatefiles.h"
#include "core/statelocations.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Core {

TokenServices::TokenServices(const Clock &clock, QNetworkAccessManager *network)
    : m_clock(clock)
    , m_network(network)
{}

TokenServices::~TokenServices() = default;

bool TokenServices::open(const SsoSettings &settings, const StateLocations &locations, const QByteArray &userAgent,
                         QString *error)
{
    const QString dataDirectory = locations.dataDirectory();
    if (!PrivateFiles::makePrivateDir(dataDirectory)) {
        *error =
            QCoreApplication::translate("Esi::Core::TokenServices",
                                        "cannot create the data folder %1 (set ESI_STUDIO_DATA_DIR to another folder)")
                .arg(QDir::toNativeSeparators(dataDirectory));
        return false;
    }
    // Without it the signing keys are fetched every time, which still works.
    PrivateFiles::makePrivateDir(locations.cacheDirectory());
    auto database = std::make_unique<TokenDatabase>(locations.tokenDatabase());
    if (!database->open(error)) {
        return false;
    }
    m_database = std::move(database);
    m_keychain = std::make_unique<KeychainSecretStore>();
    m_sso = std::make_unique<SsoClient>(settings, m_network, m_clock, locations.signingKeys());
    m_sso->setUserAgent(userAgent);
    m_store = std::make_unique<TokenStore>(*m_database, *m_keychain, *m_sso, m_clock);
    m_provider = std::make_unique<TokenStoreProvider>(*m_store);
    return true;
}

SecretStore &TokenServices::secrets()
{
    return *m_keychain;
}

} // namespace Esi::Core
