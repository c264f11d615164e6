#pragma once

#include "core/auth/secretstore.h"

namespace QKeychain {
class Job;
}

namespace Esi::Core {

// Secrets in the operating system's keychain through QtKeychain (Secret Service / GNOME Keyring or
// KWallet on Linux, Keychain on macOS, Credential Manager on Windows). QtKeychain's insecure plaintext
// fallback is switched off: an unavailable or locked keychain is an error, never a file on disk.
//
// A locked GNOME Keyring with no unlock prompt answers a read with "not found" and a delete with
// success. Taken at face value that would mark every character as needing a new sign-in and report
// secrets deleted that are still there, so both answers are confirmed by writing a marker entry (no
// secret) before they are believed; a failed write means the keychain is locked.
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

    // The entry the confirmation writes; it holds no secret.
    static constexpr auto probeKey = "keychain-check";

private:
    void run(QKeychain::Job *job, const QString &action, QObject *context, Done done, bool notFoundIsOk);
    // Passes `result` on when a marker write succeeds, else reports the keychain as locked.
    void confirmWritable(const SecretResult &result, const QString &action, QObject *context, Done done);

    QString m_service;
};

} // namespace Esi::Core
