#include "core/auth/memorysecretstore.h"

#include <QPointer>
#include <QTimer>

namespace Esi::Core {

MemorySecretStore::MemorySecretStore(QObject *parent)
    : QObject(parent)
{}

void MemorySecretStore::deliver(QObject *context, Done done, SecretResult result)
{
    // Asynchronous like a real keychain, so callers cannot come to rely on an immediate answer.
    QTimer::singleShot(0, this,
                       [alive = QPointer<QObject>(context), hadContext = context != nullptr, done = std::move(done),
                        result = std::move(result)] {
                           if (hadContext && !alive) {
                               return;
                           }
                           done(result);
                       });
}

void MemorySecretStore::read(const QString &key, QObject *context, Done done)
{
    ++m_reads;
    SecretResult result;
    if (!m_unavailable.isEmpty()) {
        result = {SecretResult::Status::Unavailable, {}, m_unavailable};
    } else if (!m_secrets.contains(key)) {
        result.status = SecretResult::Status::NotFound;
    } else {
        result.data = m_secrets.value(key);
    }
    deliver(context, std::move(done), result);
}

void MemorySecretStore::write(const QString &key, const QByteArray &secret, QObject *context, Done done)
{
    ++m_writes;
    SecretResult result;
    if (!m_unavailable.isEmpty()) {
        result = {SecretResult::Status::Unavailable, {}, m_unavailable};
    } else {
        m_secrets.insert(key, secret);
    }
    deliver(context, std::move(done), result);
}

void MemorySecretStore::remove(const QString &key, QObject *context, Done done)
{
    SecretResult result;
    if (!m_unavailable.isEmpty()) {
        result = {SecretResult::Status::Unavailable, {}, m_unavailable};
    } else {
        m_secrets.remove(key);
    }
    deliver(context, std::move(done), result);
}

} // namespace Esi::Core
