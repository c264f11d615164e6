#pragma once

#include "core/auth/secretstore.h"

namespace QKeychain {
class Job;
}

namespace Esi::Core {

// Secrets in the operating system's keychain through QtKeychain (Secret Service / GNOME Keyring or
// KWallet on Linux, Keychain on macOS, Credential Manager on Windows). QtKeychain's insecure plaintext
// fallback is switched off: an unavailable or locked keychain is an error, never a file on disk.
class KeychainSecretStore final : public QObject, public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(QString service = QStringLiteral("esi-studio"), QObject *parent = nullptr);

    void read(const QString &key, QObject *context, Done done) override;
    void write(const QString &key, const QByteArray &secret, QObject *context, Done done) override;
    void remove(const QString &key, QObject *context, Done done) override;

    QString description() const override;

    QString service() const { return m_service; }

private:
    void run(QKeychain::Job *job, const QString &action, QObject *context, Done done, bool notFoundIsOk);

    QString m_service;
};

} // namespace Esi::Core
