#include "ui/tokens/keychaincheck.h"

#include "core/auth/keychainsecretstore.h"

namespace Esi::Ui {

namespace {

constexpr int keychainSlowMs = 3000;

} // namespace

KeychainCheck::KeychainCheck(Core::SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
{
    m_slowTimer.setSingleShot(true);
    connect(&m_slowTimer, &QTimer::timeout, this, &KeychainCheck::slow);
}

void KeychainCheck::start()
{
    const int check = ++m_checks;
    m_slowTimer.start(keychainSlowMs);
    m_secrets->write(QLatin1StringView(Core::KeychainSecretStore::probeKey), QByteArrayLiteral("ok"), this,
                     [this, check](const Core::SecretResult &result) {
                         if (check != m_checks) {
                             return; // a later check supersedes this one
                         }
                         m_slowTimer.stop();
                         m_available = result.isOk();
                         m_error = result.error;
                         Q_EMIT checked(m_available, m_error);
                     });
}

} // namespace Esi::Ui
