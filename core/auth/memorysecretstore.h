#pragma once

#include "core/auth/secretstore.h"

#include <QHash>

namespace Esi::Core {

// Secrets in process memory, for tests of everything above the keychain. Can play an unavailable
// (locked, missing) keychain.
class MemorySecretStore final : public QObject, public SecretStore
{
    Q_OBJECT

public:
    explicit MemorySecretStore(QObject *parent = nullptr);

    void read(const QString &key, QObject *context, Done done) override;
    void write(const QString &key, const QByteArray &secret, QObject *context, Done done) override;
    void remove(const QString &key, QObject *context, Done done) override;

    QString description() const override { return QStringLiteral("memory"); }

    // Non-empty: every call fails as Unavailable with this error, like a locked keychain.
    void setUnavailable(const QString &error) { m_unavailable = error; }

    QHash<QString, QByteArray> contents() const { return m_secrets; }

    int readCount() const { return m_reads; }

    int writeCount() const { return m_writes; }

private:
    void deliver(QObject *context, Done done, SecretResult result);

    QHash<QString, QByteArray> m_secrets;
    QString m_unavailable;
    int m_reads = 0;
    int m_writes = 0;
};

} // namespace Esi::Core
